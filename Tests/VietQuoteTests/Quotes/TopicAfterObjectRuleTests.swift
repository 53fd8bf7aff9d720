import Testing
@testable import VietQuote

/// `TopicAfterObjectRule` (a cue's object ending on `về` and a topic that states nothing: a
/// credit, no quote) on sentences from the silver and dev articles.
@Suite struct TopicAfterObjectRuleTests: QuoteRuleSuite {
    // Audit11 #95 (silver 2024-11-06-truong-hue-van), #0 (2024-05-23-thu-ky) and silver
    // 2024-10-18-dortmund: an addressee, a manner adverb or an opinion noun, then a topic.
    @Test func objectThenTopicIsNoQuote() {
        let body = "Ban Quản giới tử nhắc nhở các giới tử về nội quy sinh hoạt tại giới trường."
        #expect(quotes(body).isEmpty)
        #expect(rule(deciding: "nhắc nhở", in: body) == .topicAfterObject)
        #expect(quotes("Hương Tràm chia sẻ thẳng thắn về tin đồn bí mật sinh con.").isEmpty)
        #expect(quotes("HLV Dortmund, Nuri Sahin nói điều bất ngờ về Mourinho.").isEmpty)
        #expect(quotes("Cindy Lư lần đầu trả lời trực tiếp về những tin đồn xoay quanh cuộc hôn nhân cũ.").isEmpty)
    }

    @Test func topicAfterObjectIsACreditOnly() {
        let decided = decisions("An Nhiên hỏi Nghĩa về chuyện bán công ty Lan Hà.")
        #expect(decided.map(\.rule) == [.topicAfterObject])
        #expect(decided.map(\.attributed) == [false])
    }

    // A clause before `về` (a negator, a name and its predicate) or after the topic keeps the quote.
    @Test func clauseAroundTheTopicWordIsContent() {
        let negated = quotes("Tại buổi tập, HLV Diego Giustozzi cho biết ông không lo về vấn đề thể lực của các học trò.")
        #expect(negated.map(\.content) == ["ông không lo về vấn đề thể lực của các học trò"])
        let predicate = quotes("Sky Sports xác nhận phía Villa tự tin về khả năng hoàn tất vụ làm ăn.")
        #expect(predicate.map(\.content) == ["phía Villa tự tin về khả năng hoàn tất vụ làm ăn"])
        let after = quotes("Ahn Jae Hyun tiết lộ anh chịu tổn thương về mặt tình cảm, bị nghiện rượu sau biến cố hôn nhân.")
        #expect(after.count == 1)
        let nominal = quotes("Nadal đã nhiều lần nói bóng gió về việc rút khỏi Laver Cup.")
        #expect(nominal.map(\.content) == ["bóng gió về việc rút khỏi Laver Cup"])
    }

    // `về` of motion or of a side (function_words.tsv `direction_verb`): no topic.
    @Test func directionalVeIsNoTopic() {
        let side = quotes("Thời điểm diễn ra vụ xô xát, Mỹ cũng đã lên tiếng đứng về phía Philippines.")
        #expect(side.map(\.content) == ["đứng về phía Philippines"])
        let back = quotes("Nhiều tin đồn nói Neymar sẵn sàng trở về Brazil để thi đấu.")
        #expect(back.map(\.content) == ["Neymar sẵn sàng trở về Brazil để thi đấu"])
    }

    // An appeal's object is a topic's addressee only after a quantifier: `yêu cầu Phùng về
    // trụ sở` is "go back" (silver 2024-11-19-doc-dao-tap).
    @Test func appealWithoutQuantifierKeepsItsContent() {
        let back = quotes("Long yêu cầu Phùng về trụ sở làm việc trước khi sự việc đi quá xa.")
        #expect(back.map(\.content) == ["Phùng về trụ sở làm việc trước khi sự việc đi quá xa"])
    }
}
