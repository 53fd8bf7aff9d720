import Testing
import Foundation
@testable import VietQuote

/// Constructions and rejections of the Quotes stage, each on a sentence from the dev
/// articles (or written like one). A headline line comes first, as in a page.
@Suite struct QuoteConstructionTests {
    static let extractor: QuoteExtractor = try! QuoteExtractor()

    func quotes(_ body: String) -> [Quote] {
        Self.extractor.extract("Tin thế giới\n\n" + body, document: "test").quotes
    }

    @Test func speakerCueContent() {
        let found = quotes("Ngày 4/2, Ngoại trưởng Nga Sergei Lavrov tuyên bố Moscow sẵn sàng bình thường hóa quan hệ song phương.")
        #expect(found.count == 1)
        #expect(found.first?.content == "Moscow sẵn sàng bình thường hóa quan hệ song phương")
        #expect(found.first?.cue == "tuyên bố")
        #expect(found.first?.type == .indirect)
        #expect(found.first?.speaker.mention == "Ngoại trưởng Nga Sergei Lavrov")
    }

    @Test func directAfterColon() {
        let found = quotes(#"Ông Jake Sullivan nêu rõ: "Chúng tôi sẽ thực hiện điều này vào thời điểm do chúng tôi lựa chọn"."#)
        #expect(found.map(\.content) == ["Chúng tôi sẽ thực hiện điều này vào thời điểm do chúng tôi lựa chọn"])
        #expect(found.first?.type == .direct)
        #expect(found.first?.cue == "nêu rõ")
    }

    @Test func mixedQuoteKeepsInnerMarks() {
        let found = quotes(#"Ngoại trưởng Lavrov khẳng định cần phải "tôn trọng" luật pháp và hệ thống tư pháp của Nga."#)
        #expect(found.map(\.content) == [#"cần phải "tôn trọng" luật pháp và hệ thống tư pháp của Nga"#])
        #expect(found.first?.type == .mixed)
    }

    @Test func quoteFirstWithComma() {
        let found = quotes(#""Đây không phải là sự hiểu lầm hay tai nạn," ông Teodoro nói trong một cuộc họp báo tại phủ tổng thống."#)
        #expect(found.count == 1)
        #expect(found.first?.content == "Đây không phải là sự hiểu lầm hay tai nạn,")
        #expect(found.first?.cue == "nói")
        #expect(found.first?.explanation.quoteRule == "quote-first")
    }

    @Test func quoteFirstWithDash() {
        let found = quotes(#""Chúng tôi không muốn chiến tranh" - người phát ngôn Bộ Ngoại giao Nga nhấn mạnh."#)
        #expect(found.map(\.content) == ["Chúng tôi không muốn chiến tranh"])
        #expect(found.first?.cue == "nhấn mạnh")
    }

    @Test func theoSource() {
        let found = quotes("Theo bà Zakharova, Mỹ đang đẩy quan hệ song phương vào ngõ cụt.")
        #expect(found.map(\.content) == ["Mỹ đang đẩy quan hệ song phương vào ngõ cụt"])
        #expect(found.first?.cue == "Theo")
        #expect(found.first?.speaker.mention == "bà Zakharova")
    }

    @Test func nestedSourceKeepsInnermostSpeaker() {
        let found = quotes("Ngày 4/2, theo Bộ Ngoại giao Nga, trong cuộc điện đàm với Ngoại trưởng Mỹ Antony Blinken, Ngoại trưởng Nga Sergei Lavrov tuyên bố Moscow sẵn sàng bình thường hóa quan hệ song phương.")
        #expect(found.count == 1)
        #expect(found.first?.speaker.mention == "Ngoại trưởng Nga Sergei Lavrov")
    }

    @Test func mediumQuotesSpeaker() {
        let found = quotes("Hôm 24/3, Reuters dẫn lời Bộ trưởng Quốc phòng Philippines Gilberto Teodoro rằng Philippines sẽ tiếp tục các nhiệm vụ tiếp tế.")
        #expect(found.map(\.content) == ["Philippines sẽ tiếp tục các nhiệm vụ tiếp tế"])
        #expect(found.first?.cue == "dẫn lời")
        #expect(found.first?.speaker.mention == "Bộ trưởng Quốc phòng Philippines Gilberto Teodoro")
    }

    @Test func coordinatedCuesMakeTwoQuotes() {
        let found = quotes(#"Trong khi đó, Bắc Kinh cáo buộc tàu của Philippines đã cố tình tiếp cận tàu Trung Quốc và tuyên bố “Philippines hoàn toàn chịu trách nhiệm về việc này”."#)
        #expect(found.map(\.content) == ["tàu của Philippines đã cố tình tiếp cận tàu Trung Quốc", "Philippines hoàn toàn chịu trách nhiệm về việc này"])
        #expect(found.map(\.cue) == ["cáo buộc", "tuyên bố"])
        #expect(found.map(\.type) == [.indirect, .direct])
    }

    @Test func anotherAttributionEndsTheContent() {
        let found = quotes("Nga vừa khẳng định sẵn sàng bình thường hóa quan hệ với Mỹ, Washington đã nói về các hoạt động 'xấu xa' của Moscow")
        #expect(found.map(\.content) == ["sẵn sàng bình thường hóa quan hệ với Mỹ", "các hoạt động 'xấu xa' của Moscow"])
        #expect(found.map(\.cue) == ["khẳng định", "nói về"])
    }

    @Test func splitQuoteAndFloatingParagraph() {
        let found = quotes(#"""
            "Chúng tôi đã đàm phán với Hoa Kỳ đến mức có thể", ông nói.

            "Các cuộc đàm phán chỉ cho thấy chính sách thù địch của họ không bao giờ có thể thay đổi."
            """#)
        #expect(found.count == 2)
        #expect(found.last?.cue == nil)
        #expect(found.last?.explanation.quoteRule == "floating-quote")
    }

    @Test func cueThenQuotedParagraph() {
        let found = quotes("""
            Giáo sư Vuving từng chia sẻ với BBC News Tiếng Việt rằng:

            “Chiến lược tốt nhất của Trung Quốc là dần dần đẩy đuổi Việt Nam và Philippines.”
            """)
        #expect(found.map(\.content) == ["Chiến lược tốt nhất của Trung Quốc là dần dần đẩy đuổi Việt Nam và Philippines."])
        #expect(found.first?.cue == "chia sẻ")
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

    @Test func participleIsNoQuote() {
        #expect(quotes("Phát biểu tại cuộc họp báo, người dân địa phương đã đến từ sớm.").isEmpty)
    }

    @Test func cueAsNounIsNoQuote() {
        #expect(quotes("Ông đã có những phát biểu gây tranh cãi trong năm qua.").isEmpty)
        #expect(quotes("Tuyên bố trên được Bộ Ngoại giao đưa ra hôm thứ Ba.").isEmpty)
    }

    @Test func nouChungIsNoCue() {
        #expect(quotes("Nói chung, tình hình khu vực vẫn ổn định.").isEmpty)
    }

    @Test func topicWithoutContentIsNoQuote() {
        #expect(quotes("Hai bên đã thảo luận về hợp tác kinh tế.").isEmpty)
        #expect(quotes("Ông Kim chỉ trích về sự hợp tác quân sự giữa hai nước.").isEmpty)
    }

    @Test func termsInQuotationMarksAreNoQuotes() {
        #expect(quotes(#"Hải quân hai nước tham gia cuộc tập trận “Biển xanh 2020” ở vùng biển phía nam."#).isEmpty)
    }

    @Test func subordinateCueMakesNoQuote() {
        let found = quotes("Ông Lavrov cho biết Nga sẽ đáp trả nếu Mỹ tuyên bố trừng phạt mới.")
        #expect(found.map(\.cue) == ["cho biết"])
    }

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

    @Test func quoteFirstWithEmDash() {
        let found = quotes(#""Chúng tôi sẵn sàng nối lại đàm phán", — bà nói."#)
        #expect(found.map(\.content) == ["Chúng tôi sẵn sàng nối lại đàm phán"])
        #expect(found.first?.cue == "nói")
    }

    @Test func quoteSplitAroundItsAttribution() {
        let found = quotes(#""Chúng tôi không coi nhẹ sự cố này", ông Teodoro cho biết. "Đó là một hành động sử dụng vũ lực một cách hung hăng.""#)
        #expect(found.map(\.content) == ["Chúng tôi không coi nhẹ sự cố này", "Đó là một hành động sử dụng vũ lực một cách hung hăng."])
        #expect(found.map(\.cue) == ["cho biết", nil])
        #expect(found.last?.explanation.quoteRule == "floating-quote")
    }

    @Test func contentFirstThenSpeaker() {
        let found = quotes("Jordan cũng sẽ bảo vệ không phận của mình khỏi bất kỳ sự xâm nhập trái phép nào - một quan chức Jordan cho biết.")
        #expect(found.map(\.content) == ["Jordan cũng sẽ bảo vệ không phận của mình khỏi bất kỳ sự xâm nhập trái phép nào"])
        #expect(found.first?.explanation.quoteRule == "content-first")
    }

    @Test func headlineColon() {
        let found = Self.extractor.extract("Nga: Mỹ đang đẩy quan hệ song phương vào ngõ cụt\n\nTGVN. Quan hệ hai nước tiếp tục xấu đi trong tuần qua.", document: "t").quotes
        #expect(found.map(\.content) == ["Mỹ đang đẩy quan hệ song phương vào ngõ cụt"])
        #expect(found.first?.cue == ":")
    }

    @Test func appealTakesTheAddressee() {
        let found = quotes("Nga kêu gọi Mỹ từ bỏ đối đầu để hợp tác.")
        #expect(found.map(\.content) == ["Mỹ từ bỏ đối đầu để hợp tác"])
        #expect(found.first?.cue == "kêu gọi")
    }

    @Test func venueIsLeftOut() {
        let found = quotes("Đại sứ Mỹ tại Philippines, MaryKay Carlson, lên án các hoạt động hung hăng của Trung Quốc trên X (Twitter), cho biết vụ va chạm đã gây thương tích về người.")
        #expect(found.map(\.content) == ["các hoạt động hung hăng của Trung Quốc", "vụ va chạm đã gây thương tích về người"])
        #expect(found.map(\.cue) == ["lên án", "cho biết"])
    }

    @Test func negatedCueIsNoQuote() {
        #expect(quotes("Đại sứ quán Trung Quốc tại Kuala Lumpur đã không ngay lập tức trả lời yêu cầu bình luận.").isEmpty)
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

    @Test func strangeInputYieldsAResult() {
        #expect(Self.extractor.extract("", document: "t").quotes.isEmpty)
        #expect(Self.extractor.extract(String(repeating: "\"", count: 500), document: "t").quotes.isEmpty)
        let long = String(repeating: "ông nói rằng ", count: 20_000)
        #expect(Self.extractor.extract(long, document: "t").error == nil)
    }

    @Test func demonstrativeNamesTheQuotationBefore() {
        let found = quotes(#"“Đồng thuận 5 điểm vẫn là trọng tâm của ASEAN"– Đây là khẳng định của Ngoại trưởng Indonesia Retno Marsudi tại phiên họp hẹp."#)
        #expect(found.map(\.content) == ["Đồng thuận 5 điểm vẫn là trọng tâm của ASEAN"])
        #expect(found.first?.cue == "khẳng định")
        #expect(found.first?.speaker.name == "Retno Marsudi")
    }

    @Test func unnamedSourceAfterTheo() {
        let found = quotes("Theo nguồn tin, các đồng minh đã sẵn sàng hỗ trợ.")
        #expect(found.map(\.content) == ["các đồng minh đã sẵn sàng hỗ trợ"])
    }

    @Test func whomTheWordsWereSaidToThenComma() {
        let found = quotes("Một quan chức Mỹ nói với Reuters, Washington đã được Israel thông báo trước nhưng không tham gia.")
        #expect(found.map(\.content) == ["Washington đã được Israel thông báo trước nhưng không tham gia"])
        #expect(found.first?.cue == "nói")
    }

    // cues.tsv category `pledge`: a stated pledge is a quote, a bare commitment is a plan
    // (dev 104 against dev 325, an article with no quote).
    @Test func statedPledgeIsAQuoteBareCommitmentIsNot() {
        let stated = quotes("Ông Lại Thanh Đức cam kết sẽ duy trì nguyên trạng.")
        #expect(stated.map(\.content) == ["sẽ duy trì nguyên trạng"])
        #expect(quotes("Hai nhà lãnh đạo Venezuela và Colombia cam kết cùng hợp tác để giải quyết các vấn đề song phương còn tồn tại.").isEmpty)
    }

    // `Theo phóng viên TTXVN …`: the outlet's own correspondent is the writer; the
    // attribution inside the sentence still counts (dev 313, 325).
    @Test func ownCorrespondentIsNoSource() {
        #expect(quotes("Theo phóng viên TTXVN tại khu vực Mỹ Latinh, đây là cuộc gặp đầu tiên giữa lãnh đạo hai nước láng giềng kể từ năm 2016.").isEmpty)
        let inner = quotes("Theo phóng viên TTXVN tại châu Âu, trang tin tức Euractiv.com ngày 10/6 đưa tin Serbia và vùng lãnh thổ Kosovo sẽ nối lại đàm phán vào ngày 15/6 tới.")
        #expect(inner.map(\.speaker.name) == ["Euractiv.com"])   // `tin tức` is no `tức` ("that is")
    }

    // ANNOTATION.md: a cue noun makes a quote only with a content clause (dev 323).
    @Test func cueNounWithAContentClause() {
        let colon = quotes("Phát biểu trong cuộc họp của Hội đồng Bảo an Liên Hợp Quốc, ông Guterres đã đưa ra cảnh báo nghiêm trọng cùng lời kêu gọi khẩn cấp về một lệnh ngừng bắn: “Chúng ta cần một lệnh ngừng bắn ngay bây giờ”.")
        #expect(colon.map(\.content) == ["Chúng ta cần một lệnh ngừng bắn ngay bây giờ"])
        #expect(colon.first?.type == .direct)
        #expect(colon.first?.cue == "cảnh báo")
        #expect(colon.first?.speaker.name == "Guterres")
        let that = quotes("Ông Guterres đã đưa ra cảnh báo rằng khu vực có thể rơi vào một cuộc chiến tranh.")
        #expect(that.map(\.content) == ["khu vực có thể rơi vào một cuộc chiến tranh"])
        #expect(quotes("Những phát biểu của ông Trump gây tranh cãi tại Panama.").isEmpty)
        // `lời chỉ trích của X rằng …`: the possessor speaks (dev 111).
        let possessor = quotes(#"Đáp lại lời chỉ trích của Tổng thống Ukraine Volodymyr Zelenskyy rằng Warsaw đã không chuyển giao máy bay chiến đấu MiG-29 đã hứa cho Ukraine, Bộ trưởng Quốc phòng Ba Lan Władysław Kosiniak-Kamysz tuyên bố rằng người Ukraine có "trí nhớ ngắn hạn"."#)
        #expect(possessor.map(\.speaker.name) == ["Volodymyr Zelenskyy", "Władysław Kosiniak-Kamysz"])
        #expect(possessor.first?.content == "Warsaw đã không chuyển giao máy bay chiến đấu MiG-29 đã hứa cho Ukraine")
        #expect(possessor.first?.cue == "chỉ trích")
        // A cue noun with nobody before it or after `của` names no speaker: the noun
        // marker itself (`Lời`) is none.
        #expect(quotes("Lời cảnh báo: “Chúng ta cần một lệnh ngừng bắn ngay bây giờ”.").allSatisfy { $0.cue == nil })
        #expect(quotes("Ông Guterres đưa ra lời cảnh báo giành quyền kiểm soát khu vực.").isEmpty)
    }

    // ANNOTATION.md: content ends where another attribution starts; a time phrase may
    // stand between the comma and a coordinated cue (dev 302).
    @Test func coordinatedCueAfterATimePhrase() {
        let found = quotes(#"Ông Trump từ lâu đã ca ngợi mối quan hệ của mình với ông Kim, vào tháng trước nói rằng hai nước sẽ có "một cuộc chiến tranh hạt nhân", nhưng ông đã ngăn chặn được điều đó."#)
        #expect(found.map(\.content) == ["mối quan hệ của mình với ông Kim", #"hai nước sẽ có "một cuộc chiến tranh hạt nhân", nhưng ông đã ngăn chặn được điều đó"#])
        #expect(found.map(\.cue) == ["ca ngợi", "nói"])
        #expect(Set(found.map(\.speaker.name)) == ["Trump"])
    }

    // ANNOTATION.md: the content ends where the writer's comment starts: what the reported
    // act led to, and when (dev 106, 108).
    @Test func contentEndsBeforeWhatItLedTo() {
        let result = quotes("Bộ Ngoại giao Philippines lên án “cú đâm tốc độ cao có chủ đích” của cảnh sát biển Trung Quốc trong một nỗ lực ngăn chặn nhiệm vụ tiếp tế tới Bãi Cỏ Mây, đã khiến một thủy thủ Philippines bị thương.")
        #expect(result.map(\.content) == ["“cú đâm tốc độ cao có chủ đích” của cảnh sát biển Trung Quốc trong một nỗ lực ngăn chặn nhiệm vụ tiếp tế tới Bãi Cỏ Mây"])
        let background = quotes("Ngoại trưởng Ấn Độ cho biết quân đội Ấn Độ và Trung Quốc đang rút khỏi khu vực tranh chấp dọc theo biên giới, sau cuộc đụng độ khiến ít nhất 20 binh sĩ Ấn Độ thiệt mạng hôm 15/6.")
        #expect(background.map(\.content) == ["quân đội Ấn Độ và Trung Quốc đang rút khỏi khu vực tranh chấp dọc theo biên giới"])
    }

    // `Title, Name, cue`: the name in commas after its title is the subject (dev 304).
    @Test func nameInCommasAfterItsTitle() {
        let found = quotes("Hôm qua, phát ngôn viên bộ Ngoại Giao Ukraina, Georguii Tykhii, chỉ trích Mông Cổ đã « cho phép một tội phạm thoát khỏi công lý ».")
        #expect(found.map(\.speaker.name) == ["Georguii Tykhii"])
        #expect(found.first?.speaker.affiliation == "Ukraine")
        #expect(found.first?.type == .mixed)
    }

    // `theo` + a rule (`theo quy chế …`) and an announced report (`cho biết thêm thông
    // tin:`) are no sources of words (dev 304).
    @Test func ruleAndAnnouncedReportAreNoQuotes() {
        #expect(quotes("Theo quy chế hoạt động của Tòa Án, Mông Cổ sẽ phải thực hiện lệnh bắt giữ trên.").isEmpty)
        #expect(quotes("Thông tín viên Jean-Didier Revoin từ Matxcơva cho biết thêm thông tin:").isEmpty)
    }
}
