/// The word tokens of a text: maximal runs of letters, combining marks and digits.
///
/// This is how spans are compared: after NFC, syllables and numbers count, and
/// punctuation, quotation marks and spaces do not. (Lower-casing changes no token
/// boundary, and tokens are compared by position, so it needs no step of its own.)
/// Tokens are in text order, so the tokens that lie inside a span are a contiguous
/// range of token indices.
struct WordTokens: Sendable {
    /// Each token's range of scalar offsets, in order.
    let ranges: [Range<Int>]

    init(_ scalars: [Unicode.Scalar]) {
        var ranges: [Range<Int>] = []
        var start: Int?
        for (offset, scalar) in scalars.enumerated() {
            if Self.isWordScalar(scalar) {
                if start == nil { start = offset }
            } else if let open = start {
                ranges.append(open..<offset)
                start = nil
            }
        }
        if let open = start { ranges.append(open..<scalars.count) }
        self.ranges = ranges
    }

    /// Whether `scalar` belongs to a word: a letter, a combining mark or a number.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber,
             .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    /// The indices of the tokens that lie wholly inside `span` (a range of scalar
    /// offsets): token start ≥ span start and token end ≤ span end.
    func covered(by span: Range<Int>) -> Range<Int> {
        let first = partition { $0.lowerBound >= span.lowerBound }
        var last = partition { $0.upperBound > span.upperBound }
        if last < first { last = first }
        return first..<last
    }

    private func partition(_ predicate: (Range<Int>) -> Bool) -> Int {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if predicate(ranges[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
