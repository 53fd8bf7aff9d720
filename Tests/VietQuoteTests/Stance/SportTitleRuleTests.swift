import Testing
@testable import VietQuote

/// `SportTitleRule`: an article in which a speaker is titled by sport (`HLV`) is a sports
/// article, its quotes no stance between states. Titles and paragraphs from silver.
@Suite struct SportTitleRuleTests: StanceSuite {
    @Test func aCoachOrASportOfficeIsASportTitle() {
        // Silver: coaches (`HLV` Shin Tae Yong, Timur Kapadze), the sport office's head.
        for title in ["HLV", "huấn luyện viên trưởng", "Cục trưởng Cục Thể dục Thể thao Việt Nam", "tiền đạo"] {
            #expect(SportTitleRule.isSportTitle(title, gate: scorer.relations), "\(title)")
        }
    }

    @Test func otherTitlesAreNoSportTitle() {
        // `Thể thao` alone is also the culture ministry's.
        for title in ["Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch", "Thủ tướng", "Tổng thống Hàn Quốc", "chuyên gia"] {
            #expect(!SportTitleRule.isSportTitle(title, gate: scorer.relations), "\(title)")
        }
        #expect(!SportTitleRule.isSportTitle(nil, gate: scorer.relations))
    }

    @Test func aCoachsQuoteOnTwoTeamsIsNeutral() throws {
        // Silver 2024-10-15 (Indonesia against China): the coach's quotes name both countries
        // and no word of a match of `teams.tsv`; his title makes the article one of sport.
        let text = """
        Mặc dù Indonesia không có lực lượng mạnh nhất, nhưng HLV Shin Tae Yong vẫn khá tự tin, ông cho biết: “Mặc dù Trung Quốc đã thua 3 trận, nhưng tôi vẫn đánh giá rất cao màn trình diễn của đội bóng này. Indonesia sẽ chơi tốt nhất có thể và hy vọng rằng chúng tôi sẽ vô hiệu hóa được đối thủ. Tôi cho rằng, cơ hội của 2 đội ở trận đấu này là 50/50”.
        """
        let quotes = try QuoteExtractor().extract(text, document: "sport").quotes
        let quote = try #require(quotes.first)
        #expect(quote.speaker.title == "HLV")
        let stance = try #require(quote.stance)
        #expect(stance.label == .neutral)
        let marked = stance.evidence.filter { $0.modifiers.contains { $0.name == "sport-title" } }
        #expect(!marked.isEmpty || stance.evidence.allSatisfy { $0.contribution == 0 })
    }

    @Test func theSilencedQuoteCarriesTheMark() {
        let stance = scorer.score(content: "Mặc dù Trung Quốc đã thua 3 trận, nhưng tôi vẫn đánh giá rất cao màn trình diễn của đội bóng này", cue: "cho biết")
        let silenced = SportTitleRule.silenced(stance)
        #expect(silenced.label == .neutral && silenced.score == 0)
        if stance.label != .neutral { #expect(!evidence(silenced, markedBy: "sport-title").isEmpty) }
    }
}
