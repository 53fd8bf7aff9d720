/// A capitalised cue word inside a body's name is part of the name, no cue: `Bộ Thông tin và
/// Truyền thông`, `Sở Thông tin …` (the name from `SpeakerLexicon.bodyName`, up to its last
/// capitalised word). Read before the cues of a paragraph are looked up.
///
/// Example (no cue): "Bộ trưởng Bộ Thông tin và Truyền thông Nguyễn Mạnh Hùng; lãnh đạo một số bộ, ngành."
/// Passes: a body's name with no cue word among its capitalised words (`Bộ Ngoại giao Nga
/// cho biết …`: the cue after the name fires), or whose cue word is a blocker's (`Trường Đại học
/// Công nghệ thông tin`: the blocker `công nghệ thông tin` stops the cue).
struct BodyNameCueRule {
    let id = QuoteRefinement.cueInBodyName

    /// Where the capitalised words of a body's name that starts at `index` end (`Bộ Thông tin
    /// và Truyền thông` up to `Truyền`), when a cue word stands among them; nil otherwise.
    func nameEnd(in tokens: [Token], at index: Int, finder: QuoteFinder) -> Int? {
        guard tokens[index].kind == .word, tokens[index].isCapitalized, hasCapitalizedCueWord(in: tokens, after: index, finder: finder),
              let body = finder.names.bodyName(in: tokens, at: index, limit: tokens.count) else { return nil }
        guard let lastCapital = Range(from: index + 1, to: index + body.length).last(where: { tokens[$0].isCapitalized }),
              (index + 1...lastCapital).contains(where: { tokens[$0].isCapitalized && isCue(at: $0, in: tokens, finder: finder) })
        else { return nil }
        return lastCapital + 1
    }

    /// Whether a cue (not a blocker) starts at `index`: a blocker inside the name (`Trường Đại học
    /// Công nghệ thông tin`) is read by the cue scan itself, and ending the name at its last
    /// capital would cut it in half, leaving `thông tin` as a cue (silver m3: 11 quotes of the
    /// speaker `Trường Đại học Công nghệ`).
    private func isCue(at index: Int, in tokens: [Token], finder: QuoteFinder) -> Bool {
        guard let match = finder.cues.match(in: tokens, at: index) else { return false }
        return match.entry.category != .blocker
    }

    /// Whether a capitalised word that may start a cue stands within a body name's reach after
    /// `index` (a body name has at most `SpeakerLimits.bodyNameWords` words, and its last word may
    /// step one past them: twice that bounds it). Without one no cue word can be in the name, and
    /// the name is not read (most capitalised heads: `Bộ Ngoại giao Nga cho biết`).
    private func hasCapitalizedCueWord(in tokens: [Token], after index: Int, finder: QuoteFinder) -> Bool {
        let end = min(tokens.count, index + 2 * SpeakerLimits.bodyNameWords)
        var position = index + 1
        while position < end {
            if tokens[position].isCapitalized, finder.cues.trie.mayStart(tokens[position]) { return true }
            position += 1
        }
        return false
    }
}
