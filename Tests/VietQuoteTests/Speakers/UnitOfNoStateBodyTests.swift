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
        // Silver 2024-07-30-dang-ky-nguyen-vong: a university's admissions centre (before: `Việt Nam`).
        Example(text: """
            Thạc sĩ Nguyễn Ngọc Thạch, Phó giám đốc Trung tâm Tư vấn-Tuyển sinh Trường ĐH Kinh tế-Tài chính TP.HCM, cho rằng trước hết thí sinh phải xác định năng lực, tố chất, cảm thấy yêu thích và phù hợp ngành nào nhất trong 3 ngành thì đặt lên ưu tiên một, tương ứng với trường mình mong muốn nhất, sau đó đến ngành-trường yêu thích kế tiếp.
            """, name: "Nguyễn Ngọc Thạch", side: nil),
    ]

    static let kept: [Example] = [
        // Silver 2024-10-26-oc-muon-hon: a district's education office is a state body.
        Example(text: """
            Trao đổi với Tuổi Trẻ Online ngày 25-10, ông Nguyễn Thanh Lịch, trưởng Phòng Giáo dục và Đào tạo quận Liên Chiểu (TP Đà Nẵng), cho biết đã yêu cầu các trường học trên địa bàn nắm bắt, báo cáo việc học sinh mua loài "ốc lạ" có tên là ốc mượn hồn chơi rồi gặp rắc rối.
            """, name: "Nguyễn Thanh Lịch", side: "Việt Nam"),
        // Silver 2024-06-08-de-thi-toan-lop-10-tp.hcm-2024: a city's department of education.
        Example(text: """
            Ông Lê Hoài Nam, Phó giám đốc Sở GD-ĐT TP.HCM, cho biết thi lớp 10 là kỳ thi tuyển sinh, đề thi phải thể hiện tính phân hóa, có dễ, có khó để phục vụ được ...
            """, name: "Lê Hoài Nam", side: "Việt Nam"),
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
