/// A stretch of text between quotation marks, in token indices of one paragraph.
package struct QuotedSpan: Sendable, Hashable {
    /// Index of the opening mark, or nil when the opening mark is missing (the span then
    /// starts at the paragraph start, or right after the previous span).
    package var open: Int?
    /// Index of the closing mark, or nil when it is missing (the span runs to the end of
    /// the paragraph).
    package var close: Int?
    /// First token of the quoted words.
    package var contentStart: Int
    /// One past the last token of the quoted words.
    package var contentEnd: Int
    /// Whether the marks are double (`"`, `“ ”`, `« »`) rather than single (`'`, `‘ ’`).
    package var isDouble: Bool

    /// The tokens from the opening mark through the closing mark (as far as they exist).
    package var outerRange: Range<Int> { Range(from: open ?? contentStart, to: close.map { $0 + 1 } ?? contentEnd) }
}

/// Pairs the quotation marks of a paragraph. Survives a missing opening or closing mark
/// and mixed straight and curly marks: an opening curly mark may close with a straight one.
package enum QuotationPairing {
    enum Role { case opening, closing, either }

    /// The quoted spans of one paragraph's tokens, outermost ones only for doubles;
    /// single-mark spans are reported too (they may sit inside double ones).
    package static func spans(in tokens: [Token], scalars: [Unicode.Scalar]) -> [QuotedSpan] {
        var spans: [QuotedSpan] = []
        var stack: [(index: Int, isDouble: Bool)] = []
        var lastDoubleEnd = 0
        for index in tokens.indices where tokens[index].kind == .quote {
            let token = tokens[index]
            let mark = scalars[token.start]
            let isDouble = !QuoteMark.isSingle(mark) || token.end - token.start >= 2
            let role = self.role(of: token, mark: mark, at: index, in: tokens)
            let openIndex = stack.lastIndex { $0.isDouble == isDouble }
            if role == .closing || (role == .either && openIndex != nil) {
                if let openIndex {
                    let open = stack[openIndex].index
                    stack.removeSubrange(openIndex...)
                    spans.append(QuotedSpan(open: open, close: index, contentStart: open + 1, contentEnd: index, isDouble: isDouble))
                    if isDouble { lastDoubleEnd = index + 1 }
                } else if isDouble, stack.isEmpty {
                    // A closing mark with no opening one: the quote starts at the paragraph
                    // start, or right after the previous quote.
                    spans.append(QuotedSpan(open: nil, close: index, contentStart: lastDoubleEnd, contentEnd: index, isDouble: true))
                    lastDoubleEnd = index + 1
                }
            } else if role == .opening || role == .either {
                stack.append((index, isDouble))
            }
        }
        // An opening double mark never closed: the quote runs to the end of the paragraph.
        if let first = stack.first(where: \.isDouble) {
            spans.append(QuotedSpan(open: first.index, close: nil, contentStart: first.index + 1, contentEnd: tokens.count, isDouble: true))
        }
        spans.sort { ($0.open ?? $0.contentStart) < ($1.open ?? $1.contentStart) }
        // Keep double spans that are not inside another double span.
        var result: [QuotedSpan] = []
        var coveredUntil = -1
        for span in spans {
            let start = span.open ?? span.contentStart
            if span.isDouble {
                if start < coveredUntil { continue }
                coveredUntil = span.outerRange.upperBound
            }
            result.append(span)
        }
        return result
    }

    static func role(of token: Token, mark: Unicode.Scalar, at index: Int, in tokens: [Token]) -> Role {
        if QuoteMark.isOpening(mark) { return .opening }
        if QuoteMark.isClosing(mark) { return .closing }
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        let attachedAfter = next.map { !$0.spaceBefore && $0.isWordLike } ?? false
        let attachedBefore = index > 0 && !token.spaceBefore
        if attachedAfter && !attachedBefore { return .opening }
        if attachedBefore && !attachedAfter { return .closing }
        return .either
    }
}
