import Testing
@testable import VietQuote

@Suite struct StatementRuleTests {
    @Test func statementStandsForTheBodyNamedBefore() {
        let found = SpeakerRuleProbe.decisions(
            "Bộ Ngoại giao Trung Quốc ra tuyên bố. Tuyên bố cho biết Bắc Kinh phản đối mọi hành động đơn phương.")
        #expect(found.map(\.rules) == [[.statementIssuer]])
        #expect(found.first?.speaker.name == "Bộ Ngoại giao Trung Quốc")
        #expect(found.first?.speaker.mention == "Tuyên bố")
    }

    @Test func statementWithNoIssuerBeforeIsNotResolvedByIt() {
        let found = SpeakerRuleProbe.decisions("Tuyên bố cho biết các bên sẽ tiếp tục đàm phán trong tuần tới.")
        #expect(found.allSatisfy { !$0.rules.contains(.statementIssuer) })
    }

    // Silver 2024-12-29-chung-ket-aff-cup-ngay-nao, 2024-12-06-mr-pips (speakers28): a country after
    // words it qualifies (`Đội tuyển Việt Nam`) or inside a name (`Phó Đức Nam`) issues nothing.
    @Test(arguments: [
        ("(Dân trí) - Liên đoàn bóng đá Việt Nam (VFF) vừa công bố giá xem vào sân Việt Trì theo dõi đội tuyển Việt Nam thi đấu trận chung kết AFF Cup 2024 vào ngày.\n\nĐội tuyển Việt Nam giành quyền vào chung kết AFF Cup 2024 (Ảnh: Thành Đông).\n\nTheo thông báo, VFF chỉ bán duy nhất qua hình thức trực tuyến trên ứng dụng OneU.",
         "Việt Nam"),
        ("Tiktoker Mr Pips (Phó Đức Nam) nổi tiếng bởi những video đăng tải cuộc sống xa hoa và dạy cách kiếm tiền, với hàng trăm nghìn lượt theo dõi trên Tiktok và Youtube.\n\nTheo tài liệu điều tra, tháng 6/2019, Phó Đức Nam cấu kết với Lê Khắc Ngọ lập đường dây lừa đảo chiếm đoạt tài sản.",
         "Đức"),
    ])
    func countryQualifyingWordsOrInsideANameIssuesNothing(text: String, country: String) throws {
        let found = SpeakerRuleProbe.decisions(text)
        let statement = try #require(found.last)
        #expect(statement.speaker.name != country)
    }
}
