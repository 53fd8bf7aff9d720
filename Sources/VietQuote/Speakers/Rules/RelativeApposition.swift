/// A mention that is only the relative noun of an apposition (class `apposed_relative` of
/// `function_words.tsv`: `người`), right after a comma or dash that ends a person's name, is
/// that person: the apposition describes the one named before it, who speaks
/// (`apposition: the person named before `, người …``).
///
/// Recognises: silver 2024-06-02-ufc `Dustin Poirier, người cũng thi đấu tại UFC 302 lại đưa
/// ra quan điểm thoải mái hơn` → Dustin Poirier; 2025-01-20-thien-an `Diễn viên Kiều Trinh -
/// người từng hợp tác với Thiên An chia sẻ: "…"` → Kiều Trinh (both had no speaker).
/// Rejects: `người` with other words in the mention (`người hâm mộ`: other rules), not after a
/// comma or dash (`Người này`, `nhiều người`), or after one that ends no name
/// (`…, người dân cho biết`: lower-case words before the comma).
struct RelativeApposition: SpeakerSieve {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision? {
        let tokens = mention.tokens, range = mention.range
        guard range.count == 1, !tokens[range.lowerBound].isCapitalized,
              mention.words.isWord(tokens, at: range.lowerBound, .apposedRelative),
              let mark = tokens[ifPresent: range.lowerBound - 1], mark.kind == .punctuation,
              Self.marks.contains(mark.key), let name = nameBefore(range.lowerBound - 1, mention) else { return nil }
        return SpeakerDecision(DescribedAnaphorRule.person(tokens, name, mention), .relativeApposition)
    }

    /// The punctuation that opens an apposition after a name: a comma, a hyphen or a dash.
    private static let marks: Set<String> = [",", "-", "–", "—"]

    /// The longest name run that ends right before `end` (the comma or dash), or nil.
    private func nameBefore(_ end: Int, _ mention: MentionContext) -> Range<Int>? {
        let tokens = mention.tokens
        var found: Range<Int>?
        var start = end - 1
        while start >= 0, tokens[start].kind == .word, tokens[start].isCapitalized {
            if mention.resolver.parser.nameRun(in: tokens, at: start, limit: end) == end - start,
               !mention.index.isCommonWordOpening(tokens, at: start) {
                found = start..<end
            }
            start -= 1
        }
        return found
    }
}
