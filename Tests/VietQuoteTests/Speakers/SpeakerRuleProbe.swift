import Testing
@testable import VietQuote

/// The speakers of a text and the typed rules that chose them, through the whole pipeline:
/// the rule tests assert which `SpeakerRule` decided on real sentences.
enum SpeakerRuleProbe {
    static let extractor: QuoteExtractor = {
        do { return try QuoteExtractor() } catch { fatalError("the lexicons do not load: \(error)") }
    }()

    struct Decided: Sendable {
        var speaker: Speaker
        var rules: [SpeakerRule]
    }

    static func decisions(_ text: String) -> [Decided] {
        extractor.extract(text, document: "test").quotes.map {
            Decided(speaker: $0.speaker, rules: $0.explanation.speakerTrace?.rules ?? [])
        }
    }

    /// The first quote's speaker is the unnamed source `name`, with no title, chosen by `rule`
    /// (the rules that read someone's agent, relative or people before their name).
    static func expectUnnamedSource(_ text: String, named name: String, by rule: SpeakerRule) throws {
        let quote = try #require(decisions(text).first)
        #expect(quote.speaker.name == name)
        #expect(quote.speaker.kind == .source)
        #expect(quote.speaker.title == nil)
        #expect(quote.rules.first == rule)
    }

    /// The tokens of `text`, for a rule read on one sentence.
    static func tokens(_ text: String) -> [Token] {
        let source = SourceText(text)
        return Tokenizer.tokens(in: source, range: 0..<source.count)
    }
}
