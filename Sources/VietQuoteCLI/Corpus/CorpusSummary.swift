import VietQuote

/// Counts over a corpus, kept in memory while the articles stream past: they grow with
/// the number of distinct speakers and sides, not with the number of articles.
struct CorpusSummary {
    var articles = 0
    var failed = 0
    var quotes = 0
    var speakers: Set<String> = []
    var sides: [String: Side] = [:]

    struct Side {
        var name: String
        var sum = 0.0
        var count = 0
        var mean: Double { count == 0 ? 0 : sum / Double(count) }
    }

    mutating func add(_ result: ArticleResult) {
        articles += 1
        if result.error != nil { failed += 1 }
        quotes += result.quotes.count
        for quote in result.quotes {
            speakers.insert(quote.speaker.name)
            guard let side = quote.speaker.affiliation else { continue }
            sides[side, default: Side(name: side)].count += 1
            sides[side]!.sum += quote.stance?.score ?? 0
        }
    }

    /// Sides by number of quotes, then name.
    func sortedSides() -> [Side] {
        sides.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
    }
}
