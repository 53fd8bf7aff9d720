/// A name of several words in a mention that opens with a title (`BodyOfApposedTitle`) is that
/// title's unit or body, not its holder, in two more shapes:
/// - right after the title, it opens with a word of the title itself, the unit the post heads
///   (`Vụ trưởng Vụ Chính sách tiền tệ`, `Phó Vụ trưởng Vụ Pháp chế`: the name `Vụ Chính`);
/// - it stands inside a body's name that starts in the title or the mention: a capitalised head
///   of `body_heads.tsv` (or such a unit name) and then words only, the last before the name
///   in lower case, or that head itself (`Giám đốc Nhà máy sản xuất dược liệu Mộc Hoa Tràm`,
///   `Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam`): the name ends that body's name.
/// `AppositionChain` then finds the person before the title, as for every body of the title.
///
/// Recognises: silver 2024-04-19-ty-gia-usd-vnd `ông Phạm Chí Quang, Vụ trưởng Vụ Chính sách tiền
/// tệ cho biết` → Phạm Chí Quang, title `Vụ trưởng Vụ Chính sách tiền tệ` (was the person `Vụ
/// Chính`); 2024-04-14-huit `Ông Bùi Đắc Thắng - Giám đốc Nhà máy sản xuất dược liệu Mộc Hoa Tràm
/// chia sẻ` → Bùi Đắc Thắng (was the person `SX Dược liệu Mộc Hoa Tràm`).
/// Rejects: a name that opens with a Vietnamese family name (`Giám đốc Sở Y tế Nguyễn Văn Thanh`,
/// checked by `BodyOfApposedTitle`), a one-word name right after the title (`BodyOfApposedTitle`'s
/// own reading), a name right after a capitalised word (`Bộ trưởng Ngoại giao Nga Sergei Lavrov`:
/// a person after a side), a name after punctuation or after more than `bodyWords` words from
/// the body's head, a head that opens a title (`Bộ trưởng quốc phòng Lloyd Austin`), and a name
/// after a lower-case head (`công ty`: read by `BodyOfApposedTitle` only right before the name).
/// The speaker's trace adds `name: the unit of the title or a name inside its body, the person before it speaks`.
enum UnitNameAfterTitle {
    /// The most words from a body's head to a name inside it: `Đài khí tượng thủy văn` (4),
    /// `Nhà máy sản xuất dược liệu` (5); further on, the words are a clause, not one name.
    static let bodyWords = 6

    /// Whether `name`, in a mention that opens with `title`, is the title's unit or inside its body's name.
    static func isUnitName(_ name: Range<Int>, title: Range<Int>, _ tokens: [Token], lexicon: SpeakerLexicon) -> Bool {
        if name.lowerBound == title.upperBound {
            guard name.count > 1 else { return false }
            if repeatsTitle(at: name.lowerBound, title: title, tokens) { return true }
        }
        let before = name.lowerBound - 1
        guard before > title.lowerBound, tokens[before].kind == .word else { return false }
        var start = name.lowerBound
        while start > max(title.lowerBound, name.lowerBound - bodyWords), tokens[start - 1].kind == .word {
            start -= 1
            guard tokens[start].isCapitalized else { continue }
            // (`Bộ` of `Bộ trưởng quốc phòng Lloyd Austin` heads the title, not a body.)
            if let head = lexicon.bodyHeads.longestMatch(in: tokens, at: start, limit: name.lowerBound),
               start + head.length == name.lowerBound || !tokens[before].isCapitalized,
               (lexicon.titles.longestMatch(in: tokens, at: start, limit: name.lowerBound)?.length ?? 0) <= head.length {
                return true
            }
            if start == title.upperBound, repeatsTitle(at: start, title: title, tokens) { return true }
            // Only a body's head may stand capitalised right before the name (`Nga` of `Quốc phòng Mỹ Lloyd Austin` is none).
            if tokens[before].isCapitalized { return false }
        }
        return false
    }

    /// Whether the capitalised word at `start` is a word of the title (`Vụ` after `Phó Vụ trưởng`).
    private static func repeatsTitle(at start: Int, title: Range<Int>, _ tokens: [Token]) -> Bool {
        tokens[start].isCapitalized && title.contains { tokens[$0].kind == .word && tokens[$0].key == tokens[start].key }
    }
}
