import Testing
@testable import VietQuote

@Suite struct WriterSubjectRuleTests {
    private static func quotes(_ text: String) -> [Quote] {
        SpeakerRuleProbe.extractor.extract(text, document: "test").quotes
    }

    // silver (17 articles): the reader is invited to comment; nobody speaks.
    @Test func invitationToTheReaderIsNoQuote() {
        // The auxiliary `tiếp tục` is not counted between the phrase and the subject's end.
        #expect(Self.quotes("""
            Một cuộc đối đầu thực sự thú vị đối với người hâm mộ.

            * Bài viết thể hiện quan điểm cá nhân của bạn đọc. Mời bạn đọc tiếp tục chia sẻ những bình luận, cảm xúc về các nhân vật, sự kiện, các giải bóng đá bằng cách email về banbientap@bongda.com.vn.
            """).isEmpty)
    }

    // silver (16 articles): a button's words after a means phrase.
    @Test func meansPhraseBeforeACueNounIsNoQuote() {
        #expect(Self.quotes("Bằng cách nhấp vào xác nhận “Tôi đã đủ 18 tuổi” là bạn đồng ý với các điều khoản của bài viết.").isEmpty)
    }

    // silver 2024-04-15-u23: a demonstrative noun of a thing as the subject.
    @Test func demonstrativeThingIsNoQuote() {
        #expect(Self.quotes("Điều này cũng khẳng định VFF nói chung và cá nhân ông Trần Quốc Tuấn đã tạo được vị thế.").isEmpty)
    }

    // The speaker opens the clause after the comma: a quote.
    @Test func speakerAfterAClauseMarkIsAQuote() {
        let found = Self.quotes("Để đảm bảo an toàn, cơ quan chức năng khuyến cáo người dân hạn chế ra ngoài nếu không thật sự cần thiết.")
        #expect(found.count == 1)
    }
}

extension WriterSubjectRuleTests {
    // silver 2024-05-31-mai-dora: the name between the phrase and the cue speaks: this sieve
    // leaves the cue to the later ones. (Its object, `những suy nghĩ …`, a topic noun with no
    // clause, makes it a credit since quotes24: TopicNounRule decides, not this sieve.)
    @Test func nameAfterTheWritersPhraseSpeaks() {
        let body = "Điều này không phải là lần đầu Mai Dora chia sẻ những suy nghĩ khiến người hâm mộ lo lắng về sức khỏe của mình."
        let decisions = SpeakerRuleProbe.extractor.quoteDecisions(body)
        #expect(decisions.contains { $0.rule == .topicNoun })
        #expect(!decisions.contains { $0.rule == .writerSubject })
    }
}

extension WriterSubjectRuleTests {
    // silver 2024-09-24-fc-mobile and 2024-07-08-giao-su-cao-huy-thuan: a clause opening with
    // the polite `Xin` is the writer's own voice (`Xin nhắc lại`, `Xin nói rõ thêm`): no quote.
    @Test func politeXinOpeningIsTheWriter() {
        #expect(Self.quotes("Xin nhắc lại, OVR của Đội hình thi đấu của bạn vào ngày 26 tháng 9 sẽ quyết định phần thưởng bạn nhận được cho mùa giải mới.").isEmpty)
        #expect(Self.quotes("Con mèo của Schrödinger, nó vừa sống vừa chết. Xin nói rõ thêm đây là nghịch lý mà nhà bác học Schrödinger đã chứng minh trong thí nghiệm nổi tiếng của ông.").isEmpty)
    }
}

extension WriterSubjectRuleTests {
    // silver 2024-09-17-sap-cau-cao-toc-tuyen-quang---ha-giang and 2024-10-08-hoang-duc: the paper's
    // back-reference to its own report (`Như đã đưa tin`, `Như thông tin đã đưa trước đó`): no quote.
    @Test func papersBackReferenceIsTheWriter() {
        #expect(Self.quotes("Như đã đưa tin, do ảnh hưởng của hoàn lưu bão số 3, tuyến giao thông từ huyện Bắc Hà đi huyện Si Ma Cai bị mưa lũ làm sạt lở taluy âm tại Km3, Quốc lộ 4E (Bắc Hà - Lùng Phình), đứt toàn bộ gần 100 m nền đường.").isEmpty)
        #expect(Self.quotes("Như thông tin đã đưa trước đó, Hoàng Đức chuẩn bị gia nhập CLB Ninh Bình ở giải hạng Nhất.").isEmpty)
    }

    // quotes27: the writer's idioms with `nói` (silver 2024-04-10-bongda24h `Nói gì thì nói`,
    // 2024-06-16-hoang-anh-gia-lai-dau-voi-binh-dinh `Cũng phải nói thêm`, 2025-02-24-grok `Như tôi đã nói`).
    @Test func writersIdiomsWithNoiAreNoQuote() {
        #expect(Self.quotes("Nói gì thì nói, Augsburg vẫn chỉ là đội bóng thuộc diện trung bình của giải đấu, lại không thực sự đột biến giống trường hợp của Stuttgart.").isEmpty)
        #expect(Self.quotes("Cũng phải nói thêm rằng các pha tấn công của đội chủ nhà tỏ ra quá đơn điệu.").isEmpty)
        #expect(Self.quotes("Như tôi đã nói, dù DeepSeek có lợi thế về chi phí và khả năng tùy chỉnh, nhưng với các tập đoàn lớn, vấn đề bảo mật vẫn là ưu tiên.").isEmpty)
    }
}

/// `LetterWriterRule`: a child's sample letter, `Con` + a cue + the parent written to, is the writer's voice.
@Suite struct LetterWriterRuleTests {
    private static func quotes(_ text: String) -> [Quote] {
        SpeakerRuleProbe.extractor.extract(text, document: "test").quotes
    }

    // Silver 2024-10-17-chuc-mung-20-10 and 2024-09-16-loi-chuc-trung-thu: wishes to a mother, to parents.
    // The rule itself rejects the cue (an empty result alone would pass with no cue found at all).
    @Test(arguments: [
        "5. Mẹ kính yêu, con không mấy khi thổ lộ tình cảm với mẹ nhưng trong lòng con, mẹ luôn là người phụ nữ quan trọng nhất. Con cảm ơn mẹ vì đã cho con một mái ấm vẹn toàn, một sự dạy dỗ hoàn hảo, để con trưởng thành và tự tin với những điều mình đang có.",
        "5. Trung thu này con không thể về nhà nhưng trái tim con luôn hướng về bố mẹ. Kính chúc bố mẹ một mùa Trung thu an lành, hạnh phúc. Con hứa sẽ về sớm để cùng bố mẹ tận hưởng những khoảnh khắc tuyệt vời của gia đình.",
    ])
    func childsLetterToAParentIsNoQuote(text: String) {
        #expect(SpeakerRuleProbe.extractor.quoteDecisions(text).contains { $0.rule == .letterWriter })
        #expect(Self.quotes(text).allSatisfy { $0.speaker.mention != "Con" })
    }

    // Silver 2024-07-18-nang-mo: `Con bé` is a girl (a noun between `Con` and the cue): the rule does not act.
    @Test func nounAfterConIsNoLetterWriter() {
        let decisions = SpeakerRuleProbe.extractor.quoteDecisions(
            "Con bé không dám nói vì sợ tớ với bố lo lắng hơn, cho tới đêm qua nó khóc oà vì những lời cay độc.")
        #expect(!decisions.contains { $0.rule == .letterWriter })
    }
}
