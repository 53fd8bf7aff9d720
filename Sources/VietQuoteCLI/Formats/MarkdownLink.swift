/// A line that is one markdown link, `[text](address)`, as an aggregator writes an
/// article's headline: `[Quân Nga …](https://…)`. An image (`![…](…)`) is not one.
struct MarkdownLink {
    /// The text's scalar offsets in the line (without the brackets).
    var text: Range<Int>
    var address: String

    init?(_ line: String) {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > 4, scalars[0] == "[", scalars[scalars.count - 1] == ")" else { return nil }
        // The `](` that closes the text: the last one, so that brackets in the text stay in it.
        var middle: Int?
        var index = scalars.count - 2
        while index > 1 {
            if scalars[index - 1] == "]", scalars[index] == "(" { middle = index - 1; break }
            index -= 1
        }
        guard let middle, middle > 1 else { return nil }
        var address = String.UnicodeScalarView()
        address.append(contentsOf: scalars[(middle + 2)..<(scalars.count - 1)])
        guard !address.isEmpty, !address.contains(where: { $0.properties.isWhitespace }) else { return nil }
        self.text = 1..<middle
        self.address = String(address)
    }

    /// Whether the address is a web address (`http:` or `https:`), the only kind the
    /// report links to: a `javascript:` or `data:` address in a crawled page stays text.
    var isWebAddress: Bool {
        let lowered = address.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") else { return false }
        return !address.unicodeScalars.contains { $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "'" || $0 == "\\" || $0.value < 0x20 }
    }
}
