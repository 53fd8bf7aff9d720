/// A mention that is only an apposition's title and the name of its body (`CEO Unimedia`,
/// `Giám đốc Nghiên cứu tại Bullionvault`) after a person (`Ông Trần Việt Bảo Hoàng - CEO
/// Unimedia - chia sẻ`): the Quotes stage took the words between the dashes or commas, and the
/// body's name in them is no person. Every name of the mention, after its opening title, is
/// the title's body: one word right after the title (`CEO Unimedia`), or a name after a word
/// that links a post to its body (`tại`, `của`: `title_link`, `role_link`, `place_link`) or
/// after a body's head (`body_heads.tsv`: `Công ty Luật Hừng Đông`, `Vụ Pháp chế`), never one
/// that opens with a Vietnamese family name (`Giám đốc Sở Y tế Nguyễn Văn Thanh`: the person).
/// `UnitNameAfterTitle` reads two more shapes of the body's name (`Vụ trưởng Vụ Chính sách tiền
/// tệ`; `Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam`); lower-case words after the last name,
/// up to the mention's end, belong to the body's name in the title (`Vụ Chính sách tiền tệ`).
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
    /// Whether every name of the mention that opens with a title is that title's body: the
    /// readings that said so (this one, and `UnitNameAfterTitle` when it read a name), or nil.
    static func namesBodies(_ parsed: ParsedMention, _ tokens: [Token], parser: MentionParser, index: ArticleIndex) -> [SpeakerRule]? {
        guard !parsed.honorific, !parsed.names.isEmpty, let title = parsed.titles.first else { return nil }
        let lexicon = parser.lexicon
        var unit = false
        let bodies = parsed.names.allSatisfy { name in
            guard name.lowerBound >= title.range.upperBound, !lexicon.startsPersonalName(tokens, at: name.lowerBound) else { return false }
            if namesBody(name, after: title.range, tokens, lexicon: lexicon, index: index) { return true }
            // `Vụ trưởng Vụ Chính sách tiền tệ`, `Giám đốc Nhà máy sản xuất dược liệu Mộc Hoa Tràm` (`UnitNameAfterTitle`).
            guard UnitNameAfterTitle.isUnitName(name, title: title.range, tokens, lexicon: lexicon) else { return false }
            unit = true
            return true
        }
        guard bodies else { return nil }
        return unit ? [.bodyOfApposedTitle, .unitNameAfterTitle] : [.bodyOfApposedTitle]
    }

    /// One name of the mention that is the title's body: one word right after the title, or a
    /// name after a link word or a body's head.
    private static func namesBody(_ name: Range<Int>, after title: Range<Int>, _ tokens: [Token], lexicon: SpeakerLexicon,
                                  index: ArticleIndex) -> Bool {
        if name.lowerBound == title.upperBound {
            // One word the article writes as no person: in no fuller name, after no honorific (`Tổng thống Biden`).
            return name.count == 1 && (index.fullest([tokens[name.lowerBound].key])?.keys.count ?? 1) == 1
                && !index.writesAfterHonorific(tokens[name.lowerBound])
        }
        let before = name.lowerBound - 1
        guard tokens[before].kind == .word, !tokens[before].isCapitalized || lexicon.bodyHeads.value(in: tokens, range: before..<name.lowerBound) != nil
        else { return false }
        return [WordClass.titleLink, .roleLink, .placeLink].contains { lexicon.words.matchEnding($0, in: tokens, at: name.lowerBound) != nil }
            || Range(from: title.upperBound, to: name.lowerBound).contains { start in
                lexicon.bodyHeads.longestMatch(in: tokens, at: start, limit: name.lowerBound)?.length == name.lowerBound - start
            }
    }

    /// The mention re-read from the person before it (`mentionStart`: where the title opened):
    /// the body's names end the title (`CEO Unimedia`) and are no person's.
    /// Lower-case Vietnamese words from the last name to the mention's end are that body's name
    /// too (`Vụ Chính sách tiền tệ`, `Ban Tuyên giáo Trung ương`; not `al-Sudani`, a name).
    static func endTitleAtBodies(_ parsed: inout ParsedMention, mentionStart: Int, readings: [SpeakerRule], in tokens: [Token],
                                 lexicon: SpeakerLexicon) {
        var bodyEnd = parsed.names.filter { $0.lowerBound >= mentionStart }.map(\.upperBound).max() ?? mentionStart
        let end = parsed.range.upperBound
        if bodyEnd < end, (bodyEnd..<end).allSatisfy({
            tokens[$0].kind == .word && !tokens[$0].isCapitalized && lexicon.isVietnameseSyllable(tokens[$0].key)
        }) { bodyEnd = end }
        if let title = parsed.titles.firstIndex(where: { $0.range.lowerBound >= mentionStart }) {
            parsed.titles[title].range = Range(from: parsed.titles[title].range.lowerBound, to: max(bodyEnd, parsed.titles[title].range.upperBound))
        }
        parsed.names.removeAll { $0.lowerBound >= mentionStart }
        for reading in readings { parsed.record(reading) }
    }
}
