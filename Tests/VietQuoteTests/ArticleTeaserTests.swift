import Testing
@testable import VietQuote

/// The aggregator's feed teaser under the headline (ANNOTATION.md: the article's own copy of
/// a teaser's sentence is the one annotated; a teaser that is the only copy counts like the lead).
@Suite struct ArticleTeaserTests {
    let segmenter = try! ArticleSegmenter(files: .builtIn)

    func decided(_ page: String) -> [(text: String, paragraph: Paragraph)] {
        let text = SourceText(page)
        return segmenter.paragraphs(in: text).map { (text.string($0.range), $0) }
    }

    /// dev 413's shape: headline link, image, the teaser, a caption, the body that prints the
    /// teaser's sentence again. The later copy is the article's and is kept; the teaser is not.
    @Test func teaserPrintedAgainByTheArticleGivesWayToTheArticlesCopy() {
        let teaser = "Ông cho hay, lính đánh thuê nước ngoài cho Ukraine tham gia vào các hoạt động tác chiến và một số nhiệm vụ khác."
        let page = """
            [Nga cáo buộc Ukraine đưa lính đánh thuê đến Kursk](https://dantri.com.vn/the-gioi/nga.htm)

            ![Nga cáo buộc Ukraine đưa lính đánh thuê đến Kursk](https://cdnphoto.dantri.com.vn/a.jpg)

            \(teaser)

            "Chúng tôi biết Ukraine đã đưa lính đánh thuê nước ngoài đến và họ đang ở Sudzha", Phó Cục trưởng Apti Alaudinov nói.

            \(teaser)

            Ông Alaudinov cho rằng lực lượng lính đánh thuê này đã tác chiến cùng với quân đội Ukraine.
            """
        let copies = decided(page).filter { $0.text == teaser }
        #expect(copies.count == 2)
        #expect(copies.first?.paragraph.isKept == false)
        #expect(copies.first?.paragraph.reason.contains("aggregator's teaser") == true)
        #expect(copies.last?.paragraph.isKept == true)
    }

    /// dev 428's shape: a teaser cut off with `...` whose sentence stands nowhere else is kept
    /// like a lead; a cut-off teaser of the lead (its opening words printed in full) is dropped.
    @Test func cutOffTeaserIsKeptOnlyWhenItIsTheOnlyCopy() {
        let only = "Ứng viên Tổng thống đảng Cộng hòa Donald Trump cho biết, Phó Tổng thống Kamala Harris sẽ là đối thủ dễ bị đánh bại hơn trong cuộc bầu ..."
        let page = """
            [Ông Trump tuyên bố đánh bại bà Kamala Harris dễ hơn](https://vietnamnet.vn/a.html)

            \(only)

            Theo CNN, cựu Tổng thống Donald Trump đã đưa ra bình luận ngay sau khi Tổng thống Joe Biden quyết định dừng tái tranh cử.
            """
        #expect(decided(page).first { $0.text == only }?.paragraph.isKept == true)

        let lead = "Theo CNN, cựu Tổng thống Donald Trump đã đưa ra bình luận ngay sau khi Tổng thống Joe Biden quyết định dừng tái tranh cử."
        let repeated = "Theo CNN, cựu Tổng thống Donald Trump đã đưa ra bình luận ngay sau khi ..."
        let second = """
            [Ông Trump tuyên bố đánh bại bà Kamala Harris dễ hơn](https://vietnamnet.vn/a.html)

            \(repeated)

            \(lead)
            """
        #expect(decided(second).first { $0.text == repeated }?.paragraph.isKept == false)
        #expect(decided(second).first { $0.text == lead }?.paragraph.isKept == true)
    }

    /// dev 435's shape: a body paragraph that ends a list with `...` touching its last word
    /// (the writer's "and so on") is the article's; a line cut off at a word boundary with a
    /// space before `...` is still a teaser.
    @Test func ellipsisTouchingTheLastWordEndsAListNotATeaser() {
        let list = "Chủ tịch nước đề nghị hai bên gia hạn hoặc ký mới Bản Ghi nhớ về thương mại gạo; khuyến khích Timor-Leste tăng nhập khẩu các mặt hàng chất lượng cao của Việt Nam, như dệt may, giày dép, đồ uống, thực phẩm sữa, thực phẩm chế biến, nông thuỷ sản..."
        let cut = "Chủ tịch nước đề nghị hai bên gia hạn hoặc ký mới Bản Ghi nhớ về thương mại gạo; khuyến khích Timor-Leste tăng nhập khẩu các mặt hàng chất lượng cao của Việt Nam, như dệt may, giày dép, đồ uống, thực phẩm sữa, thực phẩm chế biến, nông thuỷ ..."
        func page(_ line: String) -> String {
            """
            [Timor-Leste coi Việt Nam là hình mẫu phát triển](https://thanhtra.com.vn/a.html)

            Sáng 1/8, sau lễ đón chính thức, Chủ tịch nước Tô Lâm đã hội đàm với Tổng thống Timor-Leste Jose Ramos-Horta.

            Chủ tịch nước Tô Lâm khẳng định, Việt Nam sẵn sàng tiếp tục cung cấp gạo, góp phần giúp Timor-Leste bảo đảm an ninh lương thực.

            \(line)

            Chủ tịch nước đề nghị Timor-Leste sớm phê chuẩn Hiệp định Thương mại song phương đã ký năm 2013.
            """
        }
        #expect(decided(page(list)).first { $0.text == list }?.paragraph.isKept == true)
        #expect(decided(page(cut)).first { $0.text == cut }?.paragraph.isKept == false)
    }
}
