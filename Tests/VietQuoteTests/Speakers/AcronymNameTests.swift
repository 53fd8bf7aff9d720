import Testing
@testable import VietQuote

/// `AcronymName`: a few capitals alone name a body, no person (Speakers/Rules/AcronymName.swift).
@Suite struct AcronymNameTests {
    // Silver 2024-09-28-barca: `UEFA` was a person.
    @Test func uefaIsAnOrganization() throws {
        let found = SpeakerRuleProbe.decisions("""
            UEFA cho biết sẽ phản hồi đề xuất của Real Madrid vào chiều 9-4, tức chỉ ít giờ trước khi bóng lăn.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.name == "UEFA")
        #expect(quote.speaker.kind == .organization)
        #expect(quote.rules.contains(.acronymNoPerson))
    }

    // Silver 2025-01-15-soobin: a stage name of six capitals is still a person.
    @Test func stageNameIsAPerson() throws {
        let found = SpeakerRuleProbe.decisions("""
            SOOBIN cho biết: “Tôi rất vui khi được trở lại sân khấu này”.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.kind == .person, "\(quote.speaker)")
        #expect(!quote.rules.contains(.acronymNoPerson))
    }

    // A title's abbreviation (`BS`, titles.tsv) is a role, not a name read by CapitalsName (review12 S2).
    @Test func physicianAbbreviationIsNoName() throws {
        let found = SpeakerRuleProbe.decisions("""
            BS cho biết bệnh nhân đã qua cơn nguy kịch.
            """)
        let quote = try #require(found.first)
        // An unnamed physician: the role stands for the name (the house's title-only speaker), no name `BS`.
        #expect(quote.speaker.title == "BS", "\(quote.speaker)")
        #expect(!quote.rules.contains(.capitalsName))
    }

    // Silver 2024-07-11-tai-nan-cao-toc-ha-noi---hai-phong: `Cục CSGT` (a state body, organizations.tsv) is no person `CSGT`.
    @Test func trafficPoliceIsAStateBody() throws {
        let found = SpeakerRuleProbe.decisions("""
            Ngày 11/7, đại diện Cục CSGT cho biết, 2 người tử vong gồm các anh Trịnh Tuấn Anh (SN 1990, quê Thanh Hóa, \
            ngồi trên xe bán tải BKS 38C-195.XX) và Quách Văn Lâm.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.kind != .person || quote.speaker.name != "CSGT", "\(quote.speaker)")
        #expect(quote.speaker.affiliation == "Việt Nam", "\(quote.speaker)")
    }
}
