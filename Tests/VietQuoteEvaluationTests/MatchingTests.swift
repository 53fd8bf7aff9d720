import Foundation
import Testing
@testable import VietQuoteEvaluation

@Suite struct MatchingTests {
    @Test func wordTokensDropPunctuationAndQuotationMarks() {
        let article = NormalizedArticle("Ông Lavrov nói: “Nga sẵn sàng 100%”, 'xấu xa'.")
        let words = article.tokens.ranges.map { article.text($0) }
        #expect(words == ["Ông", "Lavrov", "nói", "Nga", "sẵn", "sàng", "100", "xấu", "xa"])
        // A span covers only the tokens wholly inside it.
        #expect(article.tokens.covered(by: 17..<27) == 3..<5)   // "Nga sẵn sà": "sàng" is cut
    }

    @Test func levelsAcceptByMutualCoverage() {
        let gold = 0..<5
        #expect(MatchLevel.strict.accepts(gold: gold, system: 0..<5))
        #expect(!MatchLevel.strict.accepts(gold: gold, system: 0..<4))
        #expect(MatchLevel.at08.accepts(gold: gold, system: 0..<4))    // 4/5 and 4/4
        #expect(!MatchLevel.at08.accepts(gold: gold, system: 0..<3))   // 3/5
        #expect(MatchLevel.at08.accepts(gold: 0..<10, system: 2..<10))  // exactly 8/10
        #expect(!MatchLevel.at08.accepts(gold: 0..<10, system: 3..<10)) // 7/10
        #expect(MatchLevel.at03.accepts(gold: 0..<10, system: 7..<10))  // exactly 3/10
        #expect(!MatchLevel.at03.accepts(gold: 0..<10, system: 8..<10)) // 2/10
        #expect(MatchLevel.at03.accepts(gold: gold, system: 0..<2))    // 2/5 ≥ 0.3
        #expect(!MatchLevel.at03.accepts(gold: gold, system: 0..<1))   // 1/5 < 0.3
        // An over-long system span covers the gold span but fails @0.8 on its own side.
        #expect(!MatchLevel.at08.accepts(gold: 1..<3, system: 0..<5))  // 2/2 but 2/5
        #expect(MatchLevel.at03.accepts(gold: 1..<3, system: 0..<5))   // 2/5 ≥ 0.3
        // Spans with no token match nothing, not even each other.
        #expect(!MatchLevel.strict.accepts(gold: 0..<0, system: 0..<0))
        #expect(!MatchLevel.at03.accepts(gold: 2..<2, system: 0..<5))
    }

    @Test func greedyPairingTakesLargestOverlapFirst() {
        // Candidates @0.3: (G1,S1,4) (G0,S0,3) (G1,S0,3) (G0,S1,2).
        let pairs = Matching.pairs(gold: [0..<4, 2..<6], system: [1..<5, 2..<6], level: .at03)
        #expect(pairs == [QuotePair(gold: 0, system: 0, overlap: 3), QuotePair(gold: 1, system: 1, overlap: 4)])
        // G0 would take S1 if taken in gold order; the larger overlap G0–S0 goes first.
        let nested = Matching.pairs(gold: [0..<10, 0..<5], system: [0..<5, 0..<10], level: .at03)
        #expect(nested.map { [$0.gold, $0.system] } == [[0, 1], [1, 0]])
    }

    @Test func greedyTiesGoToLowerIndices() {
        let twoSystems = Matching.pairs(gold: [0..<4], system: [0..<4, 0..<4], level: .strict)
        #expect(twoSystems.map { [$0.gold, $0.system] } == [[0, 0]])
        let twoGolds = Matching.pairs(gold: [0..<4, 0..<4], system: [0..<4], level: .at08)
        #expect(twoGolds.map { [$0.gold, $0.system] } == [[0, 0]])
    }

    @Test func valuesCompareIgnoringCaseAndSpacing() {
        #expect(TextKey.matches("  WASHINGTON ", gold: "Mỹ", aliases: ["Washington"]))
        #expect(TextKey.matches("ngoại  trưởng nga", gold: "Ngoại trưởng Nga"))
        #expect(TextKey.matches("Ngoại trưởng Nga".decomposedStringWithCanonicalMapping, gold: "Ngoại trưởng Nga"))
        #expect(!TextKey.matches("Ngoai truong Nga", gold: "Ngoại trưởng Nga"))   // tone marks count
        #expect(TextKey.matches(nil, gold: nil))
        #expect(TextKey.matches(" ", gold: nil))
        #expect(!TextKey.matches(nil, gold: "Nga"))
        #expect(!TextKey.matches("Nga", gold: nil))
    }

    @Test func locateCountsOccurrences() {
        let article = NormalizedArticle("Nga nói hòa bình. Mỹ nói hòa bình.")
        #expect(article.locate("hòa bình", occurrence: 1) == 8..<16)
        #expect(article.locate("hòa bình", occurrence: 2) == 25..<33)
        #expect(article.locate("hòa bình", occurrence: 3) == nil)
    }

    @Test func offsetsOfDecomposedTextMapToComposedText() {
        let composed = "Bà Hằng nói: “Việt Nam”."
        let decomposed = composed.decomposedStringWithCanonicalMapping
        #expect(decomposed.unicodeScalars.count > composed.unicodeScalars.count)
        let article = NormalizedArticle(decomposed)
        let (start, end) = scalarRange(of: "Việt Nam".decomposedStringWithCanonicalMapping, in: decomposed)
        let range = article.normalizedRange(start: start, end: end)
        #expect(range == article.locate("Việt Nam", occurrence: 1))
        #expect(range.map { article.text($0) } == "Việt Nam")
        #expect(article.normalizedRange(start: 0, end: decomposed.unicodeScalars.count + 1) == nil)
    }
}
