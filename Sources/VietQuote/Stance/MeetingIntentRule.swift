/// A wish, request or offer to meet is an intent to meet (CAMEO 036, +4.0), not a demand:
/// a verb of meeting (`stance.tsv` category `meet`: `gặp`) weighs, as an `intend` term,
/// only right after a word that wishes, asks or offers — a `modal` row (`muốn`, `xin`, `đề
/// nghị`, `đề xuất`) or a term of category `intend`, `appeal` or `demand` (`mong`, `yêu
/// cầu`) — and the asking word's own weight is then the meeting's: `yêu cầu gặp` is no
/// demand. A content that opens with the verb counts the cue's last words
/// (`bày tỏ mong muốn | gặp ông Trump`, dev 415).
///
/// Example: `Tổng thống Zelensky yêu cầu gặp tôi` weighs +0.3 (intend), where `yêu cầu`
/// alone is −0.3 (demand); `muốn gặp`, `xin gặp`, `đề xuất gặp` likewise.
/// A meeting announced with whom it will be (`sẽ`, function_words.tsv class `future`, right
/// before the verb, and a person right after it: an honorific or a title of titles.tsv)
/// is an intent to meet as well:
/// `[Donald Trump thông báo] ông sẽ gặp Tổng thống Ukraine Volodymyr Zelensky tại New York`
/// (dev 415, gold normalization).
/// Rejects: `gặp` after any other word, or after `sẽ` with no honorific or title after it
/// (`sẽ gặp khó khăn`, `gặp rủi ro`: no meeting, silver). A bare capitalised word is no
/// person to meet: after `sẽ gặp` it is nearly always a team or a country met in a match
/// (`Croatia sẽ gặp Pháp ở chung kết Euro 2024`, `sẽ gặp U23 Indonesia ở trận chung kết`,
/// `sẽ gặp Arsenal`: silver, 51 cases of `sẽ gặp` + a capitalised word, one a person).
/// Evidence: the meeting term, category `intend`, with the modifier `meeting` (factor 1,
/// the asking word's text).
enum MeetingIntentRule {
    /// The categories of a term that asks for what follows it (an array: a `Set` of them cost
    /// ~390,000 instructions of metadata look-up when first used).
    static let asking: [StanceCategory] = [.modal, .intend, .appeal, .demand]

    /// Whether the cue's words end with an asking term (`bày tỏ mong muốn`); its text.
    static func askingEnd(of cue: borrowing WordSpans, lexicon: borrowing StanceLexicon) -> String? {
        let words = cue.words
        guard let last = lexicon.content.matches(in: words, range: 0..<words.count).last,
              last.range.upperBound == words.count,
              case .term(let term) = last.value, asking.contains(term.category) else { return nil }
        return cue.found(last.range).text
    }

    /// Whether the meeting verb at the words `verb` of `words` is announced with a person to
    /// meet: `sẽ` (`future`) right before it, and right after it an honorific or a title
    /// (see the type's comment).
    static func announcesMeeting(_ verb: Range<Int>, in words: WordSpans.Words, names: SpeakerLexicon) -> Bool {
        guard verb.lowerBound > 0, verb.upperBound < words.count, names.words.isWord(words, at: verb.lowerBound - 1, .future) else { return false }
        let next = verb.upperBound
        return names.words.match(.honorific, in: words, at: next) != nil || names.titles.longestMatch(in: words, at: next, limit: words.count) != nil
    }

    /// Makes each meeting verb after an asking word an intent (dropping the asking word's
    /// own weight) and silences the others.
    /// - Parameter cueAsking: the text of the cue's asking end (`askingEnd`), if any.
    /// - Parameter names: the function words, titles and honorifics an announced meeting is
    ///   read with (`announcesMeeting`).
    static func apply(to analysis: inout ContentAnalysis, cueAsking: String?, names: SpeakerLexicon) {
        guard analysis.terms.contains(where: { $0.term.category == .meet }) else { return }
        var absorbed: Set<Int> = [], silenced: Set<Int> = []
        for index in analysis.terms.indices where analysis.terms[index].term.category == .meet {
            let item = analysis.terms[index].item
            let start = analysis.items[item].words.lowerBound
            var asker: String?
            if item > 0, analysis.items[item - 1].words.upperBound == start,
               case .term(let term) = analysis.items[item - 1].entry, asking.contains(term.category) {
                asker = analysis.text(of: item - 1)
                absorbed.insert(item - 1)
            } else if start == 0 {
                asker = cueAsking
            } else if announcesMeeting(analysis.items[item].words, in: analysis.spans.words, names: names) {
                asker = analysis.spans.found(start - 1..<start).text
            }
            guard let asker else { silenced.insert(index); continue }
            analysis.terms[index].term.category = .intend
            analysis.terms[index].modifiers.append(StanceEvidence.Modifier(.meeting, text: asker, factor: 1))
        }
        analysis.terms = analysis.terms.indices.compactMap { index in
            silenced.contains(index) || absorbed.contains(analysis.terms[index].item) ? nil : analysis.terms[index]
        }
    }
}
