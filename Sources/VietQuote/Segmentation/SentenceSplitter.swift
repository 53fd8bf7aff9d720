/// Splits a paragraph's tokens into sentences. A full stop does not end a sentence after
/// an abbreviation (`TP.`, `PGS.TS.`, `v.v.`) or an initial (`D.`), inside a number
/// (`1.000`, `2,5`, `4/2`, `13h10` are one token), before a lower-case word, or inside a
/// double-quoted span (a quote may hold several sentences).
package struct SentenceSplitter: Sendable {
    let abbreviations: Set<String>
    /// `abbreviations`, looked up by a token's key hash (no `String` hashing).
    private let abbreviationKeys: KeySet

    /// Loads `abbreviations.tsv`.
    package init(files: LexiconFiles) throws(LexiconError) {
        let table = try files.table("abbreviations.tsv", columns: ["abbreviation"])
        var set = Set<String>()
        for row in table.rows { set.insert(MatchKey.fold(try row.required("abbreviation").unicodeScalars)) }
        abbreviations = set
        abbreviationKeys = KeySet(set)
    }

    /// Sentence token ranges covering `tokens`, in order.
    package func sentences(in tokens: [Token], quoted: [QuotedSpan]) -> [Range<Int>] {
        // Per token, whether it is inside a double-quoted span (`Marks.inside`) and whether it
        // closes one (`Marks.closing`): one array (a `Set` hashed every index), and none for
        // a paragraph without a double-quoted span.
        var marks = Marks()
        for span in quoted where span.isDouble {
            if marks.flags.isEmpty { marks.flags = [UInt8](repeating: 0, count: tokens.count) }
            for index in Range(from: span.contentStart, to: span.contentEnd).clamped(toCount: tokens.count) {
                marks.flags[index] |= Marks.inside
            }
            if let close = span.close, close >= 0, close < tokens.count { marks.flags[close] |= Marks.closing }
        }
        var result: [Range<Int>] = []
        // (Room for a sentence per 16 tokens: the array grew, one allocation at a time.)
        result.reserveCapacity(tokens.count / 16 + 1)
        var start = 0
        var index = 0
        while index < tokens.count {
            // `… chờ đợi." Sau đó …`: a quotation that ends its own sentence ends this one.
            if marks.has(Marks.closing, at: index), index > 0, isTerminal(tokens, at: index - 1),
               index + 1 < tokens.count, tokens[index + 1].spaceBefore, startsSentence(tokens[index + 1]) {
                result.append(start..<index + 1)
                start = index + 1
                index += 1
                continue
            }
            if !marks.has(Marks.inside, at: index), isTerminal(tokens, at: index) {
                var end = index + 1
                // Closing marks and brackets that follow belong to this sentence.
                while end < tokens.count, !tokens[end].spaceBefore,
                      tokens[end].key == ")" || tokens[end].key == "]" || (tokens[end].kind == .quote && !marks.has(Marks.inside, at: end) && isClosingHere(tokens, end)) {
                    end += 1
                }
                if end >= tokens.count || startsSentence(tokens[end]) {
                    result.append(start..<end)
                    start = end
                    index = end
                    continue
                }
            }
            index += 1
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }

    /// The flags of `sentences(in:quoted:)`: empty when no token has one.
    private struct Marks {
        static let inside: UInt8 = 1, closing: UInt8 = 2
        var flags: [UInt8] = []

        @inline(__always)
        func has(_ flag: UInt8, at index: Int) -> Bool {
            !flags.isEmpty && flags[index] & flag != 0
        }
    }

    /// The hash of the key `.` (a token's `keyHash` tested before its bytes).
    private static let fullStopHash = MatchKey.hash(".")

    private func isClosingHere(_ tokens: [Token], _ index: Int) -> Bool {
        index + 1 >= tokens.count || tokens[index + 1].spaceBefore
    }

    @inline(__always)
    private func isTerminal(_ tokens: [Token], at index: Int) -> Bool {
        // (Tokens read in place: a copy of each cost more than the test.)
        guard tokens[index].kind == .punctuation else { return false }
        if Punctuation.alwaysTerminalKeys.contains(tokens[index]) { return true }
        guard tokens[index].keyHash == Self.fullStopHash, ByteKey.sameBytes(tokens[index].key, ".") else { return false }
        guard index > 0 else { return false }
        if !tokens[index].spaceBefore, tokens[index - 1].kind == .word {
            if abbreviationKeys.contains(tokens[index - 1]) { return false }
            if tokens[index - 1].end - tokens[index - 1].start == 1 { return false }   // an initial: `D.`
        }
        return true
    }

    private func startsSentence(_ token: Token) -> Bool {
        token.isCapitalized || token.kind == .number || token.kind == .quote
            || token.key == "(" || token.key == "[" || token.key == "-" || token.key == "–" || token.key == "—"
    }
}
