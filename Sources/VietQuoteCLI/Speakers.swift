import ArgumentParser
import Foundation
import VietQuote

extension VietQuoteCommand {
    /// `vietquote speakers`: one row per canonical speaker across a corpus.
    struct Speakers: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Who speaks across a corpus: quotes, articles, title, side and mean stance of each speaker.",
            discussion: "Speakers are grouped by canonical name; rows by number of quotes, then name."
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table, csv, tsv, json
        }

        @OptionGroup var corpus: CorpusOptions

        @Option(help: "Output format: table, csv, tsv, json (an array).")
        var format: Format = .table

        @Option(help: "Write to this file (through a temporary file and a rename) instead of standard output.")
        var output: String?

        func run() throws {
            var table = SpeakerTable()
            try RowOutput.summarize(corpus, to: output, add: { table.add($0) }, render: { try render(table.rows()) })
        }

        func render(_ rows: [SpeakerTable.Row]) throws -> String {
            switch format {
            case .json: return try RowOutput.json(rows)
            case .csv, .tsv:
                return RowOutput.delimited(SpeakerTable.columns, rows.map(\.cells), delimiter: format == .csv ? "," : "\t")
            case .table: return RowOutput.table(SpeakerTable.columns, rows.map(\.cells), widths: [28, 6, 8, 30, 14, 7, 13])
            }
        }
    }
}

/// Speakers of a corpus by canonical name; memory grows with the number of speakers.
struct SpeakerTable {
    static let columns = ["speaker", "quotes", "articles", "title", "side", "stance", "label"]

    struct Row: Encodable {
        var speaker: String
        var quotes: Int
        var articles: Int
        var title: String?
        var side: String?
        var stance: Double
        var label: String

        var cells: [String] {
            [speaker, String(quotes), String(articles), title ?? "", side ?? "", Numbers.score(stance), label]
        }
    }

    private struct Entry {
        var quotes = 0
        var articles = 0
        /// The speaker's quotes, labelled by the library's one rule for a group of quotes.
        var tally = StanceTally()
        var titles: [String: Int] = [:]
        var sides: [String: Int] = [:]
    }

    private var entries: [String: Entry] = [:]

    mutating func add(_ result: ArticleResult) {
        var seen: Set<String> = []
        for quote in result.quotes {
            let name = quote.speaker.name
            var entry = entries[name] ?? Entry()
            entry.quotes += 1
            if seen.insert(name).inserted { entry.articles += 1 }
            if let stance = quote.stance { entry.tally.add(stance) }
            if let title = quote.speaker.title { entry.titles[title, default: 0] += 1 }
            if let side = quote.speaker.affiliation { entry.sides[side, default: 0] += 1 }
            entries[name] = entry
        }
    }

    /// The most frequent value; the smallest one on a tie, so the output does not
    /// depend on hashing.
    private static func mostFrequent(_ counts: [String: Int]) -> String? {
        counts.min { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }?.key
    }

    func rows() -> [Row] {
        entries.map { name, entry in
            Row(speaker: name, quotes: entry.quotes, articles: entry.articles,
                title: Self.mostFrequent(entry.titles), side: Self.mostFrequent(entry.sides),
                stance: entry.tally.mean, label: entry.tally.label.rawValue)
        }.sorted { $0.quotes != $1.quotes ? $0.quotes > $1.quotes : $0.speaker < $1.speaker }
    }
}
