import Testing
@testable import VietQuote

/// `AuxiliaryEndsMention`: an auxiliary of the predicate inside a mention (`liên tục`, `cũng`,
/// `từng`) ends the speaker, after a word or a number, whichever quote rule gave the mention.
@Suite struct AuxiliaryEndsMentionTests {
    // Silver 2024-06-28-phat-nguoi: the speaker was `Công ty 545 liên tục` (a number before the auxiliary).
    @Test func auxiliaryAfterANumberEndsTheSpeaker() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Trước đó, Công ty 545 liên tục có các văn bản gửi đến cơ quan chức năng tỉnh Quảng Nam và Trung ương, đề nghị xem xét có giải pháp xử lý tình trạng các phương tiện đi vòng tránh trạm thu phí BOT trên Quốc lộ 1 qua thị xã Điện Bàn.").first)
        #expect(found.speaker.name == "Công ty 545")
    }

    // Silver 2024-09-18-bao-so-4-den-dau-roi: the speaker was `cơ quan chức năng cũng tăng
    // cường công tác dự báo` (a coordinated cue's subject, no noun phrase read by the Quotes stage).
    @Test func auxiliaryInACoordinatedCuesSubjectEndsTheSpeaker() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Đồng thời, các cơ quan chức năng cũng tăng cường công tác dự báo, cảnh báo và thông tin kịp thời đến người dân về diễn biến của bão, góp phần nâng cao ý thức chuẩn bị và ứng phó của cộng đồng.").first)
        #expect(found.speaker.name.hasSuffix("cơ quan chức năng"))
        #expect(found.rules.contains(.beforePredicateAuxiliary))
    }

    // Review14 M1, silver 2024-05-06-bamboo: a `Theo X,` mention has no predicate, its
    // auxiliary opens a modifier of the noun; the issuer after it speaks (was `phương án phân
    // phối lợi nhuận`).
    @Test func sourcePrepositionMentionIsNotCut() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Theo phương án phân phối lợi nhuận đã được ĐHĐCĐ thường niên năm 2023 thông qua, Công ty không chi trả cổ tức năm 2023.").first)
        #expect(!found.rules.contains(.beforePredicateAuxiliary))
        #expect(found.speaker.name != "phương án phân phối lợi nhuận")
    }

    // Review14 M1, silver 2024-09-18-clip-qua-bao-lang-nu-lao-cai: in a `Theo X,` mention with
    // no capitalised word after the auxiliary, the words before it still speak (`kênh này`).
    @Test func sourcePrepositionMentionWithoutAnIssuerIsCut() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Theo như các video clip mà kênh này đã đăng tải, clip bản quyền thuộc sở hữu của công ty Sunrise Media có trụ sở tại quận Tân Bình, TP. Hồ Chí Minh.").first)
        #expect(found.speaker.name == "kênh này")
        #expect(found.rules.contains(.beforePredicateAuxiliary))
    }

    // Review14 M1, silver 2024-11-15-mike-tyson-vs-jake-paul: a relative apposition with no
    // copula (`, người từng đấu với Tyson`) is still cut; the person named before speaks.
    @Test func relativeAppositionKeepsItsPerson() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Roy Jones Jr, người từng đấu với Tyson trong trận biểu diễn năm 2020, cho biết: “Đây là cuộc đấu giữa sư tử già và sư tử trẻ.").first)
        #expect(found.speaker.name == "Roy Jones Jr")
    }

    // Review14 M1, silver 2024-08-16-nguyen-chi-tuyen: with no copula the titles inside the
    // relative clause are others' (`nhà hoạt động`), not the lawyer's.
    @Test func relativeWithoutCopulaGivesNoTitle() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "LS Đặng Đình Mạnh, người từng bào chữa cho các nhà hoạt động và dân oan ở Việt Nam nhưng hiện đang sống lưu vong ở Mỹ, nói trong một đăng tải trên trang Facebook cá nhân trước phiên xét xử ông Tuyến rằng “không ai trong chúng ta chờ đợi gì về công lý trong phiên tòa ấy”.").first)
        #expect(found.speaker.title != "nhà hoạt động")
    }

    // A subject with no auxiliary is read whole, with no such trace.
    @Test func subjectWithoutAuxiliaryIsWhole() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Công ty 545 cho biết doanh nghiệp này là chủ đầu tư thực hiện và khai thác Dự án thành phần 1 mở rộng Quốc lộ 1.").first)
        #expect(found.speaker.name == "Công ty 545")
        #expect(!found.rules.contains(.beforePredicateAuxiliary))
    }

    // `cũng như` coordinates (a longer phrase of another class): no cut inside the subject.
    @Test func coordinatingPhraseIsNoAuxiliary() {
        let source = SourceText("ban lãnh đạo cũng như Ancelotti")
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
        let words = SpeakerRuleProbe.extractor.speakers.words
        #expect(AuxiliaryEndsMention(words: words).end(of: 0..<tokens.count, in: tokens) == nil)
    }

    // Silver (PewPew's rebuttal; a viewer on Diddy): sentence adverbs of the predicate (`lập tức`, `thậm chí`,
    // rows of function_words.tsv) end the speaker as the auxiliaries do.
    @Test(arguments: [
        ("Nam streamer PewPew lập tức phản pháo mạnh mẽ khi bị netizen nhắc nhở rằng nên \"học một nghề cho đỡ lông bông\".", "lập tức"),
        ("Một khán giả thậm chí còn bình luận: \"Hóa ra Hollywood biết về tội ác của Diddy hơn 15 năm trước nhưng không ai dám hé răng\".", "thậm chí"),
    ])
    func sentenceAdverbEndsTheSpeaker(sentence: String, adverb: String) throws {
        let found = try #require(SpeakerRuleProbe.decisions(sentence).first)
        #expect(!found.speaker.name.contains(adverb))
        #expect(!found.speaker.mention.contains(adverb))
    }
}
