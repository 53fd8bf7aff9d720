/// What the tokenizer asks of a scalar, in one 64-bit word: its classes (the answers of
/// `Tokenizer.isWhitespace`, `isDigit`, `isLetter`, `isUppercase`) and how `KeyFolder`
/// folds it into a match key (the UTF-8 of the scalar it writes and the tone mark it
/// carries). Precomputed for U+0000–U+036F, U+1E00–U+1EFF (ASCII and the Latin letters
/// of Vietnamese text) and U+2000–U+206F (curly quotes, dashes), so that one load per
/// scalar both finds a word's end and folds it; computed for any other scalar.
struct ScalarFacts {
    /// Bits 0–23: the UTF-8 bytes written (first byte lowest); bits 24–25: their number.
    static let lengthShift: UInt64 = 24
    static let whitespace: UInt64 = 1 << 32, digit: UInt64 = 1 << 33, letter: UInt64 = 1 << 34
    static let uppercase: UInt64 = 1 << 35
    /// A letter that is not upper case: a word with one is not all capitals (the word loop
    /// ORs its scalars' facts and tests this bit once, at the word's end).
    static let lowerLetter: UInt64 = 1 << 37
    /// A lower-case scalar, `Tokenizer.isLowercase` (not every letter without case is one).
    static let lowercase: UInt64 = 1 << 38
    /// `KeyFolder` folds the scalar by its tables (without it, the word's key takes `KeyFolder.fold`).
    static let folds: UInt64 = 1 << 36
    /// Bits 40–51: the tone mark the scalar carries (0: none).
    static let toneShift: UInt64 = 40

    /// The facts of three ranges of scalars, made once and never freed (7 KB for the process):
    /// read through a pointer, a scalar's facts are one load, without an array's bounds check
    /// (the subscript tests the range) or a retain of the tables per tokenizer call. Never
    /// written after they are made, hence shared by every thread (`nonisolated(unsafe)`).
    private nonisolated(unsafe) static let lowTable = table(0..<0x370)
    private nonisolated(unsafe) static let vietnameseTable = table(0x1E00..<0x1F00)
    private nonisolated(unsafe) static let punctuationTable = table(0x2000..<0x2070)

    private static func table(_ range: Range<UInt32>) -> UnsafePointer<UInt64> {
        let facts = UnsafeMutablePointer<UInt64>.allocate(capacity: range.count)
        facts.initialize(from: range.map(computed), count: range.count)
        return UnsafePointer(facts)
    }

    private let low = ScalarFacts.lowTable
    private let vietnamese = ScalarFacts.vietnameseTable
    private let punctuation = ScalarFacts.punctuationTable

    @inline(__always)
    subscript(_ scalar: Unicode.Scalar) -> UInt64 {
        let value = scalar.value
        if value < 0x370 { return low[Int(value)] }
        if value &- 0x1E00 < 0x100 { return vietnamese[Int(value &- 0x1E00)] }
        if value &- 0x2000 < 0x70 { return punctuation[Int(value &- 0x2000)] }
        return Self.computed(value)
    }

    /// The facts of the scalar `value`, from the tokenizer's and the folder's own tests.
    @inline(never)
    private static func computed(_ value: UInt32) -> UInt64 {
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        var facts: UInt64 = 0
        if Tokenizer.isWhitespace(scalar) { facts |= whitespace }
        if Tokenizer.isDigit(scalar) { facts |= digit }
        if Tokenizer.isLetter(scalar) { facts |= letter }
        if Tokenizer.isUppercase(scalar) { facts |= uppercase }
        if facts & (letter | uppercase) == letter { facts |= lowerLetter }
        if Tokenizer.isLowercase(scalar) { facts |= lowercase }
        var written: UInt32?, tone: UInt32 = 0
        if value < 0x80 {
            written = value >= 0x41 && value <= 0x5A ? value + 0x20 : value
        } else if let flat = flatLetter(value) {
            written = UInt32(truncatingIfNeeded: flat)
            tone = UInt32(truncatingIfNeeded: flat >> 32)
        } else if MatchKey.toneMarks.contains(value) {
            tone = value
        } else if let quote = QuoteMark.unified(scalar) {
            written = quote.value
        } else {
            return facts
        }
        facts |= folds | UInt64(tone) << toneShift
        if let written {
            let bytes = Array(String(Unicode.Scalar(written)!).utf8)
            for (index, byte) in bytes.enumerated() { facts |= UInt64(byte) << UInt64(8 * index) }
            facts |= UInt64(bytes.count) << lengthShift
        }
        return facts
    }

    /// `KeyFolder`'s entry for a precomposed Latin letter (letter and tone), nil for none.
    private static func flatLetter(_ value: UInt32) -> UInt64? {
        let flat: UInt64
        if value >= 0x00C0 && value <= 0x024F {
            flat = MatchKey.latinLetters[Int(value - 0x00C0)]
        } else if value >= 0x1E00 && value <= 0x1EFF {
            flat = MatchKey.vietnameseLetters[Int(value - 0x1E00)]
        } else {
            return nil
        }
        return flat == 0 ? nil : flat
    }
}

/// A word's match key written while the tokenizer reads the word: the UTF-8 of each
/// folded scalar (see `ScalarFacts`), then the tone. The buffer's first 16 bytes are zero
/// after the key, so that its `WordTable.Entry` is two loads.
struct KeyBytes {
    /// The most bytes written before the word is left to `KeyFolder` (3 per scalar of
    /// `Tokenizer.shortWord` scalars).
    static let limit = 3 * Tokenizer.shortWord
    /// The buffer's size: the limit, a 4-byte store past it, the tone and the 16 bytes read.
    static let capacity = limit + 32

    private let base: UnsafeMutableRawPointer
    private(set) var count = 0
    private var tone: UInt64 = 0
    /// The facts of every scalar added, ANDed: `ScalarFacts.folds` stays set while every
    /// scalar has a table entry.
    private var every = ScalarFacts.folds

    /// False when a scalar has no table entry or the key is too long: the caller folds the
    /// word with `KeyFolder` instead (which gives the same key, hash and id).
    var isComplete: Bool {
        @inline(__always) get { every & ScalarFacts.folds != 0 && count <= Self.limit }
    }

    @inline(__always)
    init(_ base: UnsafeMutableRawPointer) {
        self.base = base
        base.storeBytes(of: 0, as: UInt64.self)
        base.storeBytes(of: 0, toByteOffset: 8, as: UInt64.self)
    }

    /// Appends the scalar whose facts are `facts`. Per scalar, no test: the scalar's four
    /// bytes of facts are stored as they are (its UTF-8, zero, then its length in the fourth
    /// byte, which the next scalar's bytes or `key`'s zero overwrite), at most at `limit`
    /// (a longer key is not complete and is not read).
    @inline(__always)
    mutating func add(_ facts: UInt64) {
        every &= facts
        base.storeBytes(of: UInt32(truncatingIfNeeded: facts), toByteOffset: min(count, Self.limit), as: UInt32.self)
        count &+= Int(truncatingIfNeeded: facts >> ScalarFacts.lengthShift & 3)
        let mark = facts >> ScalarFacts.toneShift & 0xFFF
        if mark != 0 { tone = mark }
    }

    /// The key's bits (`KeyBits`, `small` being `KeyBits.smallStringsAreBits`), its
    /// `MatchKey.hash` and its id in `words`, as `KeyFolder.fold` gives them. Only for a
    /// complete key.
    @inline(__always)
    mutating func key(in words: WordTable, small: Bool) -> (KeyBits, UInt32, UInt32) {
        // Zero after the key: the last scalar's length byte (at most 3 bytes on) goes.
        base.storeBytes(of: 0, toByteOffset: count, as: UInt32.self)
        if tone != 0 {
            // Tone marks (U+0300–U+0341) take two bytes.
            base.storeBytes(of: UInt8(0xC0 | tone >> 6), toByteOffset: count, as: UInt8.self)
            base.storeBytes(of: UInt8(0x80 | tone & 0x3F), toByteOffset: count + 1, as: UInt8.self)
            count += 2
        }
        let bytes = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count)
        let hash = MatchKey.hash(buffer: bytes)
        let entry = WordTable.Entry(zeroPadded: base, count: count)
        return (KeyBits(bytes: bytes, hash: hash, entry: entry, small: small), hash, words.id(bytes: bytes, hash: hash, entry: entry))
    }
}
