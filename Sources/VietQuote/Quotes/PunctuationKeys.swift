/// The `Punctuation` classes the Quotes stage reads at token positions, as `KeySet`s: a mark
/// is looked up by its token's key hash and bits, no `String` hashed per look-up (the sets of
/// strings hashed the key of every mark a rule read, ~150 instructions each). The members are
/// ASCII marks and dashes or an ellipsis with no canonical equivalent, so comparing bytes
/// finds what `Set<String>` found.
extension Punctuation {
    static let commaKeys = KeySet(comma)
    static let dashesKeys = KeySet(dashes)
    static let commaOrDashKeys = KeySet(commaOrDash)
    static let terminalKeys = KeySet(terminal)
    static let clauseMarksKeys = KeySet(clauseMarks)
    static let trailingKeys = KeySet(trailing)
}
