import Testing
@testable import VietQuote

/// `GovernedCueNounRule` (a cue noun that is the object of the verb before it, or names the kind
/// of the noun before it: a quote only with a content clause) on silver sentences.
@Suite struct GovernedCueNounRuleTests: QuoteRuleSuite {
    // Silver 2024-10-15-5g-viettel: `đáp ứng yêu cầu` "meets the requirement"; the speaker was `5G SA còn đáp ứng`.
    @Test func objectOfAnotherVerbIsNoQuote() {
        let body = "So với mạng 5G NSA, ngoài cung cấp các dịch vụ truyền tải dữ liệu tốc độ cao, 5G SA còn đáp ứng yêu cầu độ trễ siêu thấp, khoảng 1ms, tốt hơn nhiều mạng 5G NSA và gấp 20 lần 4G truyền thống."
        #expect(rule(deciding: "yêu cầu", in: body) == .governedCueNoun)
        #expect(!quotes(body).contains { $0.cue == "yêu cầu" })
    }

    // Silver 2024-12-29-nguyen-hoang-duc: `nhận đánh giá rất cao từ …` is praise received, not said.
    @Test func receivedJudgementIsNoQuote() {
        let body = "Hoàng Đức nhận đánh giá rất cao từ Rhysh Roshan Rai, sau pha anh đi bóng ngoạn mục như làm xiếc qua 2 hậu vệ Singapore trước khi tung đường kiến tạo cho Xuân Son ghi bàn nâng tỷ số lên 2-0 ở phút 63."
        #expect(rule(deciding: "đánh giá", in: body) == .governedCueNoun)
        #expect(quotes(body).isEmpty)
    }

    // Silver 2025-02-03-loi-chuc-nam-moi: a clause opening with a verb (`Lắng nghe chia sẻ, …`) was the speaker `Lắng nghe`.
    @Test func sentenceOpeningVerbTakesTheCueAsObject() {
        let body = "Lắng nghe chia sẻ, anh Bình kết lại với một lời chúc đầy ẩn ý nhưng cũng không kém phần hài hước: “Chúc FPT Digital 2025 lên bờ!”."
        #expect(rule(deciding: "chia sẻ", in: body) == .governedCueNoun)
        #expect(!quotes(body).contains { $0.speaker.mention == "Lắng nghe" })
    }

    // Silver 2024-07-28-dong-dat: a rumour spread on a network; the speaker was `mạng xã hội Facebook lan truyền`.
    @Test func spreadInformationIsNoQuote() {
        let body = "Lúc 11h40, trên mạng xã hội Facebook lan truyền thông tin động đất , gây rung chấn đến TP Kon Tum, TP Đà Nẵng."
        #expect(quotes(body).isEmpty)
    }

    // Silver 2024-07-17-diem-chuan-hoc-vien-bao-chi-va-tuyen-truyen-2023 and 2024-07-04-nam-thu-giat-chong:
    // a cue noun naming the kind of the noun before it (`tiêu chí đánh giá`, `làn sóng chỉ trích`).
    @Test func compoundNounIsNoQuote() {
        let criteria = "Tiêu chí đánh giá, xét tuyển phải dựa trên yêu cầu về kiến thức nền tảng và năng lực cốt lõi mà thí sinh cần có để theo học chương trình, ngành đào tạo."
        #expect(rule(deciding: "đánh giá", in: criteria) == .governedCueNoun)
        #expect(!quotes(criteria).contains { $0.speaker.mention == "Tiêu chí" })
        let wave = "Thông tin này nhanh chóng lan truyền khiến nữ diễn viên nhận làn sóng chỉ trích dữ dội."
        #expect(quotes(wave).isEmpty)
    }

    // Silver 2024-09-02-jadon-sancho: with a content clause (`: "…"`) the noun states words: a quote,
    // whose subject stands before the verb.
    @Test func contentClauseKeepsTheQuoteBeforeTheVerb() {
        let body = "Một người hâm mộ lan truyền thông tin trên X: \"Jadon Sancho đã xóa hết ảnh chụp với Man United\"."
        let found = quotes(body)
        #expect(found.map(\.content) == ["Jadon Sancho đã xóa hết ảnh chụp với Man United"])
        #expect(found.first?.speaker.mention == "Một người hâm mộ")
    }

    // A publishing verb announces what it posts (`đăng tải thông báo`, silver 2024-06-03-kylian-mbappe):
    // not in the class, the sieves after read it as before.
    @Test func otherCuesPass() {
        let body = "Vào đúng 0h30, trang chủ Real Madrid chính thức đăng tải thông báo chiêu mộ thành công Kylian Mbappe theo dạng chuyển nhượng tự do."
        #expect(rule(deciding: "thông báo", in: body) != .governedCueNoun)
    }
}
