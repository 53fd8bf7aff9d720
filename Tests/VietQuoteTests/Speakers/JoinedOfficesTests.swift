import Testing
@testable import VietQuote

/// Two titles joined by `kiêm` are one title of both offices
/// (Speakers/Titles/JoinedOffices.swift, AppositionTitle.swift).
@Suite struct JoinedOfficesTests {
    static let parser = SpeakerRuleProbe.extractor.speakers.parser

    /// The words of the title chain at the first word of `text`, as written, or nil.
    static func chain(_ text: String) -> String? {
        let source = SourceText(text)
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
        return parser.titleChain(in: tokens, at: 0, limit: tokens.count).map {
            source.string(Range(from: tokens[$0.range.lowerBound].start, to: tokens[$0.range.upperBound - 1].end))
        }
    }

    /// Silver 943, 923: the second office and its body join the first, before the name.
    static let joined: [(text: String, title: String)] = [
        ("Phó thủ tướng kiêm Bộ trưởng Tài chính Lawrence Wong", "Phó thủ tướng kiêm Bộ trưởng Tài chính"),
        ("tổng giám đốc kiêm Chủ tịch Công ty Cổ phần Công nghệ Việt Á Phan Quốc Việt",
         "tổng giám đốc kiêm Chủ tịch Công ty Cổ phần Công nghệ Việt Á"),
    ]

    @Test(arguments: joined) func secondOfficeJoinsTheFirst(_ example: (text: String, title: String)) {
        #expect(Self.chain(example.text) == example.title)
    }

    // Review10 m11, silver 723: in a mention, the joined office's body written as a name and its
    // words before the holder's name stays in the title; a personal name after it is the holder's.
    @Test func joinedOfficeKeepsItsBodyBeforeTheHolder() {
        let found = SpeakerRuleProbe.extractor.extract(
            "Tin kinh tế\n\nChủ tịch Tập đoàn Vingroup kiêm Tổng giám đốc VinFast toàn cầu Phạm Nhật Vượng cho biết công ty sẽ nhận đặt cọc sớm.",
            document: "t").quotes
        #expect(found.first?.speaker.name == "Phạm Nhật Vượng")
        #expect(found.first?.speaker.title == "Chủ tịch Tập đoàn Vingroup kiêm Tổng giám đốc VinFast toàn cầu")
    }

    // Silver 1271: `kiêm nhiệm` (the verb "hold concurrently") joins no title.
    @Test func verbKiemNhiemJoinsNothing() {
        #expect(Self.chain("Giám đốc Ban Quản lý Dự án kiêm nhiệm Chủ nhiệm Bộ môn") == "Giám đốc Ban Quản lý Dự án")
    }

    // The speaker of a quote gets the joined title, read by `joinedOffices`.
    @Test func speakerHoldsBothOffices() {
        let found = SpeakerRuleProbe.extractor.extract(
            "Tin thế giới\n\nPhó Thủ tướng kiêm Bộ trưởng Ngoại giao Bùi Thanh Sơn cho biết Việt Nam sẵn sàng hợp tác với các đối tác.",
            document: "t").quotes
        #expect(found.count == 1)
        #expect(found.first?.speaker.name == "Bùi Thanh Sơn")
        #expect(found.first?.speaker.title == "Phó Thủ tướng kiêm Bộ trưởng Ngoại giao")
        #expect(found.first?.speaker.titleTrace?.rules == [.chain, .joinedOffices])
    }

    // Silver 3480: in an apposition (a dash), with the second office's linked body; a later
    // mention of the person takes it. The body speaks for no state: no side.
    @Test func appositionHoldsBothOffices() {
        let found = SpeakerRuleProbe.decisions(
            "Ông Charles Rivkin - chủ tịch kiêm giám đốc điều hành của Hiệp hội Điện ảnh (MPA) và là chủ tịch của ACE - đến dự lễ trao giải. Ông Rivkin cho biết các hãng phim sẽ tiếp tục hợp tác.")
        #expect(found.last?.speaker.name == "Charles Rivkin")
        #expect(found.last?.speaker.title == "chủ tịch kiêm giám đốc điều hành của Hiệp hội Điện ảnh")
        #expect(found.last?.speaker.affiliation == nil)
    }

    /// Silver 6016, 221: an apposition whose joined reading reads less far (a second office
    /// whose body is capitalised words the chain does not read) or leaves a name right after it
    /// keeps the reading without the join.
    static let single: [(sentence: String, title: String)] = [
        ("Ông TM Roh, Chủ tịch kiêm Giám đốc Ngành hàng Trải nghiệm di động tại Samsung Electronics, chia sẻ rằng những cải tiến vĩ đại nhất luôn xuất phát từ nhu cầu thực tế của người dùng.",
         "Chủ tịch kiêm Giám đốc Ngành hàng Trải nghiệm di động tại Samsung Electronics"),
        ("Ông Mai Quốc Hội, Phó Chủ tịch kiêm Tổng thư ký Hội Điện lực Việt Nam phát biểu tại triển lãm. Ông Hội cho biết các công ty ngành điện đang có những bước chuyển mình mạnh mẽ.",
         "Phó Chủ tịch"),
    ]

    @Test(arguments: single) func appositionKeepsTheLongerReading(_ example: (sentence: String, title: String)) {
        let found = SpeakerRuleProbe.decisions(example.sentence)
        #expect(found.last?.speaker.title == example.title)
    }
}
