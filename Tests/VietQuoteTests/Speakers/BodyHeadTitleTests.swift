import Testing
@testable import VietQuote

/// A title's body headed by a museum or a kind of school
/// (lexicons/body_heads.tsv: `Bảo tàng`, `Trường Tiểu học` …): the title keeps its
/// body and the body is no person's name.
@Suite struct BodyHeadTitleTests {
    /// The speaker's name and title of the first quote of `text`.
    static func speaker(_ text: String) -> (name: String, title: String?)? {
        SpeakerRuleProbe.extractor.extract("Tin trong nước\n\n" + text, document: "t").quotes.first.map {
            ($0.speaker.name, $0.speaker.title)
        }
    }

    /// Real sentences (silver) and the name and title their first quote's speaker must get.
    static let titled: [(text: String, name: String, title: String)] = [
        // Silver 2024-12-30-nghi-dinh-73: the kind of school (`Trường Trung học`) heads the body.
        ("Trao đổi với phóng viên Tạp chí điện tử Giáo dục Việt Nam, cô Nguyễn Thị Thu Hằng, Hiệu trưởng Trường Trung học phổ thông A Lưới (huyện A Lưới, tỉnh Thừa Thiên Huế) cho biết, sau khi nhận được văn bản chỉ đạo từ Sở Giáo dục và Đào tạo Thừa Thiên Huế, các trường trung học phổ thông trên địa bàn đã bắt đầu triển khai thực hiện theo hướng dẫn.",
         "Nguyễn Thị Thu Hằng", "Hiệu trưởng Trường Trung học phổ thông A Lưới"),
        // Silver 2024-07-02-belarus: the office, not the rank.
        ("Thượng tá Lê Vũ Huy, Giám đốc Bảo tàng Lịch sử Quân sự Việt Nam cho biết, Triển lãm trưng bày hơn 200 tài liệu, hình ảnh với 3 nội dung.",
         "Lê Vũ Huy", "Giám đốc Bảo tàng Lịch sử Quân sự Việt Nam"),
    ]

    @Test(arguments: titled) func titleKeepsItsBody(_ example: (text: String, name: String, title: String)) {
        let found = Self.speaker(example.text)
        #expect(found?.name == example.name)
        #expect(found?.title == example.title)
    }
}
