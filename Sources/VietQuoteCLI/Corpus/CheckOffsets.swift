import ArgumentParser
import Foundation
import VietQuote

extension VietQuoteCommand {
    /// `vietquote check-offsets` (hidden; run by `.ci/run` on the silver corpus): reads the
    /// inputs and the JSON Lines that `vietquote extract` wrote for them, and checks that there
    /// is one output line per input, for the same document, and that every quote's offsets
    /// give back its content (`QuoteSpanCheck`). Exits 1 on any problem, naming each.
    struct CheckOffsets: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check-offsets",
            abstract: "Check the offsets of an extract output against its inputs.",
            shouldDisplay: false
        )

        @OptionGroup var corpus: CorpusOptions

        @Option(help: "The JSON Lines output of `vietquote extract` on the same inputs.")
        var results: String

        /// Problems shown before the count; the rest are only counted.
        static let shownProblems = 20

        func run() throws {
            guard let handle = FileHandle(forReadingAtPath: results) else {
                throw ValidationError("cannot read \(results)")
            }
            let outputs = LineReader(handle)
            let source = try WorkSource(inputs: corpus.inputs, format: corpus.inputFormat)
            let decoder = JSONDecoder()
            var records = 0, quotes = 0, problems: [String] = []
            while let item = try source.next() {
                records += 1
                let (document, loaded, _) = item.load()
                guard let (_, line) = outputs.nextLine() else {
                    problems.append("\(item.origin) (\(document)): no output line")
                    continue
                }
                guard let result = try? decoder.decode(ArticleResult.self, from: line) else {
                    problems.append("\(item.origin) (\(document)): the output line is not a result")
                    continue
                }
                guard result.document == document else {
                    problems.append("\(item.origin): the output line is for \(result.document), not \(document)")
                    continue
                }
                quotes += result.quotes.count
                if case .success(let text) = loaded {
                    problems += QuoteSpanCheck.problems(in: result, input: text).map { "\(document): \($0)" }
                }
            }
            if outputs.nextLine() != nil { problems.append("more output lines than inputs") }
            for problem in problems.prefix(Self.shownProblems) { print(problem) }
            print("check-offsets: \(records) records, \(quotes) quotes, \(problems.count) problems")
            if !problems.isEmpty { throw ExitCode(1) }
        }
    }
}
