/// A mention that starts inside a bracket and ends where the bracket closes is the writer's
/// aside (a place, a parent body, an abbreviation), not the speaker: the Quotes stage took the
/// words after the bracket's last comma. The speaker is the phrase before the bracket, back to
/// the comma or dash that opens its clause; a title there (an apposition) joins the name
/// written alone right before its comma (`Name, title (…)`), as
/// `MentionTrimming.joiningNameBeforeApposition` joins one to a mention of no name.
///
/// Recognises: silver 2024-09-10-lu `ông Phan Quốc Khánh, Chủ tịch phường Dữu Lâu (thành phố
/// Việt Trì, tỉnh Phú Thọ) cho biết …` → `Phan Quốc Khánh, Chủ tịch phường Dữu Lâu` (was the
/// place `Phú Thọ`; `mention: before the bracket it stands in`).
/// Rejects: a mention that opens before the bracket (`Bộ Y tế (Việt Nam)`: the bracket is inside
/// it), a bracket that does not close right after the mention, one closed or opened in another
/// sentence, and a bracket with no words before it in its clause.
enum BracketedMention {
    /// The words before the bracket the mention `mention` (its trailing punctuation aside)
    /// stands in, or nil when it stands in none. The `(` is looked for at most
    /// `SpeakerLimits.bracketAsideTokens` tokens back.
    static func before(_ mention: Range<Int>, in tokens: [Token], parser: MentionParser) -> Range<Int>? {
        guard let last = mention.last(where: { tokens[$0].kind == .word }) else { return nil }
        // `(TP.HCM)`: a mention cut at the full stop inside a place starts where the place starts
        // (silver 2024-06-04-dang-quoc-khanh `đại biểu Trần Kim Yến (TP.HCM) cũng nêu`).
        var first = mention.lowerBound
        let gluedFloor = max(0, mention.lowerBound - SpeakerLimits.gluedPlaceTokens)
        while first > gluedFloor, !tokens[first].spaceBefore, tokens[first - 1].kind != .quote, tokens[first - 1].key != "(",
              !Punctuation.commaOrDash.contains(tokens[first - 1].key) { first -= 1 }
        let range = Range(from: first, to: last + 1)
        guard tokens[ifPresent: range.upperBound]?.key == ")" else { return nil }
        var open: Int?
        var position = range.lowerBound - 1
        while position >= max(0, range.lowerBound - SpeakerLimits.bracketAsideTokens) {
            let key = tokens[position].key
            if tokens[position].kind == .punctuation, key == "(" { open = position; break }
            if tokens[position].kind == .punctuation, key == ")" || Punctuation.terminal.contains(key) { return nil }
            position -= 1
        }
        guard let open, open > 0, Range(from: open + 1, to: range.upperBound).contains(where: { tokens[$0].kind == .word })
        else { return nil }
        var start = open
        while start > 0, tokens[start - 1].kind != .quote,
              tokens[start - 1].kind != .punctuation || !Punctuation.clauseMarks.contains(tokens[start - 1].key) {
            start -= 1
        }
        guard start < open, Range(from: start, to: open).contains(where: { tokens[$0].kind == .word }) else { return nil }
        return Range(from: nameBeforeTitle(start, in: tokens, parser: parser) ?? start, to: open)
    }

    /// `ông Phan Quốc Khánh, Chủ tịch phường …`: where a title opens the clause at `start`, the
    /// start of the name written alone before its comma (capitalised words the parser reads as
    /// one name, no side or body), else nil.
    private static func nameBeforeTitle(_ start: Int, in tokens: [Token], parser: MentionParser) -> Int? {
        let comma = start - 1
        guard start >= 2, tokens[comma].kind == .punctuation, tokens[comma].key == ",",
              parser.lexicon.title(in: tokens, at: start, limit: tokens.count) != nil else { return nil }
        var first = comma
        while first > 0, tokens[first - 1].kind == .word, tokens[first - 1].isCapitalized { first -= 1 }
        while first < comma, parser.nameRun(in: tokens, at: first, limit: comma) != comma - first { first += 1 }
        guard first < comma, parser.lexicon.actor(in: tokens, at: first, limit: comma) == nil,
              parser.lexicon.organization(in: tokens, at: first, limit: comma) == nil else { return nil }
        return first
    }
}
