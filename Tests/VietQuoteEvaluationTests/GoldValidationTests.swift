import Foundation
import Testing
import VietQuoteEvaluation

@Suite struct GoldValidationTests {
    static let text = "Nga nói hòa bình. Mỹ nói hòa bình."

    /// Loads a one-file gold folder and returns the error it raises.
    func loadError(_ quote: String, gold: String? = nil) throws -> EvaluationError {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.article("g", Self.text)
        try fixture.goldFile("g", gold ?? documentJSON("g", quotes: [quoteJSON("hòa bình"), quote]))
        do {
            _ = try fixture.load()
        } catch let error as EvaluationError {
            return error
        }
        Issue.record("the gold file was accepted")
        return EvaluationError(.unreadable, file: "", reason: "")
    }

    @Test func contentNotFoundAtOccurrence() throws {
        let error = try loadError(quoteJSON("hòa bình", occurrence: 3))
        #expect(error.code == .contentNotFound)
        #expect(error.quoteIndex == 1)
        #expect(error.quoteContent == "hòa bình")
        #expect(error.file.hasSuffix("gold/g.json"))
        #expect(error.description.contains("g.json: quote #1 \"hòa bình\": content found 2 time(s), not at occurrence 3"))
        let absent = try loadError(quoteJSON("chiến tranh"))
        #expect(absent.code == .contentNotFound)
        #expect(absent.reason == "content not found in the article (after NFC)")
    }

    @Test func decomposedGoldContentIsFound() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.article("g", Self.text)
        try fixture.goldFile("g", documentJSON("g", quotes: [quoteJSON("hòa bình".decomposedStringWithCanonicalMapping, occurrence: 2)]))
        #expect(try fixture.load().articles.count == 1)
    }

    @Test func unknownType() throws {
        let error = try loadError(quoteJSON("hòa bình", occurrence: 2, type: "reported"))
        #expect(error.code == .unknownType)
        #expect(error.quoteIndex == 1)
        #expect(error.reason.contains("\"reported\""))
    }

    @Test func unknownLabel() throws {
        let quote = try loadError(quoteJSON("hòa bình", occurrence: 2, stance: "mixed"))
        #expect(quote.code == .unknownLabel)
        #expect(quote.quoteIndex == 1)
        let article = try loadError("", gold: documentJSON("g", label: "hostile", quotes: []))
        #expect(article.code == .unknownLabel)
        #expect(article.quoteIndex == nil)
        let actor = try loadError("", gold: documentJSON("g", actors: ["Nga": "friendly"], quotes: []))
        #expect(actor.code == .unknownLabel)
        #expect(actor.reason.contains("Nga"))
    }

    @Test func missingFields() throws {
        let noName = quoteJSON("hòa bình", occurrence: 2).replacingOccurrences(of: "\"name\": \"Nga\", ", with: "")
        let error = try loadError(noName)
        #expect(error.code == .missingField)
        #expect(error.reason == "missing field \"speaker.name\"")
        #expect(error.quoteIndex == 1)
        let noContent = quoteJSON("hòa bình").replacingOccurrences(of: "\"content\": \"hòa bình\", ", with: "")
        #expect(try loadError(noContent).reason == "missing field \"content\"")
        let noStance = quoteJSON("hòa bình").replacingOccurrences(of: ", \"stance\": \"neutral\"", with: "")
        #expect(try loadError(noStance).reason == "missing field \"stance\"")
        let noType = quoteJSON("hòa bình").replacingOccurrences(of: "\"type\": \"indirect\", ", with: "")
        #expect(try loadError(noType).reason == "missing field \"type\"")
        // Absent cue, title and affiliation read as null.
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.article("g", Self.text)
        try fixture.goldFile("g", """
            {"document": "g", "quotes": [{"content": "hòa bình", "type": "direct", "speaker": {"name": "Nga", "kind": "country"}, "stance": "neutral"}]}
            """)
        let quote = try #require(try fixture.load().articles.first?.gold.quotes.first)
        #expect(quote.cue == nil && quote.speaker?.title == nil && quote.speaker?.affiliation == nil)
    }

    @Test func invalidJSONNamesLine() throws {
        let error = try loadError("", gold: "{\"document\": \"g\",\n \"quotes\": [\n  {\"content\": }\n]}")
        #expect(error.code == .invalidJSON)
        #expect(error.line == 3)
        let wrongType = try loadError("", gold: "{\"document\": \"g\", \"quotes\": [{\"content\": 5}]}")
        #expect(wrongType.code == .invalidJSON)
        #expect(wrongType.quoteIndex == 0)
    }

    @Test func emptyFolderAndMissingArticle() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.article("g", Self.text)
        #expect { try fixture.load() } throws: { ($0 as? EvaluationError)?.code == .emptyGoldFolder }
        try fixture.goldFile("h", documentJSON("h", quotes: []))
        #expect { try fixture.load() } throws: { ($0 as? EvaluationError)?.code == .missingArticle }
    }

    @Test func documentFieldMustMatchFileName() throws {
        let error = try loadError("", gold: documentJSON("other", quotes: []))
        #expect(error.code == .documentMismatch)
    }
}
