/// The output's promise about offsets, checked: every quote's `start..<end` lies inside the
/// input (in Unicode scalars, the input as given), and the input's text there, normalised as
/// the Text stage normalises (NFC, line breaks, spaces, zero-width characters removed), is the
/// quote's `content`.
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
            guard quote.start >= 0, quote.start <= quote.end, quote.end <= scalars.count else {
                problems.append("quote \(number) [\(quote.start), \(quote.end)) outside the input of \(scalars.count) scalars")
                continue
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[quote.start..<quote.end])
            let text = SourceText(String(view)).normalized
            if text != quote.content {
                problems.append("quote \(number) [\(quote.start), \(quote.end)): \(text.debugDescription) != content \(quote.content.debugDescription)")
            }
        }
        return problems
    }
}
