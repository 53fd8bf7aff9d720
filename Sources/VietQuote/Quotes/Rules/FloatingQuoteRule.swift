/// A quotation with no cue of its own that fills its sentence (or follows a colon after a
/// quote) within two paragraphs of the last quote: it goes on the previous speaker's words.
///
/// Example: "“Chúng tôi sẽ tiếp tục hỗ trợ Ukraine.”" after a paragraph quoting ông Blinken.
/// Rejects: quotations inside a sentence (terms, titles), in headlines, far from any quote,
/// of fewer than three words, or overlapping a quote already found.
struct FloatingQuoteRule {
    let id = QuoteRule.floating

    func quotes(in paragraphs: [ParagraphContext], found: [FoundQuote], finder: QuoteFinder) -> [FoundQuote] {
        var result: [FoundQuote] = []
        // The ranges found in each paragraph, by its position (no hashing).
        var covered = [[Range<Int>]](repeating: [], count: paragraphs.count)
        for quote in found where covered.indices.contains(quote.content.paragraph) {
            covered[quote.content.paragraph].append(quote.content.range)
        }
        let quoteParagraphs = found.map(\.content.paragraph).sorted()
        var nextFound = 0
        var lastQuoteParagraph = -10
        // (Paragraphs are read in place: a copy of each would retain all its arrays.)
        for position in paragraphs.indices {
            while nextFound < quoteParagraphs.count, quoteParagraphs[nextFound] <= position {
                lastQuoteParagraph = max(lastQuoteParagraph, quoteParagraphs[nextFound])
                nextFound += 1
            }
            if paragraphs[position].role == .headline { continue }
            for span in paragraphs[position].quoted where span.isDouble {
                let ranges = covered[position]
                guard isFloating(span, in: paragraphs[position], covered: ranges, finder: finder),
                      position - lastQuoteParagraph <= QuoteFinder.Limits.floatingParagraphs else { continue }
                result.append(FoundQuote(content: TokenSpan(paragraph: position, range: Range(from: span.contentStart, to: span.contentEnd)),
                                         type: .direct, cue: nil, cueEntry: nil, mention: nil, rule: id))
                lastQuoteParagraph = position
            }
        }
        return result
    }

    /// Whether the quotation stands alone: not overlapping a found quote, filling its sentence
    /// (or right after a colon that follows one), long enough.
    private func isFloating(_ span: QuotedSpan, in paragraph: ParagraphContext, covered: [Range<Int>],
                            finder: QuoteFinder) -> Bool {
        let outer = span.outerRange
        if covered.contains(where: { $0.overlaps(outer) || $0 == Range(from: span.contentStart, to: span.contentEnd) }) { return false }
        let sentence = paragraph.sentence(containing: outer.lowerBound)
        let afterColon = outer.lowerBound > 0 && paragraph.isPunctuation(outer.lowerBound - 1, ":")
            && covered.contains { $0.upperBound >= outer.lowerBound - 2 }
        return (outer.lowerBound == sentence.lowerBound || outer.lowerBound == 0 || afterColon)
            && (finder.onlyTrailing(Range(from: outer.upperBound, to: sentence.upperBound), in: paragraph) || outer.upperBound >= sentence.upperBound)
            && finder.wordCount(Range(from: span.contentStart, to: span.contentEnd), in: paragraph) >= QuoteFinder.Limits.floatingWords
    }
}
