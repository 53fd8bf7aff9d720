import Testing
@testable import VietQuote

/// `QuoteFinder.attributionRules`: the sieves run through their types (`AttributionRule.run`,
/// `Self()`), so an entry's settings would be dropped silently (review14 S5). Each listed sieve
/// must store its `id` and nothing else, and each type must be listed once.
@Suite struct AttributionRuleListTests {
    /// The size of a sieve's stored properties, its existential opened.
    static func storedSize<Rule: AttributionRule>(_ rule: Rule) -> Int {
        MemoryLayout<Rule>.size
    }

    /// The id of a sieve of `rule`'s type made anew, as `run` makes it.
    static func freshID<Rule: AttributionRule>(_ rule: Rule) -> QuoteRule {
        Rule().id
    }

    @Test func eachSieveHoldsOnlyItsID() {
        for rule in QuoteFinder.attributionRules {
            #expect(Self.storedSize(rule) == MemoryLayout<QuoteRule>.size, "\(type(of: rule)) stores more than its id")
            #expect(Self.freshID(rule) == rule.id, "\(type(of: rule)) made anew has another id")
        }
    }

    @Test func eachSieveIsListedOnce() {
        let types = QuoteFinder.attributionRules.map { ObjectIdentifier(type(of: $0)) }
        #expect(Set(types).count == types.count)
        let ids = QuoteFinder.attributionRules.map(\.id)
        #expect(Set(ids).count == ids.count)
    }
}
