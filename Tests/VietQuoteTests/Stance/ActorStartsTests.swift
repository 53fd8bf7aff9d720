import Testing
@testable import VietQuote

/// `ActorStarts`: the sides of a quote's content read once, for the gate, the names and the
/// evidence of sides. Sentences from dev and silver.
@Suite struct ActorStartsTests: StanceSuite {
    func table(_ content: String) -> (spans: WordSpans, actors: ActorStarts) {
        let spans = WordSpans(content)
        return (spans, ActorStarts(spans, names: scorer.relations.names))
    }

    @Test func aSidePrefixAndTheCountryAfterItAreEachAnEntry() {
        // Dev 405: `phía Nga` (words 2 and 3) is Russia's side; `Nga` alone is one as well.
        let actors = table("những gì phía Nga đưa ra về Kharkov").actors
        let prefixed = actors.entries.first { $0.index == 2 }
        #expect(prefixed?.side == "Nga" && prefixed?.length == 2)
        #expect(actors.entries.contains { $0.index == 3 && $0.length == 1 && $0.actorStarts && $0.side == "Nga" })
        // A scan that steps over each side reads `phía Nga` once, not `Nga` again; the scan
        // of `actors.tsv` phrases alone starts at `Nga`.
        var read: [Int] = [], actorsRead: [Int] = []
        actors.eachSkipping(actorsOnly: false) { read.append($0.index) }
        actors.eachSkipping(actorsOnly: true) { actorsRead.append($0.index) }
        #expect(read.first == 2 && !read.contains(3))
        #expect(actorsRead.contains(3))
    }

    @Test func noCapitalisedWordNoEntry() {
        // The gate's own example (RelationGate): Iran's `chúng tôi sẽ đáp trả`.
        #expect(table("chúng tôi sẽ đáp trả").actors.entries.isEmpty)
    }

    @Test func theTableGivesTheGateItsSides() {
        // Dev 302: a side of two words (`Hoa Kỳ` is the United States).
        let (spans, actors) = table("Chúng tôi đã đàm phán với Hoa Kỳ đến mức có thể")
        #expect(scorer.relations.sideReading(spans, actors: actors).sides == ["Mỹ"])
        #expect(scorer.relations.nameRanges(in: spans, actors: actors) == scorer.relations.nameRanges(in: spans))
        #expect(scorer.relations.nameRanges(in: spans, actors: actors).count == 1)
    }
}
