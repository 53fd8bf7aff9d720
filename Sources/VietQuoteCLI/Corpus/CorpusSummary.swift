import VietQuote

/// Counts over a corpus, kept in memory while the articles stream past: they grow with
/// the number of distinct speakers and sides, not with the number of articles (each
/// group keeps at most `Group.linkLimit` links to its quotes).
struct CorpusSummary {
    var articles = 0
    var failed = 0
    var quotes = 0
    /// Every article's name and number of quotes, for a table of contents.
    var contents: [(document: String, quotes: Int)] = []
    /// Speakers by `SpeakerKey`, sides by name.
    var speakers: [String: Group] = [:]
    var sides: [String: Group] = [:]

    /// A speaker or a side across the corpus.
    struct Group {
        /// At most this many links to the group's quotes (the count says how many more).
        static let linkLimit = 40

        /// The forms of the name met (a speaker's key folds case and plural forms).
        var names: [String: Int] = [:]
        /// The group's scored quotes, labelled by the library's one rule (`StanceTally`).
        var tally = StanceTally()
        var quotes = 0
        var articles = 0
        var titles: [String: Int] = [:]
        var sides: [String: Int] = [:]
        /// The first quotes, in corpus order: their article and index (of the quote that
        /// shows them, see `QuoteOverlap`).
        var links: [(document: String, quote: Int)] = []
        var lastDocument: String?

        /// The most frequent form of the name; the shortest, then the smallest, on a tie
        /// (`Nhân chứng` rather than `Các nhân chứng`).
        var name: String {
            names.min { a, b in
                if a.value != b.value { return a.value > b.value }
                return a.key.count != b.key.count ? a.key.count < b.key.count : a.key < b.key
            }?.key ?? ""
        }
        var title: String? { Self.mostFrequent(titles) }
        var side: String? { Self.mostFrequent(sides) }

        /// Counts `quote` under the form `name`; `link` is its place, when one is kept.
        mutating func add(_ quote: Quote, name: String, link: Int?, document: String) {
            quotes += 1
            if let stance = quote.stance { tally.add(stance) }
            names[name, default: 0] += 1
            if lastDocument != document { articles += 1; lastDocument = document }
            if let link, links.count < Self.linkLimit { links.append((document, link)) }
            if let title = quote.speaker.title { titles[title, default: 0] += 1 }
            if let side = quote.speaker.sideLabel { sides[side, default: 0] += 1 }
        }

        /// The most frequent value; the smallest one on a tie, so the output does not
        /// depend on hashing.
        static func mostFrequent(_ counts: [String: Int]) -> String? {
            counts.min { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }?.key
        }
    }

    mutating func add(_ result: ArticleResult) {
        articles += 1
        if result.error != nil { failed += 1 }
        quotes += result.quotes.count
        contents.append((result.document, result.quotes.count))
        let holders = QuoteOverlap.holders(result.quotes, count: nil)
        for (index, quote) in result.quotes.enumerated() {
            let link = holders[index] ?? index
            speakers[SpeakerKey.of(quote.speaker), default: Group()]
                .add(quote, name: quote.speaker.name, link: link, document: result.document)
            for side in SpeakerKey.sides(of: quote.speaker) {
                sides[side, default: Group()].add(quote, name: side, link: link, document: result.document)
            }
        }
    }

    /// Groups by number of quotes, then name.
    static func sorted(_ groups: [String: Group]) -> [Group] {
        groups.values.sorted { $0.quotes != $1.quotes ? $0.quotes > $1.quotes : $0.name < $1.name }
    }
}

/// Quotes that overlap: a direct quote within a mixed one cannot be shown apart, so it
/// is shown by the earlier quote that holds it.
enum QuoteOverlap {
    /// For each quote, the index of the quote that shows it: itself, or the earlier
    /// quote it overlaps; nil when its offsets are empty or past `count` scalars.
    static func holders(_ quotes: [Quote], count: Int?) -> [Int?] {
        var kept: [(range: Range<Int>, index: Int)] = []
        return quotes.enumerated().map { index, quote in
            let range = quote.start..<max(quote.start, quote.end)
            guard range.lowerBound >= 0, !range.isEmpty, range.upperBound <= (count ?? Int.max) else { return nil }
            if let holder = kept.first(where: { $0.range.overlaps(range) }) { return holder.index }
            kept.append((range, index))
            return index
        }
    }
}
