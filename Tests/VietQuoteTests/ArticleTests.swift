import Foundation
import Testing
@testable import VietQuote

/// The Article stage on page snippets from the dev corpus (or written like them).
@Suite struct ArticleTests {
    let segmenter: ArticleSegmenter

    init() throws {
        segmenter = try ArticleSegmenter(files: .builtIn)
    }

    /// The paragraphs of `page` as (text, paragraph) pairs.
    func lines(_ page: String) -> [(text: String, paragraph: Paragraph)] {
        let text = SourceText(page)
        return segmenter.paragraphs(in: text).map { (text.string($0.range), $0) }
    }

    /// Lines of every length from 0 to 11 scalars (the line feeds are looked for four
    /// scalars at a time), blank ones among them: each non-blank line comes out whole, with
    /// its line number, as splitting the text at its line feeds gives it.
    @Test func linesOfEveryLengthAreFoundWhole() {
        let lines = (0...11).map { String("Ông Nam nói".prefix($0)) } + ["", " x", "cuối"]
        let text = SourceText(lines.joined(separator: "\n"))
        let found = ArticleSegmenter.lines(of: text)
        let expected = lines.enumerated().filter { !$0.element.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(found.map(\.number) == expected.map { $0.offset + 1 })
        #expect(found.map { text.string($0.range) } == expected.map { $0.element.trimmingCharacters(in: .whitespaces) })
    }

    func paragraph(_ start: String, in result: [(text: String, paragraph: Paragraph)]) -> Paragraph? {
        result.first { $0.text.hasPrefix(start) }?.paragraph
    }

    func kept(_ result: [(text: String, paragraph: Paragraph)]) -> [String] {
        result.filter { $0.paragraph.isKept }.map(\.text)
    }

    // A story used around the markers: headline, lead, two body paragraphs.
    static let story = """
        Nga kêu gọi Mỹ từ bỏ đối đầu để hợp tác

        Ngày 17/8, người phát ngôn Bộ Ngoại giao Nga Maria Zakharova đã kêu gọi Mỹ cải thiện quan hệ với Nga.

        Phát biểu tại cuộc họp báo thường kỳ Bộ Ngoại giao Nga, bà Zakharova nhấn mạnh, Moscow nhìn thấy cơ hội cải thiện quan hệ Nga – Mỹ và kêu gọi Washington cùng hành động.

        Trong khi đó, tờ Kommersant đưa tin, có khả năng Mỹ sẽ đóng cửa một trong những lãnh sự quán của Nga.

        Ngoài ra, Nga cũng thông báo tạm dừng cho phép Đại sứ quán Mỹ ở Nga sử dụng biệt thự ở khu Serebryannyi Bor.
        """

    // MARK: - Markers of boilerplate.tsv

    @Test func fontSizeWidgetIsDropped() {
        let result = lines("Nhỏ Bình thường Lớn\n\n" + Self.story)
        let widget = paragraph("Nhỏ Bình thường Lớn", in: result)
        #expect(widget?.isKept == false)
        #expect(widget?.reason.hasPrefix("boilerplate.tsv:") == true)
        #expect(widget?.reason.contains("'Nhỏ Bình thường Lớn' (drop)") == true)
        #expect(kept(result).count == 5)
    }

    @Test func relatedListAfterTinLienQuanIsDroppedAndTheStoryGoesOn() {
        let page = """
            Nga kêu gọi Mỹ từ bỏ đối đầu để hợp tác

            Ngày 17/8, người phát ngôn Bộ Ngoại giao Nga Maria Zakharova đã kêu gọi Mỹ cải thiện quan hệ với Nga.
            Theo dõi Baoquocte.vn trên
            TIN LIÊN QUAN
            Quan chức Nga: Tổng thống Mỹ hiện không có ý định bình thường hóa quan hệ, Moscow 'không thiết tha' trở lại G8
            Mỹ tuyên bố nối lại quan hệ với Palestine, 'lộ' quan điểm của ông Biden về giải pháp hai nhà nước
            Tài khoản các Đại sứ quán Nga bị chặn, Moscow: Cả thế giới biết các mạng xã hội Mỹ hành xử thế nào!

            Phát biểu tại cuộc họp báo thường kỳ Bộ Ngoại giao Nga, bà Zakharova nhấn mạnh, Moscow nhìn thấy cơ hội cải thiện quan hệ Nga – Mỹ và kêu gọi Washington cùng hành động.
            """
        let result = lines(page)
        #expect(paragraph("Theo dõi Baoquocte.vn trên", in: result)?.reason.contains("'Theo dõi'") == true)
        #expect(paragraph("TIN LIÊN QUAN", in: result)?.reason.hasSuffix("'TIN LIÊN QUAN' (section start)") == true)
        let related = paragraph("Mỹ tuyên bố nối lại quan hệ", in: result)
        #expect(related?.isKept == false)
        #expect(related?.reason.contains("in the list after line 5") == true)
        #expect(paragraph("Tài khoản các Đại sứ quán", in: result)?.isKept == false)
        #expect(paragraph("Phát biểu tại cuộc họp báo", in: result)?.role == .body)
        #expect(paragraph("Ngày 17/8", in: result)?.role == .lead)
        #expect(paragraph("Nga kêu gọi Mỹ", in: result)?.role == .headline)
    }

    @Test func markersMatchWhateverTheCaseAndTonePlacement() {
        // `tin liên quan` in lower case; `Từ khoá` with the tone on the other vowel
        // than the lexicon's `Từ khóa`.
        let page = Self.story + "\n\ntin liên quan\nMỹ ưu tiên tạo áp lực ngoại giao và kinh tế với Triều Tiên\n\nTừ khoá: Nga, Mỹ, Zakharova\n"
        let result = lines(page)
        #expect(paragraph("tin liên quan", in: result)?.reason.contains("'TIN LIÊN QUAN'") == true)
        #expect(paragraph("Mỹ ưu tiên", in: result)?.isKept == false)
        #expect(paragraph("Từ khoá", in: result)?.reason.contains("'Từ khóa' (end of article)") == true)
    }

    @Test(arguments: ["Tin cũ hơn", "Đọc thêm", "Các tin bài khác", "Đọc nhiều"])
    func endMarkerDropsEverythingAfterTheStory(marker: String) {
        let page = Self.story + "\n\n\(marker)\n\nCảnh báo xung đột Trung Đông ngoài tầm kiểm soát, LHQ kêu gọi tạo cơ hội cho hòa bình\n\nIran tuyên bố không bao giờ cho phép bất kỳ thế lực nước ngoài nào can thiệp vào công việc nội bộ của nước này.\n"
        let result = lines(page)
        #expect(paragraph(marker, in: result)?.reason.hasSuffix("(end of article)") == true)
        let after = paragraph("Iran tuyên bố", in: result)
        #expect(after?.isKept == false)
        #expect(after?.reason.hasPrefix("after the article's end") == true)
        #expect(kept(result).count == 5)
    }

    @Test func endMarkerBeforeTheBodyOnlyOpensASection() {
        let page = "Đọc thêm\nMỹ-Venezuela có bước ngoặt lớn trong quan hệ ngoại giao\n\n" + Self.story
        let result = lines(page)
        #expect(paragraph("Đọc thêm", in: result)?.reason.contains("section start") == true)
        #expect(kept(result).count == 5)
    }

    @Test func otherNewsListsAreDropped() {
        let page = Self.story + """

            Tin bài liên quan
            Thủ tướng: Tranh thủ xu hướng thời đại đẩy mạnh ngoại giao kinh tế
            Đại sứ Nga Gennady Bezdetko: Việt Nam đã đạt được những bước tiến ấn tượng
            Các tin bài khác
            Tin quốc tế ngày 27/01: Mỹ tuyên bố tăng thuế với Hàn Quốc lên 25%, thủ lĩnh Hezbollah cảnh báo hậu quả nếu Iran bị tấn công
            Đọc nhiều
            Tổng Bí thư, Chủ tịch nước Lào đánh giá cao vai trò của Mặt trận trong quan hệ Việt Nam - Lào
            """
        let result = lines(page)
        #expect(kept(result).count == 5)
        #expect(paragraph("Tin bài liên quan", in: result)?.reason.contains("(section start)") == true)
        #expect(paragraph("Tin quốc tế ngày 27/01", in: result)?.reason.hasPrefix("after the article's end") == true)
    }

    @Test func lotteryAndHoroscopeListsAreDropped() {
        let page = Self.story + """


            XSMN 28/4, trực tiếp kết quả xổ số miền Nam hôm nay Chủ nhật 28/4/2024. xổ số hôm nay 28/4
            Tử vi hôm nay, xem tử vi 12 con giáp hôm nay ngày 28/4/2024: Tuổi Mùi công việc thăng trầm
            Lịch âm 28/4. Lịch âm hôm nay 28/4/2024? Âm lịch hôm nay 28/4. Lịch vạn niên 28/4/2024.
            Giải ĐB: 123456 | G1: 65432 | G2: 11223 - 44556 | G3: 99887 - 66554 - 12345
            """
        let result = lines(page)
        #expect(paragraph("XSMN", in: result)?.reason.contains("'XSMN'") == true)
        #expect(paragraph("Tử vi", in: result)?.reason.contains("'Tử vi'") == true)
        #expect(paragraph("Lịch âm", in: result)?.reason.contains("'Lịch âm'") == true)
        #expect(paragraph("Giải ĐB", in: result)?.reason == "structure: list of numbers (lottery results)")
        #expect(kept(result).count == 5)
    }

    @Test func commentAndLoginPromptsAreDropped() {
        let page = """
            Azerbaijan tuyên bố sẵn sàng ký thoả thuận hoà bình với Armenia
            Ngày 8/10, Tổng thống Azerbaijan Ilham Aliyev tuyên bố Azerbaijan đã sẵn sàng ký thoả thuận hoà bình với Armenia.
            Đăng nhập để gửi ý kiến
            Trước đó, vào ngày 4/10, Thủ tướng Armenia Nikol Pashinyan cũng đã tuyên bố Armenia sẵn sàng ký thoả thuận hoà bình với Azerbaijan.
            Azerbaijan và Armenia tranh chấp dai dẳng liên quan Nagorno-Karabakh, khu vực nằm sâu trong lãnh thổ của Azerbaijan.
            (0) Bình luận
            Nhà lãnh đạo Azerbaijan không loại trừ khả năng tổ chức cuộc gặp với Thủ tướng Armenia.
            """
        let result = lines(page)
        #expect(paragraph("Đăng nhập", in: result)?.reason.contains("'Đăng nhập' (drop)") == true)
        #expect(paragraph("(0) Bình luận", in: result)?.reason.contains("(end of article)") == true)
        #expect(paragraph("Nhà lãnh đạo Azerbaijan", in: result)?.isKept == false)
        #expect(kept(result).count == 4)
    }

    // The paywall prompt of a news site after a package purchase (silver: 38 pages, each read
    // as a quote of the site's `khuyến nghị`); the story before it stays.
    @Test func paywallPromptIsDropped() {
        let page = """
            Giá vàng hôm nay tăng mạnh
            Giá vàng miếng SJC sáng nay tăng thêm 500.000 đồng mỗi lượng so với cuối tuần trước.
            Bạn chưa đăng nhập. Hãy đăng nhập để đồng bộ gói dịch vụ vào tài khoản của bạn
            Bạn vừa nạp đ để mua gói dich vụ. Để an toàn hơn, NLĐ khuyến nghị bạn đăng ký tài khoản hoặc đăng nhập ngay để đồng bộ gói dịch vụ vào tài khoản
            """
        let result = lines(page)
        #expect(paragraph("Bạn vừa nạp", in: result)?.reason.contains("'Bạn vừa nạp' (drop)") == true)
        #expect(paragraph("Bạn chưa đăng nhập", in: result)?.isKept == false)
        #expect(paragraph("Giá vàng miếng SJC", in: result)?.isKept == true)
    }

    @Test func creditLinesAreDroppedAndEndTheArticle() {
        let page = Self.story + """


            (theo TASS)

            Đại tướng Phan Văn Giang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng tham gia bỏ phiếu. Ảnh: Trọng Đức
            Lãnh đạo Đảng, Nhà nước, MTTQ Việt Nam bỏ phiếu tại các điểm bầu cử ở Hà Nội
            """
        let result = lines(page)
        #expect(paragraph("(theo TASS)", in: result)?.reason.hasSuffix("(credit line; ends the article)") == true)
        #expect(paragraph("Đại tướng", in: result)?.isKept == false)
        #expect(kept(result).count == 5)

        let agency = lines(Self.story + "\n\nTheo AFP\n")
        #expect(paragraph("Theo AFP", in: agency)?.reason.contains("'Theo' (credit line") == true)
    }

    @Test func theoLeadingASentenceIsNotACredit() {
        let page = Self.story + "\n\nTheo AFP, Nga đã đồng ý.\n\nTheo ông Lavrov:\n\n\"Chúng tôi muốn có mối quan hệ tốt đẹp, bình đẳng, tôn trọng lẫn nhau với Mỹ\", ông nói.\n"
        let result = lines(page)
        #expect(paragraph("Theo AFP, Nga", in: result)?.isKept == true)
        #expect(paragraph("Theo ông Lavrov:", in: result)?.isKept == true)
        #expect(paragraph("\"Chúng tôi muốn", in: result)?.role == .body)
    }

    // MARK: - Shape rules

    @Test func unaccentedSlugLinesAreDropped() {
        let page = Self.story + """


            nga keu goi my tu bo doi dau de hop tac Mỹ "loay hoay" trong quan hệ với Nga

            nga keu goi my tu bo doi dau de hop tac
            Người phát ngôn Bộ Ngoại giao Nga Maria Zakharova. (Nguồn: Russia Insider)
            """
        let result = lines(page)
        let slug = paragraph("nga keu goi my tu bo doi dau de hop tac Mỹ", in: result)
        #expect(slug?.isKept == false)
        #expect(slug?.reason == "structure: unaccented slug line (link to another article)")
        #expect(result.filter { $0.text == "nga keu goi my tu bo doi dau de hop tac" }.first?.paragraph.isKept == false)
        let caption = paragraph("Người phát ngôn", in: result)
        #expect(caption?.role == .caption)
        #expect(caption?.reason.contains("'(Nguồn :'") == true)
    }

    @Test func tableRowTeasersAreDroppedButATableCaptionIsKept() {
        let page = """
            Đại sứ Nga tại Mỹ đã về nước
            | Tuyên bố trên được ông Biden đưa ra sau khi một báo cáo của cơ quan tình báo Mỹ vẫn khẳng định Tổng thống Nga Putin đã hạ lệnh can thiệp vào cuộc bầu cử ở Mỹ. |
            Theo hãng tin Nga, Đại sứ Antonov rời khỏi tòa nhà Đại sứ quán Nga ở Washington vào lúc 13h10 theo giờ địa phương trên xe ô tô công vụ.
            ![]() |
            | Ông Anatoly Antonov rời tòa nhà Đại sứ quán Nga ở Washington. (Nguồn: TASS) |
            Ngày 17/3, Bộ Ngoại giao Nga thông báo Đại sứ Antonov đã được triệu hồi về Moskva để tham vấn.
            | Theo Reuters, Washington nhấn mạnh sẽ không "tấn công" và sẽ đáp trả vào thời điểm và địa điểm thích hợp. |
            """
        let result = lines(page)
        #expect(paragraph("| Tuyên bố trên", in: result)?.reason == "structure: table row '| … |' (teaser box)")
        #expect(paragraph("| Theo Reuters", in: result)?.isKept == false)
        #expect(paragraph("![]()", in: result)?.isKept == false)
        #expect(paragraph("| Ông Anatoly Antonov", in: result)?.role == .caption)
        #expect(paragraph("Đại sứ Nga tại Mỹ", in: result)?.role == .headline)
        #expect(paragraph("Theo hãng tin Nga", in: result)?.role == .lead)
    }

    @Test func teasersCutOffWithEllipsisAreDroppedButACutTitleOnTopIsKept() {
        let page = """
            Ông Tập Cận Bình: Trung Quốc sẵn sàng hợp tác với ông Trump để ...

            Chủ tịch Trung Quốc Tập Cận Bình đã nói với Tổng thống Mỹ Joe Biden rằng ông sẵn sàng hợp tác với ông Donald Trump để cải thiện mối quan hệ giữa hai nền ...

            Ông Tập Cận Bình: Trung Quốc sẵn sàng hợp tác với ông Trump để thúc đẩy quan hệ

            Chủ tịch Trung Quốc Tập Cận Bình đã nói với Tổng thống Mỹ Joe Biden rằng ông sẵn sàng hợp tác với ông Donald Trump để cải thiện mối quan hệ giữa hai nền kinh tế lớn nhất thế giới, Bloomberg đưa tin ngày 17/11.

            Moscow gọi lệnh trừng phạt mới của Washington đối với Nga giống như lời tuyên chiến thương mại và chấm dứt những hy vọng về ...
            """
        let result = lines(page)
        #expect(result[0].paragraph.role == .headline)
        #expect(result[1].paragraph.reason == "structure: teaser cut off with '...' (repeats the lead or another story)")
        #expect(result[2].paragraph.role == .headline)
        #expect(result[3].paragraph.role == .lead)
        #expect(result[4].paragraph.isKept == false)
    }

    @Test func teaserPrintingItsTextTwiceIsDropped() {
        let page = Self.story + "\n\nNga kêu gọi giải quyết đụng độ Pakistan - Afghanistan bằng biện pháp ngoại giao Nga kêu gọi giải quyết đụng độ Pakistan - Afghanistan bằng biện pháp ngoại giao\n"
        let result = lines(page)
        #expect(paragraph("Nga kêu gọi giải quyết", in: result)?.reason == "structure: teaser that prints its text twice")
    }

    @Test func runOfShortHeadlineLikeLinesIsDropped() {
        let page = Self.story + """


            Mỹ cân nhắc can thiệp thị trường dầu mỏ kỳ hạn để kiềm chế đà tăng giá
            Hàn Quốc tính bước đi tham vọng nhằm tạo lập cơ chế hòa bình lâu dài
            Iran tuyên bố dứt khoát về khả năng đàm phán với Mỹ
            Israel oanh tạc khắp Lebanon, ngoại ô thủ đô Beirut bị không kích
            """
        let result = lines(page)
        let item = paragraph("Iran tuyên bố dứt khoát", in: result)
        #expect(item?.isKept == false)
        #expect(item?.reason == "structure: run of 4 short headline-like lines")
        #expect(kept(result).count == 5)
    }

    @Test func hardWrappedProseIsKept() {
        let page = """
            Thủ tướng Ấn Độ Narendra Modi ngày 21/8 tuyên bố nước ông và Trung Quốc
            đang xử lý những bất đồng bằng "sự nhạy cảm và chín chắn" khi không cho
            phép những bất đồng này trở thành tranh chấp.
            Những phát biểu trên được Thủ tướng Modi đưa ra trong buổi tiếp Ủy viên
            Quốc vụ, Bộ trưởng Quốc phòng Trung Quốc, Tướng Ngụy Phụng Hòa tại thủ
            đô New Delhi.
            """
        let result = lines(page)
        #expect(result.allSatisfy { $0.paragraph.isKept })
        #expect(result[0].paragraph.role == .lead)
    }

    @Test func imageAltTextAndRepeatedTitlesAreDropped() {
        let page = """
            [Israel tấn công Iran](https://www.qdnd.vn/quoc-te/tin-tuc/israel-tan-cong-iran-800307)

            ![Israel tấn công Iran](https://file3.qdnd.vn/data/images/0/2024/10/26/upload_2316/2.jpg?w=400)

            Sáng sớm 26-10, Lực lượng Phòng vệ Israel (IDF) đã tấn công lãnh thổ Iran nhằm đáp trả cuộc tấn công bằng tên lửa của Tehran.

            Israel tấn công Iran - Hình 1
            Máy bay tiếp dầu KC-135 Stratotanker của Không quân Mỹ. Ảnh: AF.MIL

            Serbia và vùng lãnh thổ Kosovo sẽ nối lại đàm phán vào tuần tới tại Brussels

            Serbia và vùng lãnh thổ Kosovo sẽ nối lại đàm phán vào tuần tới tại Brussels
            """
        let result = lines(page)
        #expect(result[0].paragraph.role == .headline)
        #expect(result[1].paragraph.reason == "structure: Markdown image (its alt text is not a caption)")
        #expect(result[2].paragraph.role == .lead)
        #expect(paragraph("Israel tấn công Iran - Hình 1", in: result)?.isKept == false)
        #expect(paragraph("Máy bay tiếp dầu", in: result)?.role == .caption)
        #expect(result[5].paragraph.isKept)
        #expect(result[6].paragraph.reason == "structure: repeats line 10")
    }

    @Test func pageHeadWidgetsAreDropped() {
        let page = """
            Chính trị

            Tàu Trần Hưng Đạo thăm, giao lưu với hải quân Trung Quốc

            SGGPO
            Đặng Cường | 09/10/2023, 09:56
            0:00 / 0:00
            3 giờ trước
            ĐÀI LOAN - TRUNG QUỐC

            Sáng 1-12, Tàu 015 cùng đoàn công tác hải quân nhân dân Việt Nam đã cập cảng TP Thanh Đảo, Trung Quốc.

            1.JPG
            Tàu Trần Hưng Đạo chuẩn bị cập cảng TP Thanh Đảo
            Nguyễn Tiến
            """
        let result = lines(page)
        #expect(paragraph("Chính trị", in: result)?.isKept == false)
        #expect(paragraph("Tàu Trần Hưng Đạo thăm", in: result)?.role == .headline)
        for junk in ["SGGPO", "Đặng Cường", "0:00", "3 giờ trước", "ĐÀI LOAN", "1.JPG", "Nguyễn Tiến"] {
            #expect(paragraph(junk, in: result)?.isKept == false, "\(junk)")
        }
        #expect(paragraph("Sáng 1-12", in: result)?.role == .lead)
        #expect(paragraph("Tàu Trần Hưng Đạo chuẩn bị", in: result)?.isKept == true)
    }

    // MARK: - API, robustness, lexicon errors

    @Test func paragraphRangesAreTrimmedLinesInOrder() {
        let page = "  Tiêu đề bài báo ở đây nhé  \r\n\r\n\tĐoạn mở đầu của bài báo có đủ mười từ để làm đoạn văn.\u{00A0}\n"
        let text = SourceText(page)
        let paragraphs = segmenter.paragraphs(in: text)
        #expect(paragraphs.count == 2)
        #expect(text.string(paragraphs[0].range) == "Tiêu đề bài báo ở đây nhé")
        #expect(text.string(paragraphs[1].range) == "Đoạn mở đầu của bài báo có đủ mười từ để làm đoạn văn.")
        #expect(paragraphs[0].range.upperBound <= paragraphs[1].range.lowerBound)
    }

    @Test func strangeInputNeverCrashes() {
        #expect(segmenter.paragraphs(in: SourceText("")).isEmpty)
        #expect(segmenter.paragraphs(in: SourceText("\n\n  \n\t\n")).isEmpty)
        let long = String(repeating: "Nga tuyên bố sẵn sàng đối thoại với Mỹ, ", count: 5_000) // ~200,000 chars
        let started = Date()
        let one = segmenter.paragraphs(in: SourceText(long))
        #expect(one.count == 1)
        #expect(Date().timeIntervalSince(started) < 10)
        var generator = SystemRandomNumberGenerator()
        var junk = String.UnicodeScalarView()
        for _ in 0..<50_000 {
            let value = UInt32.random(in: 0...0x2FFF, using: &generator)
            if let scalar = Unicode.Scalar(value) { junk.append(scalar) }
        }
        let text = SourceText(String(junk))
        let paragraphs = segmenter.paragraphs(in: text)
        for paragraph in paragraphs {
            #expect(paragraph.range.lowerBound >= 0 && paragraph.range.upperBound <= text.count)
            #expect(!paragraph.range.isEmpty)
        }
        let lone = segmenter.paragraphs(in: SourceText("...\n|\n![\n[]( \n)"))
        #expect(lone.allSatisfy { !$0.isKept })
    }

    @Test func explainShowsEachParagraphKeptOrDroppedAndWhy() {
        let report = segmenter.explain(SourceText("Nhỏ Bình thường Lớn\n\n" + Self.story))
        #expect(report.contains("drop boilerplate L1\tboilerplate.tsv:"))
        #expect(report.contains("KEEP headline    L3\theadline"))
        #expect(report.contains("KEEP lead        L5\tlead"))
    }

    static let header = "# test lexicon\nmarker\tmatch\taction\tmax_words\tnote\n"

    @Test func badLexiconRowsNameTheFileAndTheLine() {
        func error(_ rows: String) -> LexiconError? {
            let files = LexiconFiles(origin: "lexicons", texts: ["boilerplate.tsv": Self.header + rows])
            do {
                _ = try ArticleSegmenter(files: files)
                return nil
            } catch {
                return error
            }
        }
        let action = error("Đọc thêm\tline\tvanish\t0\tx\n")
        #expect(action?.file == "lexicons/boilerplate.tsv")
        #expect(action?.line == 3)
        #expect(action?.reason.contains("column 'action'") == true)
        #expect(error("Đọc thêm\tanywhere\tdrop\t0\tx\n")?.reason.contains("column 'match'") == true)
        #expect(error("Đọc thêm\tline\tdrop\tmany\tx\n")?.reason.contains("max_words") == true)
        #expect(error("Đọc thêm\tline\tdrop\n")?.reason.contains("expected 5 tab-separated columns") == true)
        let duplicate = error("Đọc thêm\tline\tdrop\t0\tx\nĐỌC THÊM\tline\tend\t0\ty\n")
        #expect(duplicate?.line == 4)
        #expect(duplicate?.reason.contains("already on line 3") == true)
        #expect(error("\tline\tdrop\t0\tx\n")?.reason.contains("'marker' is empty") == true)
        let missing = LexiconFiles(origin: "lexicons", texts: [:])
        #expect(throws: LexiconError.self) { try ArticleSegmenter(files: missing) }
    }
}
