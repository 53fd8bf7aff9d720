import Testing
@testable import VietQuote

@Suite struct AuxiliaryInSubjectRuleTests: QuoteRuleSuite {
    // silver (Bến Tre broadcaster): `cũng sẵn sàng` opens the predicate; the speaker is `Trung tâm`.
    @Test func auxiliaryEndsTheSpeaker() {
        let body = "Trung tâm cũng sẵn sàng chia sẻ tài nguyên, tư liệu đã thực hiện trong thời gian qua để hỗ trợ Đài Phát thanh và Truyền hình Bến Tre."
        let found = quotes(body)
        #expect(found.map(\.speaker.mention) == ["Trung tâm"])
        #expect(refinements(body) == [[.auxiliaryInSubject]])
    }

    // silver (AFF Cup draw): `cũng sớm công bố` — the organisers announce.
    @Test func organisersAnnounce() {
        let found = quotes("Ngay sau lễ bốc thăm AFF Cup 2024 hôm nay, Ban tổ chức cũng sớm công bố lịch thi đấu.")
        #expect(found.map(\.speaker.mention) == ["Ban tổ chức"])
    }

    // An auxiliary right before the cue is no part of the subject to begin with: nothing to cut.
    @Test func subjectWithoutAnAuxiliaryIsKept() {
        let body = "Ngoại trưởng Nga Sergei Lavrov cũng tuyên bố Moscow sẵn sàng đàm phán."
        #expect(quotes(body).map(\.speaker.mention) == ["Ngoại trưởng Nga Sergei Lavrov"])
        #expect(refinements(body) == [[]])
    }

    // silver 2024-11-05 (Real Madrid): `cũng như` is a coordinator, not the auxiliary `cũng`.
    @Test func longerPhraseOfAnotherClassIsNoAuxiliary() {
        let body = "Theo Jorge Valdano, từng là cựu cầu thủ, HLV và tổng giám đốc của Real, ban lãnh đạo cũng như Ancelotti đang đánh giá thấp sự ra đi của Kroos."
        #expect(refinements(body).allSatisfy { !$0.contains(.auxiliaryInSubject) })
        #expect(quotes(body).map(\.speaker.mention) == ["ban lãnh đạo cũng như Ancelotti"])
    }

    // Issue 14 item 7, silver 2024-09-24-diddy, 2024-12-11-song-hye-kyo: adverbs of manner and
    // frequency (`đồng loạt`, `luôn`) open the predicate like an auxiliary.
    @Test(arguments: [
        ("Truyền thông quốc tế đồng loạt đưa tin, ngày 16/9, rapper Sean Combs bị bắt giữ.", "Truyền thông quốc tế"),
        ("Các chuyên gia luôn nhắc nhở mỗi ngày ăn đủ protein và vitamin C để tăng sinh collagen.", "Các chuyên gia"),
    ])
    func adverbOpeningThePredicateEndsTheSpeaker(body: String, mention: String) {
        #expect(quotes(body).map(\.speaker.mention) == [mention])
        #expect(refinements(body).allSatisfy { $0.contains(.auxiliaryInSubject) })
    }
}
