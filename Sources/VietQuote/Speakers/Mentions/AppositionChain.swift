/// A mention that is only the last title of an apposition chain after a person's name
/// (`Name, title, title cho biết`) is that person: the Quotes stage took the words after the
/// last comma. Going back from the mention, clause by clause (each opened and closed by a
/// comma or dash), every clause that opens with a title and holds no name is one more title
/// of the chain (at most `SpeakerLimits.appositionChainTitles`); the first clause that ends
/// with a name, holding nothing but honorifics, titles and that name (`ông Hun Many`,
/// `Thiếu tướng Bùi Quang Thanh`), is the person, and the mention starts at the name.
/// The mention itself must open with a title and hold no name of its own (`SpeakerResolver`
/// checks that on its parse, after common words and body syllables are dropped, so a body's
/// name inside the title, `Tư lệnh Quân đoàn 12`, is no name).
///
/// Recognises: silver 2024-04-08-campuchia `ông Hun Many, Phó Thủ tướng, Bộ trưởng Bộ Chức
/// năng Công nhấn mạnh` → Hun Many (was the role `Bộ trưởng Bộ Chức năng Công`); 2024-04-10-
/// tich-hoa-chi `Thiếu tướng Bùi Quang Thanh, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an
/// tỉnh nhấn mạnh` → Bùi Quang Thanh (`mention: the person before its apposition titles`).
/// The mention's names may be places of its title's body (`placesOfTitle`): silver
/// 2024-06-14-so-giao-duc `Ông Nguyễn Ngọc Thái, Giám đốc Sở giáo dục đào tạo tỉnh Quảng Ngãi
/// cho biết` → Nguyễn Ngọc Thái (was the place `Quảng Ngãi`); 2024-09-29-vu-sap-cau `ông Nguyễn
/// Văn Hùng, phó chủ tịch UBND huyện Tam Nông, Phú Thọ, cho biết` (was `Phú Thọ`).
/// Rejects: a clause between that opens with no title (`Tại Tunisia, nơi có hơn 50 người thiệt
/// mạng, Tổng thống nước này`), a clause before with words of its own (`Nói với VnExpress,`,
/// `Trước trận chung kết gặp Colombia,`), a name that is a side or a body (`Ủy viên Trung ương
/// Đảng,` is a title of the chain, not a person), a list of people with their titles (`ông Nguyễn Văn An,
/// Bộ trưởng Bộ Y tế, ông Trần Văn Bình, Thứ trưởng …`: `opensList`), and a mention with a
/// name of its own.
enum AppositionChain {
    /// Where the person's name starts before the apposition titles that end at the mention
    /// starting at `start`, or nil when no person heads such a chain.
    static func personStart(before start: Int, in tokens: [Token], parser: MentionParser) -> Int? {
        var end = start
        for _ in 0...SpeakerLimits.appositionChainTitles {
            guard let open = ResidenceMention.clauseStart(before: end, in: tokens) else { return nil }
            let clause = Range(from: open, to: end - 1)
            let parsed = parser.parse(tokens, range: clause)
            if let name = person(in: clause, parsed, tokens, parser: parser) {
                return opensList(before: open, in: tokens, parser: parser) ? nil : name
            }
            guard isTitleClause(clause, parsed, tokens, parser: parser) else { return nil }
            end = open
        }
        return nil
    }

    /// Whether every name of a mention that opens with a title is a place of the title's body,
    /// written after the title: after a lower-case head of `place_heads.tsv` (`tỉnh Quảng Ngãi`,
    /// `thị xã Đông Hòa`), or after a bracket or comma inside the mention (`UBND TP Hạ Long
    /// (Quảng Ninh`, `huyện Tam Nông, Phú Thọ`) with fewer syllables than a full personal name,
    /// all Vietnamese; or a side or a body. Rejects an honorific, a name right after the title
    /// (`Chủ tịch nước Lương Cường`, `Bộ trưởng Bộ Công an Tô Lâm`: a person, not a place), a
    /// foreign name (`Ngoại trưởng Nga, Lavrov`) and a full name after a comma (`…, Nguyễn Văn An`).
    static func placesOfTitle(_ parsed: ParsedMention, _ tokens: [Token], parser: MentionParser) -> Bool {
        guard !parsed.honorific, !parsed.names.isEmpty, let title = parsed.titles.first else { return false }
        let lexicon = parser.lexicon
        return parsed.names.allSatisfy { name in
            guard name.lowerBound >= title.range.upperBound else { return false }
            if isBodyOrSide(name, tokens, parser: parser) { return true }
            if (1...2).contains(where: { name.lowerBound - $0 >= title.range.lowerBound
                    && !tokens[name.lowerBound - $0].isCapitalized
                    && lexicon.placeHeads.value(in: tokens, range: name.lowerBound - $0..<name.lowerBound) != nil }) { return true }
            guard let mark = tokens[ifPresent: name.lowerBound - 1], mark.kind == .punctuation,
                  mark.key == "(" || Punctuation.commaOrDash.contains(mark.key) else { return false }
            return name.count < SpeakerLimits.gluedPersonalNameSyllables && name.allSatisfy { lexicon.isVietnameseSyllable(tokens[$0].key) }
        }
    }

    /// A title of the chain: it opens the clause and no name stands in it.
    static func isTitleClause(_ clause: Range<Int>, _ parsed: ParsedMention, _ tokens: [Token], parser: MentionParser) -> Bool {
        parsed.titles.first?.range.lowerBound == clause.lowerBound
            && !parsed.names.contains(where: { !isBodyOrSide($0, tokens, parser: parser) })
    }

    /// Whether the person's clause, opening at `open`, is one of a list of people, each with
    /// a title (`Tham dự có ông Nguyễn Văn An, Bộ trưởng Bộ Y tế, ông Trần Văn Bình, Thứ trưởng
    /// Bộ Y tế, Giám đốc Sở Y tế Hà Nội cho biết`): a title clause before it, and before that a
    /// clause that ends with another person's name. The titles after the last person are then
    /// each one's own, not one person's chain.
    private static func opensList(before open: Int, in tokens: [Token], parser: MentionParser) -> Bool {
        guard let titleOpen = ResidenceMention.clauseStart(before: open, in: tokens) else { return false }
        let titleClause = Range(from: titleOpen, to: open - 1)
        guard isTitleClause(titleClause, parser.parse(tokens, range: titleClause), tokens, parser: parser),
              let personOpen = ResidenceMention.clauseStart(before: titleOpen, in: tokens) else { return false }
        let clause = Range(from: personOpen, to: titleOpen - 1)
        let parsed = parser.parse(tokens, range: clause)
        guard let name = parsed.names.last, name.upperBound == clause.upperBound, !isBodyOrSide(name, tokens, parser: parser)
        else { return false }
        return parsed.honorific || parser.lexicon.startsPersonalName(tokens, at: name.lowerBound)
    }

    /// The start of the name that ends `clause` when the clause is a person and nothing else:
    /// honorifics, titles and the name (no word the parser does not read), the name neither a
    /// side nor a body.
    private static func person(in clause: Range<Int>, _ parsed: ParsedMention, _ tokens: [Token], parser: MentionParser) -> Int? {
        guard let name = parsed.names.last, name.upperBound == clause.upperBound, parsed.unknownWords == 0,
              parsed.organizations.isEmpty, parsed.sides.isEmpty, !isBodyOrSide(name, tokens, parser: parser),
              // `… Ban Trị sự GHPGVN tỉnh Đồng Nai,`: a name after a body head is a place of the title.
              name.lowerBound == clause.lowerBound
                || parser.lexicon.bodyHeads.value(in: tokens, range: name.lowerBound - 1..<name.lowerBound) == nil,
              parsed.honorific || !parsed.titles.isEmpty || parser.lexicon.startsPersonalName(tokens, at: name.lowerBound)
        else { return nil }
        return name.lowerBound
    }

    /// Whether the name is a side or a body (`Đảng`, `Hà Nội`), or a word that stands in capitals
    /// as a body's short form (`HĐQT`): no person.
    private static func isBodyOrSide(_ name: Range<Int>, _ tokens: [Token], parser: MentionParser) -> Bool {
        let lexicon = parser.lexicon
        return lexicon.actor(in: tokens, at: name.lowerBound, limit: name.upperBound) != nil
            || lexicon.organization(in: tokens, at: name.lowerBound, limit: name.upperBound) != nil
            || (name.count == 1 && tokens[name.lowerBound].isAllCaps)
            || parser.isWordSyllable(tokens, name, limit: name.upperBound)
    }

    /// The titles of a chain of two clauses or more, from the first after the person's name to
    /// the end of the mention's own first clause, joined as one (`Phó Thủ tướng, Bộ trưởng Bộ
    /// Chức năng Công`, as the gold writes a person's several offices): the side of the first
    /// that has one, the kind of the last. The parse keeps its other titles. A chain of one
    /// clause keeps the title its chain reads.
    static func joiningTitles(_ parsed: inout ParsedMention, mentionStart: Int, in tokens: [Token]) {
        guard let name = parsed.names.first, name.upperBound < mentionStart - 1 else { return }
        var end = parsed.range.upperBound
        if let mark = Range(from: mentionStart, to: end).first(where: {
            tokens[$0].kind == .punctuation && Punctuation.commaOrDash.contains(tokens[$0].key)
        }) { end = mark }
        let chain = parsed.titles.filter { $0.range.lowerBound >= name.upperBound && $0.range.lowerBound < end }
        guard chain.count >= 2, let first = chain.first, let last = chain.last else { return }
        var trace = TitleTrace(.mention, .apposition)
        trace.insert(.appositionChain)
        let joined = ParsedMention.Title(range: Range(from: first.range.lowerBound, to: max(end, last.range.upperBound)), kind: last.kind,
                                         affiliation: chain.lazy.compactMap(\.affiliation).first, trace: trace)
        let position = parsed.titles.firstIndex { $0.range.lowerBound == first.range.lowerBound } ?? 0
        parsed.titles.removeAll { $0.range.lowerBound >= name.upperBound && $0.range.lowerBound < end }
        parsed.titles.insert(joined, at: min(position, parsed.titles.count))
    }
}
