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
}
