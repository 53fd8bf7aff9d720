import Testing
@testable import VietQuote

/// What the quote rule suites share: one extractor, a page built from a body (a headline
/// line first, as in a page), its quotes, and the sieve that decided each cue.
protocol QuoteRuleSuite {}

enum QuoteRuleTesting {
    static let extractor: QuoteExtractor = try! QuoteExtractor()
}

extension QuoteRuleSuite {
    static var extractor: QuoteExtractor { QuoteRuleTesting.extractor }

    func quotes(_ body: String) -> [Quote] {
        Self.extractor.extract("Tin thế giới\n\n" + body, document: "test").quotes
    }

    /// Each cue of the body (as its match keys) with the sieve that decided it and whether
    /// that made an attribution (a credit counts as none).
    /// `subject` is the sieve that found who speaks.
    func decisions(_ body: String) -> [(cue: String, rule: QuoteRule, subject: QuoteRule?, attributed: Bool)] {
        Self.extractor.quoteDecisions("Tin thế giới\n\n" + body)
    }

    /// The rules that moved the edges of each quote's cue or subject, in the quotes' order.
    func refinements(_ body: String) -> [[QuoteRefinement]] {
        Self.extractor.quoteRefinements("Tin thế giới\n\n" + body)
    }

    /// The sieve that decided the cue `cue` (as written).
    func rule(deciding cue: String, in body: String) -> QuoteRule? {
        let keys = MatchKey.words(cue).joined(separator: " ")
        return decisions(body).first { $0.cue == keys }?.rule
    }

    /// The sieve that found who speaks for the cue `cue` (as written).
    func subject(of cue: String, in body: String) -> QuoteRule? {
        let keys = MatchKey.words(cue).joined(separator: " ")
        return decisions(body).first { $0.cue == keys }?.subject
    }
}
