import ArgumentParser
import Foundation
import VietQuote

extension VietQuoteCommand {
    /// `vietquote speakers`: one row per canonical speaker across a corpus.
    struct Speakers: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "speakers",
            abstract: "Who speaks across a corpus: quotes, articles, title, side and mean stance of each speaker.",
            discussion: "Speakers are grouped by canonical name; rows by number of quotes, then name."
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table, csv, tsv, json
        }

        @OptionGroup var corpus: CorpusOptions

        @Option(help: "Output format: table, csv, tsv, json (an array).")
        var format: Format = .table

        @OptionGroup var outputOptions: OutputOptions

        func run() throws {
            var table = SpeakerTable()
            try RowOutput.summarize(corpus, outputOptions, delimited: format == .csv || format == .tsv,
                                    add: { table.add($0) }, render: { try render(table.rows()) })
        }

        func render(_ rows: [SpeakerTable.Row]) throws -> String {
            switch format {
            case .json:
                return RowOutput.json(rows)
            case .csv, .tsv:
                return RowOutput.delimited(SpeakerTable.columns, rows.map(\.cells), delimiter: format == .csv ? "," : "\t")
            case .table:
                // Speaker and title narrow first on a terminal; in a file nothing is clipped.
                return AlignedTable.render([SpeakerTable.columns] + rows.map(\.cells), width: outputOptions.tableWidth,
                                           clippable: [0, 3, 4])
            }
        }
    }
}

/// Speakers of a corpus by canonical name; memory grows with the number of speakers.
struct SpeakerTable {
    /// `mean_score`: the mean of the quote scores; `label_by_quotes`: the label of the
    /// speaker's quotes taken together (`StanceTally`), not of the mean.
    static let columns = ["speaker", "quotes", "articles", "title", "side", "mean_score", "label_by_quotes"]

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

    /// By `SpeakerKey`: case and plural forms of one unnamed source are one row; the
    /// same groups as the HTML report's speakers table.
    private var groups: [String: CorpusSummary.Group] = [:]

    mutating func add(_ result: ArticleResult) {
        for quote in result.quotes {
            groups[SpeakerKey.of(quote.speaker), default: CorpusSummary.Group()]
                .add(quote, name: quote.speaker.name, link: nil, document: result.document)
        }
    }

    func rows() -> [Row] {
        CorpusSummary.sorted(groups).map { group in
            Row(speaker: group.name, quotes: group.quotes, articles: group.articles, title: group.title,
                side: group.side, stance: group.tally.mean, label: group.tally.label.rawValue)
        }
    }
}
