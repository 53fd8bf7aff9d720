/// A region of a country written between a body and the country: `Lực lượng Phòng vệ miền
/// Nam Ukraine` (the Southern Defence Forces of Ukraine), `Bộ Tư lệnh vùng Viễn Đông Nga`
/// with one capitalised word. The body belongs to the country after the region, and the
/// region is part of its name (before, the body ended before `miền` and the country was lost:
/// `Phát ngôn viên của Lực lượng Phòng vệ` took the article's first side).
///
/// Recognises a lower-case content word (no function word, no cue: `SpeakerLexicon
/// .isContentSyllable`), one capitalised word that starts no side, then a side of
/// `actors.tsv`. Rejects: a function word or cue before the place (`Bộ Quốc phòng cho Nga`,
/// `Lực lượng tại Gaza`), a region with no country after it (`miền Nam` alone: the body
/// ends before it, as before).
struct RegionQualifier {
    let lexicon: SpeakerLexicon

    /// The length of the region and the country at `index`, with the country's side, or nil.
    func region(in tokens: [Token], at index: Int, limit: Int) -> (length: Int, side: String)? {
        guard index + 2 < limit, lexicon.isContentSyllable(tokens, at: index, limit: limit),
              tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized,
              lexicon.actor(in: tokens, at: index + 1, limit: limit) == nil,
              let side = lexicon.actor(in: tokens, at: index + 2, limit: limit) else { return nil }
        return (2 + side.length, side.entry.side)
    }
}
