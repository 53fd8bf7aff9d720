import Testing
@testable import VietQuote

@Suite struct StateOrganSideTests {
    // Silver 2024-05-22-tran-qui-thanh: a city's court is a state organ of the home country.
    @Test func courtWithAVietnameseNameTakesTheHomeSide() {
        let found = SpeakerRuleProbe.decisions("""
            Ngày 22/5, TAND TP HCM cho biết đã nhận được đơn kháng cáo xin giảm nhẹ hình phạt của ông Thanh (71 tuổi, nguyên giám đốc Công ty TNHH Thương mại - Dịch vụ Tân Hiệp Phát).
            """)
        #expect(found.first?.speaker.name == "TAND TP HCM")
        #expect(found.first?.rules.contains(.homeSideOfStateOrgan) == true)
        #expect(found.first?.speaker.affiliation == "Việt Nam")
    }

    // Silver 2024-04-21-dien-bien: an abbreviation in capitals is no foreign word.
    @Test func abbreviatedDepartmentTakesTheHomeSide() {
        let found = SpeakerRuleProbe.decisions("""
            Trước tình hình trên, Cục CSGT nhận định nhu cầu đi lại, vận tải hàng hóa trong thời gian này sẽ tăng cao trên quốc lộ 6, quốc lộ 279, lộ trình Hà Nội - Điện Biên và ngược lại.
            """)
        #expect(found.first?.speaker.name == "Cục CSGT")
        #expect(found.first?.speaker.affiliation == "Việt Nam")
    }

    // Dev 431: a foreign word in the name — not the home country's police.
    @Test func foreignWordInTheNameGivesNoHomeSide() {
        let found = SpeakerRuleProbe.decisions("""
            Sở cảnh sát New York cho biết nghi phạm đã bị bắt giữ tại hiện trường.
            """)
        #expect(found.first?.speaker.name == "Sở cảnh sát New York")
        #expect(found.first?.speaker.affiliation == nil)
        #expect(found.first?.rules.contains(.homeSideOfStateOrgan) == false)
    }

    // A body of a head that speaks for no state: a company's name keeps no side.
    @Test func companyTakesNoSide() {
        let found = SpeakerRuleProbe.decisions("""
            Công ty Điện lực Hải Phòng cho biết sự cố đã được khắc phục trong đêm.
            """)
        #expect(found.first?.speaker.affiliation == nil)
        #expect(found.first?.rules.contains(.homeSideOfStateOrgan) == false)
    }

    // Silver 2024-11-07-fed: a body named beyond one state (`Liên bang`) is no home organ.
    @Test func federalBodyTakesNoHomeSide() {
        let found = SpeakerRuleProbe.decisions("""
            "Hoạt động kinh tế tăng trưởng với tốc độ ổn định", Ủy ban Thị trường Mở Liên bang (FOMC) thuộc Fed nhận định.
            """)
        #expect(found.first?.speaker.affiliation == nil)
        #expect(found.first?.rules.contains(.homeSideOfStateOrgan) == false)
    }

    // Silver 2024-05-14-vo-dich-tay-ban-nha: `Ban` of `Tây Ban Nha` heads no body.
    @Test func headInsideASideIsNoBody() {
        let found = SpeakerRuleProbe.decisions("""
            ĐT Tây Ban Nha công bố danh sách dự EURO 2024 với 29 cầu thủ.
            """)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { !$0.rules.contains(.homeSideOfStateOrgan) })
        #expect(found.allSatisfy { $0.speaker.affiliation != "Việt Nam" })
    }
}
