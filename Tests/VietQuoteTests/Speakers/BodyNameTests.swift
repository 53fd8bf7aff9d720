import Testing
@testable import VietQuote

/// Body names read by their head (`body_heads.tsv`, Speakers/Titles/BodyNames.swift).
@Suite struct BodyNameTests {
    // Silver: `Ủy ban Kiểm tra Trung ương` gave the speaker `Kiểm`.
    @Test func bodyNameKeepsItsLowerCaseSyllables() {
        let found = SpeakerRuleProbe.decisions("Ủy ban Kiểm tra Trung ương đề nghị xem xét kỷ luật các cá nhân có liên quan.")
        #expect(found.first?.speaker.name == "Ủy ban Kiểm tra Trung ương")
        #expect(found.first?.speaker.kind == .organization)
        #expect(found.first?.rules.first == .organization)
    }

    // dev 407, 446 shapes: a two-syllable lower-case word ends a body's name, `&` joins
    // capitalised parts, and a person named after the body is not part of it.
    @Test func bodyNameEndsAtAWordBoundaryNotInsideAName() {
        let global = SpeakerRuleProbe.decisions(#"Trả lời báo chí, ông Nguyễn Văn Thanh, Tổng Giám đốc Công ty GSM toàn cầu, nói: "Sau Lào sẽ là Campuchia.""#)
        #expect(global.first?.speaker.title == "Tổng Giám đốc Công ty GSM toàn cầu")
        let ministry = SpeakerRuleProbe.decisions("Thứ trưởng Bộ TT&TT Nguyễn Văn Trung cho biết chính phủ đã ban hành nhiều chính sách mới.")
        #expect(ministry.first?.speaker.title == "Thứ trưởng Bộ TT&TT")
        let group = SpeakerRuleProbe.decisions("Chủ tịch Tập đoàn Vingroup Phạm Nhật Vượng cho biết công ty sẽ mở rộng sang Lào.")
        #expect(group.first?.speaker.title == "Chủ tịch Tập đoàn Vingroup")
        #expect(group.first?.speaker.name == "Phạm Nhật Vượng")
    }

    // Silver: `Chủ tịch UBND xã Hòa Phước cho biết` gave the title `… Hòa Phước cho biết`,
    // `giám đốc Công an Phú Thọ cho hay` the title `… Phú Thọ cho`: a cue ends the body.
    @Test func bodyNameEndsBeforeACue() {
        let found = SpeakerRuleProbe.decisions(
            "Ông Trần Bùi Quốc Bình, Chủ tịch UBND xã Hòa Phước cho biết, địa phương đã hỗ trợ gia đình nạn nhân.")
        #expect(found.first?.speaker.name == "Trần Bùi Quốc Bình")
        #expect(found.first?.speaker.title == "Chủ tịch UBND xã Hòa Phước")
        let police = SpeakerRuleProbe.decisions("Nguyễn Minh Tuấn - giám đốc Công an Phú Thọ cho hay do không có camera trên cầu nên lực lượng chức năng gặp khó.")
        #expect(police.first?.speaker.title == "giám đốc Công an Phú Thọ")
    }

    // Silver: 37 quotes of `Trung tâm Dự báo khí tượng thủy văn quốc gia` were cut at `Trung tâm
    // Dự báo`; words of body names in lower case (`body_words.tsv`) go on after one capitalised word.
    @Test func lowerCaseWordsOfABodyNameStayInIt() {
        let centre = SpeakerRuleProbe.decisions(
            "Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết, bão số 4 sẽ suy yếu thành áp thấp nhiệt đới.")
        #expect(centre.first?.speaker.name == "Trung tâm Dự báo khí tượng thủy văn quốc gia")
        #expect(centre.first?.speaker.kind == .organization)
        // A writer who capitalised the name's words has ended it before a lower-case verb.
        let capitalised = SpeakerRuleProbe.decisions(
            "Theo Trung tâm Dự báo Khí tượng Thủy văn Quốc gia dự báo, thời tiết hôm nay tại khu vực Hà Nội nắng nóng.")
        #expect(capitalised.first?.speaker.name == "Trung tâm Dự báo Khí tượng Thủy văn Quốc gia")
        // A head alone with lower-case words is no name: an unnamed source.
        let agency = SpeakerRuleProbe.decisions("Cơ quan khí tượng cho biết áp thấp nhiệt đới đang mạnh lên.")
        #expect(agency.first?.speaker.kind == .source)
    }

    // Dev 427: a country syllable after `và` inside a body's name starts a word of it (`Pháp
    // lý`), and a research centre speaks for no state, whatever country it belongs to.
    @Test func researchCentreOfACountryGivesItsHeadNoSide() throws {
        let found = SpeakerRuleProbe.decisions(
            "Nhà phân tích Oleksandr Musienko, người đứng đầu Trung tâm Nghiên cứu Quân sự và Pháp lý của Ukraine, cho biết Nga đang chuẩn bị tấn công.")
        let speaker = try #require(found.first).speaker
        #expect(speaker.name == "Oleksandr Musienko")
        #expect(speaker.title == "người đứng đầu Trung tâm Nghiên cứu Quân sự và Pháp lý của Ukraine")
        #expect(speaker.affiliation == nil)
    }

    // A country's syllable that starts a word news writes in lower case (`Pháp lý`: a row of
    // body_words.tsv) is no side wherever it stands in the name, not only after `và`; a country
    // after the name's words is its side.
    @Test func countrySyllableThatStartsAWordIsNoSide() throws {
        let aid = SpeakerRuleProbe.decisions(
            "Bà Nguyễn Thị Lan, Giám đốc Trung tâm Trợ giúp Pháp lý tỉnh Nghệ An, cho biết trung tâm đã hỗ trợ hơn 500 vụ việc.")
        let lawyer = try #require(aid.first).speaker
        #expect(lawyer.title == "Giám đốc Trung tâm Trợ giúp Pháp lý tỉnh Nghệ An")
        #expect(lawyer.affiliation?.contains("Pháp") != true)
        let ministry = SpeakerRuleProbe.decisions("Bộ Ngoại giao Pháp cho biết Paris sẽ gửi thêm viện trợ.")
        #expect(ministry.first?.speaker.name == "Bộ Ngoại giao Pháp")
    }

    // body_words.tsv: a row that is not two syllables fails with its line.
    @Test func badBodyWordRowFailsWithItsLine() {
        var texts = LexiconFiles.builtIn.texts
        texts["body_words.tsv"] = "# header\nword\tarticles\tcapital\tlower\nkhí\t5\t1\t10\n"
        #expect(throws: LexiconError.self) { try QuoteExtractor(files: LexiconFiles(origin: "test", texts: texts)) }
        do { _ = try QuoteExtractor(files: LexiconFiles(origin: "test", texts: texts)) } catch { #expect(error.line == 3) }
    }

    // body_words.tsv: an `articles` value that is no count (`nan`, `1e99`) fails with its line.
    @Test func bodyWordArticlesThatAreNoCountFailWithTheirLine() {
        for value in ["nan", "1e99", "-3"] {
            var texts = LexiconFiles.builtIn.texts
            texts["body_words.tsv"] = "# header\nword\tarticles\tcapital\tlower\nkhí tượng\t\(value)\t1\t10\n"
            do {
                _ = try QuoteExtractor(files: LexiconFiles(origin: "test", texts: texts))
                Issue.record("\(value) was read as a count")
            } catch {
                #expect(error.line == 3)
                #expect(error.file.hasSuffix("body_words.tsv"))
            }
        }
    }

    @Test func linkingWordsJoinCapitalisedParts() {
        let found = SpeakerRuleProbe.decisions("Theo Bộ Khoa học và Công nghệ, các vi phạm sẽ bị xử lý nghiêm.")
        #expect(found.first?.speaker.name == "Bộ Khoa học và Công nghệ")
        let two = SpeakerRuleProbe.decisions("Theo Ủy ban Kiểm tra Trung ương và Bộ Y tế, các vi phạm sẽ bị xử lý.")
        #expect(two.first?.speaker.name == "Ủy ban Kiểm tra Trung ương")
    }

    @Test func sideAfterABodyIsItsAffiliation() {
        let found = SpeakerRuleProbe.decisions("Bộ Thương mại Mỹ cho biết sẽ áp thuế mới với thép nhập khẩu.")
        #expect(found.first?.speaker.name == "Bộ Thương mại Mỹ")
        #expect(found.first?.speaker.affiliation == "Mỹ")
    }

    @Test func bareHeadStandsForTheBodyNamedBefore() {
        let found = SpeakerRuleProbe.decisions("""
            Bộ Y tế cho biết sẽ ban hành hướng dẫn mới về phòng chống dịch.

            Bộ cho biết các địa phương cần chuẩn bị đủ thuốc và vật tư.
            """)
        #expect(found.last?.rules == [.pronounNearest])
        #expect(found.last?.speaker.name == "Bộ Y tế")
    }

    // `Đài` heads media names (organizations.tsv) but `Đài Loan` is a side.
    @Test func sideThatStartsWithAHeadIsTheSide() {
        let found = SpeakerRuleProbe.decisions("Đài Loan cho biết đã phát hiện 20 máy bay quân sự gần hòn đảo.")
        #expect(found.first?.speaker.name == "Đài Loan")
        #expect(found.first?.speaker.kind == .country)
    }
}

/// Body names with lower-case complements and abbreviations (dev 411, 448).
@Suite struct BodyComplementTests {
    @Test func lowerCaseComplementBeforeASide() {
        let found = SpeakerRuleProbe.decisions("Cơ quan y tế Gaza cho biết số người thiệt mạng đã tăng lên.")
        #expect(found.first?.speaker.kind == .organization)
        #expect(found.first?.speaker.affiliation == "Palestine")
    }

    @Test func abbreviationInBracketsIsNoName() {
        let found = SpeakerRuleProbe.decisions("Theo Cơ quan Khí tượng Nhật Bản (JMA), bão sẽ đổ bộ vào chiều nay.")
        #expect(found.first?.speaker.kind == .organization)
        #expect(found.first?.speaker.name.hasPrefix("Cơ quan Khí tượng Nhật Bản") == true)
    }
}
