import Testing
@testable import VietQuote

/// A brand written in mixed case after a post or a title's link is the post's body: its
/// Vietnamese holder gets no home side (Speakers/Sides/MixedCaseBrand.swift).
@Suite struct MixedCaseBrandTests {
    static func speaker(_ name: String, in text: String) -> SpeakerRuleProbe.Decided? {
        SpeakerRuleProbe.decisions(text).first { $0.speaker.name == name }
    }

    static let refused: [(text: String, name: String)] = [
        // Silver 2025-02-19-golden-gate: a post right before the brand (before: `Việt Nam`).
        ("""
            Tổng giám đốc iPOS Vũ Thanh Hùng cho rằng con số trên chứng minh mức độ cạnh tranh khốc liệt của thị trường.
            """, "Vũ Thanh Hùng"),
        // Silver 2024-05-06-acb: the brand after the title's link `của` (before: `Việt Nam`).
        ("""
            “Việc hợp lực bán chắc chắn giúp thời gian bán thành công ngắn hơn rất nhiều so với việc tự bán”, Nguyễn Thị Vân Anh, Trưởng phòng Tư vấn Giải pháp của akaBot, tự tin chia sẻ một trong những ‘bí kíp’ cốt lõi giúp chị và đồng đội mang về hợp đồng ‘khủng’ khi triển khai dự án cho ngân hàng Á Châu (ACB).

            Dù vậy, với quyết tâm không bỏ cuộc, “giữa năm 2022, khi thấy nội dung tìm kiếm đối tác cung cấp RPA cho nhu cầu mở cộng tự động hóa tại ACB, team biết: cơ hội đã thực sự đến!”, Vân Anh nhớ lại.
            """, "Nguyễn Thị Vân Anh"),
    ]

    @Test(arguments: refused) func holderOfABrandsPostTakesNoHomeSide(_ example: (text: String, name: String)) {
        let found = Self.speaker(example.name, in: example.text)
        #expect(found != nil)
        #expect(found?.speaker.affiliation == nil)
        #expect(found?.rules.contains(.noHomeSideMixedCaseBrand) == true)
    }

    @Test func wordsThatAreNoBrand() {
        let source = SourceText("FPT công ty đTV x McDonald iPOS")
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
        #expect(tokens.map { MixedCaseBrand.isBrand($0, in: source) } == [false, false, false, false, false, false, true])
    }
}
