import Testing
@testable import VietQuote

/// Issue 14, item 1: a capitalised word is a name only where it is no syllable of a word,
/// no modifier of a common noun and no cut piece of a body's name. Sentences from the
/// silver corpus (`../shared/silver/news.jsonl`), named by their record.
@Suite struct NameRecogniserTests {
    // Silver 2024-06-06-de-thi-tieng-anh and 2024-05-04-barca: a language (`tiếng Anh`) or a
    // sport (`bóng đá Tây Ban Nha`) of a country is no side; the words before it speak (the
    // second is no quote at all, a cue helper's matter; its speaker is still not Spain).
    @Test(arguments: [
        ("Theo một số thầy cô dạy tiếng Anh lớp 9, học sinh giỏi có thể làm được vài ba câu trong số 8 câu trên.",
         "một số thầy cô dạy tiếng Anh lớp 9"),
        ("Tuy nhiên, hai gã khổng lồ của bóng đá Tây Ban Nha lại chia sẻ một điểm tương đồng thú vị.",
         "hai gã khổng lồ của bóng đá Tây Ban Nha"),
    ])
    func countryOfALanguageOrSportIsNoSide(sentence: String, speakerName: String) throws {
        let found = try #require(SpeakerRuleProbe.decisions(sentence).first)
        let speaker = found.speaker
        #expect(speaker.name == speakerName)
        #expect(speaker.kind == .source)
        #expect(speaker.affiliation == nil)
        #expect(found.rules.contains(.countryModifierNoSide))
    }

    // Silver 2024-06-06-24h-bong-da: a country that ends a capitalised word inside the mention
    // (`Ngoại hạng Anh`, the Premier League) qualifies it and does not speak.
    @Test func countryEndingACapitalisedWordDoesNotSpeak() throws {
        let found = SpeakerRuleProbe.decisions(
            "Mới đây, ban tổ chức Ngoại hạng Anh đã công bố danh sách những cầu thủ chia tay các đội bóng dưới dạng chuyển nhượng tự do sau mùa 2023/24.")
        let speaker = try #require(found.first).speaker
        #expect(speaker.name == "ban tổ chức Ngoại hạng Anh")
        #expect(speaker.kind == .source)
        #expect(speaker.affiliation == nil)
        #expect(found.first?.rules.contains(.capitalisedWordNoSide) == true)
    }

    // Dev 424, silver 2024-07-12-chung-ket-euro: particles in a row (`von der`, `van der`)
    // join a foreign name's parts; the name was cut at the first (`Ursula`, `Rafael`).
    @Test func severalParticlesInARowStayInTheName() throws {
        let found = SpeakerRuleProbe.decisions(
            "Chủ tịch Ủy ban châu Âu (EC) Ursula von der Leyen cho biết bà bị sốc trước vụ tấn công.")
        #expect(try #require(found.first).speaker.name == "Ursula von der Leyen")
        let player = SpeakerRuleProbe.decisions("Cựu tiền vệ Hà Lan Rafael van der Vaart nhận định đội tuyển Anh sẽ vô địch.")
        #expect(try #require(player.first).speaker.name == "Rafael van der Vaart")
        // Silver: `ten Hag` 140 times, `ter Stegen` 13 (function_words.tsv name_particle).
        let coach = SpeakerRuleProbe.decisions("HLV Erik ten Hag cho biết Man Utd sẽ không bán Rashford.")
        #expect(try #require(coach.first).speaker.name == "Erik ten Hag")
    }

    // Dev 419: a body head before the side (`Lực lượng`) keeps it: the body is the side's.
    @Test func sideAfterABodyHeadStillSpeaks() throws {
        let found = SpeakerRuleProbe.decisions(
            "Lực lượng Hezbollah tuyên bố đã phóng hàng chục tên lửa vào miền bắc Israel.")
        let speaker = try #require(found.first).speaker
        #expect(speaker.name == "Hezbollah")
        #expect(speaker.affiliation == "Hezbollah")
    }

    // Silver 2024-12-11-le-quyen: a platform written before a name carries the holder's words
    // and is no part of the name (function_words.tsv class `platform`).
    @Test func platformBeforeANameIsNoPartOfIt() throws {
        let found = SpeakerRuleProbe.decisions("""
            (Ảnh chụp màn hình TikTok Lệ Quyên)

            Trong clip, Lệ Quyên hài hước chia sẻ khi bị camera quay lén: "Chết rồi, bị bắt quả tang".
            """)
        let speaker = try #require(found.first).speaker
        #expect(speaker.name == "Lệ Quyên")
    }

    // Silver 2025-02-12-pi-network: the platform inside the quote's mention; its id is in the trace.
    @Test func platformBeforeTheMentionsNameIsTraced() throws {
        let found = SpeakerRuleProbe.decisions("""
            "Vậy là công sức nhiều năm 'điểm danh' đã có kết quả. Tôi sắp hái quả ngọt", tài khoản Facebook Nguyễn Hải chia sẻ.
            """)
        let decided = try #require(found.first)
        #expect(decided.speaker.name == "Nguyễn Hải")
        #expect(decided.rules.contains(.platformBeforeName))
    }

    // Dev 450: of two runs that share `Durov`, the one the article titles is the person's name,
    // not the longer one it never titles (`The Durov Code`, a book).
    @Test func titledNameRunIsFullerThanALongerUntitledOne() throws {
        let found = SpeakerRuleProbe.decisions("""
            Pavel Durov, nhà sáng lập nền tảng Telegram, được ví là "Mark Zuckerberg của Nga" gây chú ý lớn trong cộng đồng công nghệ.

            Trong cuốn The Durov Code. The True Story of VK and its Creator (2012), tác giả Nikolay Kononov kể về thời niên thiếu của ông.

            Durov nói thêm: "Tôi thà được tự do còn hơn nhận lệnh từ bất kỳ ai".
            """)
        let speaker = try #require(found.last).speaker
        #expect(speaker.name == "Pavel Durov")
        #expect(found.last?.rules.first == .fullestName)
        #expect(found.last?.rules.contains(.titledNameFuller) == true)
    }

    // Silver 2024-04-19-europa: a nationality after `người` is no speaker.
    @Test func nationalityAfterDemonymIsNoSide() throws {
        let found = SpeakerRuleProbe.decisions(
            "HLV người Đức nói: \"Nếu bị loại, chúng tôi muốn chào tạm biệt theo cách đẹp mắt.\"")
        let speaker = try #require(found.first).speaker
        #expect(speaker.name != "Đức")
        #expect(speaker.kind != .country)
        // The unnamed coach is a role without a name, named as written with its nationality
        // (RoleRule.roleName): `HLV` alone would name no one.
        #expect(speaker.mention == "HLV người Đức")
        #expect(speaker.name == "HLV người Đức")
        #expect(speaker.title == "HLV")
        #expect(found.first?.rules == [.roleWithoutName])
    }

    // Silver 2024-05-09-westlife: `Việt` qualifies the audience; no one is named.
    @Test func regionAfterCommonNounIsNoName() throws {
        let found = SpeakerRuleProbe.decisions(
            "Nhiều khán giả Việt bày tỏ sự chào đón trong bài đăng công bố hai đêm diễn ở Hà Nội.")
        let speaker = try #require(found.first).speaker
        #expect(speaker.name != "Việt")
        // ANNOTATION.md: an unnamed source keeps its words.
        #expect(speaker.name == "Nhiều khán giả Việt")
        #expect(speaker.kind == .source)
    }

    // Silver 2024-07-17-dang-ky-nguyen-vong-dai-hoc-2024: the mention was cut at the `và` of a body's name.
    @Test func mentionCutInsideABodyNameTakesTheBody() {
        let found = SpeakerRuleProbe.decisions(
            "Trước đó, Sở Giáo dục và Đào tạo công bố điểm thi và phổ điểm 9 môn thi tốt nghiệp THPT.")
        #expect(found.first?.speaker.name == "Sở Giáo dục và Đào tạo")
        #expect(found.first?.speaker.kind == .organization)
    }

    // Silver 2024-05-08-novaland: `TP.HCM` is one name, not `HCM` after a full stop.
    @Test func abbreviationGluedByAFullStopIsOneName() {
        let found = SpeakerRuleProbe.decisions("Công an TP.HCM yêu cầu cung cấp hồ sơ dự án Aqua City tại Đồng Nai.")
        #expect(found.first?.speaker.name == "Công an TP.HCM")
    }

    // Silver 2024-09-09-song-hong: `Quốc gia` is a word, not the name `Quốc`.
    @Test func capitalisedSyllableOfALowerCaseWordIsNoName() throws {
        let found = SpeakerRuleProbe.decisions(
            "Trung tâm Dự báo khí tượng thủy văn Quốc gia cho biết mưa lớn còn kéo dài tại miền Bắc.")
        let speaker = try #require(found.first).speaker
        #expect(speaker.name != "Quốc")
        #expect(speaker.mention == "Trung tâm Dự báo khí tượng thủy văn Quốc gia")
        #expect(speaker.kind == .organization)
        // ANNOTATION.md wants the fullest name as `name`; the resolver gives `Trung tâm Dự
        // báo` (reported in /work/status/fixes.md, not asserted).
    }

    // Silver 2024-04-10-tich-hoa-chi: `Công` of `Công an tỉnh` is no person with the title.
    @Test func titleBeforeASyllableNamesNoOne() throws {
        let found = SpeakerRuleProbe.decisions(
            "Giám đốc Công an tỉnh nhấn mạnh việc bảo đảm an ninh trật tự trong dịp lễ là nhiệm vụ trọng tâm.")
        let speaker = try #require(found.first).speaker
        #expect(speaker.name != "Công")
        #expect(speaker.mention == "Giám đốc Công an tỉnh")
        #expect(speaker.kind == .person)
        #expect(found.first?.rules == [.roleWithoutName, .roleOfNamedBody])
        // ANNOTATION.md wants the role with its body (`RoleOfNamedBody`).
        #expect(speaker.name == "Giám đốc Công an tỉnh")
    }

    // Silver 2024-04-11-nguyen-thi-nga: a country word alone after an honorific is a given name.
    @Test func countryWordAfterAnHonorificIsAGivenName() {
        let found = SpeakerRuleProbe.decisions("Bà Nga cho biết không thể tiếp tục đảm nhận chức vụ vì lý do cá nhân.")
        #expect(found.first?.speaker.name == "Nga")
        #expect(found.first?.speaker.kind == .person)
    }

    // Silver 2024-08-22-pham-khanh-hung: a profile names its subject in the lead only.
    @Test func kinshipPronounIsThePersonNamedInTheLead() {
        let found = SpeakerRuleProbe.decisions("""
            Phạm Khánh Hưng từng là ca sĩ được yêu thích nhất đầu những năm 2000.

            Sau nhiều năm vắng bóng, nam ca sĩ trở lại với album mới.

            Album gồm 10 ca khúc do chính anh sáng tác.

            Anh cho biết 15 tuổi đã đi làm rồi sau đó mở phòng thu cùng bạn bè.
            """)
        #expect(found.last?.speaker.name == "Phạm Khánh Hưng")
        #expect(found.last?.rules == [.pronounNamedInArticle])
    }

    // Silver 2024-04-14 and others: `HLV` (an abbreviation) before a Vietnamese personal name.
    @Test func abbreviationBeforeAPersonalNameIsNoPartOfIt() {
        let found = SpeakerRuleProbe.decisions("HLV Hoàng Anh Tuấn cho biết các cầu thủ đã thi đấu hết mình.")
        #expect(found.first?.speaker.name == "Hoàng Anh Tuấn")
    }

    // Silver 2024-10-14-virus-marburg: a city named after a person is a body's name, not a person.
    @Test func personalNameAfterALocalityHeadNamesTheBody() {
        let found = SpeakerRuleProbe.decisions(
            "Sở Y tế TP Hồ Chí Minh cho biết nguy cơ bệnh này xâm nhập vào Thành phố không cao.")
        #expect(found.first?.speaker.name == "Sở Y tế TP Hồ Chí Minh")
        #expect(found.first?.speaker.kind == .organization)
    }

    // Silver 2024-07-06-thien-minh: the pronoun opening a subject with its verbs.
    @Test func pronounOpeningASubjectIsThePerson() {
        let found = SpeakerRuleProbe.decisions("""
            Ca sĩ Nguyễn Thiên Minh trở lại sân khấu sau hai năm. "Tôi rất nhớ khán giả", anh nói.

            Anh xúc động chia sẻ sân khấu này gợi nhớ đến người bạn của anh.
            """)
        #expect(found.last?.speaker.name == "Nguyễn Thiên Minh")
    }

    // Dev 445: `Anh` opening a subject where the article never writes the pronoun in lower case.
    @Test func sideOpeningASubjectStaysTheSide() {
        let found = SpeakerRuleProbe.decisions(
            "Tình báo Mỹ, Anh nhanh chóng xác minh thông tin bằng cách kiểm tra hình ảnh vệ tinh rồi chuyển kết quả cho quân đội Ukraine.")
        #expect(found.first?.speaker.name == "Anh")
        #expect(found.first?.speaker.kind == .country)
    }

    // Silver 2024-09-09-tuyen-quang and others: `báo` of `dự báo` (a forecast) is no newspaper.
    @Test func mediumHeadInsideACompoundIsNoMedium() {
        let found = SpeakerRuleProbe.decisions("Theo dự báo thời tiết hôm nay, Hà Nội có mưa rào và dông rải rác.")
        #expect(found.first?.speaker.name == "dự báo thời tiết hôm nay")
        #expect(found.first?.speaker.kind == .source)
    }

    // Silver 2024-08-01-lich-nghi-le-2-9: `Điều 104` is an article of a law, no person `Điều`.
    @Test func commonWordBeforeANumberIsNoName() throws {
        let found = SpeakerRuleProbe.decisions(
            "Theo Điều 104 Bộ luật Lao động 2019, thưởng là số tiền mà người sử dụng lao động thưởng cho người lao động.")
        let speaker = try #require(found.first).speaker
        #expect(speaker.name != "Điều")
        #expect(speaker.mention == "Điều 104 Bộ luật Lao động 2019")
        // ANNOTATION.md: a document that speaks is a `source` of its issuer's side; the
        // resolver gives an organization `Bộ luật Lao động` (reported, not asserted).
    }

    // Silver 2024-06-26-tien-si-thuong-toa-thich-chan-quang: a school named by its kind.
    @Test func schoolIsABodyNotTheSyllablesOfItsName() {
        let found = SpeakerRuleProbe.decisions(
            "Trường Đại học Luật Hà Nội khẳng định sẽ báo cáo cụ thể về quá trình đào tạo của nghiên cứu sinh này.")
        #expect(found.first?.speaker.name == "Trường Đại học Luật Hà Nội")
        #expect(found.first?.speaker.kind == .organization)
    }
}
