/// A role without a person's name keeps the body written right after its title as part of
/// its name: the title alone (`Giám đốc`, `đại diện`) names no one, and an unnamed role keeps
/// its words as an unnamed source does (ANNOTATION.md). The body's words run from a
/// capitalised word right after the title (or after `của`) to the mention's end, stopping
/// before punctuation or a lower-case word that opens a clause or phrase (a verb marker, an
/// auxiliary, a conjunction, a preposition: `lãnh đạo Công an tỉnh được biết`).
///
/// Recognises: silver 2024-04-10-tich-hoa-chi `Giám đốc Công an tỉnh cho biết` → `Giám đốc
/// Công an tỉnh` (was `Giám đốc`); 2024-05-15-lich-mu `đại diện Tổng cục Singapore`
/// (`title: role without a name; role: keeps the body named after its title`).
/// Rejects: `Người phát ngôn của tập đoàn INEOS` (a lower-case word after `của`: the body is
/// read from a capitalised word only; `RoleOfUnnamedBody` keeps a body noun's words), a title not opening the mention (`fan của Nữ hoàng Ai Cập`, `thi xong lãnh đạo sở`:
/// the title is no head of the mention), a lower-case word right after the title (`bộ trưởng
/// thống nhất`, `Đại sứ quán`: the title is part of another word or a clause follows), and a
/// title with nothing after it.
enum RoleOfNamedBody {
    /// The end of the body named right after `title`, or nil when none is.
    static func end(after title: Range<Int>, in mention: MentionContext) -> Int? {
        guard let position = start(after: title, in: mention), mention.tokens[position].isCapitalized else { return nil }
        return bodyEnd(from: position + 1, in: mention)
    }

    /// Where a body after `title` may start: right after it or after `của`, at a word of the
    /// mention; nil when the title does not open the mention (`RoleOfUnnamedBody` reads it too).
    static func start(after title: Range<Int>, in mention: MentionContext) -> Int? {
        let tokens = mention.tokens, range = mention.range
        guard title.lowerBound == range.lowerBound, title.upperBound < range.upperBound else { return nil }
        var position = title.upperBound
        if mention.words.isWord(tokens, at: position, .possessive) { position += 1 }
        return position < range.upperBound && tokens[position].kind == .word ? position : nil
    }

    /// Where the body's words that go on at `start` end: before punctuation, the mention's end,
    /// a lower-case word that opens a clause or phrase, or `của` and a pronoun (`công ty quản lý
    /// của cô`: whose body it is, not its name; review14 S16) (`RoleOfUnnamedBody` reads it too).
    static func bodyEnd(from start: Int, in mention: MentionContext) -> Int {
        let tokens = mention.tokens, range = mention.range, words = mention.words
        var end = start
        while end < range.upperBound, tokens[end].kind == .word || tokens[end].kind == .number,
              tokens[end].isCapitalized || !opensClause(words.trie.value(in: tokens, range: end..<end + 1)),
              !possessedByPronoun(at: end, in: mention) {
            end += 1
        }
        return end
    }

    /// Whether `của` at `position` is followed by a pronoun (`của cô`, `của anh`, `của họ`).
    private static func possessedByPronoun(at position: Int, in mention: MentionContext) -> Bool {
        mention.words.isWord(mention.tokens, at: position, .possessive)
            && mention.lexicon.pronoun(in: mention.tokens, at: position + 1, limit: mention.range.upperBound) != nil
    }

    /// The classes of a lower-case word that ends a body's name: a verb or clause word glued to
    /// the mention (`đã`, `được`, `không`), a conjunction or a preposition (`tại Hà Nội`).
    private static let clauseClasses: [WordClass] = [
        .auxiliary, .verbMarker, .passive, .predicateAuxiliary, .negator, .coordinator, .preposition, .subjectStop,
    ]

    private static func opensClause(_ classes: WordClasses?) -> Bool {
        guard let classes else { return false }
        return clauseClasses.contains { classes.contains($0) }
    }
}
