/// A mention that opens with a family tie (class `kin` of `function_words.tsv`: `Mẹ`, `Chồng`,
/// `vợ cũ`, `con trai út`) before the person it relates to names the relative, not that person:
/// the relative speaks. The article gives no name of the relative at the mention, so it is an
/// unnamed source that keeps its words up to the end of the related person's name (the
/// mention's words after that are no part of it).
///
/// Recognises: silver 2024-10-01-minh-du `'…' - Chồng Phương Lan bày tỏ.` → `Chồng Phương
/// Lan`, a source (was `Phương Lan`, his wife); 2024-09-03-me-ruot `Mẹ ruột Hồ Ngọc Hà tâm
/// sự: "…"`; 2024-05-28 `Mẹ của Ronaldo` (was `Cristiano Ronaldo`)
/// (`source: a family tie before the person it relates to`); silver 2024-11-06-joe-biden
/// `cháu gái của Tổng thống Joe Biden đã thông báo` (a grandchild, with a friend or partner a
/// tie only with `của`: `bạn gái của Chí Trung`; was `Joe Biden`).
/// Rejects: a tie not opening the mention, two ties in a row (`Vợ chồng Ốc Thanh Vân`, `Bố
/// mẹ`: the couple or the parents, the person named among them), and a tie followed by anything
/// but `của`, a title, an honorific or a capitalised word (`Con chỉ muốn`, `con người Việt Nam`,
/// `Bố ham học`; also `Chồng danh ca Hương Lan`: `danh ca` is no title of titles.tsv), or by no
/// name of a person within the mention (`Mẹ của một nạn nhân` is read by the other rules).
struct KinPossessorRule: SpeakerSieve {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision? {
        guard let end = Self.relationEnd(mention) else { return nil }
        let name = mention.text(Range(from: mention.range.lowerBound, to: end))
        return SpeakerDecision(Speaker(name: name, mention: mention.text, kind: .source, affiliation: nil), .kinOfPerson)
    }

    /// The end of the name of the person the mention's opening tie relates to, or nil when the
    /// mention opens with no tie before a person.
    static func relationEnd(_ mention: MentionContext) -> Int? {
        let tokens = mention.tokens, range = mention.range, words = mention.words
        guard let first = range.first, tokens[first].kind == .word,
              let length = words.match(.kin, in: tokens, at: first, limit: range.upperBound) else { return nil }
        var position = first + length
        guard position < range.upperBound, words.match(.kin, in: tokens, at: position, limit: range.upperBound) == nil else { return nil }
        if words.isWord(tokens, at: position, .possessive) { position += 1 }
        guard position < range.upperBound, tokens[position].kind == .word else { return nil }
        let opensPerson = tokens[position].isCapitalized || words.isWord(tokens, at: position, .honorific)
            || mention.parsed.titles.contains { $0.range.lowerBound == position }
        guard opensPerson,
              let name = mention.parsed.names.first(where: { $0.lowerBound >= position }),
              !Range(from: position, to: name.lowerBound).contains(where: { tokens[$0].kind != .word }) else { return nil }
        // A name the parse split in two (`Shark Nguyễn Hòa Bình`: `PersonalNameAfterWords`) ends with its last part.
        var end = name.upperBound
        while let next = mention.parsed.names.first(where: { $0.lowerBound == end }) { end = next.upperBound }
        return end
    }
}
