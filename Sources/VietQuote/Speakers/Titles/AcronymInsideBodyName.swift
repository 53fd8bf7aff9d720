/// An abbreviation in brackets inside a body's name, made of the initials of the words right
/// before it, does not end the name when a capitalised word follows: news writes the short form
/// of the first part of a long name where it first uses it and goes on with the rest (`Ban Giám
/// đốc (BGĐ) Sân khấu Thế giới Trẻ`, `Sở Giao thông vận tải (GTVT) Hà Nội`, `Phòng Cảnh sát Giao
/// thông (CSGT) Công an tỉnh …`). Before, the bracket was a boundary of `BodyNames.swift` and the
/// name stopped at it.
///
/// Recognises: silver 2024-10-06-minh-du `Ban Giám đốc (BGĐ) Sân khấu Thế giới Trẻ cho biết …`
/// → the body `Ban Giám đốc (BGĐ) Sân khấu Thế giới Trẻ` (was `Ban Giám đốc`). The explanation
/// adds `abbreviation inside the name` to the head's row.
/// Rejects: an abbreviation whose letters are not the initials of the words before it, tone and
/// vowel marks aside (`Hội Thiên văn Hà Nội (HAS)`: the English name's; `(TP HCM)`: a place),
/// one with a word after it in the bracket, and a bracket with no capitalised word after it
/// (`Cục Hàng không Việt Nam (CAAV) cho biết`: the name ends there).
enum AcronymInsideBodyName {
    /// What the explanation adds to the head's origin when the name went on past the bracket.
    static let id = "abbreviation inside the name"

    /// The length of the bracket `(ABC)` at `position` when its letters are the initials of the
    /// words that end at `position` and a capitalised word follows it; nil otherwise.
    static func length(_ tokens: [Token], at position: Int, limit: Int) -> Int? {
        guard position + 3 < limit, tokens[position].key == "(", tokens[position + 2].key == ")",
              tokens[position + 1].kind == .word, tokens[position + 1].isAllCaps,
              tokens[position + 3].kind == .word, tokens[position + 3].isCapitalized,
              let letters = SyllableShape.bare(tokens[position + 1].key), letters.count >= 2, position >= letters.count else { return nil }
        let words = (position - letters.count)..<position
        for (offset, word) in words.enumerated() {
            guard tokens[word].kind == .word, let initial = SyllableShape.bare(tokens[word].key)?.first,
                  initial == letters[offset] else { return nil }
        }
        return 3
    }
}
