import ArgumentParser

/// `vietquote`: who said what in Vietnamese news, who they are, and which way it pushes.
@main
struct VietQuoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vietquote",
        abstract: "Quotes, speakers and stance in Vietnamese news articles.",
        subcommands: [Extract.self, Speakers.self, Stance.self, Eval.self, Bench.self, CheckOffsets.self]
    )
}
