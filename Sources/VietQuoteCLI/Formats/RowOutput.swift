import ArgumentParser
import Foundation
import VietQuote

/// The row outputs of `vietquote trend`: a JSON array, delimited rows, and a terminal
/// table of fixed column widths; and the read-then-write run around them.
enum RowOutput {
    /// Reads the corpus with `add` called on each article, then writes `render()` to the
    /// output of `options` (a byte-order mark first for a delimited one under `--bom`);
    /// exits 1 when some input could not be read.
    static func summarize(_ corpus: CorpusOptions, _ options: OutputOptions, delimited: Bool,
                          add: (ArticleResult) -> Void, render: () throws -> String) throws {
        let sink = try options.sink()
        do {
            let failed = try CorpusRun.run(corpus, render: { _, _, _ in [] }) { add($0.result) }
            try sink.write(options.byteOrderMark(delimited: delimited))
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

    /// One object per line inside `[` … `]` (sorted keys, numbers as `JSONRows` writes them).
    static func json<Row: Encodable>(_ rows: [Row]) -> String {
        "[" + rows.map(JSONRows.line).joined(separator: ",\n") + "]\n"
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
