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
