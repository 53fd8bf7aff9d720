import Testing
@testable import VietQuote

/// The `# compounds` blockers of lexicons/cues.tsv (a cue word inside a word or fixed expression
/// with the word before it, mined by scripts/mine/cue_compounds.py) on silver sentences.
@Suite struct CompoundCueBlockerTests: QuoteRuleSuite {
    // Silver 2024-04-20-suni-ha-linh: `học hỏi` "learn"; the speaker was `Mỹ nhân tự nhận mình còn nhiều điều`.
    @Test func learningIsNoQuestion() {
        let body = "Mỹ nhân tự nhận mình còn nhiều điều phải học hỏi và hoàn thiện."
        #expect(quotes(body).isEmpty)
    }

    // Silver 2024-07-11-dang-van-lam: `ăn hỏi` "betrothal"; the speaker was `Cũng như lễ ăn`.
    @Test func betrothalIsNoQuestion() {
        let body = "Cũng như lễ ăn hỏi, ngày cưới của cặp đôi cũng được diễn ra riêng tư, không có sự can thiệp từ báo chí, truyền thông."
        #expect(quotes(body).isEmpty)
    }

    // Silver 2024-09-02-ngay-bac-ho-mat: `Tiếng nói` inside a body's name; the cue was `nói`, the content
    // `Việt Nam thông báo …`. (The mention still stops at `Đài Tiếng`: a Speakers matter, see the report.)
    @Test func voiceInBodyNameIsNoCue() {
        let body = "Sáng sớm ngày 4/9, trong chương trình Thời sự, Đài Tiếng nói Việt Nam thông báo chính thức Bác mất."
        let found = quotes(body)
        #expect(found.map(\.cue) == ["thông báo"])
        #expect(found.map(\.content) == ["chính thức Bác mất"])
    }

    // Silver 2024-08-13-tap-can-binh: `Nhà bình luận` "commentator" is the speaker's title, `cho rằng` the
    // cue (the cue was `bình luận`, its content `Thái cho rằng, …`).
    @Test func commentatorIsNoCue() {
        let body = "Nhà bình luận Thái cho rằng, những bất thường trên các phương tiện truyền thông chính thức của ĐCSTQ trong thời kỳ này là do kỳ nghỉ Bắc Đới Hà dành cho các lãnh đạo cao nhất của ĐCSTQ."
        let found = quotes(body)
        #expect(found.map(\.cue) == ["cho rằng"])
        #expect(found.first?.content.hasPrefix("những bất thường") == true)
    }

    // Silver 2024-04-15-erik-ten-hag: `Bất kể` "regardless of"; the speaker was `Bất`.
    @Test func regardlessIsNoTelling() {
        let body = "Bất kể MU đang gặp khó, Erik ten Hag vẫn quan điểm rõ ràng: sẽ không có chỗ cho cầu thủ nào có cái tôi lớn hơn tập thể."
        #expect(!quotes(body).contains { $0.cue == "kể" })
    }
}
