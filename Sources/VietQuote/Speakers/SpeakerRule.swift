/// The rules of the Speakers stage that choose or complete a speaker, by typed id. The raw
/// value is the text `explanation.speaker_rule` writes for it; a rule that applies a lexicon
/// row writes the row after a colon (`side: actors.tsv:12`), and the steps of one quote are
/// joined by `; ` (`mention: name; side from the context`). See `SpeakerTrace`.
package enum SpeakerRule: String, Sendable, CaseIterable {
    // Quotes without a mention (`FloatingRule`).
    case floatingPrevious = "floating: previous speaker"
    case none = "none"
    /// `KinPossessorRule`: `Chồng Phương Lan bày tỏ` → the husband, an unnamed source (not his wife).
    case kinOfPerson = "source: a family tie before the person it relates to"
    /// `AgentOfOwnerRule`: `đại diện Châu Bùi nói` → the agent, an unnamed source (not Châu Bùi).
    case agentOfOwner = "source: an unnamed agent before the one it speaks for"
    // `PronounRule`.
    case pronounNearest = "pronoun: nearest compatible speaker before"
    case pronounNamedBefore = "pronoun: nearest person named before"
    case pronounSubjectBefore = "pronoun: person named as a subject before"
    case pronounNamedInArticle = "pronoun: person named earlier in the article"
    case pronounUnresolved = "pronoun: no earlier speaker"
    /// `chúng ta`: the writer and the reader, never a speaker before.
    case pronounInclusive = "pronoun: inclusive we, no one before"
    case pronounBodyBefore = "pronoun: the body named before with this head"
    /// `BodySubjectBefore`: `TPBank ghi nhận … Ngân hàng cho biết` → TPBank.
    case pronounBodySubjectBefore = "pronoun: the body named as a subject before"
    /// `ParagraphSubject`: the person the pronoun's paragraph made a subject since the last speaker.
    case pronounParagraphSubject = "pronoun: person its paragraph made the subject since the last speaker"
    case pronounCountryBefore = "pronoun: the country named before"
    // `SeveralNamesRule`.
    case severalNames = "names: several speakers of one cue"
    /// `SeveralNamesRule.commaPair`: `Roy Keane, cựu đội trưởng Manchester United` is one person.
    case appositionNoList = "names: a person and its apposition, no list"
    /// `SeveralNamesRule.commaPair`: `… của đại biểu Cường, Bộ trưởng Khánh cho biết` → Khánh.
    case titledAfterPhrase = "names: the titled person after a comma speaks"
    // `NameRule`.
    case mediaName = "mention: media name"
    case name = "mention: name"
    case fullestName = "mention+coreference: fullest name"
    // `LeaderRule`.
    case leaderOfSide = "leader: the article's person who heads this side"
    // `BodyRule`, `MediaRule`, `UnnamedSourceRule`, `StatementRule`.
    case organization = "organization"
    case media = "media"
    /// `MediumWithoutName`: a medium head with no name right after it.
    case mediumNameAfterWords = "media: name after the head's words"
    case mediumHeadAlone = "media: head alone, the medium that spoke before"
    case mediumUnnamed = "media: unnamed, keeps its words"
    /// `MediumNameInSentenceCase`.
    case mediumNameInSentenceCase = "media: a name in sentence case"
    case sameSource = "source: the same source named before"
    case source = "source"
    case statementIssuer = "statement: issuer is the nearest speaker before"
    /// `IssuerAfterStatement`: `thông báo của Fed` → Fed, the issuer the mention names after the statement.
    case issuerAfterStatement = "statement: its issuer named after it"
    // `QuantifiedRoleRule`.
    case quantifiedRole = "source: quantified role"
    // `RoleRule`.
    case titleNearest = "title: nearest speaker before with this title"
    case titleArticlePerson = "title: the article's person of this title"
    case roleWithoutName = "title: role without a name"
    /// `RoleOfNamedBody`: `Giám đốc Công an tỉnh cho biết` → the role keeps the body after its title.
    case roleOfNamedBody = "role: keeps the body named after its title"
    /// `TitlePost`: the title without its post (`Đại sứ Nga` of `Đại sứ Nga tại Liên hợp quốc`) matched the person.
    /// `CopulaHolder`: the name after `là` holds the mention's title (`Giám đốc thể thao của Barca là Deco`).
    case copulaHolder = "name after the copula holds the title"
    case titlePostHolder = "title: the article's person of this office without its post"
    // `EpithetRule`.
    case epithetNearest = "epithet: nearest person speaker before"
    /// `GenderAgreement`: `nữ diễn viên` skips a man the article calls `nam diễn viên` before it.
    case epithetOfGender = "epithet: nearest person of its gender before"
    /// `QualifiedSideRule`: a country after the common nouns opening the mention qualifies them.
    case sideQualifiesNoun = "source: a country qualifying the nouns before it"
    /// `QualifiedSideRule`: the same, nouns that do not act for a state (`Tay vợt Serbia`): no side.
    case sideQualifiesPrivateNoun = "source: a country qualifying private nouns before it, no side"
    // `SideRule`.
    case side = "side"
    case severalSides = "sides: several speakers of one cue"
    // `LastResortRule`.
    case mention = "mention"
    case noSpeakerWords = "mention: no speaker words"
    // Completions of a person's side (`NameRule`) and of a body's side (`BodySideCompletion`).
    case titleSideFromArticle = "title side from the article"
    case compatriotTitleSide = "home side of a Vietnamese name's bare title"
    case introducedBodySide = "side of the body named where the person is introduced"
    /// `StateOfficeSide`: the article's first side for a bare title of a state office.
    case contextSide = "side from the context: a bare state office"
    case ownSideOfBody = "own side of the body"
    case bodySideWrittenElsewhere = "side of the body as the article writes it elsewhere"
    case homeSideOfBareBody = "home side of the bare body"
    /// `StateOrganSide`: a state organ of the body grammar with a Vietnamese name (`Sở Y tế TP Hồ Chí Minh`).
    case homeSideOfStateOrgan = "home side of a state organ with a Vietnamese name"
    /// `SideAfterAbbreviation`: `Trung tâm … (CDC) Hoa Kỳ` → Mỹ.
    case sideAfterAbbreviation = "side written after the body's abbreviation"
    /// `NoStateBody`: `Công ty Knight Frank Việt Nam` speaks for no state.
    case noSideBodyOfNoState = "no side: a body of no state"
    // `NameRule` refusing the context side.
    case noContextSideUntitled = "no context side: untitled person"
    /// `StateOfficeSide`: a post any body has (`Chủ tịch`, `Giám đốc`, `đại diện`), no state's.
    case noContextSidePost = "no context side: a post of any body"
    case noContextSideBodyTitle = "no context side: title of a body"
    /// `PostOfNamedBody`: a post linked to a named body of no state (`Người phát ngôn của Everton`).
    case noContextSideNamedBody = "no context side: a post of a named body"
    /// `PostOfNamedBody`: a Vietnamese holder of a post of a named body of no state (`Chủ tịch FPT`).
    case noHomeSideNamedBody = "no home side: a post of a named body"
    // Readings of the mention's parse (`MentionParser`, carried by `ParsedMention.rules`).
    case platformBeforeName = "name: after the platform before it"
    case creditAfterName = "name: ends before a credit in capitals"
    case clauseAfterName = "name: ends before a word that opens a clause"
    /// `PersonalNameAfterWords`: `… Vũng Tàu Nguyễn Duy Bắc` → `Nguyễn Duy Bắc`.
    case personalNameAfterWords = "name: a Vietnamese personal name starts after the words before it"
    /// `GluedCaption`: a caption's last word glued to the name's sentence (`ĐứcHLV Edin Terzic`).
    case gluedCaption = "name: starts after a word glued to a caption"
    /// `CausativeMention`: `Điều này khiến cộng đồng mạng cho rằng …` → `cộng đồng mạng`.
    case afterCausative = "mention: after a causative, the one made to speak"
    /// `BracketedMention`: `…, Chủ tịch phường Dữu Lâu (thành phố Việt Trì, tỉnh Phú Thọ) cho biết` → before the bracket.
    case beforeBracket = "mention: before the bracket it stands in"
    /// `ResidenceMention`: `Chị Huỳnh Vi, sống tại Quận 3, TP.HCM cho biết` → Huỳnh Vi, not the place.
    case beforeResidence = "mention: before the residence written after it"
    /// `AppositionChain`: `ông Hun Many, Phó Thủ tướng, Bộ trưởng … nhấn mạnh` → Hun Many, not the last title.
    case appositionChain = "mention: the person before its apposition titles"
    /// `ResidenceMention`: `Chị Nông Thị Thúy Hiển, quận Hoàng Mai, thành phố Hà Nội cho biết` →
    /// the person before an address of administrative units with no preposition.
    case addressAfterPerson = "mention: before the address written after it"
    /// `ResidenceMention` + `AppositionChain`: `ông Siu Luynh, Phó Chủ tịch UBND huyện Đức Cơ, tỉnh
    /// Gia Lai cho biết` → the person before the title clause the address follows.
    case titleBeforeAddress = "mention: the person before a title and its address"
    /// `AppositionChain.placesOfTitle`: the mention's names are places of its title's body.
    case placesOfTitle = "name: places of the title's body, the person before it speaks"
    case countryModifierNoSide = "no side: the country qualifies a common word"
    case capitalisedWordNoSide = "no side: the country ends a capitalised word"
    /// `SideStartsWord`: `Anh trai`, `Pháp luật` (a word of `body_words.tsv`).
    case sideStartsWordNoSide = "no side: the country starts a common word"
    /// `BracketAside`: `cơ quan chức năng huyện Phong Điền (Thừa Thiên Huế` ends before the bracket.
    case sourceBeforeBracketAside = "source: ends before a bracketed aside"
    case countryStartsGivenName = "name: the country word after a title starts it"
    /// `Chủ tịch Vingroup` where the article writes `Tập đoàn Vingroup` (`Coreference/BodyNameAfterTitle.swift`).
    case bodyNameInTitle = "title: a body's name the article writes after its head"
    // `ArticleIndex.fullest(_:preferTitled:)`, read by `NameRule`.
    case titledNameFuller = "coreference: the titled name over a longer untitled one"
    /// The person's title is one the article states with a copula (`Coreference/CopulaTitle.swift`).
    case copulaTitle = "coreference: title stated with a copula"
    // `SpeakerResolver.introducedSide(ofPerson:paragraphs:bodies:)`, read by `NameRule`.
    case foreignNameNoHomeSide = "no home side: a foreign name at a bare national body"
    /// `CountryInsideName`: `Đức Anh`, `Mỹ Anh` (a given name, not two sides).
    case countryPairGivenName = "name: two country syllables in a row are a given name"
    /// `CountryInsideName`: `TP Thủ Đức`, `UBND phường Trung Mỹ Tây` (the place's syllable, no side).
    case countryInsidePlaceName = "no side: the country is a syllable of a place's name"
    /// `WomanEpithetRule`: `Người đẹp` → the nearest earlier speaker not marked as a man (`GenderAgreement`).
    case epithetWoman = "epithet: nearest woman before"
    /// `RomanNumeral`: `Đại hội XIV, Tổng Bí thư` (the numeral is no name).
    case romanNumeralNoName = "name: a Roman numeral starts no name"
    /// `SubjectName`: `Park Bom đăng ảnh của Lee Min Ho … và viết` → Park Bom, not the longer object.
    case subjectBeforeObject = "name: the subject before its verb, not a longer name in the object"
    /// `OpeningGivenName`: `Diệp nghẹn ngào` → Diệp, a given name the article uses, no word's first syllable.
    case openingGivenName = "name: a given name opening the sentence, no syllable of a word"
    /// `GivenNameOfNamedPerson`: `Thành chia sẻ` after `em Phạm Đức Thành` → Phạm Đức Thành.
    case givenNameOfNamedPerson = "name: a common word opening the sentence, the last of a person's name written before"
    /// `GivenNameOfNamedPerson`: `Trí nói` after `Tuệ thương Trí`, no fuller name (`common_words.tsv` cap_share).
    case givenNameWrittenAsName = "name: a common word opening the sentence, written alone as a name before"
    /// `CapitalsName`: `SOOBIN cho biết` (a word in capitals is no common word).
    case capitalsName = "name: a word in capitals opening the sentence"
    /// `LinkOnlyLowercase`: `Sforum sẽ chia sẻ` (in lower case only in `…/sforum/…`).
    case lowercaseOnlyInLinks = "name: in lower case only inside links"
    /// `PlaceName`: `Công an tỉnh Đồng Nai` (the place after its head is no person's name).
    case placeNameNoPerson = "name: a place after its head, no person"
    /// `PlaceName`: `Trung tâm kiểm soát bệnh tật TP HCM` (the city's body after the words is no speaker).
    case placeBodyAfterWords = "organization: a place after other words, no speaker"
    /// `RolePossessor`: `HLV Issara Sritharo của U23 Thái Lan` → Issara Sritharo; `Tiền đạo 31
    /// tuổi của Atletico Madrid` → the role, not the club.
    case roleOfPossessor = "name: the possessor after a role's link is no speaker"
    /// `LowercaseMediumName`: `Ủy ban nhân dân tỉnh Yên Bái` (`nhân dân` in lower case is no medium `Nhân Dân`).
    case mediumNameInLowercase = "name: a medium's name in lower case, common words"
    /// `AcronymName`: `UEFA cho biết` → an organization (a few capitals alone are no person).
    case acronymNoPerson = "name: a few capitals alone, a body's acronym"
    /// `MediumNameWord`: `Theo Sky Sports, …` → a medium (the name ends with `Sports`).
    case mediumNameWord = "media: the name ends with a medium's head word"
    /// `OfficialAfterPlaceHead`: `Phó Chủ tịch UBND tỉnh Nguyễn Minh` → the person `Nguyễn Minh`.
    case officialAfterPlaceHead = "name: an official's short name after the body's place head"
    /// `DescribedAnaphorRule`: `Sở này cho biết` → the body named before with the head `Sở`.
    case anaphorBodyBefore = "anaphor: the body named before with this head"
    /// `DescribedAnaphorRule`: `Nhà phân tích này` → the person named right after `nhà phân tích` before.
    case anaphorNamedAfterNoun = "anaphor: the person named after the same noun before"
    /// `DescribedAnaphorRule`: `Nhà cầm quân này` → the nearest person named with a title or honorific before.
    case anaphorPersonBefore = "anaphor: the nearest person named before"
    /// `DescribedAnaphorRule`: `Phụ huynh này` after `một phụ huynh`: the one introduced unnamed, a source.
    case anaphorUnnamedBefore = "anaphor: introduced before without a name, an unnamed source"
    /// `DescribedAnaphorRule`: nothing it can stand for before it: an unnamed source that keeps its words.
    case anaphorUnresolved = "anaphor: nothing named before, an unnamed source"
    /// `RelativeApposition`: `Dustin Poirier, người cũng thi đấu …` → Dustin Poirier.
    case relativeApposition = "apposition: the person named before `, người …`"
    /// `PlaceRun`: `Luật sư cho rằng` after `Đoàn Luật sư TP Hà Nội` (the place the title was written before holds no title).
    case titleOfPlaceNoHolder = "title: a place after it is no holder of it"
    /// `SourceNounBeforePlace`: `Đại diện trường Quốc tế TP.HCM` → the unnamed source, all its words.
    case sourceNounBeforePlace = "source: a role noun before a body at a place"
    /// `BodySideCompletion`: `394 doanh nghiệp tại TP.HCM` (the city after the words is where, no side).
    case placeAfterWordsNoSide = "no side: a place after other words says where"
    /// `LinkTextBracket`: `[Công an yêu cầu …](https://…)` → `Công an`, not `[Công an`.
    case afterLinkBracket = "mention: after the bracket that opens a link's text"
    /// `AuxiliaryEndsMention`: `Công ty 545 liên tục đề nghị` → `Công ty 545`.
    case beforePredicateAuxiliary = "mention: ends before an auxiliary of its predicate"
    /// `GivenNameAfterHonorific`: `ông An đồng ý` → `An`, no syllable of a common word.
    case givenNameAfterHonorific = "name: a given name after an honorific"
    /// `RoleHolder`: `HLV trưởng của họ` after `Đội bóng của HLV Ruben Amorim` → Ruben Amorim.
    case roleHolderBefore = "role: the nearest person named before in this role"
    /// `RoleHolder`: `HLV trưởng của ĐT futsal Việt Nam` → Diego Giustozzi, the one coach the article names.
    case roleHolderOnly = "role: the article's one person of this role"
    /// `RoleOfUnnamedBody`: `giám đốc một doanh nghiệp chuyên xuất khẩu cà phê cho biết` → the role keeps the body.
    case roleOfUnnamedBody = "role: keeps the unnamed body after its title"
    /// `CountryAfterWords`: `Tay vợt nữ đến từ Việt Nam`, `người đàn ông Việt Nam` → the words, not the country.
    case countryAfterWords = "source: a country after other words says where or whose, not who"
    /// `MediumOfCountrySyllable`: `Theo truyền thông Hàn, …` → `truyền thông Hàn`, not the name `Hàn`.
    case mediumCountrySyllable = "media: a country's short syllable, keeps its words"
    /// `PronounAfterSubject`: `Alcaraz đã để lại phát biểu … . Anh nói rằng` → Alcaraz, not the side Anh.
    case pronounAfterSubject = "pronoun: opens a sentence after a person subject, no side"
    /// `WordCompletedInLowerCase`: `Trường Tiểu học Tân Hải`, not `Trường Tiểu` (`tiểu học`, `lowercase_pairs.tsv`).
    case wordCompletedInLowerCase = "name: goes on through a word written on in lower case"
    /// `PlaceHeadAbbreviation`: `Sở GD-ĐT TP. Hồ Chí Minh` → the body, not the person `Chí Minh`.
    case placeHeadAbbreviation = "name: a place after its head written short with a full stop"
    /// `UnitOfNoStateBody`: `Giám đốc Y khoa Hệ thống tiêm chủng VNVC` → no home side for its holder.
    case noHomeSideUnitOfNoState = "no home side: a unit of a body of no state"
    /// `PeopleOfSide`: `Người Việt Nam còn gọi`, `người Nhật Bản sẽ viết` → the people, not the country or a person.
    case peopleOfSide = "source: a people or team of a country, not the country"
    /// `HonouredOpeningWord`: `Mỹ Linh nói` beside `chị Mỹ Linh` → `Mỹ Linh`, not `Linh`.
    case honouredOpeningWord = "name: keeps its opening word, written after an honorific"
    /// `PointingRole`: `mặc dù cầu thủ này đã bày tỏ` after `tiền đạo Jonathan David` → Jonathan David.
    case pointingRoleBefore = "role: a pointing role, the nearest person before of that role"
    /// `PointingRole` (`EpithetRule`): `Nữ diễn viên viết` after `diễn viên Thu Quỳnh`, no speaker before → Thu Quỳnh.
    case pointingEpithetBefore = "epithet: no speaker before, the nearest person before of its role"
    /// `PlaceBeforePersonalName`: `Thống đốc Florida Ron DeSantis` → `Ron DeSantis`, title `Thống đốc Florida`.
    case placeBeforePersonalName = "name: a place or club between the title and the name is the title's"
    /// `BodyOfApposedTitle`: `Ông Trần Việt Bảo Hoàng - CEO Unimedia - chia sẻ` → the person, not `Unimedia`.
    case bodyOfApposedTitle = "name: the body of the title, the person before it speaks"
    /// `MixedCaseBrand`: `Tổng giám đốc iPOS`, `Trưởng phòng … của akaBot` → no home side for its holder.
    case noHomeSideMixedCaseBrand = "no home side: a post of a brand written in mixed case"
    /// `KindNamedInArticle`: `Theo Coin Metrics` after `công ty phân tích Coin Metrics` → organization.
    case kindNamedInArticle = "kind: the noun the article writes beside the name"
    /// `CountryTailOpensNoName`: `hãng … Trung Quốc Shein` → `Shein`, not `Quốc Shein`.
    case countryTailNoName = "name: starts after a country's name, not inside it"
    /// `CompanyAfterRole`: `CEO Apple Tim Cook` beside `CEO Apple gửi` and `Tim Cook cho biết` → `Tim Cook`.
    case companyAfterRole = "name: a company after a role, the person after it written alone"
    /// `PronounGender`: `"…", cô nói` after `ông John Molise Tau` spoke → not him, the person of its gender before.
    case pronounOfItsGender = "pronoun: skips a person the article marks with the other gender"
    /// `CompanyNameRun`: `Nam Thư` beside `công ty Nam Thư Entertainment` → `Nam Thư`, not the company.
    case companyNameNotFuller = "coreference: a company's name is no fuller form of its person's"
    /// `RoleAsPossessor`: `Người hâm mộ của dàn diễn viên cũng bênh vực …` → that source, not the role.
    case roleAsPossessor = "source: the noun that a role without a name belongs to"
    /// `NamedAsRelative`: `Ông bày tỏ …` after `"… tôi nhớ Huệ quá …"` and `NSND Thanh Điền` → not Huệ.
    case pronounSkipsRelative = "pronoun: skips a person named as a relative or inside a quotation"
    /// `NamedAsRelative` (`ArticleIndex.isFuller`): `Tau` → `Michelle Tau`, not her father `ông John Molise Tau`.
    case sharedNameNotRelative = "coreference: a shared name is not the relative's"
    /// `ReverentPronoun`: `…, Người bày tỏ …` after `Chủ tịch Hồ Chí Minh khẳng định` → Hồ Chí Minh.
    case reverentPronoun = "pronoun: the reverent pronoun of a revered person"
    /// `BrandAfterTitle`: `founder Kalotoys khẳng định` beside `startup Kalotoys` → the post, not the person `Kalotoys`.
    case brandAfterTitle = "title: a company or medium the article names so, after the title"
    /// `MemberOfNamedRule`: `Nhiều fan của Wanbi Tuấn Anh bồi hồi` → the fans, an unnamed source (not the singer).
    case memberOfNamed = "source: people of the one named after them"
    /// `RoleSubjectBefore`: `Olivier Giroud – … – đã ghi … Cầu thủ người Pháp tiếp tục khẳng định` → Olivier Giroud.
    case roleSubjectBefore = "role: a bare role, the person named as the subject before"
    /// `GenderedRoleNamedAfter`: `nam ca sĩ cho biết` before `ca sĩ Trizzie Phương Trinh` is named → not her.
    case genderedRoleNamedAfter = "title: a gendered role, its role's person named only after it"
    /// `PronounBeforePersonNoun`: `Cô giáo thừa nhận` → the unnamed `Cô giáo`, not the pronoun `Cô`.
    case pronounOpensPersonNoun = "mention: a pronoun opening a noun of a person"
    /// `ListedName`: `… gồm MC Nguyên Khang, Thanh Thảo Hugo, nghệ sĩ Cát Tường. Anh cho biết` → not Cát Tường.
    case pronounSkipsListed = "pronoun: skips a person named in a list"
    /// `CompanyTitledByArticle`: `VinFast tự …` beside `công ty VinFast` and `CEO VinFast` → the company, no title.
    case companyTitledByArticle = "kind: a company the article names so, not the holder of a title it gave the name"
    /// `HeadOfBody`: `Người đứng đầu Bộ Công an` after `Bộ trưởng Lương Tam Quang` → Lương Tam Quang.
    case headOfBodyHolder = "title: the head of a body, the article's holder of its post"
    /// `HeadOfBody`: `Người đứng đầu Bộ Công an` with no minister named → the post `Bộ trưởng Bộ Công an`.
    case headOfBodyPost = "title: the head of a body, its post without a name"
    /// `UnitNameAfterTitle`: `ông Phạm Chí Quang, Vụ trưởng Vụ Chính sách tiền tệ cho biết` → Phạm Chí Quang, not `Vụ Chính`.
    case unitNameAfterTitle = "name: the unit of the title or a name inside its body, the person before it speaks"

    /// One applied rule, with the lexicon row it applied when it applied one.
    package struct Step: Sendable, Hashable {
        package var rule: SpeakerRule
        package var entry: String?

        init(_ rule: SpeakerRule, entry: String? = nil) {
            self.rule = rule
            self.entry = entry
        }

        package var rendered: String { entry.map { "\(rule.rawValue): \($0)" } ?? rule.rawValue }
    }
}

/// The rules that chose one quote's speaker, in the order they applied: the first chose,
/// the others completed its side.
package struct SpeakerTrace: Sendable, Hashable {
    package private(set) var steps: [SpeakerRule.Step]

    init(_ rule: SpeakerRule, entry: String? = nil) {
        steps = [SpeakerRule.Step(rule, entry: entry)]
    }

    package var rules: [SpeakerRule] { steps.map(\.rule) }

    mutating func append(_ rule: SpeakerRule, entry: String? = nil) {
        steps.append(SpeakerRule.Step(rule, entry: entry))
    }

    /// The text of `explanation.speaker_rule`. (Performance only: one step is its own text,
    /// most often its rule's constant, with no array and no joined copy made per quote.)
    package var rendered: String {
        guard steps.count > 1 else { return steps.first?.rendered ?? "" }
        return steps.map(\.rendered).joined(separator: "; ")
    }
}

/// A speaker and the rules that chose it.
struct SpeakerDecision: Sendable {
    var speaker: Speaker
    var trace: SpeakerTrace

    init(_ speaker: Speaker, _ rule: SpeakerRule, entry: String? = nil) {
        self.speaker = speaker
        trace = SpeakerTrace(rule, entry: entry)
    }

    init(speaker: Speaker, trace: SpeakerTrace) {
        self.speaker = speaker
        self.trace = trace
    }
}
