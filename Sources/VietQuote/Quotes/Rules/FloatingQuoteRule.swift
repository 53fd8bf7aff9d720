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
        // The ranges found, by paragraph: one sorted array read along the paragraphs (no
        // array per paragraph, no hashing).
        let spans = found.map { (paragraph: $0.content.paragraph, range: $0.content.range) }.sorted { $0.paragraph < $1.paragraph }
        var nextFound = 0
        var lastQuoteParagraph = -10
        // (Paragraphs are read in place: a copy of each would retain all its arrays.)
        for position in paragraphs.indices {
            let first = nextFound
            while nextFound < spans.count, spans[nextFound].paragraph <= position {
                lastQuoteParagraph = max(lastQuoteParagraph, spans[nextFound].paragraph)
                nextFound += 1
            }
            if paragraphs[position].role == .headline { continue }
            for span in paragraphs[position].quoted where span.isDouble {
                // The ranges found in this paragraph are among those passed at it.
                guard isFloating(span, in: paragraphs[position], at: position, covered: spans[first..<nextFound], finder: finder),
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
    private func isFloating(_ span: QuotedSpan, in paragraph: ParagraphContext, at position: Int,
                            covered spans: ArraySlice<(paragraph: Int, range: Range<Int>)>, finder: QuoteFinder) -> Bool {
        let outer = span.outerRange
        let covered = { (test: (Range<Int>) -> Bool) in spans.contains { $0.paragraph == position && test($0.range) } }
        if covered({ $0.overlaps(outer) || $0 == Range(from: span.contentStart, to: span.contentEnd) }) { return false }
        let sentence = paragraph.sentence(containing: outer.lowerBound)
        let afterColon = outer.lowerBound > 0 && paragraph.isPunctuation(outer.lowerBound - 1, ":")
            && covered { $0.upperBound >= outer.lowerBound - 2 }
        return (outer.lowerBound == sentence.lowerBound || outer.lowerBound == 0 || afterColon)
            && (finder.onlyTrailing(Range(from: outer.upperBound, to: sentence.upperBound), in: paragraph) || outer.upperBound >= sentence.upperBound)
            && finder.wordCount(Range(from: span.contentStart, to: span.contentEnd), in: paragraph) >= QuoteFinder.Limits.floatingWords
    }
}
