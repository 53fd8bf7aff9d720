import Testing
@testable import VietQuote

/// `SourceReportRule`: an unnamed source that speaks for no side reports; its quote is
/// neutral. Sentences after dev 001 and 442.
@Suite struct SourceReportRuleTests: StanceSuite {
    @Test func anUnnamedSourceOfNoSideReports() {
        let analysts = Speaker(name: "các nhà phân tích", mention: "các nhà phân tích", kind: .source)
        #expect(SourceReportRule.reports(analysts, sides: [nil]))
        let stance = scorer.score(content: "Nga có thể siết chặt quy định đối với các nhà ngoại giao Mỹ", cue: "Theo")
        #expect(stance.label == .confrontation)
        let report = SourceReportRule.silenced(stance)
        #expect(report.label == .neutral && report.score == 0)
        #expect(report.evidence.contains { $0.text == "siết chặt" && $0.modifiers.last?.name == "unnamed-source" && $0.contribution == 0 })
    }

    @Test func aSourceOfASideOrANamedSpeakerKeepsItsStance() {
        // `các quan chức Ấn Độ` speak for India; a minister is a person.
        let officials = Speaker(name: "các quan chức Ấn Độ", mention: "các quan chức Ấn Độ", kind: .source, affiliation: "Ấn Độ")
        #expect(!SourceReportRule.reports(officials, sides: ["Ấn Độ"]))
        let minister = Speaker(name: "Antony Blinken", mention: "Ngoại trưởng Mỹ Antony Blinken", kind: .person, affiliation: "Mỹ")
        #expect(!SourceReportRule.reports(minister, sides: ["Mỹ"]))
        let media = Speaker(name: "Reuters", mention: "Reuters", kind: .media)
        #expect(!SourceReportRule.reports(media, sides: [nil]))
    }

    @Test func pipelineSilencesTheSourceOnly() throws {
        let text = """
            Tin thế giới

            Người phát ngôn Bộ Ngoại giao Nga Maria Zakharova cáo buộc Mỹ can thiệp vào công việc nội bộ của Nga.

            Theo các nhà phân tích, Nga có thể siết chặt quy định đối với các nhà ngoại giao Mỹ.
            """
        let quotes = try QuoteExtractor().extract(text, document: "source").quotes
        #expect(quotes.contains { $0.speaker.kind == .person && $0.stance?.label == .confrontation })
        #expect(quotes.contains { $0.speaker.kind == .source && $0.stance?.label == .neutral
            && $0.stance?.evidence.contains { $0.modifiers.contains { $0.name == "unnamed-source" } } == true })
    }
}
