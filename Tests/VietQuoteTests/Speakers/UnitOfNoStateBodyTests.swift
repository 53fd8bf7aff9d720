import Testing
@testable import VietQuote

/// A post in a unit of a company, a school, a hospital or a church gives its Vietnamese holder
/// no home side (Speakers/Sides/UnitOfNoStateBody.swift).
@Suite struct UnitOfNoStateBodyTests {
    /// A real text, the speaker to look at, and the side it must keep (nil: none).
    struct Example: Sendable { var text: String; var name: String; var side: String? }

    static let refused: [Example] = [
        // Silver 2024-08-13-benh-soi: a vaccination chain's medical director (before: `Việt Nam`).
        Example(text: """
            Bác sĩ Bạch Thị Chính, Giám đốc Y khoa Hệ thống tiêm chủng VNVC, cho biết như trên trong bối cảnh TP HCM ghi nhận số ca nghi sởi tăng nhanh, ba bệnh nhi tử vong do sởi biến chứng kèm bệnh nền, trong đó hai trẻ chưa tiêm vaccine.
            """, name: "Bạch Thị Chính", side: nil),
        // Silver 2024-08-19-vo-tong-xuan: the council of a private university (before: `Việt Nam`).
        Example(text: """
            Sáng 19-8, tiến sĩ luật sư Nguyễn Tiến Dũng - chủ tịch hội đồng Trường đại học Nam Cần Thơ - cho biết GS.TS Võ Tòng Xuân - hiệu trưởng danh dự của nhà trường - đã qua đời vào lúc 7h sáng nay tại TP.HCM sau một thời gian lâm trọng bệnh.
            """, name: "Nguyễn Tiến Dũng", side: nil),
        // Silver 2025-02-12-ram-thang-gieng: a board of the Buddhist church (before: `Việt Nam`).
        Example(text: """
            Cũng trong dịp này, Hòa thượng Thích Thọ Lạc, Trưởng ban Văn hóa Trung ương Giáo hội Phật giáo Việt Nam, đã nhấn mạnh: "Bản thân chúng ta phải chuyển hóa được sự không may mắn thành may mắn. Sự bất bình an thành bình an."
            """, name: "Thích Thọ Lạc", side: nil),
    ]

    static let kept: [Example] = [
        // Silver 2024-10-26-oc-muon-hon: a district's education office is a state body.
        Example(text: """
            Trao đổi với Tuổi Trẻ Online ngày 25-10, ông Nguyễn Thanh Lịch, trưởng Phòng Giáo dục và Đào tạo quận Liên Chiểu (TP Đà Nẵng), cho biết đã yêu cầu các trường học trên địa bàn nắm bắt, báo cáo việc học sinh mua loài "ốc lạ" có tên là ốc mượn hồn chơi rồi gặp rắc rối.
            """, name: "Nguyễn Thanh Lịch", side: "Việt Nam"),
        // Silver 2024-05-15-lich-mu: a city's department of tourism.
        Example(text: """
            Bà Nguyễn Thị Ánh Hoa, Giám đốc Sở du lịch TP HCM cho biết năm 2023, doanh thu ngành du lịch của TP HCM đạt 160.000 tỷ đồng, cao nhất cả nước.
            """, name: "Nguyễn Thị Ánh Hoa", side: "Việt Nam"),
    ]

    static func speaker(_ name: String, in text: String) -> SpeakerRuleProbe.Decided? {
        SpeakerRuleProbe.decisions(text).first { $0.speaker.name == name }
    }

    @Test(arguments: refused) func unitOfANoStateBodyTakesNoHomeSide(_ example: Example) {
        let found = Self.speaker(example.name, in: example.text)
        #expect(found != nil)
        #expect(found?.speaker.affiliation == nil)
        #expect(found?.rules.contains(.noHomeSideUnitOfNoState) == true)
    }

    @Test(arguments: kept) func stateUnitKeepsTheHomeSide(_ example: Example) {
        let found = Self.speaker(example.name, in: example.text)
        #expect(found?.speaker.affiliation == example.side)
        #expect(found?.rules.contains(.noHomeSideUnitOfNoState) != true)
    }
}
