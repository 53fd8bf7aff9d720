import Testing
@testable import VietQuote

/// `ParagraphSpanningQuoteRule` (a quotation left open at a paragraph's end and closed in a
/// later paragraph is one quote) on the paragraphs of dev 308 and 312 and of silver pages.
@Suite struct ParagraphSpanningQuoteRuleTests: QuoteRuleSuite {
    // Dev 308: the opening paragraph had no cue (a floating quote), the closing one's cue is the quote's.
    @Test func quoteFirstClosedInTheNextParagraph() {
        let found = quotes(#"""
            Ngoài ra, vị quan chức này cũng nói rằng nếu vũ khí hạt nhân thật sự xuất hiện thì Warsaw cũng không đứng ngoài cuộc chiến.

            “Cách đây không lâu, Tổng thống Ba Lan Andrzej Duda từng tuyên bố Warsaw sẵn sàng để Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) triển khai vũ khí hạt nhân tại quốc gia này.

            Warsaw sẽ không đứng ngoài cuộc chiến hạt nhân và chắc chắn họ cũng nhận về một phần tàn tro phóng xạ hạt nhân”, ông Medvedev nói thêm.
            """#)
        let joined = found.last
        #expect(found.count == 2)
        #expect(joined?.content.hasPrefix("Cách đây không lâu") == true)
        #expect(joined?.content.hasSuffix("phóng xạ hạt nhân") == true)
        #expect(joined?.cue == "nói thêm")
        #expect(joined?.explanation.refinements == [.paragraphSpanning])
    }

    // Dev 308: the Stance stage reads the whole joined content, the second paragraph's words too.
    @Test func stanceReadsTheWholeJoinedContent() throws {
        let found = quotes(#"""
            Ngoài ra, vị quan chức này cũng nói rằng nếu vũ khí hạt nhân thật sự xuất hiện thì Warsaw cũng không đứng ngoài cuộc chiến.

            “Cách đây không lâu, Tổng thống Ba Lan Andrzej Duda từng tuyên bố Warsaw sẵn sàng để Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) triển khai vũ khí hạt nhân tại quốc gia này.

            Warsaw sẽ không đứng ngoài cuộc chiến hạt nhân và chắc chắn họ cũng nhận về một phần tàn tro phóng xạ hạt nhân”, ông Medvedev nói thêm.
            """#)
        let stance = try #require(found.last?.stance)
        #expect(stance.evidence.contains { $0.text == "cuộc chiến" })
    }

    // Silver 2024-05-21-aff-cup-2024: `cho biết: "A.` ¶ `B".`, one quote with the cue.
    @Test func cueQuoteClosedInTheNextParagraph() {
        let found = quotes(#"""
            Đánh giá về các đối thủ của đội tuyển Việt Nam, HLV Kim Sang Sik cho biết: "Indonesia đạt kết quả tốt thời gian qua. Nếu như chúng ta có sự chuẩn bị tốt thì tôi tin đội bóng sẽ giành được kết quả tốt trước đối thủ này.

            Philippines cũng là đối thủ mạnh. Dù thi đấu với Philippines hay Indonesia, đội tuyển Việt Nam đều phải chuẩn bị kỹ lưỡng".
            """#)
        #expect(found.count == 1)
        #expect(found.first?.cue == "cho biết")
        #expect(found.first?.content.hasSuffix("phải chuẩn bị kỹ lưỡng") == true)
        #expect(found.first?.content.contains("\n\nPhilippines cũng là đối thủ mạnh.") == true)
    }

    // A paragraph that reopens the quotation is a quote of its own (a floating one).
    @Test func reopenedParagraphIsNotJoined() {
        let found = quotes(#"""
            Đánh giá về các đối thủ của đội tuyển Việt Nam, HLV Kim Sang Sik cho biết: "Indonesia đạt kết quả tốt thời gian qua.

            "Philippines cũng là đối thủ mạnh. Dù thi đấu với Philippines hay Indonesia, đội tuyển Việt Nam đều phải chuẩn bị kỹ lưỡng".
            """#)
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.explanation.refinements.isEmpty })
    }

    // Dev 002: a quotation left open with no later closing mark runs to its paragraph's end (ANNOTATION.md).
    @Test func unclosedQuotationStaysInItsParagraph() {
        let found = quotes(#"""
            Ông Nikolai Patrushev, người đứng đầu Hội đồng An ninh Nga, nói với các phóng viên hôm Chủ nhật: "Chúng tôi không muốn chiến tranh. Chúng tôi không cần nó. Nga không gây ra mối đe dọa nào đối với Ukraine.

            Sau hàng loạt nỗ lực ngoại giao trong những tuần qua, Washington và NATO đã gửi cho Moscow một văn bản phản hồi về các yêu cầu an ninh của nước này.
            """#)
        #expect(found.first?.content == "Chúng tôi không muốn chiến tranh. Chúng tôi không cần nó. Nga không gây ra mối đe dọa nào đối với Ukraine")
        #expect(found.allSatisfy { $0.explanation.refinements.isEmpty })
    }
}
