/// The title of an apposition after a name (`Name, title …,`), read by the title steps in
/// order: the title chain (`TitleChain.swift`, two offices joined by `kiêm` included:
/// `JoinedOffices.swift`), a bare head joined to the next title after its comma
/// (`TitlePairs.swift`), and its lower-case complement up to the comma
/// (`AppositiveComplement.swift`) or, after a bare head, its body to the apposition's end
/// (`ApposedBody.swift`).
///
/// Of the readings with and without the joined office, the one that reads further and
/// leaves no name right after it: a second office whose body the chain does not read
/// (silver 6016 `Ông TM Roh, Chủ tịch kiêm Giám đốc Ngành hàng Trải nghiệm di động tại Samsung
/// Electronics,` is read as the first office and its complement; silver 221 `Ông Mai Quốc
/// Hội, Phó Chủ tịch kiêm Tổng thư ký Hội Điện lực Việt Nam phát biểu`, where `Hội Điện` would
/// stand as a name after the joined title, keeps `Phó Chủ tịch`).
extension MentionParser {
    /// The apposition's title at `position` (after the comma and link word) and how it was read.
    func appositionTitle(in tokens: [Token], at position: Int, limit: Int) -> (ParsedMention.Title, TitleTrace)? {
        // `Name, em gái của nhà lãnh đạo Triều Tiên Kim Jong Un,`: the tie with its person is
        // the title (Titles/KinApposition.swift).
        if let kin = KinApposition(parser: self).read(in: tokens, at: position, limit: limit) { return (kin, kin.trace) }
        guard let joined = appositionTitle(in: tokens, at: position, limit: limit, joins: true) else { return nil }
        guard joined.1.rules.contains(.joinedOffices),
              let single = appositionTitle(in: tokens, at: position, limit: limit, joins: false) else { return joined }
        let end = joined.0.range.upperBound
        return single.0.range.upperBound > end || nameRun(in: tokens, at: end, limit: limit) > 0 ? single : joined
    }

    private func appositionTitle(in tokens: [Token], at position: Int, limit: Int, joins: Bool) -> (ParsedMention.Title, TitleTrace)? {
        // `Name, một thành viên Hạ viện Nga,`: a head no list holds, read by its agent
        // syllable (Titles/AgentNounHead.swift).
        let agent = lexicon.title(in: tokens, at: position, limit: limit) == nil
            ? AgentNounHead(lexicon: lexicon).read(in: tokens, at: position, limit: limit) : nil
        guard var title = titleChain(in: tokens, at: position, limit: limit, joins: joins, head: agent) else { return nil }
        var trace = title.trace.read(at: .article, as: .apposition)
        if agent != nil { trace.insert(.agentNoun) }
        let chainSide = title.affiliation
        // `Name, nguyên Chủ tịch, người sáng lập Tập đoàn Infosys`: a bare title and the next
        // one after a comma are one (Titles/TitlePairs.swift).
        if let next = lexicon.secondTitle(after: title, in: tokens, limit: limit, parser: self) {
            title = ParsedMention.Title(range: Range(from: position, to: next.range.upperBound), kind: next.kind,
                                        affiliation: title.affiliation ?? next.affiliation)
            trace.insert(.pair)
        }
        // `Name, người đứng đầu cơ quan quản lý quân sự của Vovchansk,`: the title runs over its
        // complement to the comma (Titles/AppositiveComplement.swift).
        let head = agent?.length ?? lexicon.title(in: tokens, at: position, limit: limit)?.length ?? title.range.count
        if let complement = AppositiveComplement(lexicon: lexicon).read(
            in: tokens, from: position, at: title.range.upperBound, limit: limit, hasBody: title.range.count > head || title.affiliation != nil) {
            title = ParsedMention.Title(range: Range(from: position, to: title.range.upperBound + complement.length), kind: title.kind,
                                        affiliation: title.affiliation ?? complement.side)
            trace.insert(.appositiveComplement)
        } else if title.range.count == head, title.affiliation == nil,
                  let body = ApposedBody(lexicon: lexicon).read(in: tokens, at: title.range.upperBound, limit: limit) {
            // `Name, Giám đốc Sở du lịch TP HCM cho biết`: the body written out to the
            // apposition's end (Titles/ApposedBody.swift).
            title = ParsedMention.Title(range: Range(from: position, to: title.range.upperBound + body), kind: title.kind,
                                        affiliation: nil)
            trace.insert(.apposedBody)
        } else if title.range.count == head, title.affiliation == nil,
                  case let units = ApposedUnitName(lexicon: lexicon), units.followsPersonalName(tokens, at: position),
                  let unit = units.read(in: tokens, at: title.range.upperBound, limit: limit) {
            // `Name, Trưởng ban Nội chính Trung ương,`: a unit named with no body head, to the
            // apposition's end, after a person's name (Titles/ApposedUnitName.swift).
            title = ParsedMention.Title(range: Range(from: position, to: title.range.upperBound + unit), kind: title.kind,
                                        affiliation: nil)
            trace.insert(.apposedUnitName)
        }
        if agent != nil {
            // An agent noun with a side its chain names (`thành viên Hạ viện Nga`) is a post of
            // that side; else an expert's title, no side (AgentNounHead.swift).
            guard closesApposition(tokens, at: title.range.upperBound, limit: limit) else { return nil }
            title.affiliation = chainSide
            title.kind = chainSide == nil ? .expert : .office
        }
        return (title, trace)
    }

    /// Whether a comma or dash closes the apposition at `end` and no list goes on after it: the
    /// next word is no capitalised name and no title head (`…, thành viên HTX, Liên hiệp HTX`).
    private func closesApposition(_ tokens: [Token], at end: Int, limit: Int) -> Bool {
        guard end + 1 < limit, tokens[end].kind == .punctuation, Marks.commaOrDash.contains(tokens[end].key) else { return false }
        let next = tokens[end + 1]
        return next.kind == .word && !next.isCapitalized && lexicon.title(in: tokens, at: end + 1, limit: limit) == nil
    }
}
