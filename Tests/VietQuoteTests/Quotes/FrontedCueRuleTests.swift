import Testing
@testable import VietQuote

/// `FrontedCueRule` (a cue opening the sentence with words of its own is the main clause
/// subject's quote) on dev and silver sentences.
@Suite struct FrontedCueRuleTests: QuoteRuleSuite {
    // Dev 426: `Cho biết, X, ông Y cho rằng Z` makes two quotes of ông Narayana Murthy.
    @Test func frontedStatementWithItsWords() {
        let body = "Cho biết, Ấn Độ đã phát triển ngành công nghệ thông tin từ rất sớm và Việt Nam cũng đã có những doanh nghiệp công nghệ vươn tầm thế giới như FPT, ông Narayana Murthy cho rằng đây là nền tảng, môi trường hết sức thuận lợi để thúc đẩy hợp tác trong lĩnh vực công nghệ giữa hai nước."
        let found = quotes(body)
        #expect(found.map(\.cue) == ["Cho biết", "cho rằng"])
        #expect(found.first?.content == "Ấn Độ đã phát triển ngành công nghệ thông tin từ rất sớm và Việt Nam cũng đã có những doanh nghiệp công nghệ vươn tầm thế giới như FPT")
        #expect(rule(deciding: "Cho biết", in: body) == .frontedCue)
    }

    // Dev 426: a fronted judging cue with its object.
    @Test func frontedJudgingCueWithItsObject() {
        let body = "Hoan nghênh ông Narayana Murthy thăm và làm việc với các đối tác Việt Nam trong lĩnh vực công nghệ thông tin, Thủ tướng Chính phủ Phạm Minh Chính bày tỏ ấn tượng về quy mô, vai trò và vị thế của Tập đoàn Infosys."
        #expect(quotes(body).first?.content == "ông Narayana Murthy thăm và làm việc với các đối tác Việt Nam trong lĩnh vực công nghệ thông tin")
    }

    // Silver 2024-09-23-truong-my-lan-van-thinh-phat: the next cue has a speaker of its own;
    // silver 2024-05-19-nha: a fronted phrase of the scene (`Phát biểu tại …`) is no quote.
    @Test func frontedCueWithoutWordsOfItsOwn() {
        let body = "Trả lời, bị cáo Lan cho rằng, thời điểm đó, bà Nguyễn Phương Hồng (cựu Phó Tổng giám đốc SCB) nói nếu không cho mượn để phát hành trái phiếu thì SCB sẽ sụp đổ."
        #expect(rule(deciding: "Trả lời", in: body) != .frontedCue)
        let scene = "Phát biểu tại lễ khởi công, Thủ tướng Phạm Minh Chính biểu dương Tổng công ty Cảng hàng không Việt Nam (ACV) đã hoàn tất công tác chuẩn bị đầu tư mở rộng nhà ga T2 sân bay Nội Bài trong một thời gian rất ngắn."
        #expect(rule(deciding: "Phát biểu", in: scene) != .frontedCue)
    }
}
