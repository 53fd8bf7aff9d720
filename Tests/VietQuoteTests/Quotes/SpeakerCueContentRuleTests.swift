import Testing
@testable import VietQuote

/// `SpeakerCueContentRule` (`X cue content`: the content after the cue, past `rằng`, a venue before it, `:` or `,`.) on sentences from the dev articles (or written like one).
@Suite struct SpeakerCueContentRuleTests: QuoteRuleSuite {
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

    @Test func whomTheWordsWereSaidToThenComma() {
        let found = quotes("Một quan chức Mỹ nói với Reuters, Washington đã được Israel thông báo trước nhưng không tham gia.")
        #expect(found.map(\.content) == ["Washington đã được Israel thông báo trước nhưng không tham gia"])
        #expect(found.first?.cue == "nói")
    }

    @Test func appealTakesTheAddressee() {
        let found = quotes("Nga kêu gọi Mỹ từ bỏ đối đầu để hợp tác.")
        #expect(found.map(\.content) == ["Mỹ từ bỏ đối đầu để hợp tác"])
        #expect(found.first?.cue == "kêu gọi")
    }

    @Test func theLastSieveTakesTheContentAfterTheCue() {
        let body = "Ngày 4/2, Ngoại trưởng Nga Sergei Lavrov tuyên bố Moscow sẵn sàng bình thường hóa quan hệ song phương."
        #expect(rule(deciding: "tuyên bố", in: body) == .speakerCueContent)
        #expect(quotes(body).first?.explanation.quoteRule == .speakerCueContent)
    }
}
