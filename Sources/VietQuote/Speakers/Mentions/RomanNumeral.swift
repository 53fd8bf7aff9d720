/// A Roman numeral in capitals (`XIV`, `XIII`, `IV`: two letters or more of I, V and X, a
/// well-formed number from 2 to 39) starts no name: it numbers what stands before it, a
/// congress, a term or a monarch (`Đại hội XIV`, `khóa XV`, `Louis XIV`). After a name it
/// stays part of the name (`Charles III`); at the start of a name run it is no name.
///
/// Recognises: silver 2024-12-01-to-lam `… tiến tới Đại hội XIV, Tổng Bí thư nhấn mạnh` (the
/// Quotes stage's mention `XIV, Tổng Bí thư`) → no speaker `XIV`, the title speaks; the
/// speaker's trace says `name: a Roman numeral starts no name`.
/// Rejects: a single letter (`X` the platform, `V` an initial), a word in mixed case (`Vi`,
/// `Xi`), a malformed numeral (`IIX`, `VV`, `XXXX`) and a numeral after a name (`Louis XIV`).
enum RomanNumeral {
    /// Whether the token is a Roman numeral in capitals that starts no name.
    @inline(__always)
    static func isNumeral(_ token: Token) -> Bool {
        token.kind == .word && token.isAllCaps && isNumeral(key: token.key)
    }

    /// Whether `key` (a word in capitals) is a numeral of `numerals`. (Performance only: a key
    /// with a byte other than the ASCII letters I, V and X, in either case, is ruled out on its
    /// bytes, with no lower-cased copy made and hashed; no other scalar lower-cases to one of them.)
    private static func isNumeral(key: String) -> Bool {
        key.utf8.allSatisfy(isNumeralLetter) && numerals.contains(key.lowercased())
    }

    /// Whether `byte` is one of the letters of a numeral, in either case.
    @inline(__always)
    private static func isNumeralLetter(_ byte: UInt8) -> Bool {
        switch byte | 0x20 {
        case UInt8(ascii: "i"), UInt8(ascii: "v"), UInt8(ascii: "x"): true
        default: false
        }
    }

    /// The numerals from 2 to 39 (`ii` … `xxxix`), as folded keys.
    private static let numerals: Set<String> = {
        let units = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"]
        let tens = ["", "x", "xx", "xxx"]
        return Set(tens.flatMap { ten in units.map { ten + $0 } }.filter { $0.count >= 2 })
    }()
}
