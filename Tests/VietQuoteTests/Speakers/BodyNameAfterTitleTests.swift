import Testing
@testable import VietQuote

/// A body's name after a title, written without its head (Speakers/Coreference/BodyNameAfterTitle.swift).
@Suite struct BodyNameAfterTitleTests {
    // Dev 449: `Chủ tịch Vingroup` where the article writes `Chủ tịch Tập đoàn Vingroup`.
    @Test func bodyNameAfterTheTitleIsTheTitlesAndItsHolderSpeaks() {
        let found = SpeakerRuleProbe.decisions("""
            Ông Phạm Nhật Vượng - Chủ tịch Tập đoàn Vingroup. Ảnh: Vingroup

            Chủ tịch Vingroup khẳng định sẽ đi đến cùng cho giấc mơ xe điện.
            """)
        #expect(found.first?.speaker.name == "Phạm Nhật Vượng")
        #expect(found.first?.speaker.title == "Chủ tịch Tập đoàn Vingroup")
        #expect(found.first?.speaker.affiliation == nil)
        #expect(found.first?.rules.contains(.bodyNameInTitle) == true)
    }

    // Review 4 S5: the body written on its own (`Tập đoàn Vingroup vừa …`, recorded by ArticleIndex.read's
    // name-run guard), its name after a title in the next paragraph: the post's body, not a person.
    @Test func bodyWrittenOnItsOwnMakesTheNameAfterATitleTheBodys() {
        let found = SpeakerRuleProbe.decisions("""
            Tập đoàn Vingroup vừa công bố kết quả kinh doanh quý III.

            Chủ tịch Vingroup khẳng định sẽ đi đến cùng cho giấc mơ xe điện.
            """)
        let chairman = found.first { $0.speaker.title == "Chủ tịch Vingroup" }
        #expect(chairman != nil)
        #expect(chairman?.rules.contains(.bodyNameInTitle) == true)
        #expect(!found.contains { $0.speaker.name == "Vingroup" && $0.speaker.kind == .person })
    }

    // Silver 2024-09-02-ngay-mat-bac-ho: a person's name that names a city is no body's name.
    @Test func personsNameOfAPlaceStaysAName() {
        let found = SpeakerRuleProbe.decisions("""
            Người dân TP Hồ Chí Minh tưởng nhớ Bác. "Không có gì quý hơn độc lập, tự do", Chủ tịch Hồ Chí Minh nói.
            """)
        #expect(found.first?.speaker.name == "Hồ Chí Minh")
        #expect(found.first?.rules.contains(.bodyNameInTitle) == false)
    }

    // Silver 2024-06-22: a title without the body's head names the person titled with it.
    @Test func titleWithoutTheBodysHeadFindsItsHolder() {
        let found = SpeakerRuleProbe.decisions("""
            Thứ trưởng Bộ Công an Lê Quốc Hùng đã trao quyết định.

            Thứ trưởng Công an cho biết lực lượng sẽ tăng cường tuần tra.
            """)
        #expect(found.first?.speaker.name == "Lê Quốc Hùng")
    }
}
