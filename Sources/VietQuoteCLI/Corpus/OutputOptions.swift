import ArgumentParser
import Foundation

/// Where and how a command writes: the options `extract`, `speakers` and `stance` share.
struct OutputOptions: ParsableArguments {
    @Option(help: "Write to this file (through a temporary file and a rename) instead of standard output.")
    var output: String?

    @Option(help: ArgumentHelp(
        "The width of --format table in terminal columns (default: COLUMNS or the terminal's width on a terminal; no clipping in a file or pipe).",
        valueName: "n"))
    var width: Int?

    @Flag(name: [.customLong("bom"), .customLong("excel")],
          help: "Begin CSV or TSV with a UTF-8 byte-order mark, so that Excel reads it as UTF-8.")
    var bom = false

    func validate() throws {
        if let width, width < 20 { throw ValidationError("--width must be at least 20 columns (got \(width))") }
    }

    /// The table width to clip to, or nil for no clipping.
    var tableWidth: Int? { TerminalWidth.tableWidth(option: width) }

    /// The sink of `--output`, or standard output; a missing folder stops the run (exit 2).
    func sink() throws -> OutputSink {
        try InputError.reported { try OutputSink(path: output) }
    }

    /// The byte-order mark to begin a delimited output with, when asked for.
    func byteOrderMark(delimited: Bool) -> String { bom && delimited ? "\u{FEFF}" : "" }
}
