/// The output's promise about offsets, checked: every quote's `start..<end` (and its cue's
/// `cue_start..<cue_end`, when it has one) lies inside the input (in Unicode scalars, the input
/// as given), and the input's text there, normalised as the Text stage normalises (NFC, line
/// breaks, spaces, zero-width characters removed), is the quote's `content` (its `cue`).
///
/// Used by the fuzz tests, the libFuzzer target and `vietquote check-offsets` (CI runs it on the
/// silver corpus). Example of a problem: `quote 2 [10, 25): "ông nói" != content "nói rằng"`.
package enum QuoteSpanCheck {
    /// A description of each quote of `result` that breaks the promise on `input`; empty when all hold.
    package static func problems(in result: ArticleResult, input: String) -> [String] {
        guard !result.quotes.isEmpty else { return [] }
        let scalars = Array(input.unicodeScalars)
        var problems: [String] = []
        for (number, quote) in result.quotes.enumerated() {
            if let problem = problem(quote.start, quote.end, quote.content, in: scalars) {
                problems.append("quote \(number) \(problem)")
            }
            if let cue = quote.cue, let start = quote.cueStart, let end = quote.cueEnd,
               let problem = problem(start, end, cue, in: scalars) {
                problems.append("quote \(number) cue \(problem)")
            }
        }
        return problems
    }

    /// What is wrong with `start..<end` as the span of `text` in `scalars`, or nil.
    static func problem(_ start: Int, _ end: Int, _ text: String, in scalars: [Unicode.Scalar]) -> String? {
        guard start >= 0, start <= end, end <= scalars.count else {
            return "[\(start), \(end)) outside the input of \(scalars.count) scalars"
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        let found = SourceText(String(view)).normalized
        return found == text ? nil : "[\(start), \(end)): \(found.debugDescription) != \(text.debugDescription)"
    }
}
