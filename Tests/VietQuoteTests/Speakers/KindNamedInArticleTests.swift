import Testing
@testable import VietQuote

/// An untitled name the article writes beside a noun of its kind (`Tờ Marca`, `Hãng chip
/// Nvidia`, `Bắc Ninh FC`) speaks as that kind, not as a person (Speakers/Rules/KindNamedInArticle.swift).
@Suite struct KindNamedInArticleTests {
    /// A real text, the speaker to look at, and the kind it must have.
    struct Example: Sendable { var text: String; var name: String; var kind: SpeakerKind }

    static let named: [Example] = [
        // Silver 2024-09-16-barca: the newspaper named with its head in the next paragraph (before: person).
        Example(text: """
            Theo Marca, Lamine Yamal đang nhận mức lương rơi vào khoảng 1,5 triệu euro/năm tại Barca.

            Tờ Marca vừa công bố trực tuyến thông tin chi tiết về thu nhập hiện tại của Lamine Yamal tại Barcelona.
            """, name: "Marca", kind: .media),
        // Silver 2024-12-10-nvidia-tuyen-dung: a trade word between the head and the name (before: person).
        Example(text: """
            (Dân trí) - Hãng chip Nvidia vừa đăng thông tin tuyển dụng nhiều nhân sự làm việc tại Việt Nam, không lâu sau khi Nvidia ký kết thành lập Trung tâm Nghiên.

            Phía Nvidia cũng cam kết sẽ tiếp tục tư vấn để Việt Nam phát triển lĩnh vực AI bắt kịp xu thế thời đại, nhưng cũng phù hợp với hoàn cảnh, truyền thống, văn hóa và lịch sử của Việt Nam.
            """, name: "Nvidia", kind: .organization),
        // Silver 2024-06-07-bong-da-viet-nam: the club's name ends in `FC` (read16 #32, before: person).
        Example(text: """
            Phía Bắc Ninh FC đề xuất: "Để nâng cao chất lượng giải đấu, đảm bảo tính khách quan, đánh giá được trình độ của hai đội, Bắc Ninh FC kính đề nghị Liên đoàn, Ban tổ chức giải quan tâm, xem xét điều chỉnh Điều lệ trận tranh suất lên hạng".
            """, name: "Bắc Ninh FC", kind: .organization),
    ]

    static let persons: [Example] = [
        // Silver 2024-09-09-doc-dao-tap-5: `công ty Hồng` is Hồng's firm; a Vietnamese one-word name stays a person.
        Example(text: """
            Cũng trong tập 5, Long đã trực tiếp gặp Hồng để điều tra việc lái xe của công ty Hồng sử dụng ma túy.

            "Rất có thể chúng tôi bị trả thù vì đã giúp các anh khống chế đối tượng ma túy lần trước nhưng phỏng đoán chỉ là phỏng đoán, chúng tôi không có bằng chứng", Hồng trả lời.
            """, name: "Hồng", kind: .person),
        // Silver 2024-08-05-nam-thu: `công ty Nam Thư Entertainment` names the company, not the actress (speakers40).
        Example(text: """
            Chiều 5.8, công ty Nam Thư Entertainment cùng diễn viên Nam Thư tổ chức buổi chia sẻ công khai về thông tin gây ảnh hưởng đến cô trong suốt quãng thời gian qua.

            Nam Thư cho hay vụ việc vừa qua ảnh hưởng lớn đến cuộc sống của cô lẫn công ty.
            """, name: "Nam Thư", kind: .person),
    ]

    static func speaker(_ name: String, in text: String) -> SpeakerRuleProbe.Decided? {
        SpeakerRuleProbe.decisions(text).first { $0.speaker.name == name }
    }

    /// The quote of the untitled mention (`Phía Nvidia cũng cam kết …`); the one with the
    /// noun in its own mention (`Hãng chip Nvidia vừa đăng …`) is read by the media and body rules.
    @Test(arguments: named) func nameBesideItsKindNounTakesThatKind(_ example: Example) {
        let found = SpeakerRuleProbe.decisions(example.text).first {
            $0.speaker.name == example.name && $0.rules.contains(.kindNamedInArticle)
        }
        #expect(found != nil)
        #expect(found?.speaker.kind == example.kind)
    }

    @Test(arguments: persons) func vietnameseGivenNameAfterTheNounStaysAPerson(_ example: Example) {
        let found = Self.speaker(example.name, in: example.text)
        #expect(found?.speaker.kind == example.kind)
        #expect(found?.rules.contains(.kindNamedInArticle) != true)
    }
}
