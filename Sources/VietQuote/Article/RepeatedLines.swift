/// Lines that repeat another line of the page: the same text again (a title printed
/// twice, an image's alt text), or the same text with a short tail added
/// (`… - 1`, `… - Hình 1`, `… - VnExpress`).
struct RepeatedLines {
    /// For each line (by position in the line list), the line it repeats and how.
    private(set) var sources: [Int: (line: Int, decorated: Bool)] = [:]
    /// For each line that is printed again word for word further down, the first later copy.
    private(set) var laterCopy: [Int: Int] = [:]

    /// The longest tail, in tokens, that still makes a decorated copy.
    static let maxTail = 3
    /// The shortest text, in tokens, whose decorated copies are looked for.
    static let minDecoratedBase = 4
    /// Lines longer than this (in tokens) are compared whole only.
    static let maxDecoratedLine = 120

    init(_ lines: [ArticleLine]) {
        var firstByKey: [LineKey: Int] = [:]
        for (position, line) in lines.enumerated() {
            let key = LineKey(line.tokens[line.visible])
            if let earlier = firstByKey[key] {
                if line.wordCount >= 2 {
                    sources[position] = (earlier, false)
                    if laterCopy[earlier] == nil { laterCopy[earlier] = position }
                }
            } else {
                firstByKey[key] = position
            }
        }
        // A decorated copy may come before or after the plain text (a page's meta
        // description precedes the lead it copies).
        for (position, line) in lines.enumerated() where sources[position] == nil {
            let tokens = line.tokens[line.visible]
            guard tokens.count <= Self.maxDecoratedLine else { continue }
            for tail in 1...Self.maxTail where tokens.count - tail >= Self.minDecoratedBase {
                if let plain = firstByKey[LineKey(tokens.dropLast(tail))], plain != position, !lines[plain].endsWithEllipsis {
                    sources[position] = (plain, true)
                    break
                }
            }
        }
    }

    /// Whether the opening words of `line` (at most `Self.openingWords`, the cut-off word
    /// and the ellipsis left out) stand, in that order, in another line of the page: a
    /// cut-off teaser whose sentence the page prints in full elsewhere.
    static func opensAnotherLine(_ position: Int, in lines: [ArticleLine]) -> Bool {
        let teaser = lines[position]
        let words = teaser.tokens[teaser.visible].filter { $0.kind == .word }
        let opening = Array(words.prefix(Swift.min(Self.openingWords, words.count - 1)))
        guard opening.count >= Self.minOpeningWords else { return false }
        for (other, line) in lines.enumerated() where other != position && !line.isImage {
            // (Performance only: a line without the first word is not read into words.)
            guard line.tokens[line.visible].contains(where: { $0.kind == .word && $0.hasSameKey(as: opening[0]) }) else { continue }
            let candidate = line.tokens[line.visible].filter { $0.kind == .word }
            guard candidate.count >= opening.count else { continue }
            for start in 0...(candidate.count - opening.count)
            where zip(opening, candidate[start...]).allSatisfy({ $0.hasSameKey(as: $1) }) {
                return true
            }
        }
        return false
    }

    /// Words of a cut-off teaser compared with the page's other lines: enough to tell one
    /// sentence from another, few enough to stay inside the part the teaser kept.
    static let openingWords = 8
    /// A teaser with fewer words than this before its cut is not compared (too little to tell).
    static let minOpeningWords = 4

    /// The text of a line as its match keys, compared key by key (as their bytes) and
    /// hashed from the tokens' key hashes: the same as comparing the keys joined by
    /// spaces (no key is empty or holds a space), without building that string.
    struct LineKey: Hashable {
        let tokens: ArraySlice<Token>
        let combined: UInt64

        init(_ tokens: ArraySlice<Token>) {
            self.tokens = tokens
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for token in tokens { hash = (hash ^ UInt64(token.keyHash)) &* 0x0000_0100_0000_01B3 }
            combined = hash
        }

        func hash(into hasher: inout Hasher) { hasher.combine(combined) }

        static func == (lhs: LineKey, rhs: LineKey) -> Bool {
            guard lhs.combined == rhs.combined, lhs.tokens.count == rhs.tokens.count else { return false }
            return zip(lhs.tokens, rhs.tokens).allSatisfy { $0.hasSameKey(as: $1) }
        }
    }
}
