/// A role without a person's name keeps the unnamed body written right after it (a common noun
/// of a body: class `body_noun` of `function_words.tsv`, or a head of `body_heads.tsv` in lower
/// case), perhaps after `của` and a quantifier, and the words that describe that body up to
/// the end of the mention, as `RoleOfNamedBody` reads a named one: the role alone (`giám đốc`,
/// `lãnh đạo`) names no one, and an unnamed source keeps its words (ANNOTATION.md; issue 14
/// item 2, a role that needs a body).
///
/// Recognises: silver 2024-11-29-gia-ca-phe-29-11 `…, giám đốc một doanh nghiệp chuyên xuất khẩu
/// cà phê tại TP.HCM cho biết` → `giám đốc một doanh nghiệp chuyên xuất khẩu cà phê` (was
/// `giám đốc`; `tại` opens a phrase and ends it); 2024-10-20-hoa-dep `lãnh đạo nhà trường`
/// (was `lãnh đạo`) (`title: role without a name; role: keeps the unnamed body after its title`).
/// Rejects: a capitalised word after the title (`RoleOfNamedBody`), a lower-case word of no
/// body (`Trưởng đoàn kiểm tra`, `bộ trưởng thống nhất …`: a clause or a role's own words), a
/// title not opening the mention (`thi xong lãnh đạo sở`), and a title with nothing after it.
enum RoleOfUnnamedBody {
    /// The end of the unnamed body written right after `title`, or nil when none is.
    static func end(after title: Range<Int>, in mention: MentionContext) -> Int? {
        let tokens = mention.tokens, range = mention.range, words = mention.words
        guard var position = RoleOfNamedBody.start(after: title, in: mention) else { return nil }
        if let quantifier = words.match(.quantifier, in: tokens, at: position, limit: range.upperBound) { position += quantifier }
        guard position < range.upperBound, tokens[position].kind == .word, !tokens[position].isCapitalized,
              let noun = words.match(.bodyNoun, in: tokens, at: position, limit: range.upperBound)
                ?? mention.lexicon.bodyHeads.longestMatch(in: tokens, at: position, limit: range.upperBound)?.length
        else { return nil }
        return RoleOfNamedBody.bodyEnd(from: position + noun, in: mention)
    }
}
