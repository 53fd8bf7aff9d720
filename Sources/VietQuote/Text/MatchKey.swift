import Foundation

/// The form in which words are compared: lower case, and the tone mark moved off the
/// vowel it sits on, so that the two accepted placements match (`hoà`/`hòa`,
/// `thuý`/`thúy`, `khoẻ`/`khỏe`). The key is the toneless syllable followed by the
/// tone's combining mark: `hòa` and `hoà` both give `hoa` + U+0300.
///
/// This folds Unicode facts only (which combining marks are tones); it holds no words.
package enum MatchKey {
    /// The combining marks that carry Vietnamese tones: grave, acute, tilde, hook above,
    /// dot below (and the two deprecated grave/acute tone marks).
    static let toneMarks: Set<UInt32> = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323, 0x0340, 0x0341]

    /// Precomposed letter → (lower-case toneless letter, tone mark or nil): each letter in
    /// lower case, decomposed (NFD), its tone mark taken out, the rest composed again (NFC);
    /// an entry when the rest is one scalar.
    private static let letterTable: [UInt32: (Unicode.Scalar, Unicode.Scalar?)] = {
        let ranges: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x1E00...0x1EFF]
        let letters = ranges.joined().compactMap(Unicode.Scalar.init)
        // One Foundation call for all the letters, not one per letter (a call cost more than
        // the rest of the start-up's tables): the letters one per line, decomposed and composed
        // as one text, line by line alike (a line break composes with nothing and no mark
        // moves across it).
        func lines(_ text: String) -> [Substring.UnicodeScalarView] {
            text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        }
        let decomposed = lines(letters.map { String($0).lowercased() }.joined(separator: "\n").decomposedStringWithCanonicalMapping)
        var tones: [Unicode.Scalar?] = []
        var rests: [String] = []
        for line in decomposed {
            var tone: Unicode.Scalar?
            var rest = String.UnicodeScalarView()
            for part in line {
                if toneMarks.contains(part.value) { tone = part } else { rest.append(part) }
            }
            tones.append(tone)
            rests.append(String(rest))
        }
        let bases = lines(rests.joined(separator: "\n").precomposedStringWithCanonicalMapping)
        precondition(decomposed.count == letters.count && bases.count == letters.count, "one line per letter")
        var table: [UInt32: (Unicode.Scalar, Unicode.Scalar?)] = [:]
        for (index, letter) in letters.enumerated() {
            guard bases[index].count == 1, let base = bases[index].first else { continue }
            table[letter.value] = (base, tones[index])
        }
        return table
    }()

    /// `letterTable` as flat arrays over its two ranges: letter and tone mark packed as
    /// `letter | tone << 32` (0 for no entry), read without hashing.
    static let latinLetters: [UInt64] = flatLetters(0x00C0...0x024F)
    static let vietnameseLetters: [UInt64] = flatLetters(0x1E00...0x1EFF)

    private static func flatLetters(_ range: ClosedRange<UInt32>) -> [UInt64] {
        range.map { value in
            guard let (letter, tone) = letterTable[value] else { return 0 }
            return UInt64(letter.value) | UInt64(tone?.value ?? 0) << 32
        }
    }

    /// The match key of a run of normalised scalars (one word).
    ///
    /// The common case (ASCII, the letters of `letterTable`, tone marks and quotation
    /// marks) writes UTF-8 into a buffer; any other scalar takes `foldScalars`, which
    /// does the same for every scalar.
    package static func fold<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        Array(scalars).withUnsafeBufferPointer { scalars in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: KeyFolder.capacity(scalars.count)) { buffer in
                KeyFolder(words: WordTable()).fold(scalars, into: buffer).key
            }
        }
    }

    /// `fold`, scalar by scalar, for any text.
    static func foldScalars<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var out = String.UnicodeScalarView()
        var tone: Unicode.Scalar?
        for scalar in scalars {
            let value = scalar.value
            if value < 0x80 {
                if value >= 0x41 && value <= 0x5A {
                    out.append(Unicode.Scalar(value + 0x20)!)
                } else {
                    out.append(scalar)
                }
            } else if let (letter, mark) = letterTable[value] {
                out.append(letter)
                if let mark { tone = mark }
            } else if toneMarks.contains(value) {
                tone = scalar
            } else if let quote = QuoteMark.unified(scalar) {
                out.append(quote)
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { out.append(lower) }
            }
        }
        if let tone { out.append(tone) }
        return String(out)
    }

    /// A hash of a match key's UTF-8 bytes (32-bit FNV-1a), stored in each `Token`, so that
    /// lexicon look-ups hash a word once rather than at every look-up.
    @inline(__always)
    static func hash(_ key: String) -> UInt32 {
        hash(key.utf8)
    }

    @inline(__always)
    static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return hash
    }

    /// `hash(_:)` of the bytes of a buffer, four bytes a step: the same value. (The generic
    /// loop steps eight bytes at a time only for keys of eight or more; a syllable's key has
    /// fewer and went byte by byte, with a compare and a branch per byte: the tokenizer
    /// hashes every word's key.)
    @inline(__always)
    static func hash(buffer bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        guard let base = bytes.baseAddress else { return hash }
        let count = bytes.count
        var index = 0
        while index &+ 4 <= count {
            hash = (hash ^ UInt32(base[index])) &* 0x0100_0193
            hash = (hash ^ UInt32(base[index &+ 1])) &* 0x0100_0193
            hash = (hash ^ UInt32(base[index &+ 2])) &* 0x0100_0193
            hash = (hash ^ UInt32(base[index &+ 3])) &* 0x0100_0193
            index &+= 4
        }
        while index < count {
            hash = (hash ^ UInt32(base[index])) &* 0x0100_0193
            index &+= 1
        }
        return hash
    }

    /// The match key of each space-separated word of `phrase` (for lexicon entries).
    ///
    /// A phrase that normalising leaves as it is (nearly every lexicon field) is tokenised
    /// from its own scalars, without a `SourceText`; the words are looked up in no table
    /// (`WordTable.empty`): only their keys are returned, which are the same either way, and
    /// the process's table is not copied under its lock once per phrase (8,500 a start-up).
    package static func words(_ phrase: String) -> [String] {
        let scalars = SourceText.unchangedScalars(phrase) ?? SourceText(phrase).scalars
        return Tokenizer.withLines(of: scalars, words: .empty) { $0.tokens(0..<scalars.count).map(\.key) }
    }
}

/// Folds words into match keys (see `MatchKey`), hashes them and looks their ids up in
/// a `WordTable`: the tokenizer makes one and folds every word with it (the letter tables
/// read once, not at every word).
struct KeyFolder {
    private let latin = MatchKey.latinLetters
    private let vietnamese = MatchKey.vietnameseLetters
    let words: WordTable

    init(words: WordTable) { self.words = words }

    /// The bytes a buffer needs to fold `count` scalars (at most 3 per scalar, and the tone).
    static func capacity(_ count: Int) -> Int { count * 3 + 3 }

    @inline(__always)
    private func flatLetter(_ value: UInt32) -> UInt64 {
        if value >= 0x00C0 && value <= 0x024F { return latin[Int(value - 0x00C0)] }
        if value >= 0x1E00 && value <= 0x1EFF { return vietnamese[Int(value - 0x1E00)] }
        return 0
    }

    /// The match key of `scalars`, its `MatchKey.hash` and its id in `words`
    /// (`WordTable.unknown` for a key it lacks), written through `buffer` (at least
    /// `capacity(scalars.count)` bytes). A key the table knows is the table's `String`.
    @inline(__always)
    func fold(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, into buffer: UnsafeMutableBufferPointer<UInt8>)
        -> (key: String, hash: UInt32, id: UInt32) {
        var count = 0
        var tone: UInt32 = 0
        @inline(__always) func put(_ value: UInt32) { UTF8Bytes.put(value, into: buffer, at: &count) }
        for scalar in scalars {
            let value = scalar.value
            if value < 0x80 {
                put(value >= 0x41 && value <= 0x5A ? value + 0x20 : value)
                continue
            }
            let letter = flatLetter(value)
            if letter != 0 {
                put(UInt32(truncatingIfNeeded: letter))
                let mark = UInt32(truncatingIfNeeded: letter >> 32)
                if mark != 0 { tone = mark }
            } else if MatchKey.toneMarks.contains(value) {
                tone = value
            } else if let quote = QuoteMark.unified(scalar) {
                put(quote.value)
            } else {
                let key = MatchKey.foldScalars(scalars)
                let hash = MatchKey.hash(key)
                return (key, hash, words.id(of: key, hash: hash))
            }
        }
        if tone != 0 { put(tone) }
        let bytes = UnsafeBufferPointer(rebasing: buffer[0..<count])
        let hash = MatchKey.hash(bytes)
        let id = words.id(bytes: bytes, hash: hash)
        if id != WordTable.unknown { return (words.word(id), hash, id) }
        return (String(decoding: bytes, as: UTF8.self), hash, WordTable.unknown)
    }
}

/// Quotation marks, unified for matching.
package enum QuoteMark {
    /// `"` for every double or single quotation mark (straight, curly, guillemets,
    /// low-9), `nil` for any other scalar.
    package static func unified(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x22, 0x27, 0x201C, 0x201D, 0x201E, 0x201F, 0x2018, 0x2019, 0x201A, 0x201B,
             0x00AB, 0x00BB, 0x2039, 0x203A, 0x300C, 0x300D, 0xFF02:
            "\""
        default:
            nil
        }
    }

    /// Whether the mark can only open a quotation.
    package static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
        [0x201C, 0x201E, 0x2018, 0x201A, 0x00AB, 0x2039, 0x300C].contains(scalar.value)
    }

    /// Whether the mark can only close a quotation.
    package static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        [0x201D, 0x2019, 0x00BB, 0x203A, 0x300D].contains(scalar.value)
    }

    /// Whether the mark is a single (apostrophe-like) quotation mark.
    package static func isSingle(_ scalar: Unicode.Scalar) -> Bool {
        [0x27, 0x2018, 0x2019, 0x201A, 0x201B, 0x2039, 0x203A].contains(scalar.value)
    }
}


/// Writing scalars as UTF-8 into a buffer, to make a `String` in one step (appending to a
/// `String.UnicodeScalarView` scalar by scalar is several times slower).
enum UTF8Bytes {
    /// Writes the UTF-8 of the scalar `value` at `buffer[count...]` (room for 4 bytes
    /// needed) and advances `count`.
    @inline(__always)
    static func put(_ value: UInt32, into buffer: UnsafeMutableBufferPointer<UInt8>, at count: inout Int) {
        if value < 0x80 {
            buffer[count] = UInt8(value)
            count += 1
        } else if value < 0x800 {
            buffer[count] = UInt8(0xC0 | value >> 6)
            buffer[count + 1] = UInt8(0x80 | value & 0x3F)
            count += 2
        } else if value < 0x10000 {
            buffer[count] = UInt8(0xE0 | value >> 12)
            buffer[count + 1] = UInt8(0x80 | (value >> 6) & 0x3F)
            buffer[count + 2] = UInt8(0x80 | value & 0x3F)
            count += 3
        } else {
            buffer[count] = UInt8(0xF0 | value >> 18)
            buffer[count + 1] = UInt8(0x80 | (value >> 12) & 0x3F)
            buffer[count + 2] = UInt8(0x80 | (value >> 6) & 0x3F)
            buffer[count + 3] = UInt8(0x80 | value & 0x3F)
            count += 4
        }
    }

    /// The string of `scalars`.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var count = 0
            for scalar in scalars { put(scalar.value, into: buffer, at: &count) }
            return count
        }
    }
}
