/// The readings of the title steps, by typed id: how a speaker's title was read. The raw
/// value is the text `explanation.title_rule` writes for it, after where the title was read
/// (`TitleTrace.Origin`): `article: apposition; over its complement to the comma`.
///
/// A title is read once, where the article writes it: before a name or a role in a
/// mention (`chain`), after a name and a comma (`apposition`), in a copula clause
/// (`copula`); the steps after the first changed its words or side. Declared in the order
/// they are written (`TitleTrace` keeps them as a set).
package enum TitleRule: String, Sendable, CaseIterable {
    /// `TitleChain.swift`: a head of `titles.tsv` with its body, side and linked body, before
    /// a name or as a role (`Ngoại trưởng Nga Sergei Lavrov`, `người phát ngôn của Bộ Ngoại giao Ba Lan`).
    case chain = "chain"
    /// After a name and a comma or dash (`Sergei Lavrov, Ngoại trưởng Nga,`).
    case apposition = "apposition"
    /// `CopulaTitle.swift`: stated with a copula (`Đó là một nhà bình luận …`, `Ông là …`).
    case copula = "copula"
    /// `TitlePairs.swift`: a bare head joined to the title after its comma (`Phó thủ tướng,
    /// Bộ trưởng Ngoại giao Bùi Thanh Sơn`).
    case pair = "a bare head joined to the next title after a comma"
    /// `JoinedOffices.swift`: two titles joined by `kiêm`, one title of both offices
    /// (`Phó Thủ tướng kiêm Bộ trưởng Ngoại giao`).
    case joinedOffices = "two offices joined by kiêm"
    /// `AppositiveComplement.swift`: an apposition's title runs over its lower-case
    /// complement to the comma (`người đứng đầu cơ quan quản lý quân sự của Vovchansk,`).
    case appositiveComplement = "over its complement to the comma"
    /// `TitleBeforeNameGap.swift`: a title before a name over a nationality or its complement
    /// closed by a comma (`Tác giả của nghiên cứu, Ashley Spillane`), recorded for the name.
    case complementBeforeName = "before the name over its complement or a nationality"
    /// `BodyNameBeforePerson.swift`: a title with a body's name, then a comma and the person
    /// (`giám đốc Roland Garros, Amelie Mauresmo,`).
    case bodyNameBeforePerson = "with the name after it as its body, of the person after the comma"
    /// `Coreference/BodyNameAfterTitle.swift`: a body's name the article writes after its
    /// head, read into the title (`Chủ tịch Vingroup`).
    case bodyNameInTitle = "with a body's name the article writes after its head"
    /// `ArticleIndex.sidedTitle`: a bare office as the article writes it with its side
    /// (`Thủ tướng` → `Thủ tướng Anh`).
    case sideFromArticle = "the office as the article writes it with its side"
    /// `AppositionChain.swift`: the titles of an apposition chain after a name, joined as one
    /// (`ông Hun Many, Phó Thủ tướng, Bộ trưởng Bộ Chức năng Công`).
    case appositionChain = "the titles of an apposition chain joined"
    /// `ApposedBody.swift`: an apposition's bare head runs over the body it heads to the
    /// apposition's end (`Nguyễn Thị Ánh Hoa, Giám đốc Sở du lịch TP HCM cho biết`).
    case apposedBody = "over the body it heads to the apposition's end"
    /// `HeadBodySide.swift`: a head of `titles.tsv` that names its own body speaks for the
    /// body's side (`Chủ tịch Ủy ban châu Âu` → EU).
    case headBody = "the side of the body its head names"
    /// `Mentions/RolePossessor.swift`: a role's title runs over the team or body after its
    /// `của`/`tại` (`HLV Issara Sritharo của U23 Thái Lan` → `HLV của U23 Thái Lan`).
    case possessor = "over the possessor after its link"
    /// `AgentNounHead.swift`: an apposition's head that `titles.tsv` does not list, read by its
    /// agent syllable (`Viktor Vodolatsky, một thành viên Hạ viện Nga,`).
    case agentNoun = "a head read by its agent syllable"
    /// `KinApposition.swift`: a family tie with the person it relates to, after a name and a
    /// comma (`bà Kim Yo Jong, em gái của nhà lãnh đạo Triều Tiên Kim Jong Un,`).
    case kinTie = "a family tie with the person it relates to"
    /// `TitleWordsBeforeName.swift`: a title over the words the chain left between it and the
    /// name (`Phó Chủ tịch UBND tỉnh Trần Đức Quý`, `Giám đốc thể thao Max Eberl`).
    case wordsBeforeName = "over the words between it and the name"
    /// `ApposedUnitName.swift`: an apposition's bare head runs over the unit it leads, named
    /// with no body head, to the apposition's end (`Phan Đình Trạc, Trưởng ban Nội chính Trung ương,`).
    case apposedUnitName = "over the unit's own name to the apposition's end"
    /// `TitleBeforeHonorific.swift`: a title that opens its clause, of the person after its
    /// comma and an honorific (`Bí thư Tỉnh uỷ Quảng Ngãi, bà Bùi Thị Quỳnh Vân khẳng định`).
    case beforeHonorific = "of the name after its comma and an honorific"
    /// `Coreference/QuotedTitleCarry.swift`: the title the person's own quote read, carried
    /// to the person's quotes that read none (`Bà Hoa cho hay` after `Bà Nguyễn Thị Ánh Hoa,
    /// Giám đốc Sở du lịch TP HCM cho biết`).
    case quotedTitle = "the title of the person's titled quote"
    /// `Mentions/BrandAfterTitle.swift`: a company's or medium's name the article writes after a
    /// kind noun (`startup Kalotoys`), read into the title before it (`founder Kalotoys`).
    case brandNameInTitle = "with a company's or medium's name the article writes beside its kind noun"
    /// `Sides/SubnationalPlace.swift`: a country's name after a sub-national office or `bang` is a
    /// state's name, no side (`Thống đốc Georgia Brian Kemp`).
    case subnationalPlace = "a state's name after a sub-national office, no side"

    /// The case's bit in `TitleTrace`: its declaration index (a case without payload is
    /// stored as its index, as `WordClass.index` reads it).
    fileprivate var bit: UInt32 { UInt32(1) << UInt32(unsafeBitCast(self, to: UInt8.self)) }
}

/// Where a speaker's title was read and the title rules that read it
/// (`explanation.title_rule`). (Performance only: the rules are a set of bits, in the order
/// `TitleRule` declares them; each title the article index records carries one, and an
/// array would be an allocation per title.)
package struct TitleTrace: Sendable, Hashable {
    /// Where the title was read.
    package enum Origin: String, Sendable {
        /// In the quote's own mention.
        case mention
        /// The person's fullest title in the article (`ArticleIndex.title(of:)`), perhaps
        /// written at this mention too.
        case article
    }

    package var origin: Origin
    private var bits: UInt32

    init(_ origin: Origin, _ rule: TitleRule) {
        self.origin = origin
        bits = rule.bit
    }

    /// The rules, in the order `TitleRule` declares them.
    package var rules: [TitleRule] { TitleRule.allCases.filter { bits & $0.bit != 0 } }

    mutating func insert(_ rule: TitleRule) { bits |= rule.bit }

    func contains(_ rule: TitleRule) -> Bool { bits & rule.bit != 0 }

    /// The same rules read at `origin`; with `reading`, that reading in place of `chain`
    /// (a chain read after a name and a comma is an apposition).
    func read(at origin: Origin, as reading: TitleRule = .chain) -> TitleTrace {
        var trace = self
        trace.origin = origin
        trace.bits = trace.bits & ~TitleRule.chain.bit | reading.bit
        return trace
    }

    /// The text of `explanation.title_rule`: `article: apposition; over its complement to the comma`.
    /// (Performance only: a trace of one rule, most titles, is read off `singleRuleTexts`, as
    /// each title built an array of its rules, another of their texts and their joined copy.)
    package var rendered: String {
        if bits != 0, bits & (bits &- 1) == 0 {
            return (origin == .mention ? Self.singleRuleTexts.mention : Self.singleRuleTexts.article)[bits.trailingZeroBitCount]
        }
        return "\(origin.rawValue): " + rules.map(\.rawValue).joined(separator: "; ")
    }

    /// `rendered` of the trace of each one rule (by its bit's position, `TitleRule.allCases`'s
    /// order), read at each origin.
    private static let singleRuleTexts = (mention: TitleRule.allCases.map { "\(Origin.mention.rawValue): \($0.rawValue)" },
                                          article: TitleRule.allCases.map { "\(Origin.article.rawValue): \($0.rawValue)" })
}
