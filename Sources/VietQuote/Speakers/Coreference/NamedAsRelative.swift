/// A person the article names inside a family tie (`Cha cô, ông John Molise Tau`, `Vợ ông -
/// NSND Thanh Kim Huệ`, `người vợ quá cố NSND Thanh Kim Huệ`, `đứa con … của tiền đạo Kai
/// Havertz`) is named as someone's relative: the story is about the other person of the tie,
/// and a later pronoun or short name stands for that person, not for the relative.
/// A name inside a quotation (`"… tôi nhớ Huệ quá …"`) is whom a quoted speaker speaks of.
/// Both are poor antecedents:
/// - `PronounRule.nearestNamedPerson` passes over them (the trace adds
///   `pronoun: skips a person named as a relative or inside a quotation`);
/// - `ArticleIndex.fullest`: of two runs that only share words (`Michelle Tau`, `John Molise
///   Tau`) and that the article titles alike, one first written as a relative is the less
///   full: a bare `Tau` is the story's person.
///
/// A tie is a word of class `kin` (function_words.tsv) at most `SpeakerLimits.relativeTieGap`
/// tokens before the name, the tokens between saying whose relative (`của`, a pronoun or an
/// honorific), perhaps then a comma or dash and an honorific, or being lower-case words before
/// a title that ends at the name (`quá cố NSND`; see `isTieGap`).
///
/// Recognises: silver 2024-07-25-olympics `Cha cô, ông John Molise Tau, huyền thoại …` → a
/// relative (a bare `Tau` was his, not his daughter Michelle Tau's); silver 2024-07-12-thanh-dien
/// `Vợ ông - NSND Thanh Kim Huệ - đã mất` → a relative.
/// Rejects: a tie right before the name (`Vợ Sophia`, `Chồng Phương Lan`: either may be the
/// person the article is about) or right before a title that ends at it (silver 2025-01-05
/// `Marcele Seippel - vợ cầu thủ Xuân Son -`: the player, whose wife she is, speaks next), a tie with words between that say more than whose relative
/// (`con người như ông X`; silver 2024-06-13-cau-chuyen-hoa-hong `Minh chứng những trăn trở của
/// anh trai là đúng, Rose vướng phải …`: Rose is no relative), and a tie in another sentence
/// before a full stop, colon or quotation mark.
struct NamedAsRelative {
    let lexicon: SpeakerLexicon

    /// Whether the name run at `start` of `tokens` is written after a family tie. A run that
    /// ends a longer capitalised one (`Havertz` of `tiền đạo Kai Havertz`) is read from each of
    /// its capitalised words before it too (as many as a name run has at most).
    func isRelative(_ tokens: [Token], at start: Int) -> Bool {
        var first = start
        while true {
            if tieEnds(tokens, at: first) { return true }
            guard first > 0, start - first < SpeakerLimits.nameRunWords, tokens[first - 1].kind == .word,
                  tokens[first - 1].isCapitalized else { return false }
            first -= 1
        }
    }

    /// Whether a family tie stands before the word at `start`.
    private func tieEnds(_ tokens: [Token], at start: Int) -> Bool {
        guard start > 1 else { return false }
        let lowest = max(0, start - 1 - SpeakerLimits.relativeTieGap - SpeakerLimits.kinWords)
        for position in stride(from: start - 2, through: lowest, by: -1) {
            let token = tokens[position]
            if token.kind != .word, !Self.gapMarks.contains(token.key) { return false }
            guard token.kind == .word, let length = lexicon.words.match(.kin, in: tokens, at: position, limit: start) else { continue }
            let gap = Range(from: position + length, to: start)
            if !gap.isEmpty, gap.count <= SpeakerLimits.relativeTieGap, isTieGap(tokens, gap) { return true }
        }
        return false
    }

    /// Whether the tokens of `gap` join a tie to the name after them: whose relative (`của`,
    /// a pronoun or an honorific: `cô`, `của ông`), then perhaps a comma or dash and an honorific
    /// (`Cha cô, ông`), before the name or a title that ends at it; or lower-case words with no
    /// mark before such a title (`quá cố NSND`, `chưa chào đời của tiền đạo`).
    private func isTieGap(_ tokens: [Token], _ gap: Range<Int>) -> Bool {
        let words = lexicon.words
        // A title that ends at the name (`NSND`, `tiền đạo`): the tokens from it on are its words.
        let titleStart = gap.first { position in
            tokens[position].kind == .word
                && lexicon.title(in: tokens, at: position, limit: gap.upperBound)?.length == gap.upperBound - position
        } ?? gap.upperBound
        // `vợ cầu thủ Xuân Son` ("player Xuân Son's wife"): a title right after the tie leaves the name
        // the tie's other person as much as a name right after it does (`Vợ Sophia`): no relative.
        if titleStart == gap.lowerBound { return false }
        var position = gap.lowerBound
        if words.isWord(tokens, at: position, .possessive) { position += 1 }
        if position < titleStart, lexicon.pronoun(in: tokens, at: position, limit: position + 1) != nil
            || words.isWord(tokens, at: position, .honorific) { position += 1 }
        if position > gap.lowerBound, position < titleStart, Self.gapMarks.contains(tokens[position].key) {
            position += 1
            if position < titleStart, words.isWord(tokens, at: position, .honorific) { position += 1 }
        }
        if position == titleStart { return true }
        // `quá cố NSND`: lower-case words only, before a title.
        return titleStart < gap.upperBound
            && Range(from: gap.lowerBound, to: titleStart).allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCapitalized }
    }

    /// The marks an apposition of a tie holds (`Cha cô, ông X`, `Vợ ông - NSND X`).
    private static let gapMarks: Set<String> = [",", "-", "–"]
}
