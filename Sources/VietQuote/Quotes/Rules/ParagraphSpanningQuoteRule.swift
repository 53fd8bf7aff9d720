/// A direct quote over several paragraphs (the press convention): its opening mark stands in
/// one paragraph with no closing mark there, the paragraphs after it (at most
/// `Limits.spanningParagraphs`) hold no quotation mark, and a later paragraph closes it with
/// no opening mark before the closing one. The quote runs from the opening mark to the closing
/// mark: one quote with one cue, not a quote cut at the break plus a floating one (dev gold 308
/// and 312 mark it so; audit12 pattern 4). A cue inside the joined words makes no quote.
///
/// Example (dev 308): "“Cách đây không lâu, Tổng thống Ba Lan Andrzej Duda từng tuyên bố …
/// tại quốc gia này." ¶ "Warsaw sẽ không đứng ngoài cuộc chiến hạt nhân … phóng xạ hạt nhân”,
/// ông Medvedev nói thêm." — one quote, cue `nói thêm`.
/// Rejects: a later paragraph that reopens the quotation (`“…`: a quote of its own), one with
/// a quotation mark before the closing one, a headline, caption or dropped line between, an
/// opening paragraph whose quotation is no quote found (nor the closing one's).
struct ParagraphSpanningQuoteRule {
    let id = QuoteRefinement.paragraphSpanning

    /// `quotes` (sorted by paragraph and start) with each quote over several paragraphs made one.
    func joined(_ quotes: [FoundQuote], in paragraphs: [ParagraphContext], finder: QuoteFinder) -> [FoundQuote] {
        var result = quotes
        var dropped = [Bool](repeating: false, count: quotes.count)
        var changed = false
        for position in paragraphs.indices {
            guard let open = openEnd(of: paragraphs[position]),
                  let close = closing(after: position, in: paragraphs) else { continue }
            let inside = { (quote: FoundQuote) in
                quote.content.paragraph > position && quote.content.paragraph < close.paragraph
                    || quote.content.paragraph == close.paragraph && quote.content.range.lowerBound < close.end
            }
            let head = result.indices.first { index in
                !dropped[index] && result[index].content.paragraph == position && result[index].continuation == nil
                    && result[index].content.range.contains(open.contentStart)
                    && finder.onlyTrailing(Range(from: result[index].content.range.upperBound, to: open.contentEnd), in: paragraphs[position])
            }
            let tail = result.indices.first { index in
                !dropped[index] && result[index].content.paragraph == close.paragraph && result[index].content.range.lowerBound <= close.start
                    && result[index].content.range.upperBound == close.end
            }
            guard head != nil || tail != nil else { continue }
            var joined: FoundQuote
            if let head {
                joined = result[head]
                if joined.cue == nil, let tail, result[tail].cue != nil {
                    (joined.cue, joined.cueEntry, joined.mention, joined.rule) = (result[tail].cue, result[tail].cueEntry, result[tail].mention, result[tail].rule)
                }
            } else if let tail, !result.indices.contains(where: { !dropped[$0] && result[$0].content.paragraph == position
                                                                    && result[$0].content.range.upperBound > open.contentStart }) {
                joined = result[tail]
                joined.content = TokenSpan(paragraph: position, range: Range(from: open.contentStart, to: open.contentEnd))
            } else { continue }
            joined.continuation = TokenSpan(paragraph: close.paragraph, range: Range(from: close.start, to: close.end))
            joined.refinements.append(id)
            for index in result.indices where index != head && inside(result[index]) { dropped[index] = true }
            if let head { result[head] = joined } else if let tail { result[tail] = joined; dropped[tail] = false }
            changed = true
        }
        guard changed else { return quotes }
        return result.indices.filter { !dropped[$0] }.map { result[$0] }
            .sorted { ($0.content.paragraph, $0.content.range.lowerBound) < ($1.content.paragraph, $1.content.range.lowerBound) }
    }

    /// The paragraph's last double quotation when it opens and runs to the paragraph's end.
    private func openEnd(of paragraph: ParagraphContext) -> QuotedSpan? {
        guard paragraph.role == .body || paragraph.role == .lead,
              let span = paragraph.quoted.last(where: \.isDouble), span.open != nil, span.close == nil,
              span.contentEnd == paragraph.tokens.count, span.contentEnd > span.contentStart else { return nil }
        return span
    }

    /// The paragraph that closes a quotation left open in paragraph `position`, and the closed
    /// words in it; nil when a paragraph on the way holds a quotation mark, is not the next
    /// line of the page, or is no body paragraph.
    private func closing(after position: Int, in paragraphs: [ParagraphContext]) -> (paragraph: Int, start: Int, end: Int)? {
        var previous = position
        for next in paragraphs.indices.dropFirst(position + 1).prefix(QuoteFinder.Limits.spanningParagraphs + 1) {
            let paragraph = paragraphs[next]
            guard paragraph.index == paragraphs[previous].index + 1,
                  paragraph.role == .body || paragraph.role == .lead else { return nil }
            // (Single marks, `'chịu'`, may stand inside the quotation.)
            if let span = paragraph.quoted.first(where: \.isDouble) {
                guard span.open == nil, span.close != nil, span.contentStart == 0, span.contentEnd > 0 else { return nil }
                return (next, span.contentStart, span.contentEnd)
            }
            previous = next
        }
        return nil
    }
}
