import Testing
@testable import VietQuote

/// `CallingCueRule` (`gọi` without a naming `là`: a call or summons, no quote) on sentences
/// from the silver articles and the dev gold.
@Suite struct CallingCueRuleTests: QuoteRuleSuite {
    // Silver 2024-05-23-park-bo-ram, 2024-04-22-tram-cuu-ho-trai-tim-tap-19, 2025-02-21-benh-vien-phu-san-ha-noi.
    @Test func callWithoutCopulaIsNoQuote() {
        let call = "Bạn bè ngay lập tức gọi 119 và cố gắng hô hấp nhân tạo cho Park Bo Ram."
        #expect(quotes(call).isEmpty)
        #expect(rule(deciding: "gọi", in: call) == .callingCue)
        #expect(quotes("Cô gọi cho Nghĩa hối thúc anh phải có cách ngăn chặn lại.").isEmpty)
        #expect(quotes("Gia đình liền gọi bác sĩ cấp cứu và được gợi ý truyền thuốc.").isEmpty)
    }

    // Dev gold 310, 424: `gọi X là Y` labels, and is said.
    @Test func namingWithCopulaIsAQuote() {
        let named = quotes("HLV Didier Deschamps gọi Laporte là kẻ nói dối.")
        #expect(named.map(\.content) == ["Laporte là kẻ nói dối"])
        let this = quotes("Thủ tướng Ba Lan gọi đây là cuộc tấn công hèn hạ nhằm vào Thủ tướng Fico.")
        #expect(this.map(\.content) == ["đây là cuộc tấn công hèn hạ nhằm vào Thủ tướng Fico"])
    }

    // Silver 2024-09-09-doc-dao: words called out after a colon are said.
    @Test func wordsCalledOutAreSaid() {
        #expect(rule(deciding: "gọi", in: "Bà Mộc gọi chồng: \"Ông ơi, ông có bưu kiện này\".") != .callingCue)
        #expect(rule(deciding: "gọi", in: "Bà Mộc gọi: \"Ông ơi, ông có bưu kiện này\".") != .callingCue)
    }

    // A longer cue holding the word is another row of cues.tsv, not a naming cue.
    @Test func longerCueIsNotRead() {
        let appeal = quotes("Tổng thư ký Liên Hợp Quốc kêu gọi các bên ngừng bắn ngay lập tức.")
        #expect(appeal.map(\.content) == ["các bên ngừng bắn ngay lập tức"])
    }
}
