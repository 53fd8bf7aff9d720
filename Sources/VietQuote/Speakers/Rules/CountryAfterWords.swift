/// A country (or its metonym) written after other words of the mention, not at its head, is
/// where the speaker is, comes from or belongs, not who speaks: the speaker is what the words
/// before it describe, named by the words up to the country, an unnamed source (a body when a
/// body head opens them), with the country as its side only when those words act for a state
/// (`QualifiedSideRule.actsForState`: a state body's head, a noun of class `official_group`).
///
/// It reads the word right before the country:
/// - a preposition of place (class `place_link`: `tại`, `ở`, `đến từ`, `trong`): silver
///   2024-07-30-nguyen-thuy-linh `Tay vợt nữ đến từ Việt Nam đáp lại` → `Tay vợt nữ đến từ Việt
///   Nam` (was `Việt Nam`); 2024-08-16-nguyen-chi-tuyen `Một tòa án ở Hà Nội tuyên án` → a
///   court of Việt Nam, its side kept;
/// - a lower-case word or a number that the country qualifies (no function word that may stand
///   before a side: a quantifier, `phía`, a preposition, a coordinator): 2024-11-12-chu-tich-nuoc-
///   luong-cuong `người đàn ông Việt Nam trả lời`, 2024-07-23-le-quang-liem `kỳ thủ số 1 Việt Nam`,
///   2024-12-09-lich-aff-cup-2024 `Thủ quân của đội tuyển Việt Nam cho biết` (were `Việt Nam`);
/// - a common word opening the sentence, read as in lower case (`PeopleOfSide`): silver
///   2024-08-08-ngay-that-tich `Người Việt Nam còn gọi đây là …` → `Người Việt Nam`;
/// - `của` after a body head that opens the mention: 2024-09-02-bao-yagi `Cơ quan khí tượng của
///   Việt Nam cho biết` → a body of Việt Nam (was the country).
///
/// Rejects (`SideRule` reads them): a side alone or after a quantifier or `phía` (`Phía Nga`), a
/// side after `của` with no body head before it (dev 411 `thống kê của Israel`, dev 410 `kiến
/// nghị của Nam Phi`: a statement of the country, its issuer speaks), after `qua` or `từ`
/// (`cuối tuần qua Mỹ`, `thông tin từ phía Nga`), several sides, and a bloc, armed group or
/// territory after a noun of its own kind (`Lực lượng Hezbollah`: `QualifiedSideRule`).
struct CountryAfterWords {
    /// The word classes that may stand right before a side that speaks: opening words of a
    /// group or side, prepositions of time or source, a coordinator.
    private static let sideOpeners: [WordClass] = [
        .quantifier, .sidePrefix, .possessive, .preposition, .coordinator, .inclusive, .temporal, .complementizer,
    ]

    func decide(_ mention: inout MentionContext) -> SpeakerDecision? {
        let parsed = mention.parsed
        guard parsed.sides.count == 1, let side = parsed.sides.first,
              side.entry.kind == .country || side.entry.kind == .metonym else { return nil }
        let tokens = mention.tokens, range = mention.range, words = mention.words
        // `thông tin từ phía Nga`: a side written with its prefix is the side.
        guard words.match(.sidePrefix, in: tokens, at: side.range.lowerBound, limit: side.range.upperBound) == nil else { return nil }
        let before = side.range.lowerBound - 1
        guard before >= range.lowerBound, tokens[before].kind == .word || tokens[before].kind == .number else { return nil }
        var start = range.lowerBound
        if let quantifier = words.match(.quantifier, in: tokens, at: start, limit: side.range.lowerBound) { start += quantifier }
        guard start < side.range.lowerBound else { return nil }
        let nouns = Range(from: start, to: side.range.lowerBound)
        let body = QualifiedSideRule.opensWithBodyHead(tokens, nouns, mention)
        // `Người Việt Nam còn gọi`: a common word opening the sentence is read as in lower case (PeopleOfSide.swift).
        let opening = before == range.lowerBound && mention.index.isCommonWordOpening(tokens, at: before)
            && Self.qualifies(tokens, at: before, words: words, capitalised: true)
        guard opening || Self.followsWords(tokens, side: side.range.lowerBound, lowerBound: start, words: words)
                || (body && words.isWord(tokens, at: before, .possessive)) else { return nil }
        let official = QualifiedSideRule.actsForState(tokens, nouns, mention)
        let described = Range(from: range.lowerBound, to: side.range.upperBound)
        return SpeakerDecision(Speaker(name: mention.text(described), mention: mention.text, kind: body ? .organization : .source,
                                       affiliation: official ? side.entry.side : nil),
                               .countryAfterWords, entry: side.entry.origin)
    }

    /// Whether the country starting at `side` follows a preposition of place or a word it
    /// qualifies (`StatementRule` reads it too: such a country issues no statement).
    static func followsWords(_ tokens: [Token], side: Int, lowerBound: Int, words: FunctionWords) -> Bool {
        guard side > lowerBound, tokens[side - 1].kind == .word || tokens[side - 1].kind == .number else { return false }
        return words.matchEnding(.placeLink, in: tokens, at: side, lowerBound: lowerBound) != nil
            || qualifies(tokens, at: side - 1, words: words)
    }

    /// Whether the word before the country is one it qualifies: a number, or a lower-case word
    /// (or, `capitalised`, a common word opening the sentence) of no class that may open a side.
    private static func qualifies(_ tokens: [Token], at position: Int, words: FunctionWords, capitalised: Bool = false) -> Bool {
        let token = tokens[position]
        if token.kind == .number { return true }
        guard capitalised || !token.isCapitalized else { return false }
        guard let classes = words.trie.value(in: tokens, range: position..<position + 1) else { return true }
        return !Self.sideOpeners.contains { classes.contains($0) }
    }
}
