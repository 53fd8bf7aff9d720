import Testing
@testable import VietQuote

@Suite struct RoleRuleTests {
    // dev 106.
    @Test func roleWithNoPersonOfItIsTheRole() {
        let found = SpeakerRuleProbe.decisions(
            "Người phát ngôn quân đội Philippines cho biết thủy thủ này đã bị mất một ngón tay và đang hồi phục trong bệnh viện.")
        #expect(found.first?.rules == [.roleWithoutName])
        #expect(found.first?.speaker.name == "Người phát ngôn quân đội Philippines")
        #expect(found.first?.speaker.affiliation == "Philippines")
    }

    @Test func roleIsTheNearestSpeakerBeforeWithThatTitle() {
        let found = SpeakerRuleProbe.decisions("""
            Ngoại trưởng Nga Sergei Lavrov tuyên bố Moscow sẵn sàng bình thường hóa quan hệ với Mỹ.

            Ngoại trưởng Nga cũng cho biết hai bên sẽ gặp nhau vào tháng tới.
            """)
        #expect(found.last?.rules == [.titleNearest])
        #expect(found.last?.speaker.name == "Sergei Lavrov")
    }

    // dev 118: the headline's role is the president the body names.
    @Test func roleIsTheArticlesPersonOfThatTitle() {
        let found = SpeakerRuleProbe.decisions("""
            Tổng thống Brazil yêu cầu lãnh đạo Argentina xin lỗi

            Tổng thống Brazil Luiz Inacio Lula da Silva đã có chuyến thăm tới Chile.
            """)
        #expect(found.first?.rules == [.titleArticlePerson])
        #expect(found.first?.speaker.name == "Luiz Inacio Lula da Silva")
    }

    // Dev 436: a bare office whose holder the article names with a Vietnamese name and the
    // same bare title speaks for the home side, and the trace says why.
    @Test func bareOfficeOfAVietnameseHolderTakesTheHomeSide() {
        let found = SpeakerRuleProbe.decisions("""
            "Các doanh nghiệp Việt Nam hợp tác, đầu tư tại Dominica có thể coi đây là bàn đạp, cửa ngõ để tiến vào khu vực Caribe", Thủ tướng nói.

            Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Cộng hòa Dominica Luis Abinader.
            """)
        #expect(found.first?.speaker.name == "Phạm Minh Chính")
        #expect(found.first?.speaker.affiliation == "Việt Nam")
        #expect(found.first?.rules == [.titleArticlePerson, .compatriotTitleSide])
    }

    // dev 308: `nữ` describes the spokeswoman, not her office: she is the one named before.
    @Test func genderWordBeforeTheTitleIsNoPartOfTheOffice() {
        let found = SpeakerRuleProbe.decisions("""
            Phát ngôn viên Bộ Ngoại giao Nga Maria Zakharova nói ông Sikorski nên tiết lộ toàn bộ thông tin.

            “Sẽ tốt hơn nếu ngoại trưởng Ba Lan kể hết những gì ông ấy biết”, nữ phát ngôn viên Bộ Ngoại giao Nga nói với báo chí.
            """)
        #expect(found.last?.rules.first == .titleNearest)
        #expect(found.last?.speaker.name == "Maria Zakharova")
    }
}
