import Testing
@testable import VietQuote

/// `ReverentPronoun`: a capitalised `Người` is the reverent pronoun of a revered person named
/// before, in an article that writes it capitalised inside a sentence.
@Suite struct ReverentPronounTests {
    // Silver 2024-04-30-giai-phong-mien-nam: `, Người bày tỏ` inside a sentence, after Hồ Chí Minh spoke.
    @Test func reverentPronounIsTheRevered() throws {
        let found = SpeakerRuleProbe.decisions("""
            Tháng 2/1958, trong Tuyên bố tại cuộc họp báo ở Niu ĐêLi (Ấn Độ) về vấn đề thống nhất nước Việt Nam, Chủ tịch Hồ Chí Minh khẳng định: “Miền Nam là thịt của thịt chúng tôi, là máu của máu chúng tôi”. Ngày 23/10/1963, trong "Lời chào mừng các đoàn đại biểu công đoàn quốc tế", Người bày tỏ tình cảm đối với Đoàn đại biểu Hội Lao động giải phóng miền Nam Việt Nam: “Trái tim của tôi và 17 triệu đồng bào miền Bắc luôn luôn đập một nhịp với trái tim của đồng bào miền Nam”.
            """)
        let quote = try #require(found.first { $0.speaker.mention == "Người" })
        #expect(quote.speaker.name == "Hồ Chí Minh")
        #expect(quote.rules.contains(.reverentPronoun))
    }

    // Silver 2024-09-02-anh-bac-ho: sentence-initial `Người còn căn dặn` in an article that writes
    // `, Người đấu tranh` inside a sentence (a song's words) before; `Bác Hồ` named right before.
    @Test func openingReverentPronounInAnArticleThatWritesIt() throws {
        let found = SpeakerRuleProbe.decisions("""
            Ngay sau đó ông đã cảm hứng sáng tác ca khúc “Biết ơn cụ Hồ Chí Minh” với giai điệu thành kính, thể hiện tình cảm và lòng biết ơn sâu sắc đối với Bác: "Dân Nam ơi biết ơn Cụ Hồ đời đời/ Bao nhiêu năm sống trong nguy nan điêu linh/ Dân Nam ơi biết ơn Cụ Hồ đời đời/ Một lòng vì dân, Người đấu tranh không ngừng...”.

            Mấy hôm sau, ông được cán bộ Thông tin - Tuyên truyền chuyển lại ba bản nhạc có chữ ký của Bác Hồ. Người còn căn dặn: “Bảo các chú ấy cố gắng viết nhiều bài hát phục vụ cách mạng, Bác sẽ thưởng”.
            """)
        let quote = try #require(found.first { $0.speaker.mention == "Người" })
        #expect(quote.speaker.name.contains("Hồ"))
        #expect(quote.rules.contains(.reverentPronoun))
    }

    // Silver 2025-02-02-quoc-thuan: `Người cho rằng …, người lại thấy …` (some people …, others …):
    // the article writes no capitalised `Người` inside a sentence, so no one is read for it.
    @Test func distributivePeopleAreNoPronoun() {
        let found = SpeakerRuleProbe.decisions("""
            Nữ diễn viên Lê Giang không ngần ngại phản pháo bằng bình luận đầy ẩn ý: "Chị Giang là đồng nghiệp với em, nếu em diễn dở em muốn chị Giang nhắn tin góp ý riêng hay em muốn chị đăng status?".

            Câu trả lời của Lê Giang nhanh chóng gây bão, nhận về hơn 1.100 lượt cảm xúc. Dân mạng cười bình luận trái chiều về màn "bẻ lái" của nữ nghệ sĩ. Người cho rằng cô đang dùng chính logic của Minh Luân để "dằn mặt" anh, người lại thấy thái độ của Lê Giang quá căng thẳng.
            """)
        #expect(!found.contains { $0.rules.contains(.reverentPronoun) })
        #expect(!found.contains { $0.speaker.mention == "Người" && $0.speaker.name == "Lê Giang" })
    }
}
