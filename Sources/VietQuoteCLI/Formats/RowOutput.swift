import ArgumentParser
import Foundation
import VietQuote

/// The row outputs shared by `vietquote speakers` and `vietquote trend`: a JSON array,
/// delimited rows, and a terminal table of fixed column widths.
enum RowOutput {
    /// Reads the corpus with `add` called on each article, then writes `render()` to
    /// `output` (a file through a temporary one, or standard output); exits 1 when some
    /// input could not be read.
    static func summarize(_ corpus: CorpusOptions, to output: String?, add: (ArticleResult) -> Void,
                          render: () throws -> String) throws {
        let sink = try InputError.reported { try OutputSink(path: output) }
        do {
            let failed = try CorpusRun.run(corpus, render: { _, _, _ in "" }) { add($0.result) }
            try sink.write(render())
            try sink.finish()
            if failed { throw ExitCode(ExitStatus.someInputUnreadable) }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            sink.abandon()
            throw error
        }
    }

    /// One object per line inside `[` … `]` (sorted keys).
    static func json<Row: Encodable>(_ rows: [Row]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return "[" + (try rows.map { String(decoding: try encoder.encode($0), as: UTF8.self) }.joined(separator: ",\n")) + "]\n"
    }

    /// The header and the rows, CSV (`,`) or TSV (tab).
    static func delimited(_ columns: [String], _ rows: [[String]], delimiter: Character) -> String {
        let format = DelimitedFormat(delimiter: delimiter)
        return format.row(columns) + rows.map { format.row($0) }.joined()
    }

    /// A table for the terminal: cells clipped and padded to `widths`, the last one clipped only.
    static func table(_ columns: [String], _ rows: [[String]], widths: [Int]) -> String {
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let clipped = TerminalWidth.clip(cell, to: widths[column])
                return column == cells.count - 1 ? clipped : TerminalWidth.pad(clipped, to: widths[column])
            }.joined(separator: "  ") + "\n"
        }
        return line(columns) + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
            + rows.map(line).joined()
    }
}
