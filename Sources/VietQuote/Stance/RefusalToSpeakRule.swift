/// A refusal to speak is no denial of the content (ANNOTATION.md, Stance: what the
/// speaker does with the words decides): a negator or denial of `negators.tsv` in the
/// cue that governs a verb of saying of `cues.tsv` (category `statement` or `announce`)
/// negates the saying, not what the content says. The speaker declines to take a
/// position, so the cue flips nothing and the content weighs as its own words weigh.
///
/// The verb of saying stands right after the negation, in the cue (`từ chối bình luận`,
/// `từ chối xác nhận`, `không bình luận`) or, when the negation ends the cue, as the
/// content's first word (cue `từ chối`, content `bình luận về các cáo buộc …`).
///
/// Example: `Điện Kremlin từ chối bình luận về các cáo buộc của Mỹ`: with the cue
/// `từ chối bình luận` the content `các cáo buộc của Mỹ` is not flipped into a denial of
/// the accusation (normalization); the quote weighs what `cáo buộc` weighs.
/// Rejects: a denial that takes an act or a demand (`từ chối yêu cầu của Nhật Bản`,
/// `từ chối đàm phán`: a refusal, CAMEO 12); a verb that denies what was said, a
/// `denial` row of `cues.tsv` (`bác bỏ thông tin cho rằng …`, dev 407: `thông tin` is
/// the statement denied, not a verb of saying).
/// Evidence: the negation is recorded as a modifier record of category `refusal`,
/// factor 1.
struct RefusalToSpeakRule: Sendable {
    /// The pipeline's cue lexicon (one instance: `StanceScorer.init(files:names:cues:)`).
    var sayings: CueLexicon { box.cues }
    /// The lexicon in one reference: the rule is copied with each cue scored, and a copy of
    /// the lexicon retains each of its tries' arrays.
    private let box: Box

    private final class Box: Sendable {
        let cues: CueLexicon
        init(_ cues: CueLexicon) { self.cues = cues }
    }

    init(cues: CueLexicon) {
        box = Box(cues)
    }

    /// Whether a verb of saying starts at `words[index]`.
    func isSaying(_ words: WordSpans.Words, at index: Int) -> Bool {
        guard index < words.count, let match = sayings.match(in: words, at: index) else { return false }
        return match.entry.category == .statement || match.entry.category == .announce
    }

    /// Whether the negation at `range` of the cue `cue` governs a verb of saying: one
    /// follows it in the cue, or it ends the cue and the content opens with one.
    func refuses(cue: WordSpans.Words, negation range: Range<Int>, content: WordSpans.Words?) -> Bool {
        // A verb that denies what was said (`phủ nhận`, `bác bỏ`: a `denial` row of
        // cues.tsv) takes the saying as its object: `bác bỏ thông tin …` denies it.
        if sayings.match(in: cue, at: range.lowerBound)?.entry.category == .denial { return false }
        return range.upperBound < cue.count ? isSaying(cue, at: range.upperBound) : content.map { isSaying($0, at: 0) } ?? false
    }
}
