import Testing
import Foundation
@testable import VietQuote

/// What the Quotes stage does across its rules (each rule has its suite in Quotes/), each on a sentence from the dev
/// articles (or written like one). A headline line comes first, as in a page.
@Suite struct QuoteConstructionTests {
    static let extractor: QuoteExtractor = try! QuoteExtractor()

    func quotes(_ body: String) -> [Quote] {
        Self.extractor.extract("Tin thế giới\n\n" + body, document: "test").quotes
    }

    // MARK: - Content boundaries and types

    @Test func mixedQuoteKeepsInnerMarks() {
        let found = quotes(#"Ngoại trưởng Lavrov khẳng định cần phải "tôn trọng" luật pháp và hệ thống tư pháp của Nga."#)
        #expect(found.map(\.content) == [#"cần phải "tôn trọng" luật pháp và hệ thống tư pháp của Nga"#])
        #expect(found.first?.type == .mixed)
    }

    @Test func anotherAttributionEndsTheContent() {
        let found = quotes("Nga vừa khẳng định sẵn sàng bình thường hóa quan hệ với Mỹ, Washington đã nói về các hoạt động 'xấu xa' của Moscow")
        #expect(found.map(\.content) == ["sẵn sàng bình thường hóa quan hệ với Mỹ", "các hoạt động 'xấu xa' của Moscow"])
        #expect(found.map(\.cue) == ["khẳng định", "nói về"])
    }

    @Test func missingClosingMarkRunsToParagraphEnd() {
        let found = quotes(#"Ông Peskov nói: "Chúng tôi sẵn sàng đối thoại với Kiev"#)
        #expect(found.map(\.content) == ["Chúng tôi sẵn sàng đối thoại với Kiev"])
        #expect(found.first?.type == .direct)
    }

    @Test func writerCommentEndsTheContent() {
        let found = quotes("Ông Trump cho biết Mỹ sẽ áp thuế mới, ám chỉ các nước châu Âu.")
        #expect(found.map(\.content) == ["Mỹ sẽ áp thuế mới"])
    }

    @Test func venueIsLeftOut() {
        let found = quotes("Đại sứ Mỹ tại Philippines, MaryKay Carlson, lên án các hoạt động hung hăng của Trung Quốc trên X (Twitter), cho biết vụ va chạm đã gây thương tích về người.")
        #expect(found.map(\.content) == ["các hoạt động hung hăng của Trung Quốc", "vụ va chạm đã gây thương tích về người"])
        #expect(found.map(\.cue) == ["lên án", "cho biết"])
    }

    // ANNOTATION.md: the content ends where the writer's comment starts: what the reported
    // act led to, and when (dev 106, 108).
    @Test func contentEndsBeforeWhatItLedTo() {
        let result = quotes("Bộ Ngoại giao Philippines lên án “cú đâm tốc độ cao có chủ đích” của cảnh sát biển Trung Quốc trong một nỗ lực ngăn chặn nhiệm vụ tiếp tế tới Bãi Cỏ Mây, đã khiến một thủy thủ Philippines bị thương.")
        #expect(result.map(\.content) == ["“cú đâm tốc độ cao có chủ đích” của cảnh sát biển Trung Quốc trong một nỗ lực ngăn chặn nhiệm vụ tiếp tế tới Bãi Cỏ Mây"])
        let background = quotes("Ngoại trưởng Ấn Độ cho biết quân đội Ấn Độ và Trung Quốc đang rút khỏi khu vực tranh chấp dọc theo biên giới, sau cuộc đụng độ khiến ít nhất 20 binh sĩ Ấn Độ thiệt mạng hôm 15/6.")
        #expect(background.map(\.content) == ["quân đội Ấn Độ và Trung Quốc đang rút khỏi khu vực tranh chấp dọc theo biên giới"])
    }

    // ANNOTATION.md: the writer's comment starts after a comma (`…, trong bối cảnh …`); without
    // one, the words belong to the reported clause (dev 108, 413, 425).
    @Test func commentWordsWithoutACommaStayInTheContent() {
        let setting = quotes("Ông Jaishankar nhấn mạnh cả Trung Quốc và Ấn Độ đều đồng ý về sự cần thiết phải rút quân trong bối cảnh binh lính hai nước đã được triển khai rất gần nhau.")
        #expect(setting.map(\.content) == ["cả Trung Quốc và Ấn Độ đều đồng ý về sự cần thiết phải rút quân trong bối cảnh binh lính hai nước đã được triển khai rất gần nhau"])
        let after = quotes("Trước đó, ông nói, Nga đã phát hiện một số huấn luyện viên quân sự nước ngoài ở Sudzha, thị trấn mà Ukraine giành quyền kiểm soát không lâu sau khi mở chiến dịch đột kích vào Kursk.")
        #expect(after.map(\.content) == ["Nga đã phát hiện một số huấn luyện viên quân sự nước ngoài ở Sudzha, thị trấn mà Ukraine giành quyền kiểm soát không lâu sau khi mở chiến dịch đột kích vào Kursk"])
        let result = quotes("Kiev đổ lỗi sự chậm trễ nhiều tháng qua của Quốc hội Mỹ trong việc bỏ phiếu thông qua gói viện trợ đã khiến họ phải trả giá đắt trên chiến trường.")
        #expect(result.map(\.content) == ["sự chậm trễ nhiều tháng qua của Quốc hội Mỹ trong việc bỏ phiếu thông qua gói viện trợ đã khiến họ phải trả giá đắt trên chiến trường"])
    }

    // MARK: - Words that are no quotes

    @Test func nouChungIsNoCue() {
        #expect(quotes("Nói chung, tình hình khu vực vẫn ổn định.").isEmpty)
    }

    @Test func termsInQuotationMarksAreNoQuotes() {
        #expect(quotes(#"Hải quân hai nước tham gia cuộc tập trận “Biển xanh 2020” ở vùng biển phía nam."#).isEmpty)
    }

    @Test func beliefIsNoSpeech() {
        #expect(quotes("Các quan chức tin rằng căng thẳng sẽ sớm giảm bớt.").isEmpty)
    }

    @Test func cutOffHeadlineIsNoQuote() {
        let found = Self.extractor.extract("Việt Nam kêu gọi hai ...\n\nTGVN. Bộ Ngoại giao đã có phản hồi về tình hình trên bán đảo.", document: "t").quotes
        #expect(found.isEmpty)
    }

    @Test func creditLineAndRelatedListAreNoQuotes() {
        let page = """
            Nga kêu gọi Mỹ từ bỏ đối đầu

            TGVN. Ngày 4/2, Ngoại trưởng Nga Sergei Lavrov tuyên bố Moscow sẵn sàng bình thường hóa quan hệ song phương.

            (theo TASS)

            TIN LIÊN QUAN
            Iran tuyên bố không bao giờ cho phép thế lực nước ngoài can thiệp
            Nga kêu gọi giải quyết đụng độ bằng biện pháp ngoại giao
            """
        let found = Self.extractor.extract(page, document: "t").quotes
        #expect(found.map(\.cue) == ["kêu gọi", "tuyên bố"])
    }

    // cues.tsv category `pledge`: a stated pledge is a quote, a bare commitment is a plan
    // (dev 104 against dev 325, an article with no quote).
    @Test func statedPledgeIsAQuoteBareCommitmentIsNot() {
        let stated = quotes("Ông Lại Thanh Đức cam kết sẽ duy trì nguyên trạng.")
        #expect(stated.map(\.content) == ["sẽ duy trì nguyên trạng"])
        #expect(quotes("Hai nhà lãnh đạo Venezuela và Colombia cam kết cùng hợp tác để giải quyết các vấn đề song phương còn tồn tại.").isEmpty)
    }

    // `theo` + a rule (`theo quy chế …`) and an announced report (`cho biết thêm thông
    // tin:`) are no sources of words (dev 304).
    @Test func ruleAndAnnouncedReportAreNoQuotes() {
        #expect(quotes("Theo quy chế hoạt động của Tòa Án, Mông Cổ sẽ phải thực hiện lệnh bắt giữ trên.").isEmpty)
        #expect(quotes("Thông tín viên Jean-Didier Revoin từ Matxcơva cho biết thêm thông tin:").isEmpty)
    }

    // A statement's content is a clause: one or two words are its object or where it was said;
    // words after a colon that follows such an object are the content (dev 414, 415, 427).
    @Test func objectAloneIsNoStatementItsWordsAfterAColonAre() {
        #expect(quotes("Ông Hussein Khalil bày tỏ phẫn nộ.").isEmpty)
        let colon = quotes(#"Ông Vladyslav Voloshyn nêu quan điểm: "Nga đang gia tăng từ 30 đến 40% các cuộc không kích trong những tuần gần đây"."#)
        #expect(colon.map(\.content) == ["Nga đang gia tăng từ 30 đến 40% các cuộc không kích trong những tuần gần đây"])
        #expect(colon.first?.type == .direct)
        #expect(colon.first?.cue == "nêu")
    }

    // MARK: - Cue lexicon

    // ANNOTATION.md: an order that states what is ordered is a quote (`ra lệnh cho`, dev 412);
    // the mined cues' blockers keep `kể từ` ("since") and `đáng kể` from firing.
    @Test func ordersAreQuotesAndBlockersHoldMinedCues() {
        let order = quotes("Bình Nhưỡng đã ra lệnh cho 8 lữ đoàn pháo binh trong tư thế sẵn sàng chiến đấu.")
        #expect(order.map(\.cue) == ["ra lệnh cho"])
        #expect(quotes("Đây là cuộc gặp đầu tiên giữa hai nhà lãnh đạo kể từ năm 2019.").isEmpty)
        #expect(quotes("Nga đã tăng đáng kể số máy bay không người lái ở miền đông.").isEmpty)
        let told = quotes("Một nhân chứng kể cô đã nghe thấy 3 hoặc 4 tiếng súng.")
        #expect(told.map(\.cue) == ["kể"])
    }

    // MARK: - Offsets and strange input

    @Test func offsetsPointIntoTheInputAsGiven() {
        // NFD input, CRLF and NBSP: offsets index the text as given.
        let body = "Ngoại trưởng Lavrov tuyên bố Moscow sẵn sàng hòa giải.".decomposedStringWithCanonicalMapping
        let text = "Tin thế giới\r\n\r\nHôm\u{00A0}nay, " + body
        let quote = Self.extractor.extract(text, document: "t").quotes.first
        #expect(quote != nil)
        if let quote {
            let scalars = Array(text.unicodeScalars)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[quote.start..<quote.end])
            #expect(String(view).precomposedStringWithCanonicalMapping == "Moscow sẵn sàng hòa giải")
        }
    }

    @Test func cueOffsetsPointIntoTheInputAsGiven() {
        let body = "Ngoại trưởng Lavrov tuyên bố Moscow sẵn sàng hòa giải.".decomposedStringWithCanonicalMapping
        let text = "Tin thế giới\r\n\r\nHôm\u{00A0}nay, " + body + "\n\n\"Chúng tôi sẵn sàng đối thoại với tất cả các bên.\""
        let found = Self.extractor.extract(text, document: "t").quotes
        #expect(found.count == 2)
        let scalars = Array(text.unicodeScalars)
        if let first = found.first, let start = first.cueStart, let end = first.cueEnd {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            #expect(String(view).precomposedStringWithCanonicalMapping == "tuyên bố")
        } else {
            Issue.record("the cue has no offsets")
        }
        #expect(found.last?.cue == nil && found.last?.cueStart == nil && found.last?.cueEnd == nil)
    }

    @Test func strangeInputYieldsAResult() {
        #expect(Self.extractor.extract("", document: "t").quotes.isEmpty)
        #expect(Self.extractor.extract(String(repeating: "\"", count: 500), document: "t").quotes.isEmpty)
        let long = String(repeating: "ông nói rằng ", count: 20_000)
        #expect(Self.extractor.extract(long, document: "t").error == nil)
    }
}
