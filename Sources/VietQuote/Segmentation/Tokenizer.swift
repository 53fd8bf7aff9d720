/// Splits normalised text into `Token`s.
package enum Tokenizer {
    /// The tokens of `range` of `text`.
    /// - Complexity: O(*n*) in the length of the range.
    package static func tokens(in text: SourceText, range: Range<Int>) -> [Token] {
        tokens(in: text, range: range, words: WordTable.shared)
    }

    /// The tokens of `range` of `text`, with the ids of their keys in `words`.
    static func tokens(in text: SourceText, range: Range<Int>, words: WordTable) -> [Token] {
        withLines(of: text, words: words) { $0.tokens(range) }
    }

    /// Runs `body` with a `LineScanner` of `text`: the tokens of many ranges of one text (the
    /// lines of a page), each range read as `tokens(in:range:words:)` reads it, with the
    /// tables, the key buffer and the token buffer set up once, not once per range. The scanner
    /// holds pointers to this call's temporary buffers: it never escapes `body` (`body` returns
    /// tokens or values made of them, never the scanner; a scanner used after `withLines`
    /// returned would read freed memory).
    static func withLines<Result>(of text: SourceText, words: WordTable, _ body: (LineScanner) -> Result) -> Result {
        withLines(of: text.scalars, words: words, body)
    }

    /// `withLines(of:words:_:)` on normalised scalars (a `SourceText`'s, or a text's that
    /// normalising leaves as it is: `SourceText.unchangedScalars`).
    static func withLines<Result>(of scalars: [Unicode.Scalar], words: WordTable, _ body: (LineScanner) -> Result) -> Result {
        scalars.withUnsafeBufferPointer { pointer in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: KeyBytes.capacity) { buffer in
                // (On the stack when small: a lexicon phrase is tokenised on its own.)
                withUnsafeTemporaryAllocation(of: Token.self, capacity: min(max(scalars.count, 1), LineScanner.bufferTokens)) { tokens in
                    let scan = Scan(scalars: pointer, array: scalars, words: words,
                                    keyBuffer: UnsafeMutableRawPointer(buffer.baseAddress!))
                    return body(LineScanner(scan: scan, buffer: tokens.baseAddress!, capacity: tokens.count))
                }
            }
        }
    }

    /// The tokens of ranges of one text (see `withLines`): each range's tokens are written in
    /// one buffer, then moved into an array of their exact number (an array grown token by
    /// token was doubled, then copied to give its spare room back). A range of more tokens
    /// than the buffer holds goes to an array grown as before. Its pointers are `withLines`'
    /// temporary buffers: a scanner lives only inside that call's `body`.
    struct LineScanner {
        /// The buffer's tokens, at most (32 KB: a paragraph rarely has more; a longer range
        /// goes on in an array).
        static let bufferTokens = 1024
        fileprivate let scan: Scan
        fileprivate let buffer: UnsafeMutablePointer<Token>
        fileprivate let capacity: Int

        /// The tokens of `range`, as `Tokenizer.tokens(in:range:)` gives them.
        func tokens(_ range: Range<Int>) -> [Token] {
            var none = NoTally()
            return tokens(range, tally: &none)
        }

        /// The tokens of `range` and what its words and numbers are like (`WordCounts`), read
        /// as the tokens are made (performance only: `ArticleLine` read every line's tokens
        /// and their scalars again for them).
        func tokensAndWords(_ range: Range<Int>) -> (tokens: [Token], words: WordCounts) {
            var words = WordCounts()
            let tokens = tokens(range, tally: &words)
            return (tokens, words)
        }

        private func tokens<Tally: TokenTally>(_ range: Range<Int>, tally: inout Tally) -> [Token] {
            // Once per range, not per token: every position fits a token's 32 bits.
            precondition(range.lowerBound >= 0 && range.upperBound <= Int(Int32.max), "a text of 2^31 scalars or more")
            var output = Output(buffer: buffer, capacity: capacity, reserve: range.count / 4)
            scan.tokens(range, into: &output, tally: &tally)
            return output.finished()
        }
    }

    /// What `Scan` tells of each word and number it makes, besides the token. (Performance
    /// only: a generic parameter, so that the callers that keep no counts, `NoTally`, run the
    /// loop without them: the counts cost every tokenizer call 8 % more.)
    fileprivate protocol TokenTally {
        /// A word; `first`: its first scalar's `ScalarFacts`; `lowercase`: a scalar of it is lower case.
        mutating func word(first: UInt64, length: Int, lowercase: Bool)
        /// A number; `dateSeparator`: it holds `/` or `:`.
        mutating func number(dateSeparator: Bool)
    }

    fileprivate struct NoTally: TokenTally {
        @inline(__always) mutating func word(first: UInt64, length: Int, lowercase: Bool) {}
        @inline(__always) mutating func number(dateSeparator: Bool) {}
    }

    /// What the words and numbers of a range of text are like, as its tokens give them:
    /// their numbers, whether every word starts with a capital, whether a word holds a
    /// lower-case letter (`isLowercase`) or two scalars or more, whether a number holds a date
    /// or time separator (`/`, `:`). `ArticleLine` reads a line's shape from them.
    struct WordCounts: Equatable {
        var words = 0
        var numbers = 0
        var everyWordCapitalized = true
        var lowercaseLetter = false
        var longWord = false
        var dateNumber = false
    }

    /// Where `Scan` writes tokens: the buffer, and the array its full loads go to.
    fileprivate struct Output {
        let buffer: UnsafeMutablePointer<Token>
        let capacity: Int
        /// The room the array of a range of more tokens than the buffer holds starts with:
        /// a quarter of the range's scalars (nearer news text's one token per 3.8 than a
        /// third, which kept more memory on a long page).
        let reserve: Int
        var count = 0
        var moved: [Token] = []

        @inline(__always)
        mutating func append(_ token: Token) {
            if count == capacity { moveOut() }
            (buffer + count).initialize(to: token)
            count += 1
        }

        /// Moves the buffer's tokens to the end of `moved`.
        @inline(never)
        private mutating func moveOut() {
            if moved.isEmpty { moved.reserveCapacity(reserve) }
            // Moved, not copied: each token is taken out of the buffer once, as it is appended.
            for index in 0..<count { moved.append((buffer + index).move()) }
            count = 0
        }

        /// The tokens written, in an array of their number (a long range's, of little more);
        /// the buffer is left empty.
        mutating func finished() -> [Token] {
            if moved.isEmpty {
                let exact = count
                count = 0
                return [Token](unsafeUninitializedCapacity: exact) { target, initialized in
                    if exact > 0 { target.baseAddress!.moveInitialize(from: buffer, count: exact) }
                    initialized = exact
                }
            }
            moveOut()
            let tokens = moved, exact = tokens.count
            moved = []
            // An array that doubled gives its spare room back (a long page keeps every line's
            // tokens). (`Array(tokens)` would share the buffer, spare room and all.)
            guard tokens.capacity - exact > exact / 4 + 16 else { return tokens }
            return [Token](unsafeUninitializedCapacity: exact) { target, initialized in
                _ = target.initialize(from: tokens)
                initialized = exact
            }
        }
    }

    /// The longest word folded in the key buffer of `tokens(in:range:words:)`: longer ones
    /// take `KeyFolder` with a buffer of their own.
    static var shortWord: Int { 40 }

    /// One tokenizer call: reads the scalars once, each word's key written as its end is found.
    fileprivate struct Scan {
        let scalars: UnsafeBufferPointer<Unicode.Scalar>
        /// The same scalars, for the rare tests written on arrays (apostrophes, domains).
        let array: [Unicode.Scalar]
        let words: WordTable
        let keyBuffer: UnsafeMutableRawPointer
        let facts = ScalarFacts()
        /// `KeyBits.smallStringsAreBits`, read once per call.
        let small = KeyBits.smallStringsAreBits

        /// The tokens of `range`, appended to `tokens`; each word and number told to `tally`.
        func tokens<Tally: TokenTally>(_ range: Range<Int>, into tokens: inout Output, tally: inout Tally) {
            var index = range.lowerBound
            var spaceBefore = true
            let end = range.upperBound
            while index < end {
                let scalar = scalars[index]
                let first = facts[scalar]
                if first & ScalarFacts.whitespace != 0 {
                    spaceBefore = true
                    index += 1
                    continue
                }
                let start = index
                var allCaps = false
                let kind: Token.Kind, key: (KeyBits, UInt32, UInt32)
                if first & (ScalarFacts.digit | ScalarFacts.letter) != 0 {
                    var bytes = KeyBytes(keyBuffer)
                    bytes.add(first)
                    if first & ScalarFacts.digit != 0 {
                        let separated: Bool
                        (index, separated) = numberEnd(from: start, end: end, key: &bytes)
                        kind = .number
                        tally.number(dateSeparator: separated)
                    } else {
                        let lower: Bool
                        (index, allCaps, lower) = wordEnd(from: start, first: first, end: end, key: &bytes)
                        kind = .word
                        tally.word(first: first, length: index - start, lowercase: lower)
                    }
                    if bytes.isComplete {
                        key = bytes.key(in: words, small: small)
                    } else {
                        key = matchKey(UnsafeBufferPointer(rebasing: scalars[start..<index]), KeyFolder(words: words))
                    }
                } else {
                    (index, kind, key) = mark(scalar, at: start, end: end)
                }
                tokens.append(Token(
                    fitting: start, end: index, kind: kind, key: key.0, keyHash: key.1, wordID: key.2,
                    isCapitalized: first & ScalarFacts.uppercase != 0,
                    isAllCaps: allCaps && kind == .word && index - start >= 2,
                    spaceBefore: spaceBefore
                ))
                spaceBefore = false
            }
        }

        /// The end of the number starting at `start`: digits and letters (`20h`, `5G`), and
        /// separators between digits (`1.000`, `3,5`, `12/3`, `8:30`); and whether a separator
        /// is a date's or a time's (`/`, `:`: the only such scalars a number holds).
        @inline(__always)
        private func numberEnd(from start: Int, end: Int, key: inout KeyBytes) -> (Int, Bool) {
            var index = start + 1
            var dateSeparator = false
            while index < end {
                let next = scalars[index]
                let facts = facts[next]
                if facts & (ScalarFacts.digit | ScalarFacts.letter) != 0 {
                    key.add(facts)
                    index += 1
                } else if isNumberSeparator(next), index + 1 < end, isDigit(scalars[index + 1]) {
                    if next == "/" || next == ":" { dateSeparator = true }
                    key.add(facts)
                    key.add(self.facts[scalars[index + 1]])
                    index += 2
                } else {
                    break
                }
            }
            return (index, dateSeparator)
        }

        /// The end of the word starting at `start`, whether all its letters are capitals, and
        /// whether one of its scalars is lower case (`isLowercase`; a domain's `.com` is).
        @inline(__always)
        private func wordEnd(from start: Int, first: UInt64, end: Int, key: inout KeyBytes) -> (Int, Bool, Bool) {
            var index = start + 1
            // The facts of the word's letters and digits, ORed: all capitals when none is a
            // lower-case letter (one test at the end, not a branch per scalar).
            var seen = first
            // The facts of its inner marks (`'`, `-`, `.com`), ORed apart: no part of `seen`.
            var marks: UInt64 = 0
            while index < end {
                let next = scalars[index]
                let facts = facts[next]
                if facts & (ScalarFacts.letter | ScalarFacts.digit) != 0 {
                    seen |= facts
                    key.add(facts)
                    index &+= 1
                } else if next == "-" || next == "." || isApostrophe(next),
                          let length = innerMarkLength(next, at: index, end: end) {
                    for position in index..<index + length {
                        let facts = self.facts[scalars[position]]
                        marks |= facts
                        key.add(facts)
                    }
                    index += length
                } else {
                    break
                }
            }
            return (index, seen & ScalarFacts.lowerLetter == 0, (seen | marks) & ScalarFacts.lowercase != 0)
        }

        /// The length of the marks at `index` that stay inside a word, or nil: an inner
        /// apostrophe (`O'Brien`), a hyphen before a letter (`Jae-myung`, `Kosiniak-Kamysz`),
        /// a domain (`Euractiv.com`, `Tuoitre.vn`). Out of line: rare, and its tests read
        /// Unicode properties.
        @inline(never)
        private func innerMarkLength(_ next: Unicode.Scalar, at index: Int, end: Int) -> Int? {
            if isApostrophe(next) {
                return isInnerApostrophe(array, at: index, end: end) ? 1 : nil
            }
            if next == "-" {
                return index + 1 < end && facts[scalars[index + 1]] & ScalarFacts.letter != 0 ? 1 : nil
            }
            if next == "." { return domainSuffixLength(array, at: index, end: end) }
            return nil
        }

        /// The end, kind and key of the mark `scalar` at `start`: `"` for every quotation
        /// mark, `…` for a run of dots, the mark itself otherwise.
        @inline(__always)
        private func mark(_ scalar: Unicode.Scalar, at start: Int, end: Int) -> (Int, Token.Kind, (KeyBits, UInt32, UInt32)) {
            var index = start + 1
            if QuoteMark.unified(scalar) != nil {
                // Two single marks typed as one double mark: `‘‘…’’`, `''…''`.
                if QuoteMark.isSingle(scalar), index < end, scalars[index] == scalar { index += 1 }
                return (index, .quote, (MarkKeys.bits(MarkKeys.quote, key: "\"", small), MarkKeys.quote.hash, words.markID(ascii: 0x22)))
            }
            // Runs of dots are one mark (an ellipsis); so are runs of dashes.
            if scalar == "." || scalar == "-" {
                while index < end, scalars[index] == scalar { index += 1 }
            }
            if index - start > 1 && scalar == "." {
                return (index, .punctuation, (MarkKeys.bits(MarkKeys.ellipsis, key: "…", small), MarkKeys.ellipsis.hash, words.ellipsisID))
            }
            if scalar.value < 0x80 {
                let mark = MarkKeys.ascii[Int(scalar.value)]
                return (index, .punctuation, (MarkKeys.bits(mark, key: String(scalar), small), mark.hash, words.markID(ascii: scalar.value)))
            }
            let key = String(scalar), hash = MatchKey.hash(key)
            return (index, .punctuation, (KeyBits(key), hash, words.id(of: key, hash: hash)))
        }
    }

    /// The match key of a word or number, its hash and its id, by `KeyFolder`: for a word
    /// with a scalar `ScalarFacts` does not fold, or too long for the key buffer.
    private static func matchKey(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ folder: KeyFolder) -> (KeyBits, UInt32, UInt32) {
        let (key, hash, id) = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: KeyFolder.capacity(scalars.count)) {
            folder.fold(scalars, into: $0)
        }
        return (KeyBits(key), hash, id)
    }

    /// The keys of the marks made once (a mark's key was a new `String` and hash per token):
    /// its small-string bits (`KeyBits`) and its hash.
    private enum MarkKeys {
        typealias Mark = (bits: KeyBits, hash: UInt32)

        /// The bits of `mark`, whose key is `key`: those made once when `small`
        /// (`KeyBits.smallStringsAreBits`), else the key numbered in the current `ArticleKeys`
        /// (a number made once would not outlive its store).
        @inline(__always)
        static func bits(_ mark: Mark, key: @autoclosure () -> String, _ small: Bool) -> KeyBits {
            small ? mark.bits : KeyBits(key())
        }

        static let quote = made("\"")
        static let ellipsis = made("…")
        static let ascii: [Mark] = (0..<0x80).map { made(String(Unicode.Scalar(UInt8($0)))) }

        private static func made(_ key: String) -> Mark {
            // Short keys: `KeyBits(_:)` numbers none in a store when small strings are bits.
            (KeyBits.smallStringsAreBits ? KeyBits(key) : .unused, MatchKey.hash(key))
        }
    }

    /// `properties.isWhitespace`, without the property lookup for ASCII.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        if let flags = LatinFlags.of(value) { return flags & LatinFlags.whitespace != 0 }
        return scalar.properties.isWhitespace
    }

    /// `properties.isUppercase`, without the property lookup for ASCII and Latin letters.
    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        hasCase(scalar, ascii: 0x41...0x5A, flag: LatinFlags.uppercase) { $0.isUppercase }
    }

    /// `properties.isLowercase`, without the property lookup for ASCII and Latin letters.
    @inline(__always)
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        hasCase(scalar, ascii: 0x61...0x7A, flag: LatinFlags.lowercase) { $0.isLowercase }
    }

    @inline(__always)
    private static func hasCase(_ scalar: Unicode.Scalar, ascii: ClosedRange<UInt32>, flag: UInt8,
                                general: (Unicode.Scalar.Properties) -> Bool) -> Bool {
        let value = scalar.value
        if value < 0x80 { return ascii.contains(value) }
        if let flags = LatinFlags.of(value) { return flags & flag != 0 }
        return general(scalar.properties)
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        if let flags = LatinFlags.of(value) { return flags & LatinFlags.letter != 0 }
        return propertiesSayLetter(scalar)
    }

    static func propertiesSayLetter(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
            || properties.generalCategory == .spacingMark
    }

    /// The Unicode properties the tokenizer reads, precomputed for the Latin letters of
    /// Vietnamese text (U+0080–U+024F, U+0300–U+036F, U+1E00–U+1EFF): the same answers as
    /// `Unicode.Scalar.Properties`, without its lookups.
    enum LatinFlags {
        static let letter: UInt8 = 1, uppercase: UInt8 = 2, whitespace: UInt8 = 4, lowercase: UInt8 = 8

        private static let latin = table(0x80..<0x370)
        private static let vietnamese = table(0x1E00..<0x1F00)

        private static func table(_ range: Range<UInt32>) -> [UInt8] {
            range.map { value in
                guard let scalar = Unicode.Scalar(value) else { return 0 }
                return (propertiesSayLetter(scalar) ? letter : 0) | (scalar.properties.isUppercase ? uppercase : 0)
                    | (scalar.properties.isWhitespace ? whitespace : 0) | (scalar.properties.isLowercase ? lowercase : 0)
            }
        }

        @inline(__always)
        static func of(_ value: UInt32) -> UInt8? {
            if value >= 0x80 && value < 0x370 { return latin[Int(value - 0x80)] }
            if value >= 0x1E00 && value < 0x1F00 { return vietnamese[Int(value - 0x1E00)] }
            return nil
        }
    }

    static func isNumberSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "," || scalar == "/" || scalar == ":"
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}"
    }

    /// The length of `.com`, `.vn`, `.co.uk` … at `index` (a dot, then 2 to 6 lower-case
    /// ASCII letters, then no letter or digit), or nil: a domain, not a sentence end.
    static func domainSuffixLength(_ scalars: [Unicode.Scalar], at index: Int, end: Int) -> Int? {
        var position = index
        while position < end, scalars[position] == "." {
            var letters = position + 1
            while letters < end, ("a"..."z").contains(scalars[letters]) { letters += 1 }
            guard (2...6).contains(letters - position - 1) else { break }
            if letters < end, isLetter(scalars[letters]) || isDigit(scalars[letters]) { break }
            position = letters
        }
        return position > index ? position - index : nil
    }

    /// An apostrophe inside a Latin word (`O'Brien`, `Côte d'Ivoire`): letters on both
    /// sides and an ASCII letter right before it.
    static func isInnerApostrophe(_ scalars: [Unicode.Scalar], at index: Int, end: Int) -> Bool {
        guard index > 0, index + 1 < end else { return false }
        let before = scalars[index - 1], after = scalars[index + 1]
        return before.value < 0x80 && isLetter(before) && isLetter(after)
    }
}

extension Tokenizer.WordCounts: Tokenizer.TokenTally {
    @inline(__always)
    fileprivate mutating func word(first: UInt64, length: Int, lowercase: Bool) {
        words &+= 1
        if first & ScalarFacts.uppercase == 0 { everyWordCapitalized = false }
        if lowercase { lowercaseLetter = true }
        if length >= 2 { longWord = true }
    }

    @inline(__always)
    fileprivate mutating func number(dateSeparator: Bool) {
        numbers &+= 1
        if dateSeparator { dateNumber = true }
    }
}
