/// Lines that repeat another line of the page: the same text again (a title printed
/// twice, an image's alt text), or the same text with a short tail added
/// (`… - 1`, `… - Hình 1`, `… - VnExpress`).
struct RepeatedLines {
    /// For each line (by position in the line list), the line it repeats and how.
    private(set) var sources: [Int: (line: Int, decorated: Bool)] = [:]

    /// The longest tail, in tokens, that still makes a decorated copy.
    static let maxTail = 3
    /// The shortest text, in tokens, whose decorated copies are looked for.
    static let minDecoratedBase = 4
    /// Lines longer than this (in tokens) are compared whole only.
    static let maxDecoratedLine = 120

    init(_ lines: [ArticleLine]) {
        var firstByKey: [ByteKey: Int] = [:]
        var keys: [String] = []
        keys.reserveCapacity(lines.count)
        for (position, line) in lines.enumerated() {
            let key = Self.key(line.tokens[line.visible])
            keys.append(key)
            if let earlier = firstByKey[ByteKey(key)] {
                if line.wordCount >= 2 { sources[position] = (earlier, false) }
            } else {
                firstByKey[ByteKey(key)] = position
            }
        }
        // A decorated copy may come before or after the plain text (a page's meta
        // description precedes the lead it copies).
        for (position, line) in lines.enumerated() where sources[position] == nil {
            let tokens = line.tokens[line.visible]
            guard tokens.count <= Self.maxDecoratedLine else { continue }
            for tail in 1...Self.maxTail where tokens.count - tail >= Self.minDecoratedBase {
                let base = Self.key(tokens.dropLast(tail))
                if let plain = firstByKey[ByteKey(base)], plain != position, !lines[plain].endsWithEllipsis {
                    sources[position] = (plain, true)
                    break
                }
            }
        }
    }

    static func key(_ tokens: ArraySlice<Token>) -> String {
        tokens.map(\.key).joined(separator: " ")
    }
}
