import Foundation
import Testing
import VietQuoteEvaluation

@Suite struct ScoringTests {
    static let sentence = "Ông A nói một hai ba bốn năm. Bà B cho biết sáu bảy tám chín mười."

    /// One gold quote "một hai ba bốn năm" (5 tokens) per document, one system quote each.
    @Test func strictAt08At03() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let systems = ["một hai ba bốn năm", "một hai ba bốn", "một hai", "một"]
        var lines: [String] = []
        for (index, content) in systems.enumerated() {
            let name = "doc\(index)"
            try fixture.article(name, Self.sentence)
            try fixture.goldFile(name, documentJSON(name, quotes: [quoteJSON("một hai ba bốn năm")]))
            let (start, end) = scalarRange(of: content, in: Self.sentence)
            lines.append(documentJSON(name, quotes: [quoteJSON(content, start: start, end: end)]))
        }
        let report = Evaluation.score(gold: try fixture.load(), system: try SystemOutput(jsonLines: lines.joined(separator: "\n")))
        #expect(report.quotes.strict == PrecisionRecall(tp: 1, system: 4, gold: 4))
        #expect(report.quotes.at08 == PrecisionRecall(tp: 2, system: 4, gold: 4))
        #expect(report.quotes.at03 == PrecisionRecall(tp: 3, system: 4, gold: 4))
        #expect(report.quotes.at08.f1 == 0.5)
        #expect(report.quotes.at03.precision == 0.75)
        #expect(report.recallAt08ByType == ["direct": 0, "indirect": 0.5, "mixed": 0])
        let kinds = report.errors.map(\.kind)
        #expect(kinds.filter { $0 == .missed }.count == 1)
        #expect(kinds.filter { $0 == .spurious }.count == 1)
        #expect(kinds.filter { $0 == .partial }.count == 1)
        let partial = try #require(report.errors.first { $0.kind == .partial })
        #expect(partial.gold == "một hai ba bốn năm")
        #expect(partial.system == "một hai")
    }

    @Test func overLongSpanFailsAt08() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.article("d", Self.sentence)
        try fixture.goldFile("d", documentJSON("d", quotes: [quoteJSON("hai ba")]))
        let (start, end) = scalarRange(of: "một hai ba bốn năm", in: Self.sentence)
        let system = try SystemOutput(jsonLines: documentJSON("d", quotes: [quoteJSON("x", start: start, end: end)]))
        let report = Evaluation.score(gold: try fixture.load(), system: system)
        #expect(report.quotes.at08.tp == 0)
        #expect(report.quotes.at03.tp == 1)
        #expect(report.perDocument.first?.f1At08 == 0)
    }

    @Test func repeatedContentUsesOccurrence() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let text = "Nga nói hòa bình. Mỹ nói hòa bình."
        try fixture.article("a", text)
        try fixture.article("b", text)
        try fixture.goldFile("a", documentJSON("a", quotes: [quoteJSON("hòa bình", occurrence: 2)]))
        try fixture.goldFile("b", documentJSON("b", quotes: [quoteJSON("hòa bình", occurrence: 2)]))
        let (start, end) = scalarRange(of: "hòa bình", in: text, occurrence: 1)
        let system = try SystemOutput(jsonLines: [
            documentJSON("a", quotes: [quoteJSON("hòa bình", start: start, end: end)]),   // the first one: wrong
            documentJSON("b", quotes: [quoteJSON("hòa bình", occurrence: 2)]),            // located by content
        ].joined(separator: "\n"))
        let report = Evaluation.score(gold: try fixture.load(), system: system)
        #expect(report.perDocument.map(\.tpAt08) == [0, 1])
        #expect(report.quotes.strict.tp == 1)
    }

    @Test func stanceMacroF1ByHand() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let text = "A nói một. B nói hai. C nói ba. D nói bốn. E nói năm. F nói sáu."
        let words = ["một", "hai", "ba", "bốn", "năm", "sáu"]
        let gold = ["normalization", "normalization", "confrontation", "confrontation", "neutral", "normalization"]
        let guess = ["normalization", "confrontation", "confrontation", "neutral", "normalization", "normalization"]
        try fixture.article("s", text)
        try fixture.goldFile("s", documentJSON("s", quotes: zip(words, gold).map { quoteJSON($0, stance: $1) }))
        // System stance written as objects, as the extractor does.
        let systemQuotes = zip(words, guess).map { word, label in
            quoteJSON(word).replacingOccurrences(
                of: "\"stance\": \"neutral\"", with: "\"stance\": {\"label\": \"\(label)\", \"score\": 0.7, \"evidence\": []}")
        }
        let report = Evaluation.score(gold: try fixture.load(), system: try SystemOutput(jsonLines: documentJSON("s", quotes: systemQuotes)))
        // normalization: both 2, system 3, gold 3 → F1 2/3; confrontation: both 1, system 2, gold 2 → F1 1/2.
        #expect(report.stance.accuracy == 0.5)
        #expect(abs(report.stance.macroF1 - 7.0 / 12.0) < 1e-12)
        #expect(abs((report.stance.f1ByLabel["normalization"] ?? 0) - 2.0 / 3.0) < 1e-12)
        #expect(report.stance.f1ByLabel["confrontation"] == 0.5)
        #expect(report.errors.filter { $0.kind == .stance }.count == 3)
    }

    @Test func stanceClassWithNoInstancesCountsAsPerfect() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.article("s", "A nói một. B nói hai.")
        try fixture.goldFile("s", documentJSON("s", quotes: [quoteJSON("một", stance: "normalization"), quoteJSON("hai", stance: "neutral")]))
        let system = try SystemOutput(jsonLines: documentJSON("s", quotes: [quoteJSON("một", stance: "normalization"), quoteJSON("hai", stance: "normalization")]))
        let report = Evaluation.score(gold: try fixture.load(), system: system)
        // normalization: both 1, system 2, gold 1 → P 1/2, R 1, F1 2/3; confrontation: none at all → 1.
        #expect(abs(report.stance.macroF1 - (2.0 / 3.0 + 1) / 2) < 1e-12)
        #expect(report.stance.accuracy == 0.5)
    }

    @Test func cueSpeakerTitleAffiliationAttributionAndArticle() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let text = "Washington nói một hai ba. Ngoại trưởng Lavrov cho biết bốn năm sáu. Ông C nói bảy tám chín."
        try fixture.article("c", text)
        try fixture.goldFile("c", documentJSON("c", label: "mixed", actors: ["Nga": "normalization", "Mỹ": "confrontation"], quotes: [
            quoteJSON("một hai ba", cue: nil, speaker: "Mỹ", aliases: ["Washington"], title: "Ngoại trưởng Mỹ",
                      titleAliases: ["Ngoại trưởng"], affiliation: "Mỹ"),
            quoteJSON("bốn năm sáu", cue: "cho biết", speaker: "Sergei Lavrov", affiliation: "Nga"),
            quoteJSON("bảy tám chín", speaker: "C"),
        ]))
        let system = try SystemOutput(jsonLines: documentJSON("c", label: "mixed", actors: ["nga ": "normalization", "Mỹ": "neutral"], quotes: [
            quoteJSON("một hai ba", cue: nil, speaker: "  WASHINGTON ", title: "ngoại  trưởng", affiliation: "mỹ"),
            quoteJSON("bốn năm sáu", cue: "nói", speaker: "Lavrov", affiliation: nil),
            quoteJSON("Ông C", speaker: "C"),
        ]))
        let report = Evaluation.score(gold: try fixture.load(), system: system)
        #expect(report.quotes.at03 == PrecisionRecall(tp: 2, system: 3, gold: 3))
        #expect(report.cue == PrecisionRecall(tp: 1, system: 3, gold: 3))
        #expect(report.speakerAccuracy == 0.5)
        #expect(report.attribution == PrecisionRecall(tp: 1, system: 3, gold: 3))
        #expect(report.titleAccuracy == 1)          // alias match; null equals null
        #expect(report.affiliationAccuracy == 0.5)  // "Nga" vs null
        #expect(report.articleStance == ArticleStanceScores(accuracy: 1, actorAccuracy: 0.5))
        let wrong = report.errors.map(\.kind)
        #expect(wrong == [.missed, .spurious, .cue, .speaker, .affiliation, .actor])
        let speaker = try #require(report.errors.first { $0.kind == .speaker })
        #expect(speaker.gold == "Sergei Lavrov" && speaker.system == "Lavrov")
    }

    @Test func decomposedArticleWithSystemOffsets() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let text = "Bà Nguyễn Thị Hằng nói: “Việt Nam ủng hộ hòa bình”. Ông Lê cho biết hợp tác.".decomposedStringWithCanonicalMapping
        try fixture.article("n", text)
        try fixture.goldFile("n", documentJSON("n", quotes: [quoteJSON("Việt Nam ủng hộ hòa bình", type: "direct"), quoteJSON("hợp tác")]))
        let (start, end) = scalarRange(of: "Việt Nam ủng hộ hòa bình".decomposedStringWithCanonicalMapping, in: text)
        let (start2, end2) = scalarRange(of: "hợp tác".decomposedStringWithCanonicalMapping, in: text)
        let composed = text.precomposedStringWithCanonicalMapping
        #expect(scalarRange(of: "hợp tác", in: composed).0 != start2)   // offsets of the NFD text differ from NFC ones
        let system = try SystemOutput(jsonLines: documentJSON("n", quotes: [
            quoteJSON("", start: start, end: end, type: "direct"), quoteJSON("", start: start2, end: end2),
        ]))
        let report = Evaluation.score(gold: try fixture.load(), system: system)
        #expect(report.quotes.strict == PrecisionRecall(tp: 2, system: 2, gold: 2))
        #expect(report.recallAt08ByType["direct"] == 1)
    }

    @Test func systemErrorAndMissingDocumentCountAsNoQuote() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.article("a", "A nói một.")
        try fixture.article("b", "B nói hai.")
        try fixture.goldFile("a", documentJSON("a", quotes: [quoteJSON("một")]))
        try fixture.goldFile("b", documentJSON("b", quotes: [quoteJSON("hai")]))
        let system = try SystemOutput(jsonLines: """
            {"document": "a", "error": "extractor crashed"}

            {"document": "zzz", "quotes": []}
            """)
        let report = Evaluation.score(gold: try fixture.load(), system: system)
        #expect(report.quotes.at03 == PrecisionRecall(tp: 0, system: 0, gold: 2))
        #expect(report.quotes.at03.precision == 0 && report.quotes.at03.f1 == 0)
        #expect(report.articleStance.accuracy == 0)
        #expect(report.errors.filter { $0.kind == .systemError }.map(\.system) == ["extractor crashed"])
        #expect(report.errors.filter { $0.kind == .missingDocument }.map(\.document) == ["b"])
        #expect(report.perDocument.map(\.document) == ["a", "b"])
        #expect(report.errorListing().contains("[system_error] a"))
    }

    @Test func floors() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.article("a", "A nói một hai. B nói ba.")
        try fixture.goldFile("a", documentJSON("a", quotes: [quoteJSON("một hai"), quoteJSON("ba")]))
        let system = try SystemOutput(jsonLines: documentJSON("a", quotes: [quoteJSON("một hai", speaker: "X")]))
        let report = Evaluation.score(gold: try fixture.load(), system: system)
        // P 1, R 1/2 → F1 2/3; speaker 0/1.
        let floors = try EvaluationReport.parseFloors(["quotes=0.7", "speaker=0", "cue = 0.5"])
        #expect(floors == ["quotes": 0.7, "speaker": 0, "cue": 0.5])
        #expect(try report.figuresBelow(floors: floors) == ["quotes (quote F1@0.8) 0.667 is below its floor 0.700"])
        #expect(throws: FloorError.self) { try EvaluationReport.parseFloors(["recall=0.5"]) }
        #expect(throws: FloorError.self) { try EvaluationReport.parseFloors(["quotes"]) }
        #expect(throws: FloorError.self) { try report.figuresBelow(floors: ["bogus": 1]) }
    }

    @Test func jsonReportKeys() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.article("a", "A nói một hai. B nói ba.")
        try fixture.goldFile("a", documentJSON("a", quotes: [quoteJSON("một hai"), quoteJSON("ba")]))
        let report = Evaluation.score(gold: try fixture.load(), system: try SystemOutput(jsonLines: documentJSON("a", quotes: [quoteJSON("một hai")])))
        let object = try report.jsonObject()
        #expect(object["schema"] as? Int == 1)
        let quotes = try #require(object["quotes"] as? [String: Any])
        let at08 = try #require(quotes["0.8"] as? [String: Any])
        #expect(at08["recall"] as? Double == 0.5)
        #expect(at08["tp"] as? Int == 1)
        #expect(Set(quotes.keys) == ["strict", "0.8", "0.3"])
        for key in ["recall@0.8_by_type", "cue", "speaker_accuracy", "attribution", "title_accuracy",
                    "affiliation_accuracy", "stance", "article_stance", "per_document"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect((object["stance"] as? [String: Any])?["macro_f1"] != nil)
        #expect((object["article_stance"] as? [String: Any])?["actor_accuracy"] != nil)
        #expect(object["errors"] is [Any])
        #expect(try report.jsonObject(includeErrors: false)["errors"] == nil)
        let data = try report.jsonData()
        #expect(try report.jsonData() == data)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.range(of: "\"affiliation_accuracy\"")!.lowerBound < text.range(of: "\"article_stance\"")!.lowerBound)
    }

    @Test func malformedSystemLineIsNamed() throws {
        #expect {
            try SystemOutput(jsonLines: "{\"document\": \"a\", \"quotes\": []}\n{\"document\": ")
        } throws: { error in
            (error as? EvaluationError)?.file == "system output line 2" && (error as? EvaluationError)?.code == .invalidJSON
        }
        #expect {
            try SystemOutput(jsonLines: "{\"quotes\": []}")
        } throws: { ($0 as? EvaluationError)?.code == .missingField }
        let repeated = try SystemOutput(jsonLines: "{\"document\": \"a\"}\n{\"document\": \"a\", \"quotes\": [{\"content\": \"x\"}]}")
        #expect(repeated.documents["a"]?.quotes.isEmpty == true)
        #expect(repeated.notes.count == 1)
    }
    /// The program's `explanation` (its `title_rule` included: Speakers/Titles/TitleRule.swift)
    /// is no gold field: a line that carries it is scored on its title like any other.
    @Test func explanationWithTitleRuleIsIgnored() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.article("d", Self.sentence)
        try fixture.goldFile("d", documentJSON("d", quotes: [quoteJSON("một hai ba bốn năm", title: "Ngoại trưởng Nga")]))
        let (start, end) = scalarRange(of: "một hai ba bốn năm", in: Self.sentence)
        let quote = quoteJSON("một hai ba bốn năm", start: start, end: end, title: "Ngoại trưởng Nga")
        let explained = String(quote.dropLast()) + #", "explanation": {"quote_rule": "speaker-cue-content", "speaker_rule": "mention: name", "title_rule": "mention: chain"}}"#
        let report = Evaluation.score(gold: try fixture.load(), system: try SystemOutput(jsonLines: documentJSON("d", quotes: [explained])))
        #expect(report.quotes.strict.tp == 1)
        #expect(report.titleAccuracy == 1)
    }
}
