/// A word, number or punctuation mark of the normalised text. Spaces are not tokens;
/// `spaceBefore` records whether one stood before the token.
package struct Token: Sendable, Hashable {
    package enum Kind: UInt8, Sendable, Hashable {
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
    package var key: String { didSet { keyHash = MatchKey.hash(key) } }
    /// `MatchKey.hash(key)`, computed once: lexicon look-ups use it instead of hashing the key.
    private(set) var keyHash: UInt32
    package var kind: Kind
    /// Whether the first letter is upper case.
    package var isCapitalized: Bool
    /// Whether every letter of a word of two or more letters is upper case (`UN`, `ICC`):
    /// an acronym of the lexicons matches only such a word, never `Un` in `Kim Jong Un`.
    package var isAllCaps = false
    /// Whether white space (or the start of the paragraph) stands right before it.
    package var spaceBefore: Bool

    /// A token; `keyHash` must be `MatchKey.hash(key)` (the tokenizer has it from `foldAndHash`).
    init(start: Int, end: Int, kind: Kind, key: String, keyHash: UInt32, isCapitalized: Bool, isAllCaps: Bool = false,
         spaceBefore: Bool) {
        self.storedStart = Int32(start)
        self.storedEnd = Int32(end)
        self.key = key
        self.keyHash = keyHash
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.spaceBefore = spaceBefore
    }

    /// Whether `other` has the same match key (compared as bytes: see `ByteKey`).
    @inline(__always)
    func hasSameKey(as other: Token) -> Bool {
        keyHash == other.keyHash && ByteKey.sameBytes(key, other.key)
    }

    package var range: Range<Int> { start..<end }
    /// Whether this is a word or a number.
    package var isWordLike: Bool { kind == .word || kind == .number }
}
