import Testing
@testable import VietQuote

/// The Speakers stage on real sentences, through the whole pipeline.
@Suite struct SpeakerTests {
    let extractor: QuoteExtractor

    init() throws {
        extractor = try QuoteExtractor()
    }

    func speakers(_ text: String) -> [Speaker] {
        extractor.extract(text, document: "test").quotes.map(\.speaker)
    }

    // MARK: - Names and titles

    @Test func titleBeforeNameGivesTitleAndAffiliation() {
        let found = speakers("Ngoại trưởng Nga Sergei Lavrov tuyên bố Moscow sẵn sàng bình thường hóa quan hệ với Mỹ.")
        #expect(found == [Speaker(name: "Sergei Lavrov", mention: "Ngoại trưởng Nga Sergei Lavrov",
                                  title: "Ngoại trưởng Nga", kind: .person, affiliation: "Nga")])
    }

    @Test func fullestNameAndTitleFromEarlierMention() {
        let found = speakers("""
            Người phát ngôn Bộ Ngoại giao Nga Maria Zakharova phát biểu tại họp báo.

            Bà Zakharova nhấn mạnh Nga sẵn sàng đối thoại.
            """)
        #expect(found.last == Speaker(name: "Maria Zakharova", mention: "Bà Zakharova",
                                      title: "Người phát ngôn Bộ Ngoại giao Nga", kind: .person, affiliation: "Nga"))
    }

    @Test func fullestNameAlsoWhenItComesLater() {
        let found = speakers("""
            Ông Lavrov cho biết Nga sẵn sàng đàm phán.

            Ngoại trưởng Nga Sergei Lavrov đã có cuộc gặp với người đồng cấp.
            """)
        #expect(found.first?.name == "Sergei Lavrov")
        #expect(found.first?.title == "Ngoại trưởng Nga")
    }

    @Test func appositionTitleAfterName() {
        let found = speakers("Ông Nikolai Patrushev, người đứng đầu Hội đồng An ninh Nga, cho biết Nga không muốn chiến tranh.")
        #expect(found == [Speaker(name: "Nikolai Patrushev", mention: "Ông Nikolai Patrushev, người đứng đầu Hội đồng An ninh Nga",
                                  title: "người đứng đầu Hội đồng An ninh Nga", kind: .person, affiliation: "Nga")])
    }

    @Test func nameBeforeAnAppositionMention() {
        let found = speakers("\"Thành công của cuộc họp phụ thuộc vào việc chấm dứt xung đột,\" Sami Abu Zuhri, quan chức cấp cao Hamas nói với Reuters.")
        #expect(found.first?.name == "Sami Abu Zuhri")
        #expect(found.first?.kind == .person)
        #expect(found.first?.title == "quan chức cấp cao Hamas")
    }

    @Test func dashBetweenTitleAndName() {
        let found = speakers("Thủ tướng lâm thời Lebanon - Najib Mikati cho biết quốc gia này đang đối mặt với mối đe dọa nguy hiểm.")
        #expect(found.first?.name == "Najib Mikati")
        #expect(found.first?.title == "Thủ tướng lâm thời Lebanon")
        #expect(found.first?.affiliation == "Lebanon")
    }

    @Test func transliterationVariantSharesTheFullestName() {
        let found = speakers("Tổng thống Ukraine Volodymyr Zelenskyy tới Warsaw. Ông Zelensky cho biết Ukraine cần thêm máy bay chiến đấu.")
        #expect(found == [Speaker(name: "Volodymyr Zelenskyy", mention: "Ông Zelensky", title: "Tổng thống Ukraine",
                                  kind: .person, affiliation: "Ukraine")])
    }

    @Test func subjectFarFromItsCue() {
        let found = speakers("Tổng thống Donald Trump có cuộc điện đàm với Tổng thống Nga Vladimir Putin và tuyên bố hai bên sẽ sớm gặp mặt.")
        #expect(found.map(\.name) == ["Donald Trump"])
        #expect(found.first?.title?.hasPrefix("Tổng thống") == true)
    }

    @Test func vietnameseNameAndItsShortForm() {
        let found = speakers("""
            Người phát ngôn Bộ Ngoại giao Việt Nam Phạm Thu Hằng cho biết Việt Nam quan tâm đến tình hình. Bà Hằng nhấn mạnh Việt Nam kêu gọi các bên kiềm chế.
            """)
        #expect(found.map(\.name) == ["Phạm Thu Hằng", "Phạm Thu Hằng"])
        #expect(found.map(\.title) == ["Người phát ngôn Bộ Ngoại giao Việt Nam", "Người phát ngôn Bộ Ngoại giao Việt Nam"])
        #expect(found.map(\.affiliation) == ["Việt Nam", "Việt Nam"])
    }

    @Test func latinNameWithDiacriticsAndHyphen() {
        let found = speakers("""
            Bộ trưởng Quốc phòng Ba Lan Władysław Kosiniak-Kamysz nói Ukraine có trí nhớ ngắn hạn. Ông Kosiniak-Kamysz cho biết: "Tôi tin rằng chúng tôi đã làm mọi thứ có thể".
            """)
        #expect(found.map(\.name) == ["Władysław Kosiniak-Kamysz", "Władysław Kosiniak-Kamysz"])
        #expect(found.last?.title == "Bộ trưởng Quốc phòng Ba Lan")
    }

    @Test func honorificIsNoTitleAndFirstPersonIsNoSpeaker() {
        let found = speakers(#"Ông Jake Sullivan nêu rõ: "Chúng tôi cho rằng Nga phải chịu trách nhiệm"."#)
        #expect(found.count == 1)
        #expect(found.first?.name == "Jake Sullivan")
        #expect(found.first?.title == nil)
        #expect(found.first?.mention == "Ông Jake Sullivan")
    }

    @Test func roleWithoutName() {
        let found = speakers("Thứ trưởng Quốc phòng Nga cho biết các cuộc tập trận sẽ kết thúc vào cuối tuần.")
        #expect(found == [Speaker(name: "Thứ trưởng Quốc phòng Nga", mention: "Thứ trưởng Quốc phòng Nga",
                                  title: "Thứ trưởng Quốc phòng Nga", kind: .person, affiliation: "Nga")])
    }

    // MARK: - Pronouns and anaphors

    @Test func pronounGoesToNearestPersonBefore() {
        let found = speakers("""
            Ngoại trưởng Nga Sergei Lavrov tuyên bố Moscow sẵn sàng bình thường hóa quan hệ với Mỹ.

            "Chúng tôi không muốn đối đầu", ông nói.
            """)
        #expect(found.count == 2)
        #expect(found.last == Speaker(name: "Sergei Lavrov", mention: "ông", title: "Ngoại trưởng Nga", kind: .person, affiliation: "Nga"))
    }

    @Test func anaphorOfAnOrganisation() {
        let found = speakers("Bộ Ngoại giao Ấn Độ cho biết hai nhà lãnh đạo đã có cuộc gặp. Bộ này cũng cho biết hai bên sẽ tăng cường hợp tác.")
        #expect(found.count == 2)
        #expect(found.last == Speaker(name: "Bộ Ngoại giao Ấn Độ", mention: "Bộ này", kind: .organization, affiliation: "Ấn Độ"))
    }

    @Test func anaphorWithAPlaceNameInside() {
        let found = speakers("""
            Lebanon cho biết sẽ tăng cường an ninh biên giới.

            Quốc gia Trung Đông này cũng kêu gọi cộng đồng quốc tế hỗ trợ.
            """)
        #expect(found.last == Speaker(name: "Lebanon", mention: "Quốc gia Trung Đông này", kind: .country, affiliation: "Lebanon"))
    }

    // MARK: - Sides and bodies

    @Test func metonymIsTheCountry() {
        let found = speakers("Washington cho biết sẽ xem xét đề xuất này.")
        #expect(found == [Speaker(name: "Mỹ", mention: "Washington", kind: .country, affiliation: "Mỹ")])
    }

    @Test func sidePrefixIsTheCountry() {
        let found = speakers("Phía Nga cho biết sẽ không tham gia cuộc họp.")
        #expect(found == [Speaker(name: "Nga", mention: "Phía Nga", kind: .country, affiliation: "Nga")])
    }

    @Test func organisationTakesTheFollowingCountry() {
        let found = speakers("Bộ Ngoại giao Nga cho biết Moscow sẽ đáp trả các biện pháp trừng phạt mới.")
        #expect(found == [Speaker(name: "Bộ Ngoại giao Nga", mention: "Bộ Ngoại giao Nga", kind: .organization, affiliation: "Nga")])
    }

    @Test func severalSpeakersOfOneCue() {
        let found = speakers("Mỹ và Cuba thông báo sẽ mở lại đại sứ quán tại thủ đô của nhau.")
        var expected = Speaker(name: "Mỹ và Cuba", mention: "Mỹ và Cuba", kind: .country, affiliation: nil)
        expected.sides = ["Mỹ", "Cuba"]
        #expect(found == [expected])
    }

    @Test func eachSideOfAJointSpeakerTakesAStance() {
        let result = extractor.extract("Tin\n\nMỹ và Cuba thông báo sẽ khôi phục quan hệ ngoại giao và mở lại đại sứ quán.", document: "t")
        #expect(result.stance?.actors == ["Mỹ": .normalization, "Cuba": .normalization])
    }

    // organizations.tsv: a bare national head is the home country's body unless the
    // article writes it with a country (dev 324, 116).
    @Test func bareNationalBodyIsTheHomeCountrys() {
        let found = speakers("Theo Quân chủng Hải quân, chuyến thăm của tàu Trần Hưng Đạo là điểm đến đầu tiên trong khuôn khổ chuyến thăm xã giao 3 nước.")
        #expect(found.map(\.affiliation) == ["Việt Nam"])
        let briefing = speakers("""
            "Chúng tôi mong muốn các bên kiềm chế, tránh làm gia tăng căng thẳng và kiên trì đối thoại", đại diện Bộ Ngoại giao nêu rõ.
            """)
        #expect(briefing.map(\.affiliation) == ["Việt Nam"])
    }

    @Test func bareBodyTakesTheCountryTheArticleWritesWithIt() {
        let found = speakers("""
            Bộ Ngoại giao Nga hôm qua triệu tập đại sứ Mỹ.

            Bộ Ngoại giao cho biết Moscow sẽ đáp trả.
            """)
        #expect(found.last?.affiliation == "Nga")
    }

    // An international body speaks for no state (affiliation null) but makes a side of its
    // own in the stance, named as the article abbreviates it (dev 303, 304).
    @Test func internationalBodyIsItsOwnSideByItsAbbreviation() throws {
        let result = extractor.extract("""
            Tòa án Hình sự Quốc tế (ICC) đã cáo buộc Tổng thống Putin phải chịu trách nhiệm cá nhân về vụ bắt cóc trẻ em từ Ukraine.

            Trong khi đó, người phát ngôn của ICC Fadi El Abdallah cho biết Mông Cổ có nghĩa vụ hợp tác với tòa án.
            """, document: "test")
        #expect(result.quotes.map(\.speaker.affiliation) == [nil, nil])
        #expect(result.quotes.map(\.speaker.sides) == [["ICC"], ["ICC"]])
        // The ICC is a side of its own in the stance; both quotes accuse or demand.
        #expect(result.stance?.actors.keys.sorted() == ["ICC"])
        #expect(result.stance?.actors["ICC"] == .confrontation)
        let french = speakers("Tuần trước, CPI đã nhắc lại rằng các nước thành viên phải có nghĩa vụ bắt giữ các đối tượng bị Tòa truy nã.")
        #expect(french.map(\.sides) == [["CPI"]])
        // An organisation heads its apposition: the place inside it does not speak (dev 304).
        let apposition = speakers("Tuần trước, CPI, đóng trụ sở tại La Haye, Hà Lan, đã nhắc lại rằng các nước thành viên phải « có nghĩa vụ » bắt giữ các đối tượng bị Tòa truy nã.")
        #expect(apposition.map(\.name) == ["CPI"])
        #expect(apposition.map(\.sides) == [["CPI"]])
    }

    // A bare title takes the side of the body named where the person is introduced, not
    // the article's first country (dev 116); a body of someone else's does not count.
    @Test func bareTitleTakesTheBodyOfItsIntroduction() {
        let found = speakers("""
            Căng thẳng giữa Hàn Quốc và Triều Tiên leo thang.

            Ngày 17-10, tại cuộc họp báo thường kỳ Bộ Ngoại giao, người phát ngôn Phạm Thu Hằng nhận được đề nghị cho biết quan điểm của Việt Nam. Về vấn đề này, bà Hằng cho hay Việt Nam "quan tâm" đến tình hình gần đây trên bán đảo Triều Tiên.
            """)
        #expect(found.map(\.name) == ["Phạm Thu Hằng"])
        #expect(found.map(\.affiliation) == ["Việt Nam"])
        #expect(found.first?.title == "người phát ngôn")
    }

    // An acronym of the lexicons matches only a word in capitals: `Un` in `Kim Jong Un`
    // is not the UN (dev 302 gave Trump the UN as his side). The article titles the US
    // president, so the untitled `Ông Trump` takes that side (NameRule).
    @Test func acronymMatchesOnlyCapitals() {
        let found = speakers("""
            Kim Jong Un và Tổng thống Mỹ Donald Trump từng gặp nhau ba lần.

            Ông Trump từ lâu đã ca ngợi mối quan hệ của Mỹ với ông Kim.
            """)
        #expect(found.map(\.affiliation) == ["Mỹ"])
        #expect(speakers("Người phát ngôn UN cho biết LHQ sẵn sàng hỗ trợ.").first?.affiliation == "Liên Hợp Quốc")
    }

    // MARK: - Sources, media and statements

    @Test func unnamedSourceKeepsItsWordsAndCountry() {
        let found = speakers("Các quan chức Mỹ cho biết Washington chưa nhận được phản hồi.")
        #expect(found == [Speaker(name: "Các quan chức Mỹ", mention: "Các quan chức Mỹ", kind: .source, affiliation: "Mỹ")])
    }

    @Test func mediaHasNoAffiliation() {
        let found = speakers("Tờ Kommersant cho biết hai bên đã nhất trí về lịch trình.")
        #expect(found == [Speaker(name: "Kommersant", mention: "Tờ Kommersant", kind: .media)])
    }

    @Test func statementStandsForItsIssuer() {
        let found = speakers("Bộ Ngoại giao Trung Quốc ra tuyên bố. Tuyên bố cho biết Bắc Kinh phản đối mọi hành động đơn phương.")
        #expect(found.first?.name == "Bộ Ngoại giao Trung Quốc")
        #expect(found.first?.kind == .organization)
        #expect(found.first?.affiliation == "Trung Quốc")
    }

    @Test func mediumPassingWordsOnIsNotTheSpeaker() {
        let found = speakers("Báo Nga Izvestia dẫn nguồn tin ngoại giao cho biết Washington có thể hạn chế hoạt động của các nhà ngoại giao Nga.")
        #expect(found == [Speaker(name: "nguồn tin ngoại giao", mention: "nguồn tin ngoại giao", kind: .source)])
    }

    @Test func sameUnnamedSourceKeepsItsFullerName() {
        let found = speakers("""
            Một nhà ngoại giao Ả Rập cho biết Iran đang tìm kiếm sự hỗ trợ.

            Nhà ngoại giao Ả Rập cũng cho biết các cuộc tiếp xúc sẽ tiếp tục.
            """)
        #expect(found.map(\.name) == ["Một nhà ngoại giao Ả Rập", "Một nhà ngoại giao Ả Rập"])
        #expect(found.allSatisfy { $0.kind == .source && $0.title == nil })
    }

    // MARK: - Output

    @Test func ruleIsExplained() {
        let quotes = extractor.extract("Washington cho biết sẽ xem xét đề xuất này.", document: "test").quotes
        #expect(quotes.first?.explanation.speakerRule.hasPrefix("side: actors.tsv:") == true)
        #expect(quotes.first?.explanation.speakerTrace?.rules == [.side])
    }

    @Test func nullFieldsAreWrittenAsNull() throws {
        let result = extractor.extract("Tin\n\nÔng Jake Sullivan nêu rõ Mỹ sẽ hành động.", document: "t")
        let line = try result.jsonLine()
        #expect(line.contains("\"title\":null"))
        #expect(line.contains("\"affiliation\":"))
    }
}
