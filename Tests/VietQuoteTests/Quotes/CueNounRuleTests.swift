import Testing
@testable import VietQuote

/// `CueNounRule` (A cue word used as a noun: a quote only with a content clause.) on sentences from the dev articles (or written like one).
@Suite struct CueNounRuleTests: QuoteRuleSuite {
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

    @Test func cueAsNounIsNoQuote() {
        #expect(quotes("Ông đã có những phát biểu gây tranh cãi trong năm qua.").isEmpty)
        #expect(quotes("Tuyên bố trên được Bộ Ngoại giao đưa ra hôm thứ Ba.").isEmpty)
    }

    @Test func cueNounWithoutClauseIsRejectedHere() {
        #expect(rule(deciding: "phát biểu", in: "Những phát biểu của ông Trump gây tranh cãi tại Panama.") == .cueNoun)
        #expect(rule(deciding: "cảnh báo", in: "Ông Guterres đưa ra lời cảnh báo giành quyền kiểm soát khu vực.") == .cueNoun)
    }

    // dev 448: `Bản` in `Nhật Bản` is a word of the name, not the noun marker `bản`.
    @Test func markerWordInsideANameIsNoMarker() {
        let found = quotes("Bộ Nông nghiệp Nhật Bản kêu gọi người dân hạn chế tích trữ hàng hóa quá mức.")
        #expect(found.map(\.content) == ["người dân hạn chế tích trữ hàng hóa quá mức"])
        #expect(quotes("Bản tuyên bố của hai nước được công bố hôm qua.").isEmpty)
    }

    // Silver (issue 14 item 7): a classifier of an utterance (`câu`, `dòng`, `đoạn`) makes the
    // cue word a noun, as `lời` does: a football "answer", a teaser's "answer", a quoted line.
    @Test func utteranceClassifierMakesANoun() {
        #expect(quotes("Kuwait có câu trả lời ngay sau đó nhưng Al Awadhi lại đưa bóng lên trời.").isEmpty)
        #expect(quotes("Câu trả lời sẽ có trong Người một nhà tập 14 phát sóng 21h40 tối nay.").isEmpty)
        // `tên gọi` "name" is one noun (a cues.tsv blocker): `gọi` is no cue in it.
        #expect(quotes("Đúng như tên gọi, MSI Cyborg 15 AI mang đến CPU Intel Core Ultra 7 hoàn toàn mới.").isEmpty)
        #expect(quotes("Dòng thông báo chỉ vỏn vẹn trong 2 dòng này của đội bóng Tây Ban Nha đã khép lại thương vụ.").isEmpty)
        // With its content clause the noun still makes a quote, and its subject speaks.
        let warned = quotes("Juanito đã có câu cảnh báo nổi tiếng đến đội bóng Serie A rằng: “90 phút ở Bernabeu là một khoảng thời gian rất dài”.")
        #expect(warned.map(\.speaker.name) == ["Juanito"])
        #expect(warned.map(\.content) == ["90 phút ở Bernabeu là một khoảng thời gian rất dài"])
    }

    // Silver: a preposition right before a cue word governs it as a noun (`về đề xuất`,
    // `đối với yêu cầu`), and `cung cấp thông tin` provides information, says nothing.
    @Test func prepositionOrProvideMakesANoun() {
        #expect(quotes("Về đề xuất tháo gỡ thủ tục xin chuyển tuyến khám, chữa bệnh đối với thương binh nặng.").isEmpty)
        #expect(quotes("Đối với yêu cầu giải tỏa 2 sổ tiết kiệm của vợ bị cáo, tòa chưa xem xét.").isEmpty)
        #expect(quotes("Các Tổng công ty Điện lực cung cấp thông tin thường xuyên về tình hình cung ứng điện trong dịp nghỉ lễ.").isEmpty)
        // `phát đi thông báo` states what was announced: still a quote.
        #expect(quotes("Cơ quan An ninh điều tra Bộ Công an phát đi thông báo đang kiểm tra, xác minh tin báo của ngân hàng.").count == 1)
    }

    // Review8 S2, silver 2025-02-17-barcelona-dau-voi-rayo: a colon that ends the paragraph
    // opens the content clause; the quotation is the next paragraph.
    @Test func colonEndingTheParagraphOpensTheContent() {
        let found = quotes("Khả năng di chuyển bóng của Pedri đã giúp Barcelona kiểm soát trận đấu. Trang Barca Universal chấm Pedri thang điểm 9 trên 10 với dòng nhận xét:\n\n\"Một màn trình diễn tuyệt vời nữa của Pedri, người hiện đang chứng tỏ mình xứng đáng được vinh danh là tiền vệ xuất sắc nhất thế giới\".\n\nHàng thủ Barcelona đã trải qua một ngày thi đấu cực kỳ vất vả.")
        #expect(found.map(\.content) == ["Một màn trình diễn tuyệt vời nữa của Pedri, người hiện đang chứng tỏ mình xứng đáng được vinh danh là tiền vệ xuất sắc nhất thế giới"])
        #expect(found.first?.type == .direct)
        #expect(found.first?.cue == "nhận xét")
        // With no quotation after it, the colon in the middle of a paragraph is no content clause.
        #expect(quotes("Trang Barca Universal chấm Pedri thang điểm 9 trên 10 với dòng nhận xét: tiền vệ này chơi hay.").isEmpty)
    }
}
