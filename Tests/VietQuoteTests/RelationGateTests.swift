import Testing
@testable import VietQuote

/// `RelationGate`: a quote keeps a polar label only when it is about relations between
/// sides (ANNOTATION.md, Stance). Sentences from the dev articles and the silver corpus.
@Suite struct RelationGateTests {
    let scorer: StanceScorer

    init() throws {
        scorer = try StanceScorer(files: .builtIn)
    }

    @Test func domesticArticleIsNeutral() {
        // Slovakia's government on the attack on its prime minister (dev 424): one side only.
        let quotes: [(content: String, sides: Set<String>, polar: Bool)] = [
            ("đây là một \"âm mưu ám sát\" và ông Fico bị bắn trúng bụng", ["Slovakia"], true),
            ("họ muốn kích động bạo lực", ["Slovakia"], true),
        ]
        #expect(scorer.relations.relational(quotes) == [false, false])
    }

    @Test func sidesThatNeverMeetInAQuoteMakeNoRelation() {
        // A shooting at home (dev 431): the president and a foreign prime minister speak,
        // but no quote relates two sides.
        let quotes: [(content: String, sides: Set<String>, polar: Bool)] = [
            ("bạo lực chính trị sẽ không bao giờ được chấp nhận", ["Mỹ"], true),
            ("Bạo lực chính trị ở bất cứ hình thức nào cũng không có chỗ tồn tại trong những xã hội của chúng ta", ["Anh"], true),
        ]
        #expect(scorer.relations.relational(quotes) == [false, false])
    }

    @Test func aQuoteOfTwoSidesThatPushesNothingMakesNoRelation() {
        // The same shooting (dev 431): the foreign prime minister names the United States,
        // but only to say he is shocked (his quote keeps its neutral label); the
        // president's condemnation stays domestic.
        let quotes: [(content: String, sides: Set<String>, polar: Bool)] = [
            ("ông bàng hoàng trước những cảnh tượng gây sốc tại cuộc vận động tranh cử của cựu Tổng thống Mỹ Donald Trump", ["Anh"], false),
            ("bạo lực chính trị sẽ không bao giờ được chấp nhận", ["Mỹ"], true),
        ]
        #expect(scorer.relations.relational(quotes) == [true, false])
        // A quote of two sides that takes a pole makes the article one of relations.
        var war = quotes
        war[0] = ("Mỹ cần chấm dứt viện trợ vũ khí cho Ukraine", ["Nga"], true)
        #expect(scorer.relations.relational(war) == [true, true])
    }

    @Test func quoteOfNoSideNamingNoneIsNeutral() {
        // A coach after a match (silver): no side speaks, none is named.
        let quotes: [(content: String, sides: Set<String>, polar: Bool)] = [
            ("Chúng tôi đã chơi tấn công quyết liệt và xứng đáng giành chiến thắng", [], true),
        ]
        #expect(scorer.relations.relational(quotes) == [false])
    }

    @Test func quoteBetweenTwoSidesOrOnAMatterBetweenStatesKeepsItsLabel() {
        // A side names another (dev 000).
        let pair: [(content: String, sides: Set<String>, polar: Bool)] = [("Moscow sẵn sàng bình thường hóa quan hệ với Washington", ["Nga"], true)]
        #expect(scorer.relations.relational(pair) == [true])
        // In an article where two sides speak, a side's quote naming none keeps its label,
        // and so does an expert's on a matter between states.
        let war: [(content: String, sides: Set<String>, polar: Bool)] = [
            ("Chúng tôi sẽ đáp trả", ["Iran"], true),
            ("Israel có quyền tự vệ", ["Mỹ"], true),
            ("lệnh ngừng bắn khó được duy trì", [], true),
            ("thị trường chứng khoán sẽ phục hồi", [], true),
        ]
        #expect(scorer.relations.relational(war) == [true, true, true, false])
    }

    @Test func countryWordInsideAPersonalNameIsNoSide() {
        #expect(scorer.relations.reading("bà Trương Mỹ Lan đã nộp thêm tiền khắc phục hậu quả").sides.isEmpty)
        #expect(scorer.relations.reading("Ngoại trưởng Nga Sergei Lavrov đã gặp người đồng cấp Mỹ").sides == ["Nga", "Mỹ"])
        #expect(scorer.relations.reading("Nga, Ukraine, Belarus đều tăng quân").sides == ["Nga", "Ukraine", "Belarus"])
        // `Anh ấy` is "he", not the United Kingdom (dev 450).
        #expect(scorer.relations.reading("Anh ấy đã phạm sai lầm. Chúng tôi không biết tại sao").sides.isEmpty)
        #expect(scorer.relations.reading("Anh và Pháp phản đối").sides == ["Anh", "Pháp"])
    }

    @Test func silencedQuoteIsNeutralWithItsEvidence() {
        let stance = scorer.score(content: "họ muốn kích động bạo lực", cue: "cáo buộc")
        #expect(stance.label == .confrontation)
        let silenced = RelationGate.silenced(stance)
        #expect(silenced.label == .neutral)
        #expect(silenced.score == 0)
        #expect(silenced.evidence.filter { $0.kind != .modifier && $0.weight != 0 }
            .allSatisfy { $0.contribution == 0 && $0.modifiers.last?.name == "no-relation" })
    }

    @Test func pipelineSilencesADomesticArticle() throws {
        let extractor = try QuoteExtractor()
        let text = """
            Vụ nổ súng tại Slovakia

            Bộ trưởng Nội vụ Slovakia Matus Sutaj Estok cáo buộc những kẻ tấn công muốn kích động bạo lực.
            """
        let result = extractor.extract(text, document: "slovakia")
        #expect(!result.quotes.isEmpty)
        #expect(result.quotes.allSatisfy { $0.stance?.label == .neutral })
        #expect(result.stance?.label == .neutral)
    }
}
