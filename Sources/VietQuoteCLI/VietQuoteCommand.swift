import ArgumentParser
import VietQuote

/// `vietquote`: who said what in Vietnamese news, who they are, and which way it pushes.
@main
struct VietQuoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vietquote",
        abstract: "Quotes, speakers and stance in Vietnamese news articles.",
        version: "vietquote \(version) (output schema \(ArticleResult(document: "", quotes: []).schema))",
        subcommands: [Extract.self, Speakers.self, Stance.self, Eval.self, Bench.self, CheckOffsets.self]
    )

    /// The tool's version, printed by `--version`.
    static let version = "0.5.0"
}
