import Testing
@testable import VietQuote

/// `RecallObjectRule` (a recollection cue before a noun phrase with no clause is remembering,
/// no quote) on silver sentences.
@Suite struct RecallObjectRuleTests: QuoteRuleSuite {
    // Audit11 #86 (silver 2024-04-27-queen-of-tears-tap-15), silver 2024-12-26-mc.
    @Test func rememberedNounPhraseIsNoQuote() {
        let body = "Sau khi trải qua phẫu thuật, Hong Hae In vẫn thể hiện dấu hiệu nhớ lại Baek Hyun Woo, khi tên anh là điều đầu tiên cô nói ra."
        #expect(quotes(body).isEmpty)
        #expect(rule(deciding: "nhớ lại", in: body) == .recallObject)
        #expect(quotes("Trong chương trình, Quỳnh Hoa nhớ lại những năm tháng người thân đối mặt với bệnh tật cùng biến cố gia đình.").isEmpty)
    }

    // Silver 2025-01-11-cup-fa: the recollection is a credit that ends the earlier cue's content.
    @Test func recollectionIsACreditOnly() {
        let body = "\"Tất cả chúng tôi đều muốn có một cặp đấu lớn\" Dunne nói, nhớ lại sự căng thẳng khi lễ bốc thăm kéo dài."
        #expect(quotes(body).map(\.content) == ["Tất cả chúng tôi đều muốn có một cặp đấu lớn"])
    }

    // Silver 2024-09-11-lang-nu, 2024-06-29-roi-loan-than-kinh, 2024-05-06-acb: a colon or comma
    // after the cue, or a quotation before the speaker, keeps the quote.
    @Test func recollectionWithWordsIsAQuote() {
        let colon = quotes("Anh Diệp nhớ lại: Rạng sáng ngày 10/9 thì bắt đầu có mưa to.")
        #expect(colon.map(\.content) == ["Rạng sáng ngày 10/9 thì bắt đầu có mưa to"])
        let comma = quotes("Em út Quỳnh Anh nhớ lại, 2 chị lớn khóc nhiều nhất vì sợ mẹ chọn ở lại.")
        #expect(comma.count == 1)
        let first = quotes("\"Dù đang căng thẳng cách mấy cũng sẽ dịu đi ngay\", anh Phúc nhớ lại.")
        #expect(first.map(\.content) == ["Dù đang căng thẳng cách mấy cũng sẽ dịu đi ngay"])
    }

    // Silver 2024-11-04-garnacho: a later cue keeps the recollection's subject as its speaker.
    @Test func laterCueKeepsTheSpeaker() {
        let body = "Neville cũng nhớ lại những đồng đội cũ như Ryan Giggs, David Beckham, và Andrei Kanchelskis, nhấn mạnh tinh thần làm việc của họ trong phòng ngự đã giúp toàn đội đạt hiệu quả."
        #expect(quotes(body).contains { $0.speaker.name == "Neville" && $0.cue == "nhấn mạnh" })
    }
}
