/// A capitalised cue of several words inside a sentence is a word of a name, no cue: Vietnamese
/// writes a verb in lower case after a sentence's start, and a capitalised `Thông tin` there is
/// the field of a unit, a school or a department (`Trung đoàn Thông tin 463`, `Trường Sĩ quan
/// Thông tin`, `Trung tâm Văn hóa, Thông tin - Thể thao`, `Trưởng phòng Văn hóa, Thông tin, Thể
/// thao và Du lịch`), and a capitalised `Kết luận`/`Thông báo` there names a document (`vừa ban
/// hành Kết luận điều tra vụ án`; silver m1: 26 quotes read such words as a cue, the rest of the
/// name as content). `PersonalNameCueRule` reads the cues of one word.
/// Read before the cues of a paragraph are looked up, like `BodyNameCueRule`.
///
/// Example (no cue): "Trung đoàn Thông tin 463…, trong quá trình xây dựng, chiến đấu và trưởng
/// thành, …" — the capitalised cue right after a word; and "hoàn thành thẩm định các đề án hợp
/// nhất Trung tâm Văn hóa, Thông tin - Thể thao và Đài phát thanh" — after a comma, one field of
/// a name joined to the next by a dash (or by a comma, in a list of fields).
/// Passes: a cue at a sentence's start or after a mark (`Thông tin từ nhà sản xuất, …`), a cue
/// before a colon or a quotation mark (`… Thông báo: "…"`), a cue in capitals (`XÁC NHẬN`), a cue
/// written in lower case, a cue of one word, a blocker. Only the first word is skipped: a cue may
/// start at the next (`Lê Cát Trọng Lý giải thích`).
struct NameWordCueRule {
    let id = QuoteRefinement.cueInNameWord

    /// Whether the cue match of `length` tokens at `index` is a word inside a name.
    func isNameWord(in tokens: [Token], at index: Int, length: Int) -> Bool {
        guard length > 1, tokens[index].isCapitalized, !tokens[index].isAllCaps, let before = tokens[ifPresent: index - 1] else { return false }
        if before.kind == .word { return !PersonalNameCueRule.opensWords(tokens[ifPresent: index + length]) }
        return before.kind == .punctuation && before.key == "," && joinsField(tokens, at: index + length)
    }

    /// Whether a dash or a comma and a capitalised word stand at `index`: the next field of the
    /// name (`Thông tin - Thể thao`, `Thông tin – Truyền thông`, `Thông tin, Thể thao`).
    private func joinsField(_ tokens: [Token], at index: Int) -> Bool {
        guard let mark = tokens[ifPresent: index], mark.kind == .punctuation, mark.key == "-" || mark.key == "–" || mark.key == ",",
              let next = tokens[ifPresent: index + 1] else { return false }
        return next.kind == .word && next.isCapitalized
    }
}
