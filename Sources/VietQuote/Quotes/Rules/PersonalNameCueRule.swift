/// A capitalised one-word cue between two capitalised words is a syllable of a personal
/// name, no cue: `Nguyễn Viết Chữ`, `Trần Viết Tú`, `Đặng Viết Dũng` (Vietnamese middle and
/// given names include cue words; silver: about 25 quotes read `Viết` in a name as `viết`,
/// with the rest of the name as content: `Hiển, Giám đốc Sở GD-ĐT …`).
/// Read before the cues of a paragraph are looked up, like `BodyNameCueRule`.
///
/// Example (no cue): "Ông Nguyễn Viết Chữ, nguyên Bí thư Tỉnh ủy Quảng Nam, bị khai trừ khỏi Đảng."
/// Also a capitalised cue after a capitalised word before anything but a colon or quotation mark
/// (`Liên bang Xô Viết trước đây`, `Người Ta Nói (6.3 triệu view)`: a name's last syllable), and
/// one after a comma before a capitalised word (`Thanh Long, Viết Tú, Thái Bình`: a line-up).
/// Passes: a cue written in lower case (`ông Chữ viết: "…"`), a capitalised cue at a sentence
/// start or after a mark (`Viết trên mạng xã hội, …`), a cue of two or more words.
struct PersonalNameCueRule {
    let id = QuoteRefinement.cueInPersonalName

    /// Whether the cue match of `length` tokens at `index` is a syllable inside a name.
    func isNameSyllable(in tokens: [Token], at index: Int, length: Int) -> Bool {
        guard length == 1, tokens[index].isCapitalized, let before = tokens[ifPresent: index - 1] else { return false }
        let after = tokens[ifPresent: index + 1]
        let capitalAfter = after.map { $0.kind == .word && $0.isCapitalized } ?? false
        if before.kind == .word, before.isCapitalized {
            // `Liên bang Xô Viết trước đây`, `Người Ta Nói (6.3 triệu view)`: a name's last
            // syllable; but `Hoa hậu Đỗ Thị Hà Viết: "…"` (a colon or quotation after) is said.
            return capitalAfter || !Self.opensWords(after)
        }
        // `Xuân Hoàng, Thanh Long, Viết Tú, Thái Bình`: a name in a list after its comma.
        return capitalAfter && before.kind == .punctuation && before.key == ","
    }

    /// Whether the token after the cue opens its words: a colon or a quotation mark.
    static func opensWords(_ token: Token?) -> Bool {
        guard let token else { return false }
        return token.kind == .quote || (token.kind == .punctuation && token.key == ":")
    }
}
