import ArgumentParser
import Foundation
import VietQuote

extension TrendPeriod: ExpressibleByArgument {}

extension VietQuoteCommand {
    /// `vietquote trend`: the stance of each side, period by period, over a dated corpus.
    struct Trend: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "trend",
            abstract: "How each side speaks over time: quotes and mean stance per period and side.",
            discussion: """
                Articles are dated by a JSON Lines record's date (see --date-field) or the page's own \
                dateline; undated ones are counted and named on standard error. One row per period and \
                side: the side's quotes, the count-weighted mean of its article scores (as under \
                stance.sides of extract), and its quotes' labels.
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table, csv, tsv, json, html, svg
        }

        @OptionGroup var corpus: CorpusOptions

        @Option(help: "The period: day, week (ISO), month or year.")
        var by: TrendPeriod = .month

        @Option(name: .customLong("side"), help: ArgumentHelp("A side (or with --speakers a speaker) to show; repeatable.", valueName: "name"))
        var sides: [String] = []

        @Option(help: "Without --side: show the N sides (or speakers) with the most quotes.")
        var top = 6

        @Flag(help: "Rows per speaker instead of per side.")
        var speakers = false

        @Option(help: "Output format: table, csv, tsv, json (an array), html (a page with a chart and the table), svg (the chart alone).")
        var format: Format = .table

        @OptionGroup var outputOptions: OutputOptions

        func validate() throws {
            guard top >= 1 else { throw ValidationError("--top must be at least 1") }
        }

        func run() throws {
            var table = TrendTable(by: by, speakers: speakers)
            try RowOutput.summarize(corpus, outputOptions, delimited: format == .csv || format == .tsv, add: { table.add($0) }) {
                if let notice = table.undatedNotice { FileHandle.standardError.write(Data(notice.utf8)) }
                return try render(table, groups: table.chosen(sides, top: top))
            }
        }

        func render(_ table: TrendTable, groups: [String]) throws -> String {
            let rows = table.rows(groups)
            switch format {
            case .json: return RowOutput.json(rows)
            case .csv, .tsv:
                return RowOutput.delimited(table.columns, rows.map { $0.cells() }, delimiter: format == .csv ? "," : "\t")
            case .table: return RowOutput.table(table.columns, rows.map { $0.cells() }, widths: [10, 28, 8, 7, 7, 13, 13, 7])
            case .svg:
                return TrendChart.svg(rows, groups: groups, standalone: true)
            case .html:
                return TrendPage.html(table, rows: rows, groups: groups)
            }
        }
    }
}

/// `vietquote trend --format html`: the chart and the table on one self-contained page.
enum TrendPage {
    static func html(_ table: TrendTable, rows: [TrendTable.Row], groups: [String]) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>VietQuote trend</title>
            <style>\(HTMLStyle.page)</style>
            </head><body>
            <h1>VietQuote trend</h1>

            """
        out += "<p>\(table.dated) dated article\(table.dated == 1 ? "" : "s") by \(table.by.rawValue)"
        if table.undated > 0 { out += "; \(table.undated) undated left out" }
        if table.unreadable > 0 { out += "; \(table.unreadable) unreadable" }
        out += ". Score: the mean stance of the \(table.groupKey)’s quotes, +1 normalization, −1 confrontation.</p>\n"
        out += section(table, rows: rows, groups: groups)
        return out + "</body></html>\n"
    }

    /// The trend section of the `extract` report: by month, the sides with most quotes;
    /// empty when no article is dated.
    static func reportSection(_ table: TrendTable) -> String {
        guard table.dated > 0 else { return "" }
        let groups = table.chosen([], top: 6)
        var out = "<h2 id=\"trend\">Trend by month</h2>\n<p>\(table.dated) dated article\(table.dated == 1 ? "" : "s")"
        if table.undated > 0 { out += ", \(table.undated) undated" }
        return out + ".</p>\n" + section(table, rows: table.rows(groups), groups: groups)
    }

    /// The chart and the table under it.
    static func section(_ table: TrendTable, rows: [TrendTable.Row], groups: [String]) -> String {
        var out = "<figure class=\"trend\">\n" + TrendChart.svg(rows, groups: groups) + "</figure>\n"
        out += "<table class=\"trend\"><thead><tr>"
        out += table.columns.map { "<th>\(HTMLFormat.escape($0))</th>" }.joined() + "</tr></thead><tbody>\n"
        for row in rows {
            out += "<tr>" + row.cells().enumerated().map { column, cell in
                column < 2 ? "<td>\(HTMLFormat.escape(cell))</td>" : "<td class=\"num\">\(cell)</td>"
            }.joined() + "</tr>\n"
        }
        return out + "</tbody></table>\n"
    }
}
