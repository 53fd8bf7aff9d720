/// Lower-case words that end a body's name before a bracket naming its parent body or its
/// abbreviation: news writes the last words of a long name in lower case (`Cục An toàn thông
/// tin`, `Cục Quản lý lao động ngoài nước`, `Viện Công nghệ thực phẩm`) and closes the name
/// with the body it belongs to in brackets (`(Bộ Thông tin và Truyền thông)`, `(Bộ LĐ-TB-XH)`,
/// `(Đại học Bách khoa Hà Nội)`). The bracket is the boundary the grammar of `BodyNames.swift`
/// has no other way to see: without it, two lower-case words in a row end the name
/// (`Cục An toàn` of `Cục An toàn thông tin`).
///
/// Recognises: `Cục An toàn thông tin (Bộ Thông tin và Truyền thông) khuyến cáo …` → `Cục An
/// toàn thông tin`; `Cục Quản lý lao động ngoài nước (Bộ LĐ-TB-XH) vừa có công văn …` → `Cục
/// Quản lý lao động ngoài nước`.
///
/// Rejects: more than `SpeakerLimits.bodyTailWords` lower-case words, a function word among
/// them (`Cục Thi hành án dân sự ở Hà Nội`: `ở` is a preposition, not a word of the name), a
/// bracket that names no body (`(ảnh)`, `(43 tuổi)`, a person's age or a place: its first word
/// must be capitalised and a body head, a row of `organizations.tsv` or an abbreviation in
/// capitals that is the whole bracket), a place written short (`Trung tâm Y tế dự phòng (TP
/// HCM) cho biết`: `TP` with words after it), and words after a name that did not end at them
/// (only where the grammar stops).
enum BodyTailBeforeBracket {
    /// What the explanation adds to the head's origin when the tail was read into the name.
    static let id = "lower-case tail before a bracket"

    /// The number of lower-case words at `position` that end the body's name before a bracket
    /// naming its parent or abbreviation, or nil.
    static func length(_ tokens: [Token], at position: Int, limit: Int, lexicon: SpeakerLexicon) -> Int? {
        var end = position
        while end < limit, end - position < SpeakerLimits.bodyTailWords, let token = tokens[ifPresent: end], token.kind == .word,
              !token.isCapitalized, lexicon.words.trie.value(in: tokens, range: end..<end + 1) == nil {
            end += 1
        }
        // The bracket may stand past the mention's end (a bracket aside is cut off it).
        guard end > position, tokens[ifPresent: end]?.key == "(", let inside = tokens[ifPresent: end + 1],
              inside.kind == .word, inside.isCapitalized else { return nil }
        // An abbreviation in capitals names a body only as the whole bracket (`(HCDC)`, `(MOH)`);
        // one with words after it is a place written short (`(TP HCM)`, `(TP.HCM)`).
        if inside.isAllCaps { return tokens[ifPresent: end + 2]?.key == ")" ? end - position : nil }
        let namesBody = lexicon.bodyHeads.longestMatch(in: tokens, at: end + 1, limit: tokens.count) != nil
            || lexicon.organizations.longestMatch(in: tokens, at: end + 1, limit: tokens.count) != nil
        return namesBody ? end - position : nil
    }
}

extension OrganizationEntry {
    /// The lexicon row the entry came from, without what a reading rule added to it (`body_heads.tsv:43`
    /// of `body_heads.tsv:43 + lower-case tail before a bracket`): the rules that ask whether a
    /// body was read by its head compare this.
    var rowOrigin: Substring {
        guard let plus = origin.range(of: " + ") else { return Substring(origin) }
        return origin[..<plus.lowerBound]
    }
}
