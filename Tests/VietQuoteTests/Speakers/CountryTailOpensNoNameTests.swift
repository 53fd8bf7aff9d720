import Testing
@testable import VietQuote

/// No name starts inside a country's name of two syllables (`Trung Quốc Shein` → `Shein`),
/// Speakers/Mentions/CountryTailOpensNoName.swift.
@Suite struct CountryTailOpensNoNameTests {
    /// A real text and the speaker's name it must give.
    struct Example: Sendable { var text: String; var name: String }

    static let cut: [Example] = [
        // Silver 2024-12-31-viet-nam---thai-lan (before: `Lan Supachok Sarachat`).
        Example(text: """
            Ngôi sao tuyển Thái Lan Supachok Sarachat cho rằng phải đề phòng Nguyễn Xuân Son khi chạm trán Việt Nam tại chung kết ASEAN Cup 2024.
            """, name: "Supachok Sarachat"),
        // Silver 2024-04-17-gio-to (before: `Nam Vietking`).
        Example(text: """
            Tổ chức Kỷ lục Việt Nam Vietking công bố, trao Chứng nhận xác lập kỷ lục Việt Nam cho chiếc áo dài thổ cẩm kết nối tinh hoa Tây Bắc của nhà thiết kế Phương Hồ.
            """, name: "Vietking"),
        // Silver 2024-05-29-shein (read16 #65, before: `Quốc Shein`, a person): also a company by
        // its apposition (`Shein - công ty bán lẻ`, KindNamedInArticle.swift).
        Example(text: """
            - Hàn Quốc vừa phát hiện nhiều sản phẩm trẻ em của hãng mua sắm trực tuyến Trung Quốc Shein chứa các chất độc hại cao gấp vài trăm lần ngưỡng cho phép.

            Shein - công ty bán lẻ được thành lập bởi doanh nhân người Trung Quốc và hiện có trụ sở chính tại Singapore - đang nổi lên rất nhanh trong vài năm gần đây.

            Khi trang Channel News Asia gửi câu hỏi, Shein trả lời rằng họ coi an toàn sản phẩm là vấn đề “rất nghiêm túc”.
            """, name: "Shein"),
    ]

    @Test(arguments: cut) func nameStartsAfterTheCountry(_ example: Example) {
        let names = SpeakerRuleProbe.decisions(example.text).map(\.speaker.name)
        #expect(names.contains(example.name))
        #expect(!names.contains { $0.hasSuffix(" " + example.name) })
    }

    @Test func sheinIsACompany() {
        let shein = SpeakerRuleProbe.decisions(Self.cut[2].text).first { $0.speaker.name == "Shein" }
        #expect(shein?.speaker.kind == .organization)
    }
}
