/// The subject's name before its verb chain (`Park Bom đăng ảnh của Lee Min Ho lên trang cá
/// nhân và viết`): the person named first, at the head of the mention, who is followed by a
/// lower-case verb phrase, is the subject of the clause that ends in the cue; a longer name
/// after that phrase is in its object (`Lee Min Ho`, a possessor) and does not speak, though
/// `NameRule` otherwise takes the longest name of the mention.
///
/// Recognises: `Chủ tịch nước Lương Cường chúc mừng Thượng tướng Lê Quốc Hùng … và nói` (silver
/// 2024-12-27-le-quoc-hung) → `Lương Cường`, not the object `Lê Quốc Hùng`; `Park Bom đăng ảnh của
/// Lee Min Ho …` (silver 2025-02-20-park-bom) → `Park Bom`.
/// Rejects: a first name that is not the mention's head (words other than titles before it: `Trong
/// cuộc gặp với Messi, …`) or lies in a title or body of the mention, or opens with a body head or an
/// abbreviation in capitals (`Vụ Tổ chức cán bộ`, `CTCP Bất động sản …`); a first name followed by a
/// capitalised word, punctuation, a possessive, preposition or coordinator (`Messi và Cristiano
/// Ronaldo`); one whose last syllable makes a common word with the next (`CTCP Bất động sản …`,
/// `Vụ Tổ chức cán bộ`, `Đức Tổng Giám mục`: pieces of a title or a body, `common_words.tsv`); fewer
/// than `SpeakerLimits.subjectVerbWords` lower-case words before the next capitalised word (`Sheikha
/// Mahra bint Mohammed …`, `Vermeeren như Fabrizio Romano`: a particle, no verb phrase); and a
/// mention whose first name is already the longest (read as before).
struct SubjectName {
    let lexicon: SpeakerLexicon

    /// The first name of `candidates` when it is the subject and a longer name follows it, or nil.
    func name(among candidates: [Range<Int>], in parsed: ParsedMention, tokens: [Token]) -> Range<Int>? {
        let words = lexicon.words
        guard let first = candidates.min(by: { $0.lowerBound < $1.lowerBound }),
              candidates.contains(where: { $0.lowerBound >= first.upperBound && $0.count > first.count }),
              !parsed.titles.contains(where: { $0.range.overlaps(first) }),
              !parsed.organizations.contains(where: { $0.range.overlaps(first) }),
              lexicon.bodyHeads.value(in: tokens, range: first.lowerBound..<first.lowerBound + 1) == nil,
              !(first.count > 1 && tokens[first.lowerBound].isAllCaps) else { return nil }
        // The head: only title words before the name (`Chủ tịch nước Lương Cường`).
        var position = parsed.range.lowerBound
        while position < first.lowerBound, let title = parsed.titles.first(where: { $0.range.lowerBound == position }) {
            position = title.range.upperBound
        }
        let after = first.upperBound
        guard position == first.lowerBound, let next = tokens[ifPresent: after], after < parsed.range.upperBound,
              next.kind == .word, !next.isCapitalized, lexicon.commonWords.value(in: tokens, range: after - 1..<after + 1) == nil,
              !words.isWord(tokens, at: after, .possessive), !words.isWord(tokens, at: after, .preposition),
              !words.isWord(tokens, at: after, .coordinator) else { return nil }
        let verbWords = tokens[from: after, upTo: parsed.range.upperBound].prefix { $0.kind == .word && !$0.isCapitalized }.count
        return verbWords >= SpeakerLimits.subjectVerbWords ? first : nil
    }
}
