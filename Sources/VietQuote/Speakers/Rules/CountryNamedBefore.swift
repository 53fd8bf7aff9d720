/// A country anaphor (`nước này`, `quốc gia này`) with no earlier country speaker stands for
/// the country named nearest before it: in its sentence or the
/// `SpeakerLimits.issuerParagraphsBefore` paragraphs before, a capitalised side of
/// `actors.tsv` of kind country, metonym or territory.
///
/// Recognises: dev 314 `Bộ trưởng Ai Cập cho biết, nước này phản đối dứt khoát …` → Ai Cập,
/// kind country (`pronoun: the country named before`).
/// Rejects: a side in lower case (`anh`, the pronoun), a bloc or an armed group (`EU`,
/// `Hamas`: no country), and a mention that is not a country anaphor (`ông`, `Bộ này`);
/// with no country named before, the anaphor names no one (`pronoun: no earlier speaker`).
struct CountryNamedBefore {
    static func country(for mention: MentionContext) -> Speaker? {
        let span = mention.span
        let first = max(0, span.paragraph - SpeakerLimits.issuerParagraphsBefore)
        for paragraphIndex in stride(from: span.paragraph, through: first, by: -1) {
            let tokens = mention.paragraphs[paragraphIndex].tokens
            let bound = paragraphIndex == span.paragraph ? span.range.lowerBound : tokens.count
            for start in stride(from: bound - 1, through: 0, by: -1) where tokens[start].kind == .word && tokens[start].isCapitalized {
                guard let side = mention.lexicon.actor(in: tokens, at: start, limit: bound),
                      side.entry.kind.speakerKind == .country else { continue }
                return Speaker(name: side.entry.side, mention: mention.text, kind: .country, affiliation: side.entry.side)
            }
        }
        return nil
    }
}
