import ArgumentParser
import Foundation
import VietQuote

extension VietQuoteCommand {
    /// `vietquote stance`: per article, its label and score, then a table of its sides
    /// and speakers with their mean scores, quote counts and labels.
    struct Stance: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stance",
            abstract: "Show the stance of each article, of its sides and of its speakers.",
            discussion: """
                INPUT is a file, a folder (every .txt below it, in sorted order) or - for standard input. \
                For each article: a line with its label, mean score and number of scored quotes, then \
                one row per side and one per speaker (name, side, mean score, count, label by its quotes), aligned. \
                CSV, TSV and JSON give the same rows, the article's own first.
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table, csv, tsv, json
        }

        @OptionGroup var corpus: CorpusOptions

        @Option(help: "Output format: table (a block per article), csv or tsv (one row per article, side and speaker), json (an array).")
        var format: Format = .table

        @OptionGroup var outputOptions: OutputOptions

        var articleFormat: any ArticleFormat {
            switch format {
            case .table: return StanceTableFormat(width: outputOptions.tableWidth)
            case .csv: return StanceRowsFormat(delimited: DelimitedFormat(delimiter: ","))
            case .tsv: return StanceRowsFormat(delimited: DelimitedFormat(delimiter: "\t"))
            case .json: return StanceJSONFormat()
            }
        }

        func run() throws {
            let sink = try outputOptions.sink()
            let failed: Bool
            do {
                try sink.write(outputOptions.byteOrderMark(delimited: format == .csv || format == .tsv))
                failed = try CorpusRun.writeStream(articleFormat, corpus: corpus, to: sink)
                try sink.finish()
            } catch {
                sink.abandon()
                throw error
            }
            if failed { throw ExitCode(ExitStatus.someInputUnreadable) }
        }

        /// One article's block: a heading line, then the aligned table of sides and speakers.
        static func render(_ result: ArticleResult, width: Int? = nil) -> String {
            if let error = result.error { return "== \(result.document)  error: \(error)\n\n" }
            guard let stance = result.stance else { return "== \(result.document)  no stance\n\n" }
            let quotes = stance.speakers.reduce(0) { $0 + $1.count }
            var text = "== \(result.document)  label \(stance.label.rawValue)  score \(format(stance.score))  quotes \(quotes)\n"
            var rows: [[String]] = [["row", "name", "side", "mean_score", "count", "label_by_quotes"]]
            for side in stance.sides { rows.append(row("side", side)) }
            for speaker in stance.speakers { rows.append(row("speaker", speaker)) }
            if rows.count > 1 { text += AlignedTable.render(rows, width: width, clippable: [1, 2]) }
            return text + "\n"
        }

        static func row(_ kind: String, _ group: GroupStance) -> [String] {
            [kind, group.name, group.side ?? "-", format(group.score), String(group.count), group.label.rawValue]
        }

        /// A score with its sign and three decimals, so that columns line up.
        static func format(_ score: Double) -> String {
            let rounded = (score * 1000).rounded() / 1000
            let value = rounded == 0 ? 0 : rounded
            return (value >= 0 ? "+" : "") + String(format: "%.3f", value)
        }
    }
}

/// `vietquote stance --format table`: a block per article (see `Stance.render`).
struct StanceTableFormat: ArticleFormat {
    /// The width to clip names to (a terminal's), or nil.
    var width: Int?

    func chunk(_ result: ArticleResult, text: String?, paragraphs: [Paragraph]?) -> String {
        VietQuoteCommand.Stance.render(result, width: width)
    }
}

/// One row of `vietquote stance` in CSV, TSV or JSON: the article, one of its sides or
/// one of its speakers.
struct StanceRow: Encodable {
    /// `label_by_quotes`: the label of the row's quotes taken together (`StanceTally` for a
    /// side or speaker, the article rule for an article), not of `mean_score`.
    static let columns = ["document", "row", "name", "side", "mean_score", "quotes", "label_by_quotes"]

    var document: String
    var row: String
    var name: String
    var side: String?
    var score: Double?
    var quotes: Int
    var label: String

    var cells: [String] {
        [document, row, name, side ?? "", score.map(Numbers.score) ?? "", String(quotes), label]
    }

    /// The article's row (`error` as its label when it could not be read), then its sides
    /// and speakers.
    static func rows(_ result: ArticleResult) -> [StanceRow] {
        if let error = result.error {
            return [StanceRow(document: result.document, row: "article", name: result.document, quotes: 0, label: "error: \(error)")]
        }
        guard let stance = result.stance else {
            return [StanceRow(document: result.document, row: "article", name: result.document, quotes: 0, label: "")]
        }
        let quotes = stance.speakers.reduce(0) { $0 + $1.count }
        var rows = [StanceRow(document: result.document, row: "article", name: result.document, score: stance.score,
                              quotes: quotes, label: stance.label.rawValue)]
        for (kind, groups) in [("side", stance.sides), ("speaker", stance.speakers)] {
            for group in groups {
                rows.append(StanceRow(document: result.document, row: kind, name: group.name, side: group.side,
                                      score: group.score, quotes: group.count, label: group.label.rawValue))
            }
        }
        return rows
    }
}

/// `vietquote stance --format csv|tsv`.
struct StanceRowsFormat: ArticleFormat {
    let delimited: DelimitedFormat

    func header() -> String { delimited.row(StanceRow.columns) }

    func chunk(_ result: ArticleResult, text: String?, paragraphs: [Paragraph]?) -> String {
        StanceRow.rows(result).map { delimited.row($0.cells) }.joined()
    }
}

/// `vietquote stance --format json`: one array of rows, written article by article.
struct StanceJSONFormat: ArticleFormat {
    func header() -> String { "[" }
    var separator: String { ",\n" }
    func footer() -> String { "]\n" }

    func chunk(_ result: ArticleResult, text: String?, paragraphs: [Paragraph]?) -> String {
        StanceRow.rows(result).map(JSONRows.line).joined(separator: ",\n")
    }
}
