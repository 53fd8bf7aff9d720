import Testing
@testable import VietQuote

/// `GivenNameAfterHonorific`: a one-word name right after `ông`, `bà`, `ngài` is a given name,
/// not the first syllable of a common word, and the trace says so.
@Suite struct GivenNameAfterHonorificTests {
    // Silver 2025-02-17 (a TV recap), 2024-05-02-nguoi-mot-nha-tap-11, 2024-04-24-tram-cuu-ho-trai-tim-tap-21:
    // the speaker was the words `Chính lo lắng`, `Thư lạnh lùng`, `Xinh khóc lóc` (an unnamed source).
    @Test(arguments: [
        ("\"Tôi và cô ta đã ly dị, không còn liên quan gì nữa. Nhưng gọi cho tôi là đánh động đến thằng Nguyên\", ông Chính lo lắng nói.", "Chính"),
        ("Đáp lại lời nhờ vả của con trai, bà Thư lạnh lùng nói: \"Biết rồi, nó không tìm đâu. Mà tìm nó cũng chả hỏi đâu\".", "Thư"),
        ("Bà Xinh khóc lóc vẫn gọi Hà là con dâu, còn hỏi phải làm gì để con dâu trở lại bình thường.", "Xinh"),
    ])
    func givenNameAfterAnHonorificSpeaks(sentence: String, name: String) throws {
        let found = try #require(SpeakerRuleProbe.decisions(sentence).first)
        #expect(found.speaker.name == name)
        #expect(found.speaker.kind == .person)
        #expect(found.rules.contains(.givenNameAfterHonorific))
    }

    // Silver 2024-08-28-patek-philippe: `ông An` is the article's `Nguyễn Lộc An`.
    @Test func givenNameTakesTheArticlesFullName() throws {
        let found = SpeakerRuleProbe.decisions("""
            Ông Nguyễn Lộc An, cựu Vụ trưởng Vụ Thị trường trong nước, bị cáo buộc nhận hối lộ.

            Khi đó, ông An đồng ý nhưng thông báo phải chi theo "mặt bằng chung" 5-7 tỷ đồng.
            """)
        #expect(found.last?.speaker.name == "Nguyễn Lộc An")
    }

    // Silver 2024-12-12-tpbank-loi: a pronoun used as an honorific (`anh`, speaker_pronouns.tsv);
    // the speaker was the words `anh Phúc bức xúc`.
    @Test func givenNameAfterAPronounTakesTheArticlesFullName() {
        let found = SpeakerRuleProbe.decisions("""
            Anh Trần Minh Phúc cần chuyển tiền gấp nhưng chờ cả đêm vẫn không chuyển được tiền. "TPBank khiến khách hàng tiến thoái lưỡng nan khi ứng dụng trục trặc", anh Phúc bức xúc chia sẻ.
            """)
        #expect(found.last?.speaker.name == "Trần Minh Phúc")
        #expect(found.last?.rules.contains(.givenNameAfterHonorific) == true)
    }

    // The same word with no honorific before it opens a common word: no such trace.
    @Test func withoutAnHonorificNoTrace() {
        let found = SpeakerRuleProbe.decisions("Chính phủ cho biết sẽ tiếp tục hỗ trợ người dân vùng lũ.")
        #expect(found.allSatisfy { !$0.rules.contains(.givenNameAfterHonorific) })
    }
}
