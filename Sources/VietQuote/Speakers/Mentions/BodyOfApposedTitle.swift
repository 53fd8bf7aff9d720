/// A mention that is only an apposition's title and the name of its body (`CEO Unimedia`,
/// `Giám đốc Nghiên cứu tại Bullionvault`) after a person (`Ông Trần Việt Bảo Hoàng - CEO
/// Unimedia - chia sẻ`): the Quotes stage took the words between the dashes or commas, and the
/// body's name in them is no person. Every name of the mention, after its opening title, is
/// the title's body: one word right after the title (`CEO Unimedia`), or a name after a word
/// that links a post to its body (`tại`, `của`: `title_link`, `role_link`, `place_link`) or
/// after a body's head (`body_heads.tsv`: `Công ty Luật Hừng Đông`, `Vụ Pháp chế`), never one
/// that opens with a Vietnamese family name (`Giám đốc Sở Y tế Nguyễn Văn Thanh`: the person).
/// Then `AppositionChain` finds the person before the title, as for a title with no name.
///
/// Recognises: silver 2024-08-13-ngoc-chau `Ông Trần Việt Bảo Hoàng - CEO Unimedia - chia sẻ` →
/// Trần Việt Bảo Hoàng, title `CEO Unimedia` (was the person `Unimedia`); 2024-08-06-gia-vang-the-gioi
/// `Adrian Ash - Giám đốc Nghiên cứu tại Bullionvault - nói` → Adrian Ash (was `Bullionvault`).
/// Rejects: a name of two words or more right after the title (`HLV Park Hang-seo`: a person),
/// one word the article writes in a fuller name or after an honorific (dev 102 `Theo Cố vấn An
/// ninh Quốc gia Mỹ Jake Sullivan, Tổng thống Biden đã lưu ý`: Biden, `Joe Biden`, speaks),
/// a name that opens with a family name, a mention with an honorific, and a mention with no
/// person before it (`AppositionChain.personStart`).
/// The speaker's trace says `name: the body of the title, the person before it speaks`.
enum BodyOfApposedTitle {
    /// Whether every name of the mention that opens with a title is that title's body.
    static func namesBodies(_ parsed: ParsedMention, _ tokens: [Token], parser: MentionParser, index: ArticleIndex) -> Bool {
        guard !parsed.honorific, !parsed.names.isEmpty, let title = parsed.titles.first else { return false }
        let lexicon = parser.lexicon
        return parsed.names.allSatisfy { name in
            guard name.lowerBound >= title.range.upperBound, !lexicon.startsPersonalName(tokens, at: name.lowerBound) else { return false }
            if name.lowerBound == title.range.upperBound {
                // One word the article writes as no person: in no fuller name, after no honorific (`Tổng thống Biden`).
                return name.count == 1 && (index.fullest([tokens[name.lowerBound].key])?.keys.count ?? 1) == 1
                    && !index.writesAfterHonorific(tokens[name.lowerBound])
            }
            let before = name.lowerBound - 1
            guard tokens[before].kind == .word, !tokens[before].isCapitalized || lexicon.bodyHeads.value(in: tokens, range: before..<name.lowerBound) != nil
            else { return false }
            return [WordClass.titleLink, .roleLink, .placeLink].contains { lexicon.words.matchEnding($0, in: tokens, at: name.lowerBound) != nil }
                || Range(from: title.range.upperBound, to: name.lowerBound).contains { start in
                    lexicon.bodyHeads.longestMatch(in: tokens, at: start, limit: name.lowerBound)?.length == name.lowerBound - start
                }
        }
    }

    /// The mention re-read from the person before it (`mentionStart`: where the title opened):
    /// the body's names end the title (`CEO Unimedia`) and are no person's.
    static func endTitleAtBodies(_ parsed: inout ParsedMention, mentionStart: Int) {
        let bodyEnd = parsed.names.filter { $0.lowerBound >= mentionStart }.map(\.upperBound).max() ?? mentionStart
        if let title = parsed.titles.firstIndex(where: { $0.range.lowerBound >= mentionStart }) {
            parsed.titles[title].range = Range(from: parsed.titles[title].range.lowerBound, to: max(bodyEnd, parsed.titles[title].range.upperBound))
        }
        parsed.names.removeAll { $0.lowerBound >= mentionStart }
        parsed.record(.bodyOfApposedTitle)
    }
}
