import Testing
@testable import VietQuote

/// `MediaReportRule`: a news medium of no side reports; its quote is neutral. Sentences
/// from dev 105 and silver 2025-02-01-congo.
@Suite struct MediaReportRuleTests: StanceSuite {
    @Test func aMediumOfNoSideReports() {
        let afp = Speaker(name: "AFP", mention: "hãng AFP", kind: .media)
        #expect(MediaReportRule.speaks(afp, sides: [nil]))
        #expect(MediaReportRule.reports(named: "AFP", gate: scorer.relations))
        // Dev 105 (gold neutral after the audit: a report of summons, no claim of its own).
        let stance = scorer.score(content: "Trung Quốc và Nhật đã triệu tập đại sứ của nhau sau căng thẳng liên quan phát ngôn của Thủ tướng Nhật Sanae Takaichi về Đài Loan (Trung Quốc)", cue: "đưa tin")
        #expect(stance.label == .confrontation)
        let report = MediaReportRule.silenced(stance)
        #expect(report.label == .neutral && report.score == 0)
        #expect(evidence(report, markedBy: "media-report") == ["triệu tập đại sứ", "căng thẳng"])
    }

    @Test func aMediumThatNamesASideOrSpeaksForOneKeepsItsStance() {
        // Dev 116 (gold confrontation): the North Korean state agency names its side.
        #expect(!MediaReportRule.reports(named: "Hãng thông tấn trung ương Triều Tiên", gate: scorer.relations))
        #expect(!MediaReportRule.reports(named: "tờ báo Philippines", gate: scorer.relations))
        // A medium given a side, and speakers of other kinds, are no medium of no side.
        let speakers: [(Speaker, [String?])] = [
            (Speaker(name: "KCNA", mention: "KCNA", kind: .media, affiliation: "Triều Tiên"), ["Triều Tiên"]),
            (Speaker(name: "các nhà phân tích", mention: "các nhà phân tích", kind: .source), [nil]),
        ]
        #expect(speakers.allSatisfy { !MediaReportRule.speaks($0.0, sides: $0.1) })
    }

    @Test func pipelineSilencesTheMediumOnly() throws {
        // Silver 2025-02-01-congo: TASS reports; the UN chief's appeal keeps its stance.
        let text = """
            Congo: Phiến quân tiến về thủ phủ South Kivu

            Ngày 1-2, theo hãng thông tấn TASS, phiến quân M23 dưới sự hỗ trợ của quân đội Rwanda chỉ còn cách thành phố Bukavu 60 km.

            Bộ trưởng Ngoại giao Congo Therese Kayikwamba tuyên bố, Rwanda đang âm mưu thay đổi chế độ ở quốc gia này và chiếm đóng bất hợp pháp một phần lãnh thổ.
            """
        let quotes = try QuoteExtractor().extract(text, document: "media").quotes
        #expect(quotes.contains { $0.speaker.kind == .media && $0.stance?.label == .neutral
            && $0.stance?.evidence.contains { $0.modifiers.contains { $0.name == "media-report" } } == true })
        #expect(quotes.contains { $0.speaker.kind == .person && $0.stance?.label == .confrontation })
    }
}
