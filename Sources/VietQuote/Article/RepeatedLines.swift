/// Lines that repeat another line of the page: the same text again (a title printed
/// twice, an image's alt text), or the same text with a short tail added
/// (`… - 1`, `… - Hình 1`, `… - VnExpress`).
struct RepeatedLines {
    /// For each line (by position in the line list), the line it repeats and how.
    private(set) var sources: [(line: Int, decorated: Bool)?]
    /// For each line that is printed again word for word further down, the first later copy.
    private(set) var laterCopy: [Int?]

    /// The longest tail, in tokens, that still makes a decorated copy.
    static let maxTail = 3
    /// The shortest text, in tokens, whose decorated copies are looked for.
    static let minDecoratedBase = 4
    /// Lines longer than this (in tokens) are compared whole only.
    static let maxDecoratedLine = 120

    init(_ lines: [ArticleLine]) {
        sources = Array(repeating: nil, count: lines.count)
        laterCopy = Array(repeating: nil, count: lines.count)
        var firstByKey = FirstLines(capacity: lines.count)
        // Whether some line's text has this many tokens (up to `maxDecoratedLine`): a text
        // without one is not looked up (performance only; keys of other lengths differ).
        var lengths = Array(repeating: false, count: Self.maxDecoratedLine + 1)
        // Per line, the hash of its text without the last `maxTail` tokens: the whole text's
        // hash goes on from it, and the decorated copies below start from it (one hashing
        // pass over each line's tokens, not two).
        var baseHashes = Array(repeating: UInt64(0), count: lines.count)
        // (Lines read by position: `enumerated()` copied each one.)
        for position in lines.indices {
            let tokens = lines[position].tokens[lines[position].visible]
            let base = tokens.startIndex + Swift.max(0, tokens.count - Self.maxTail)
            baseHashes[position] = LineKey.hash(tokens[..<base])
            let key = LineKey(tokens, combined: LineKey.hash(tokens[base...], from: baseHashes[position]))
            if let earlier = firstByKey.first(key, orAdd: position) {
                if lines[position].wordCount >= 2 {
                    sources[position] = (earlier, false)
                    if laterCopy[earlier] == nil { laterCopy[earlier] = position }
                }
            } else if key.tokens.count <= Self.maxDecoratedLine {
                lengths[key.tokens.count] = true
            }
        }
        // A decorated copy may come before or after the plain text (a page's meta
        // description precedes the lead it copies).
        for position in lines.indices where sources[position] == nil {
            let tokens = lines[position].tokens[lines[position].visible]
            guard tokens.count <= Self.maxDecoratedLine, tokens.count - 1 >= Self.minDecoratedBase else { continue }
            // Each shorter tail's text hashes on from the text without the last `maxTail` tokens.
            let base = tokens.startIndex + Swift.max(0, tokens.count - Self.maxTail)
            let baseHash = baseHashes[position]
            for tail in 1...Self.maxTail where tokens.count - tail >= Self.minDecoratedBase && lengths[tokens.count - tail] {
                let text = tokens.dropLast(tail)
                let key = LineKey(text, combined: LineKey.hash(text[base...], from: baseHash))
                if let plain = firstByKey.first(key), plain != position, !lines[plain].endsWithEllipsis {
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
        // (Lines and tokens read in place, through a buffer: no line's words are copied out.
        // Performance only: two tokens of one key have one key hash; most tokens differ there.)
        let firstHash = opening[0].keyHash
        for other in lines.indices where other != position && !lines[other].isImage {
            let tokens = lines[other].tokens
            let visible = lines[other].visible
            let opens = tokens.withUnsafeBufferPointer { buffer in
                visible.contains { start in
                    buffer[start].keyHash == firstHash && buffer[start].kind == .word && buffer[start].hasSameKey(as: opening[0])
                        && Self.words(opening, follow: start, in: tokens, upTo: visible.upperBound)
                }
            }
            if opens { return true }
        }
        return false
    }

    /// Whether the words of `tokens` from the word at `start` on (other tokens skipped, no
    /// further than `end`) begin with the words `opening` (whose first word is at `start`).
    private static func words(_ opening: [Token], follow start: Int, in tokens: [Token], upTo end: Int) -> Bool {
        var index = start
        for word in opening.dropFirst() {
            index += 1
            while index < end, tokens[index].kind != .word { index += 1 }
            guard index < end, tokens[index].hasSameKey(as: word) else { return false }
        }
        return true
    }

    /// Words of a cut-off teaser compared with the page's other lines: enough to tell one
    /// sentence from another, few enough to stay inside the part the teaser kept.
    static let openingWords = 8
    /// A teaser with fewer words than this before its cut is not compared (too little to tell).
    static let minOpeningWords = 4

    /// The first line of each text (`LineKey`): open addressing on the keys' own 64-bit
    /// hashes (a `Dictionary` hashed each key again, with SipHash, and kept a copy of it).
    struct FirstLines {
        /// Per slot, 0 (empty) or the line's position + 1.
        private var slots: [Int32]
        /// Per line added, by position, its key.
        private var added: [LineKey?]

        init(capacity: Int) {
            var size = 16
            while size < 2 * capacity { size *= 2 }
            slots = Array(repeating: 0, count: size)
            added = Array(repeating: nil, count: capacity)
        }

        /// The line added first with `key`'s text, or nil.
        func first(_ key: LineKey) -> Int? { find(key).line }

        /// The line added first with `key`'s text; nil when there is none yet, and the line
        /// at `position` (below the capacity) is added with it.
        mutating func first(_ key: LineKey, orAdd position: Int) -> Int? {
            let (line, slot) = find(key)
            if line == nil {
                slots[slot] = Int32(position + 1)
                added[position] = key
            }
            return line
        }

        /// The line added first with `key`'s text, or nil and the empty slot where it goes.
        private func find(_ key: LineKey) -> (line: Int?, slot: Int) {
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: (key.combined &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
            while slots[slot] != 0 {
                let line = Int(slots[slot]) - 1
                if added[line] == key { return (line, slot) }
                slot = (slot + 1) & mask
            }
            return (nil, slot)
        }
    }

    /// The text of a line as its match keys, compared key by key (as their bytes) and
    /// hashed from the tokens' key hashes: the same as comparing the keys joined by
    /// spaces (no key is empty or holds a space), without building that string.
    struct LineKey: Equatable {
        let tokens: ArraySlice<Token>
        let combined: UInt64

        init(_ tokens: ArraySlice<Token>) {
            self.init(tokens, combined: Self.hash(tokens))
        }

        /// `tokens` with `combined`, the `hash` of their keys.
        init(_ tokens: ArraySlice<Token>, combined: UInt64) {
            self.tokens = tokens
            self.combined = combined
        }

        /// The hash of the keys of `tokens`, following on from `start` (the hash of the
        /// tokens before them, or the start value).
        static func hash(_ tokens: ArraySlice<Token>, from start: UInt64 = 0xCBF2_9CE4_8422_2325) -> UInt64 {
            var hash = start
            // (By position: a `for token in` loop copied each token.)
            for index in tokens.indices { hash = (hash ^ UInt64(tokens[index].keyHash)) &* 0x0000_0100_0000_01B3 }
            return hash
        }

        static func == (lhs: LineKey, rhs: LineKey) -> Bool {
            guard lhs.combined == rhs.combined, lhs.tokens.count == rhs.tokens.count else { return false }
            return zip(lhs.tokens, rhs.tokens).allSatisfy { $0.hasSameKey(as: $1) }
        }
    }
}
