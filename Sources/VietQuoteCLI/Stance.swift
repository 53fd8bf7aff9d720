import ArgumentParser
import Foundation
import VietQuote

extension VietQuoteCommand {
    /// `vietquote stance`: per article, its label and score, then a table of its sides
    /// and speakers with their mean scores, quote counts and labels.
    struct Stance: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the stance of each article, of its sides and of its speakers.",
            discussion: """
                INPUT is a file, a folder (every .txt below it, in sorted order) or - for standard input. \
                For each article: a line with its label, mean score and number of scored quotes, then \
                one row per side and one per speaker (name, side, mean score, count, label), aligned.
                """
        )

        @Argument(help: "Articles: files, folders, or - / nothing for standard input.")
        var inputs: [String] = []

        @Option(help: "A folder of lexicon files that replaces the built-in lexicons.")
        var lexicons: String?

        func run() throws {
            let extractor = try makeExtractor(lexicons: lexicons)
            var out = ""
            var failed = 0
            let articles = try InputError.reported { try Inputs.articles(inputs) }
            Inputs.hintIfTerminal(inputs)
            for article in articles {
                switch Inputs.read(article) {
                case .success(let text):
                    let result = extractor.extract(text, document: article.document)
                    out += Self.render(result)
                case .failure(let error):
                    failed += 1
                    out += "== \(article.document)  error: \(error.reason)\n\n"
                    let line = error.namesInput ? error.reason : "\(article.path ?? "stdin"): \(error.reason)"
                    FileHandle.standardError.write(Data("vietquote: \(line)\n".utf8))
                }
            }
            FileHandle.standardOutput.write(Data(out.utf8))
            if failed > 0 { throw ExitCode(1) }
        }

        /// One article's block: a heading line, then the aligned table of sides and speakers.
        static func render(_ result: ArticleResult) -> String {
            if let error = result.error { return "== \(result.document)  error: \(error)\n\n" }
            guard let stance = result.stance else { return "== \(result.document)  no stance\n\n" }
            let quotes = stance.speakers.reduce(0) { $0 + $1.count }
            var text = "== \(result.document)  label \(stance.label.rawValue)  score \(format(stance.score))  quotes \(quotes)\n"
            var rows: [[String]] = [["row", "name", "side", "score", "count", "label"]]
            for side in stance.sides { rows.append(row("side", side)) }
            for speaker in stance.speakers { rows.append(row("speaker", speaker)) }
            if rows.count > 1 { text += align(rows) }
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

        /// Columns padded to their widest cell (terminal width), names clipped at 32 columns,
        /// a dashed rule under the header.
        static func align(_ rows: [[String]]) -> String {
            let clipped = rows.map { row in
                row.enumerated().map { column, cell in column == 1 || column == 2 ? TerminalWidth.clip(cell, to: 32) : cell }
            }
            var widths = [Int](repeating: 0, count: rows[0].count)
            for row in clipped {
                for (column, cell) in row.enumerated() { widths[column] = max(widths[column], TerminalWidth.of(cell)) }
            }
            var out = ""
            for (number, row) in clipped.enumerated() {
                out += row.enumerated().map { column, cell in
                    column == row.count - 1 ? cell : TerminalWidth.pad(cell, to: widths[column])
                }.joined(separator: "  ") + "\n"
                if number == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
            }
            return out
        }
    }
}
