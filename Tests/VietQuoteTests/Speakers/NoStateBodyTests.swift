import Testing
@testable import VietQuote

@Suite struct NoStateBodyTests {
    // Silver 2024-07-24-tay-ban-nha: a national football federation is no state organ.
    @Test func federationNamedWithACountryHasNoSide() {
        let found = SpeakerRuleProbe.decisions("""
            Liên đoàn bóng đá Thái Lan đã công bố kết quả lựa chọn chủ nhà King's Cup lần thứ 50 tại lễ trao giải FA Thái Lan Awards 2023-2024.
            """)
        #expect(found.first?.speaker.name.hasPrefix("Liên đoàn bóng đá") == true)
        #expect(found.first?.speaker.affiliation == nil)
        #expect(found.first?.rules.contains(.noSideBodyOfNoState) == true)
    }

    // Silver 2024-06-14-dai-hoc-bach-khoa: the capital in a university's name is no side.
    @Test func universityNamedWithTheCapitalHasNoSide() {
        let found = SpeakerRuleProbe.decisions("""
            Đại học Bách khoa Hà Nội vừa công bố điểm chuẩn phương thức xét tuyển tài năng (XTTN) cho khoảng 20% chỉ tiêu tuyển sinh năm 2024.
            """)
        #expect(found.first?.speaker.affiliation == nil)
        #expect(found.first?.rules.contains(.noSideBodyOfNoState) == true)
    }

    // Silver 2024-05-30-gia-vang-mieng-sjc: the central bank, a row of organizations.tsv, keeps its side.
    @Test func centralBankKeepsItsSide() {
        let found = SpeakerRuleProbe.decisions("""
            Vàng trong nước cũng giảm trong bối cảnh Ngân hàng Nhà nước công bố sẽ bán vàng miếng với giá chỉ định cho Agribank, Vietcombank, BIDV, VietinBank để họ phân phối cho người dân, thay vì đấu thầu như trước.
            """)
        #expect(found.first?.speaker.name == "Ngân hàng Nhà nước")
        #expect(found.first?.speaker.affiliation == "Việt Nam")
    }
}
