import Testing
@testable import VietQuote

/// The cues.tsv blockers of cues22: `viết` before a written work or in a noun (`viết kịch bản`,
/// `cây viết`) and `đe dọa` before a goal, a place reached or a life (`đe dọa khung thành`,
/// `đe dọa trực tiếp đến`) are another sense, no cue; sentences from the silver articles.
@Suite struct CueSenseBlockerTests: QuoteRuleSuite {
    @Test func writingAWorkIsNoQuote() {
        #expect(quotes(#"Trong bài đăng này, Vu Chính ẩn ý về việc muốn viết kịch bản dựa trên chuyện có thật về 1 đôi diễn viên "phim giả tình thật"."#).isEmpty)
        #expect(quotes("Khoa muốn viết bài thơ nhớ Bác, nhưng lại sợ xúi quẩy.").isEmpty)
    }

    @Test func threatToAGoalIsNoQuote() {
        #expect(quotes("Đáp lại, Ý cũng có những pha tấn công đáng chú ý, với Mateo Retegui liên tục đe dọa khung thành đối phương.").isEmpty)
        #expect(quotes("Bão số 4 được dự báo sẽ gây ra những tác động nghiêm trọng, đe dọa trực tiếp đến tính mạng và tài sản của người dân tại các tỉnh miền Trung.").isEmpty)
    }

    // The writer's noun `cây viết` leaves the cue after it (silver 2024-10-06-phim-joker).
    @Test func writerNounLeavesTheCueAfterIt() {
        let found = quotes("Cây viết Manohia Dargis của New York Times cho rằng Joker: Folie à Deux là vở nhạc kịch nửa vời, với sự kết hợp của một ngôi sao biết hát (Lady Gaga) và một ngôi sao khác không thể hát (Phoenix).")
        #expect(found.map(\.cue) == ["cho rằng"])
    }

    // A threat said takes an act (dev 434): kept.
    @Test func threatOfAnActIsAQuote() {
        let found = quotes("Ông Zuniga gần đây cho rằng ông Morales không nên quay trở lại và đe dọa sẽ ngăn cản, dẫn đến việc bị Tổng thống Arce cách chức chỉ huy.")
        #expect(found.map(\.cue) == ["cho rằng", "đe dọa"])
    }
}
