/// A word, number or punctuation mark of the normalised text. Spaces are not tokens;
/// `spaceBefore` records whether one stood before the token.
/// `Sendable` covers a token's place, flags and short key, not a long key (over 15 bytes,
/// `KeyBits`): that is a number in the `ArticleKeys` of the thread that made the token, valid
/// on that thread until it starts another article. Compare tokens (`hasSameKey`, `==`) of one
/// store only; read `key` on that thread, in that article.
package struct Token: Sendable, Hashable {
    package enum Kind: UInt8, Sendable, Hashable, CaseIterable {
        /// A syllable or a Latin-script word (letters, with inner apostrophes).
        case word
        /// Digits, with inner separators kept (`1.000`, `2,5`, `4/2`, `13h10`).
        case number
        /// A quotation mark of any shape (see `QuoteMark`).
        case quote
        /// Any other mark.
        case punctuation
    }

    /// Range in the normalised scalars of the `SourceText`.
    package var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(newValue) }
    }
    package var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(newValue) }
    }
    /// `start` and `end` as stored: 32 bits each, so that a token takes 32 bytes (a text of
    /// 2^31 scalars or more is out of reach anyway: its tokens would take 20 GB).
    private var storedStart: Int32
    private var storedEnd: Int32
    /// The match key: folded word (see `MatchKey`), or the mark itself (quotes unified to `"`).
    /// Held as `KeyBits` (no reference: a token is plain data), read as a `String` made on
    /// demand: hot code compares `wordID`s or `hasSameKey`, not keys.
    package var key: String {
        @inline(__always) get { keyBits.string }
    }
    /// The key as held (`KeyBits`): equal bits are equal keys within an article.
    let keyBits: KeyBits
    /// `MatchKey.hash(key)`, computed once: lexicon look-ups use it instead of hashing the key.
    let keyHash: UInt32
    /// The word id (24 bits, see `WordTable`) and the flags below, in one word, so that a
    /// token still takes 32 bytes.
    private var packed: UInt32

    private enum Bits {
        static let id: UInt32 = 0x00FF_FFFF
        static let kindShift: UInt32 = 24, kind: UInt32 = 3 << 24
        static let capitalized: UInt32 = 1 << 26, allCaps: UInt32 = 1 << 27, spaceBefore: UInt32 = 1 << 28
    }

    @inline(__always)
    private mutating func set(_ bit: UInt32, _ on: Bool) {
        packed = on ? packed | bit : packed & ~bit
    }

    /// The id of `key` in `WordTable` when the token was made, `WordTable.unknown` for a key
    /// of no lexicon.
    package private(set) var wordID: UInt32 {
        get { packed & Bits.id }
        set { packed = packed & ~Bits.id | newValue & Bits.id }
    }
    package var kind: Kind {
        // The two bits hold a raw value, 0 to 3 (`everyKindFitsItsBits`): read without the
        // `init(rawValue:)` switch and its unwrap.
        @inline(__always)
        get { unsafeBitCast(UInt8(truncatingIfNeeded: (packed & Bits.kind) >> Bits.kindShift), to: Kind.self) }
        set { packed = packed & ~Bits.kind | UInt32(newValue.rawValue) << Bits.kindShift }
    }
    /// Whether the first letter is upper case.
    package var isCapitalized: Bool {
        get { packed & Bits.capitalized != 0 }
        set { set(Bits.capitalized, newValue) }
    }
    /// Whether every letter of a word of two or more letters is upper case (`UN`, `ICC`):
    /// an acronym of the lexicons matches only such a word, never `Un` in `Kim Jong Un`.
    package var isAllCaps: Bool {
        get { packed & Bits.allCaps != 0 }
        set { set(Bits.allCaps, newValue) }
    }
    /// Whether white space (or the start of the paragraph) stands right before it.
    package var spaceBefore: Bool {
        get { packed & Bits.spaceBefore != 0 }
        set { set(Bits.spaceBefore, newValue) }
    }

    /// A token whose key has the bits `key`; `keyHash` must be `MatchKey.hash` of the key and
    /// `wordID` its id in `WordTable.shared` or `unknown` (the tokenizer has all three).
    init(start: Int, end: Int, kind: Kind, key: KeyBits, keyHash: UInt32, wordID: UInt32, isCapitalized: Bool,
         isAllCaps: Bool = false, spaceBefore: Bool) {
        self.init(fitting: Int(Int32(start)), end: Int(Int32(end)), kind: kind, key: key, keyHash: keyHash, wordID: wordID,
                  isCapitalized: isCapitalized, isAllCaps: isAllCaps, spaceBefore: spaceBefore)
    }

    /// The tokenizer's token: as `init(start:end:…)`, for positions its caller checked fit
    /// 32 bits (once per range of text, not twice per token).
    @inline(__always)
    init(fitting start: Int, end: Int, kind: Kind, key: KeyBits, keyHash: UInt32, wordID: UInt32, isCapitalized: Bool,
         isAllCaps: Bool, spaceBefore: Bool) {
        self.storedStart = Int32(truncatingIfNeeded: start)
        self.storedEnd = Int32(truncatingIfNeeded: end)
        self.keyBits = key
        self.keyHash = keyHash
        self.packed = wordID & Bits.id | UInt32(kind.rawValue) << Bits.kindShift
            | (isCapitalized ? Bits.capitalized : 0) | (isAllCaps ? Bits.allCaps : 0) | (spaceBefore ? Bits.spaceBefore : 0)
    }

    /// Whether `other` has the same match key: the same word id, or for a word of no
    /// lexicon the same `KeyBits` (not bytes: both tokens must be of the article being read,
    /// whose `ArticleKeys` numbers each long key once; a debug build asserts it).
    @inline(__always)
    func hasSameKey(as other: Token) -> Bool {
        if wordID != WordTable.unknown && other.wordID != WordTable.unknown { return wordID == other.wordID }
        assert(keyBits.isOfCurrentStore && other.keyBits.isOfCurrentStore,
               "hasSameKey compares the long keys of two stores (a token of another article or thread)")
        return keyBits == other.keyBits
    }

    package var range: Range<Int> { start..<end }
    /// Whether this is a word or a number.
    package var isWordLike: Bool { kind == .word || kind == .number }

    /// Equal tokens: the same place, key and flags (the word id follows from the key).
    package static func == (lhs: Token, rhs: Token) -> Bool {
        assert(lhs.keyBits.isOfCurrentStore && rhs.keyBits.isOfCurrentStore,
               "== compares the long keys of two stores (a token of another article or thread)")
        return lhs.storedStart == rhs.storedStart && lhs.storedEnd == rhs.storedEnd
            && lhs.packed & ~Bits.id == rhs.packed & ~Bits.id && (lhs.keyBits == rhs.keyBits || lhs.key == rhs.key)
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(storedStart)
        hasher.combine(storedEnd)
        hasher.combine(key)
        hasher.combine(packed & ~Bits.id)
    }
}
