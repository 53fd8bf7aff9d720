/// A word, number or punctuation mark of the normalised text. Spaces are not tokens;
/// `spaceBefore` records whether one stood before the token.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable, Hashable {
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
    public var start: Int
    public var end: Int
    public var kind: Kind
    /// The match key: folded word (see `MatchKey`), or the mark itself (quotes unified to `"`).
    public var key: String
    /// Whether the first letter is upper case.
    public var isCapitalized: Bool
    /// Whether every letter of a word of two or more letters is upper case (`UN`, `ICC`):
    /// an acronym of the lexicons matches only such a word, never `Un` in `Kim Jong Un`.
    public var isAllCaps = false
    /// Whether white space (or the start of the paragraph) stands right before it.
    public var spaceBefore: Bool

    public var range: Range<Int> { start..<end }
    /// Whether this is a word or a number.
    public var isWordLike: Bool { kind == .word || kind == .number }
}
