/// The numbers of the Speakers stage, each with its reason.
enum SpeakerLimits {
    /// Above 20,000 tokens an article's names are found through a key index built once
    /// (a scan per distinct name is quadratic in a long page); below, a scan is cheaper.
    static let indexedArticleTokens = 20_000
    /// A side that runs over a body's head starts at most 3 words before it (`Tây Ban` of `Tây
    /// Ban Nha`, `Cộng hòa Dân chủ` of a longer name): `StateOrganSide` reads no further back.
    static let sideWordsBeforeBody = 3
    /// A row of `subnational.tsv` has at most 2 words (`Thống đốc`, `tiểu bang`, `liên bang`):
    /// `SubnationalPlace` reads no further back from a side.
    static let subnationalWords = 2
    /// A name run of more than 6 words is a list or a headline, never one person's fuller name.
    static let nameRunWords = 6
    /// A Vietnamese personal name glued after other capitalised words starts a name of its own
    /// with 3 syllables (family name + 2): with 2 the pair is as often a place or stage name
    /// (`TP Hà Nội`, `Soobin Hoàng Sơn`; `PersonalNameAfterWords`).
    static let gluedPersonalNameSyllables = 3
    /// `fullest` follows at most 3 longer forms (`Lula` → `Luiz Inacio Lula` → … `da Silva`).
    static let fullerFormSteps = 3
    /// An agent noun read by its shape (`AgentNounHead`) has at most 4 syllables after its
    /// prefixes (`cộng tác viên`, `kiểm soát viên không lưu` has its head in 3); a longer
    /// lower-case run before `viên` is a clause, not one noun.
    static let agentNounSyllables = 4
    /// A key held by more than 64 name runs (a long page's family or middle name) makes
    /// `ArticleIndex.fullest` read the runs by a pair of adjacent keys instead: reading them
    /// all, for every name, is quadratic in a page of thousands of names; below, one key is cheaper.
    static let runsBeforePairIndex = 64
    /// Up to 32 title heads written with a side, `ArticleIndex.sidedTitle` reads them in place;
    /// more, it builds their table once (performance only: a table of a few heads cost more than reading them).
    static let sidedHeadsBeforeTable = 32
    /// Up to 256 name runs, `ArticleIndex.person(titled:words:)` reads their titles in place;
    /// more, it builds a table of them once (performance only, as `sidedHeadsBeforeTable`).
    static let runsBeforeTitleTable = 256
    /// A last word of 5 letters or more may be a transliteration with its final letter
    /// doubled (`Zelensky` / `Zelenskyy`); shorter words would join unrelated names.
    static let doubledLetterWordLength = 5
    /// A state body's head in lower case opens the nouns of `QualifiedSideRule` only with 2
    /// syllables or more (`cơ quan`, `lực lượng`): one syllable (`ban`, `sở`) opens common words
    /// (`ban tổ chức`, `sở thích`).
    static let lowercaseStateHeadSyllables = 2
    /// A statement's issuer is named in the statement's paragraph or the 2 before it.
    static let issuerParagraphsBefore = 2
    /// A bare body head (`Công ty cho biết`) stands for a body named in its paragraph or the
    /// 2 before it, as a statement's issuer does: an anaphor reaches as far back as an issuer.
    static let bareHeadParagraphsBefore = 2
    /// …and at most 400 tokens back (about three news paragraphs): the look-back of each bare
    /// head is bounded, so a long page of one paragraph with many such heads stays linear.
    static let bareHeadTokensBefore = 400
    /// A described anaphor of a person (`Nhà cầm quân này`) stands for one named in its
    /// paragraph or the one before it (silver: 2 back reached players' line-ups and captions),
    /// at most 400 tokens back, as a bare head's look-back is bounded.
    static let describedAnaphorParagraphsBefore = 1
    /// (400 tokens: as `bareHeadTokensBefore`, two long news paragraphs; a long page's
    /// paragraph of a list is not read back through.)
    static let describedAnaphorTokensBefore = 400
    /// A bare role stands for the subject of its own sentence or of the 1 sentence before it
    /// (`RoleSubjectBefore`): further back, another person is as often the one it describes.
    static let roleSubjectSentencesBefore = 1
    /// …when at most 3 words open its own sentence before it (`Đồng thời,`, `Theo`: an adverbial
    /// or a source word); more is a clause with a subject of its own (`Tình huống diễn ra …, nhưng trọng tài`).
    static let roleSubjectOpeningWords = 3
    /// A title right before a name, read back from it, has at most 8 words (`Chủ tịch HĐQT
    /// Ngân hàng Sacombank`: `bodyWordsInTitle` and its head).
    static let titleWordsBeforeName = 8
    /// An organisation head that takes a country after it has at most 5 words
    /// (`Bộ Ngoại giao`, `Quân chủng Hải quân`): the look-back before a country.
    static let headWordsBeforeCountry = 5
    /// A body named inside a title has at most 6 words (`Hội đồng An ninh Quốc gia`).
    static let bodyWordsInTitle = 6
    /// A quantifier before an unnamed source has at most 2 words (`một số`, `các`).
    static let quantifierWords = 2
    /// A word capitalised in at most 10 % of its free occurrences in the silver corpus is a
    /// common word when it opens a sentence (`đáng` 0.003, `cô` 0.020, `điều` 0.051); above,
    /// a syllable is as often a name or a body's (`anh` 0.477, `bộ` 0.376).
    static let commonWordCapitalShare = 0.1
    /// A body name read by its head has at most 12 words (`Trung tâm Dự báo Khí tượng Thủy
    /// văn Quốc gia` has 9); longer runs are headlines or lists.
    static let bodyNameWords = 12
    /// A medium's name in sentence case has at most 3 lower-case syllables (`Khí tượng thủy văn`;
    /// `Người lao động` has 2); more are the clause after it.
    static let mediumNameLowerCase = 3
    /// A word in capitals ending a name run is a photo credit or a group after the name, no part
    /// of it, when it has at least 3 letters (`PEOPLE`, `AFP`, `NVCC`, `ẢNH`; `FC` of `Hà Nội
    /// FC` has 2) and follows at least 2 names in mixed case (`George Miller PEOPLE`; one word
    /// before it is a body's head: `Đội CSGT`).
    static let creditCapitals = 3
    static let creditAfterNames = 2
    /// A capitalised word after names opens a glued clause when news capitalises it in at most
    /// 1.2 % of its free occurrences (`dù` 0.005, `diễn` 0.011): function words and verbs; the
    /// given names and body-name syllables that are also common words lie above (`thi` of `Thi
    /// hành án` 0.015, `thắng` 0.021, `tâm` 0.043).
    static let clauseWordCapitalShare = 0.012
    /// At most 2 lower-case words link two capitalised parts of a body name (`và`, `thành phố`).
    static let bodyLinkWords = 2
    /// A capitalised syllable before a lower-case one is a word's first syllable when news
    /// capitalises it in at most half its free occurrences (`ban` in `Ban tổ chức`); above,
    /// it is mostly a name (`Minh`, `Quang` are not in common_words.tsv at all).
    static let syllableCapitalShare = 0.5
    /// A common word opening a sentence that the article writes alone as a name elsewhere is a
    /// given name when news capitalises it in 1 free occurrence in 20 or more (`trí` 0.07, `lý`
    /// 0.10, `nghĩa` 0.21); below lie words that open a sentence as the writer's (`như` 0.026,
    /// `giá` 0.017), and there a given name needs its fuller name (`thắng` 0.021):
    /// `GivenNameOfNamedPerson` without a fuller name.
    static let givenNameCapitalShare = 0.05
    /// A person's name written right after a place in a title (`Thống đốc tỉnh Zaporizhzhia
    /// Ivan Fedorov`) takes the last 2 capitalised words of the run: most names have two or
    /// more, most places one or two (`bang New York` before a verb keeps both).
    static let personNameWords = 2
    /// A Vietnamese personal name has at most 3 syllables as a rule (`Nguyễn Mạnh Hùng`); a run
    /// of 4 that starts with two family names starts the name at the second (`Nông Nguyễn …`).
    static let personalNameWords = 3
    /// A head of `place_heads.tsv` is one or two words (`tỉnh`, `thành phố`).
    static let placeHeadWords = 1...2
    /// A row of `name_governors.tsv` is one or two words (`cho`, `phụ trách`).
    static let governorWords = 1...2
    /// An official named right after a body's place head has two syllables (`UBND tỉnh Nguyễn
    /// Minh`); three or more are read as the person by the body reader already.
    static let shortPersonalNameWords = 2
    /// A title and a body head before a place head: at most 4 words (`Phó Chủ tịch UBND tỉnh`).
    static let titleWordsBeforePlaceHead = 4
    /// A Vietnamese name written in full has 2 to 4 syllables (`Tô Lâm`, `Nguyễn Thị Kim
    /// Ngân`): only such a name lends a bare office title the home side (`TitleSides`).
    static let fullVietnameseNameWords = 2...4
    /// What a post covers, between the title and `của` + its side, has at most 4 syllables
    /// (`chỉ huy tình báo cấp cao của Ukraine`); longer runs are a clause.
    static let titleFieldWords = 4
    /// A title before a side has at most 4 words (`Phó Thủ tướng`, `Bộ trưởng Ngoại giao`):
    /// the look-back that tells a title's side from a syllable of a name.
    static let titleWordsBeforeSide = 4
    /// A name right after a body head is the body's name when a head of `body_heads.tsv` ends
    /// there and starts in its last 2 words (`TP Hồ Chí Minh`, `Trường THPT Nguyễn Du`); heads
    /// of 3 words end in a 2-word head too (`Trường THPT` in `Trường THPT`, `Bộ Tư lệnh`).
    static let headWordsBeforeName = 2
    /// A medium head's own words before its name are at most 3 (`hãng dữ liệu Opta`, `trang tin
    /// công nghệ 91mobiles`); a name further on belongs to a clause after the mention's head.
    static let mediumWordsBeforeName = 3
    /// A word read as Vietnamese syllables joined (`Phaolô`, `Phanxicô`: a baptismal name) has
    /// at most 12 letters: a longer one is a brand or a foreign word, and the split is skipped.
    static let joinedSyllablesLetters = 12
    /// A bracket aside (`(thành phố Việt Trì, tỉnh Phú Thọ)`) opens at most 40 tokens before the
    /// mention that ends it; the look-back for its `(` stops there.
    static let bracketAsideTokens = 40
    /// A residence clause opens with at most 2 lower-case words before its preposition (`sống tại`,
    /// `làm việc ở`): more is a clause of its own, not where the person lives (`ResidenceMention`).
    static let residenceVerbWords = 2
    /// A job held at a place before a bare place's name opens with at most 4 lower-case words
    /// before its preposition (`nhân viên bán hàng tại Hoàng Mai, Hà Nội`, `cán bộ tiêm chủng tại
    /// …`): a job is a noun phrase of a few words, a longer run is a clause (`ResidenceMention`).
    static let jobBeforePlaceWords = 4
    /// A bare place's name after an address is at most 4 capitalised syllables (`Hà Nội`, `Thừa Thiên
    /// Huế`): a longer run is a name or a body of its own (`ResidenceMention`).
    static let barePlaceWords = 4
    /// A title joins at most 3 offices after its first by `kiêm` (`JoinedOffices`): silver never
    /// writes two joins in a row; a longer run is a list or garbage, and reading it is unbounded.
    static let titleJoins = 3
    /// A title's complement in an apposition runs to its closing comma within 40 tokens (dev 106
    /// needs 14, silver's longest about 20): inside an unclosed bracket no comma ends the run,
    /// and a scan to the sentence's end per apposition is quadratic in a long list.
    static let appositiveComplementTokens = 40
    /// A place of 2–3 syllables that opens with a family name (`Hà Tĩnh`, `Hồ Chí Minh`) before a
    /// person's name inside a body's complement (`BodyNames.startsPlaceBeforeName`).
    static let placeSyllablesBeforeName = 2...3
    /// A body's name ends in at most 4 lower-case words before a bracket naming its parent
    /// (`Cục Quản lý lao động ngoài nước (Bộ LĐ-TB-XH)` has 3); more are the sentence's.
    static let bodyTailWords = 4
    /// A country's syllable is a place's 2nd or 3rd syllable after a body's head (`TP Thủ Đức`,
    /// `phường Trung Mỹ Tây`: 1–2 syllables before it): after 3 capitalised syllables or more
    /// it follows a body's own words (`CountryInsideName`).
    static let placeSyllablesBeforeCountry = 2
    /// An apposition chain holds at most 3 titles between the person's name and the mention's
    /// own (`ông Hun Many, Phó Thủ tướng, Bộ trưởng …`: silver's longest read 3); further back the
    /// clauses are a list of people or of a person's past posts (`AppositionChain`).
    static let appositionChainTitles = 3
    /// A capitalised run is counted up to 7 words: it is only compared with a personal name (3)
    /// and a place before a name (up to 3 + 3), so a title-case page costs no more per head.
    static let capitalisedRunScan = 7
    /// A subject's verb phrase before a longer name in its object has 2 lower-case words or more
    /// (`Park Bom đăng ảnh của Lee Min Ho`, `chúc mừng Thượng tướng …`); one word between two
    /// names is a particle or link more often than a verb (`Sheikha Mahra bint Mohammed`, `như`).
    static let subjectVerbWords = 2
    /// An apposition's body after a bare title (`ApposedBody`) runs at most 12 tokens to the
    /// apposition's end (silver's `Hội Liên hiệp Phụ nữ tỉnh Lào Cai` has 8), with at most 1
    /// lower-case word in a row (`tỉnh`, `xã` before a place): two (`chúc mừng`) are mostly a
    /// verb of the sentence (silver 2024-10-13), so `Sở du lịch TP HCM` is left out.
    static let apposedBodyTokens = 12
    static let apposedBodyLowerCaseRun = 1
    /// A family name that opens 3 capitalised words or more inside such a body is a person's
    /// full name (`Nguyễn Văn An`); places in a body's complement have 2 (`Hà Nội`, `Hà Tĩnh`).
    static let apposedBodyNameWords = 3
    /// A unit named in sentence case after a bare head (`ApposedUnitName`) has up to 4
    /// lower-case words in a row (silver `Vụ trưởng Theo dõi công tác thanh tra`); 5 or more are
    /// the sentence's predicate (`đến thăm và tặng quà`).
    static let apposedUnitLowerCaseRun = 4
    /// A place glued to a mention by full stops (`TP.HCM`, `Q.Bình Thạnh`: 3 tokens) has a few
    /// tokens; the walk back over glued tokens stops after 8 (a URL or dotted list runs longer).
    static let gluedPlaceTokens = 8
    /// An address after a person holds at most 3 units written as clauses of their own (`phường …,
    /// quận …, thành phố …`: Việt Nam's three levels); more clauses are a list (`ResidenceMention`).
    static let addressClauses = 3
    /// Words a title chain leaves before its name (`TitleWordsBeforeName`): at most 6 tokens
    /// (`Chủ tịch Ủy ban MTTQ tỉnh Bắc Kạn`: 3; `chuyên gia săn tin chuyển nhượng`: 4), as
    /// many as a role's words before its link (`RolePossessor.roleWords`).
    static let postWordsBeforeName = 6
    /// Up to 64 speakers before it, `SpeakerHistory.lastSource` reads an unnamed source's
    /// earlier sources one by one; more (a long page: thousands), by a table of their names'
    /// last words made once (performance only, as `sidedHeadsBeforeTable`).
    static let speakersBeforeSourceTable = 64
    /// The comma or dash of an apposition stands at most 4 tokens before its title: the mark
    /// and the longest apposition link (`một trong những`, `ApposedUnitName.followsPersonalName`).
    static let apposedUnitMarkLookBack = 4
    /// A foreign personal name has 2 words or more (`Ron DeSantis`); one capitalised word after a
    /// place is as often the place's (`PlaceBeforePersonalName`).
    static let foreignNameWords = 2
    /// A place, club or company glued before a person's name has at most 3 words (`Bayern
    /// Munich`, `Đồng Nai`, `ACT New Zealand`; `PlaceBeforePersonalName`).
    static let placeWordsBeforePerson = 3
    /// A role written before a person's short name has at most 3 words (`HLV`, `huấn luyện
    /// viên`; `PlaceBeforePersonalName`).
    static let roleWordsBeforePlace = 3
    /// `nam`/`nữ` marks the gender of a name at most 4 words after it: the gender word and a
    /// title of up to 3 lower-case words (`nữ diễn viên`, `nam ca sĩ`; `PronounGender`).
    static let genderedTitleWords = 4
    /// Between `của` and a role it owns at most 2 words that count or group its holders (`của dàn
    /// diễn viên`, `của 2 diễn viên`, `của nữ ca sĩ`): more is a clause (`RoleAsPossessor`).
    static let wordsBeforePossessorRole = 2
    /// A family tie stands at most 6 tokens before the name of the relative it introduces
    /// (`Cha cô, ông`: 3; `quá cố NSND`: 3; `đứa con chưa chào đời của tiền đạo`: 6 after `con`);
    /// farther, the words between say more than whose relative (`NamedAsRelative`).
    static let relativeTieGap = 6
    /// A tie of class `kin` has at most 3 words (`con gái út`, `con trai cả`; `NamedAsRelative`).
    static let kinWords = 3
    /// A list member has at most 2 lower-case title words before its name (`nghệ sĩ Cát Tường`,
    /// `ca sĩ`); more words before it are a clause of their own, no list (`ListedName`).
    static let listMemberTitleWords = 2
}
