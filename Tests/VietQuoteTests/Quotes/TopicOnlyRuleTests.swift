import Testing
@testable import VietQuote

/// `TopicOnlyRule` (A cue with a topic and no content (`chỉ trích về …`): a credit, no quote.) on sentences from the dev articles (or written like one).
@Suite struct TopicOnlyRuleTests: QuoteRuleSuite {
    @Test func topicWithoutContentIsNoQuote() {
        #expect(quotes("Hai bên đã thảo luận về hợp tác kinh tế.").isEmpty)
        #expect(quotes("Ông Kim chỉ trích về sự hợp tác quân sự giữa hai nước.").isEmpty)
    }

    // Review 4 m14: an adverb of degree or addition between the cue and the topic word.
    @Test func adverbBeforeTheTopicWord() {
        #expect(quotes("Ông A từ chối bình luận thêm về kế hoạch của công ty.").isEmpty)
        // (`thêm` belongs to the cue: CueParticleRule.)
        #expect(rule(deciding: "bình luận thêm", in: "Ông A bình luận thêm về kế hoạch của công ty.") == .topicOnly)
        let content = quotes("Ông A cho biết thêm công ty sẽ mở rộng kế hoạch vào năm sau.")
        #expect(content.map(\.content) == ["công ty sẽ mở rộng kế hoạch vào năm sau"])
    }

    // Audit pattern 7 (silver 2024-04-27-nuoc-mat-nu-hoang, dev 440): a cue whose words end on
    // the topic word (`nói về`) with a noun phrase and no clause after it; dev 000 and 115 keep
    // theirs (quoted words; a clause with a copula).
    @Test func cueEndingOnTheTopicWordNeedsWordsAfterIt() {
        #expect(quotes("Kim Kap Soo nói về cái chết của nhân vật chủ tịch Hong trong phim.").isEmpty)
        #expect(rule(deciding: "nói về", in: "Ông Trump nói về bài kiểm tra nhận thức.") == .topicOnly)
        let quoted = quotes("Ông Blinken nói về các hoạt động 'xấu xa' của Moscow.")
        #expect(quoted.map(\.content) == ["các hoạt động 'xấu xa' của Moscow"])
        let clause = quotes("Ông Kim nhấn mạnh về việc Nga là nước thành viên thường trực của Hội đồng Bảo an.")
        #expect(clause.map(\.content) == ["việc Nga là nước thành viên thường trực của Hội đồng Bảo an"])
        // Dev 414: a quotation before the speaker is what was said; dev 435: a feeling's object.
        let first = quotes("\"Những diễn biến hôm nay là bước leo thang cực kỳ nguy hiểm\", ông Guterres nói về tình hình.")
        #expect(first.map(\.content) == ["Những diễn biến hôm nay là bước leo thang cực kỳ nguy hiểm"])
        let feeling = quotes("Hai nhà lãnh đạo bày tỏ hài lòng về những bước tiến của quan hệ song phương.")
        #expect(feeling.map(\.content) == ["những bước tiến của quan hệ song phương"])
    }

    @Test func topicCueIsACreditOnly() {
        let decided = decisions("Ông Kim chỉ trích về sự hợp tác quân sự giữa hai nước.")
        #expect(decided.map(\.rule) == [.topicOnly])
        #expect(decided.map(\.attributed) == [false])
    }

    // A statement cue whose object is no words (`no_words_noun`): `trả lời câu hỏi`,
    // `chia sẻ vị trí cuối bảng` (silver's cue words used in another sense).
    @Test func objectThatIsNoWordsIsNoContent() {
        #expect(rule(deciding: "trả lời", in: "Ông Hùng trả lời câu hỏi của phóng viên về dự án.") == .topicOnly)
        #expect(quotes("Đội bóng chia sẻ vị trí cuối bảng với Hà Nội FC.").isEmpty)
        let after = quotes("Trả lời câu hỏi của phóng viên về kế hoạch, ông Hùng cho biết dự án sẽ hoàn thành vào năm sau.")
        #expect(after.map(\.content) == ["dự án sẽ hoàn thành vào năm sau"])
    }

    // `nói gì về …`: an indirect question after a cue states no content (silver: 19 such
    // quotes in 18 articles; dev 429 had one).
    @Test func questionWordAfterACueIsNoContent() {
        let body = "Cơ quan thi hành án nói gì về việc Trương Mỹ Lan phải bồi thường hơn 670.000 tỉ đồng?"
        #expect(quotes(body).isEmpty)
        #expect(rule(deciding: "nói", in: body) == .topicOnly)
        #expect(quotes("Ông Hùng nói dự án sẽ hoàn thành vào năm sau.").map(\.content) == ["dự án sẽ hoàn thành vào năm sau"])
    }

    // Cue words in a sense that is no saying (cues.tsv blockers read from silver):
    // `khẳng định vị thế` "establish one's standing", `nói lời chia tay` "say goodbye",
    // `kỳ thi đánh giá năng lực` an entrance test; the cue in its own sense still fires.
    @Test func cueWordInAnotherSenseIsNoCue() {
        #expect(quotes("Với sản phẩm mới, Be&C khẳng định vị thế của mình trong ngành sơn.").isEmpty)
        #expect(quotes("Los Blancos muốn thắng để khẳng định sức mạnh tuyệt đối của mình ở La Liga.").isEmpty)
        #expect(quotes("Tiền vệ Hoàng Đức nói lời chia tay U23 Việt Nam trước thềm giải đấu.").isEmpty)
        #expect(quotes("Trường xét tuyển dựa vào kết quả kỳ thi đánh giá năng lực của Đại học Quốc gia Hà Nội.").isEmpty)
        #expect(quotes("Ông Minh khẳng định doanh nghiệp sẽ tăng vốn.").map(\.content) == ["doanh nghiệp sẽ tăng vốn"])
    }

    // Cue + an object of a thing, a text or another verb's sense (cues.tsv `# objects:`, mined by
    // scripts/mine/cue_objects.py): no words reported; the cue of the words said still fires.
    @Test func cueWithObjectNounIsNoCue() {
        #expect(quotes("Rapper B Ray viết tâm thư xin lỗi khán giả.").isEmpty)
        #expect(quotes("Lệ Quyên chia sẻ đoạn clip hài hước đề cập đến chuyện bị bắt quả tang.").isEmpty)
        #expect(quotes("Arsenal đòi nợ thành công khi đánh bại Aston Villa với tỷ số 2-0.").isEmpty)
        let told = quotes("Trả lời truyền thông, HLV Arne Slot tiết lộ, ông đã hỏi ý kiến cựu \"thuyền trưởng\" Liverpool, Jurgen Klopp về lý do đội bóng hụt hơi.")
        #expect(told.map(\.content) == ["ông đã hỏi ý kiến cựu \"thuyền trưởng\" Liverpool, Jurgen Klopp về lý do đội bóng hụt hơi"])
        #expect(quotes("Ca sĩ Lệ Quyên chia sẻ cô sẽ ra mắt album mới vào tháng sau.").map(\.content) == ["cô sẽ ra mắt album mới vào tháng sau"])
    }

    // A speech, a paper, a form or a match named as the cue's object, not given (cues.tsv,
    // cue_objects.py); the words said keep their own cue after the participle.
    @Test func namedSpeechOrPaperIsNoContent() {
        #expect(quotes("Thủ tướng Phạm Minh Chính phát biểu chỉ đạo tại lễ khởi công dự án mở rộng nhà ga T2 sân bay Nội Bài.").isEmpty)
        #expect(quotes("Phó Chủ tịch Quốc hội Nguyễn Đức Hải trình bày tờ trình về dự án Luật Phòng, chống mua bán người.").isEmpty)
        #expect(quotes("Thí sinh trúng tuyển xác nhận nhập học trên hệ thống tuyển sinh của Bộ GD&ĐT.").isEmpty)
        #expect(quotes("Siêu máy tính Opta dự đoán kết quả trận Man United - Fulham.").isEmpty)
        let said = quotes("Phát biểu chỉ đạo tại hội nghị, Thủ tướng nhấn mạnh ngành giáo dục phải đổi mới mạnh mẽ.")
        #expect(said.map(\.content) == ["ngành giáo dục phải đổi mới mạnh mẽ"])
    }

    // `thông tin` + a noun modifier is the noun "information" (cues.tsv, mined by
    // scripts/mine/cue_objects.py): the team news of match previews, personal data.
    @Test func informationNounIsNoCue() {
        #expect(quotes("Bongdaplus phân tích thông tin lực lượng, đội hình dự kiến, soi kèo nhà cái.").isEmpty)
        #expect(quotes("Các ứng dụng chỉnh sửa ảnh thu thập thông tin cá nhân của người dùng.").isEmpty)
        #expect(quotes("Công an tỉnh thông tin vụ việc đang được điều tra làm rõ.").map(\.content) == ["vụ việc đang được điều tra làm rõ"])
    }

    // `thông tin` inside a portal's or website's name is the noun "information" (silver: 8
    // quotes whose speaker was `Cổng`); `thông tin` as a verb after its speaker still fires.
    @Test func portalNameHoldsNoCue() {
        #expect(quotes("Cổng Thông tin điện tử Chính phủ sẽ tiếp tục cập nhật thông tin về các hoạt động của Thủ tướng.").isEmpty)
        #expect(quotes("Thí sinh tra cứu kết quả trên trang thông tin điện tử của cơ sở đào tạo từ ngày 22/6.").isEmpty)
        #expect(quotes("Công an tỉnh thông tin vụ việc đang được điều tra làm rõ.").map(\.content) == ["vụ việc đang được điều tra làm rõ"])
    }

    // A quantifier before a noun that is no words, with no clause after it: the thing shared
    // (silver: `chia sẻ những khoảnh khắc …` 18 quotes; dev 446 `chia sẻ những kinh nghiệm …`);
    // with a clause after it (`các hình ảnh cũng bao gồm …`, dev 302) it is the content.
    @Test func quantifiedThingSharedIsNoContent() {
        #expect(quotes("Thủy Tiên và Đan Trường thoải mái chia sẻ những khoảnh khắc hội ngộ vui vẻ bên con trai.").isEmpty)
        #expect(rule(deciding: "chia sẻ", in: "Ông Murthy chia sẻ những kinh nghiệm thực tiễn trong kinh doanh và quản trị.") == .topicOnly)
        let clause = quotes("Ông Kirby cho biết các hình ảnh cũng bao gồm một số vũ khí mà Nga cần.")
        #expect(clause.map(\.content) == ["các hình ảnh cũng bao gồm một số vũ khí mà Nga cần"])
    }

    // Silver (issue 14, recall): a topic closed by a colon before a quotation is said; the
    // quotation is the content (`nêu quan điểm: "…"` likewise).
    @Test func topicThenColonAndQuotationIsAQuote() {
        let found = quotes(#"Trước đó, Midu cũng từng chia sẻ về gu bạn trai: "Ở mỗi giai đoạn mình sẽ có hình mẫu khác nhau"."#)
        #expect(found.map(\.content) == ["Ở mỗi giai đoạn mình sẽ có hình mẫu khác nhau"])
        #expect(found.map(\.type) == [.direct])
        #expect(found.map(\.cue) == ["chia sẻ"])
        let added = quotes("Bà cho biết thêm về tình trạng sức khỏe của mình: “Tôi bị trầm cảm, viêm gan”.")
        #expect(added.map(\.content) == ["Tôi bị trầm cảm, viêm gan"])
    }

    // The colon must close the topic: a comma or another cue before it keeps the credit.
    @Test func colonAfterAnotherClauseKeepsTheCredit() {
        #expect(rule(deciding: "phát biểu", in: #"Ông Kuleba phát biểu về tình hình, sau đó nói: "Chúng tôi sẵn sàng"."#) == .topicOnly)
        #expect(rule(deciding: "phát biểu", in: "Ông Kuleba cũng phát biểu về tình hình ở miền đông Ukraine.") == .topicOnly)
    }
}
