import ArgumentParser
import Foundation
import VietQuote

extension VietQuoteCommand {
    /// `vietquote extract`: quotes of each article, as JSON lines or a table.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find every quote, its speaker and stance in each article.",
            discussion: "INPUT is a file, a folder (every .txt below it, in sorted order) or - for standard input."
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case jsonl, json, table
        }

        @Argument(help: "Articles: files, folders, or - / nothing for standard input.")
        var inputs: [String] = []

        @Option(help: "Output format: jsonl (one article per line), json (an array), table.")
        var format: Format = .jsonl

        @Option(help: "Write to this file (through a temporary file and a rename) instead of standard output.")
        var output: String?

        @Option(help: "A folder of lexicon files that replaces the built-in lexicons.")
        var lexicons: String?

        @Flag(help: "Show each paragraph kept or dropped, and why, on standard error.")
        var debugParagraphs = false

        func run() throws {
            let extractor = try makeExtractor(lexicons: lexicons)
            let articles = try Inputs.articles(inputs)
            var results: [ArticleResult] = []
            var failed = 0
            for article in articles {
                switch Inputs.read(article) {
                case .success(let text):
                    if debugParagraphs { printParagraphs(extractor.analyze(text), text: text, document: article.document) }
                    results.append(extractor.extract(text, document: article.document))
                case .failure(let error):
                    failed += 1
                    results.append(.failure(document: article.document, reason: error.reason))
                    FileHandle.standardError.write(Data("vietquote: \(article.path ?? "stdin"): \(error.reason)\n".utf8))
                }
            }
            let text = try Rendering.render(results, format: format)
            try Rendering.write(text, to: output)
            if failed > 0 { throw ExitCode(1) }
        }

        private func printParagraphs(_ analysis: ArticleAnalysis, text: String, document: String) {
            let source = SourceText(text)
            var lines = "== \(document)\n"
            for paragraph in analysis.paragraphs {
                let words = source.string(paragraph.range)
                let shown = words.count > 90 ? String(words.prefix(90)) + "…" : words
                lines += "\(paragraph.isKept ? "KEEP" : "DROP") \(paragraph.role.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)) \(paragraph.reason) | \(shown)\n"
            }
            FileHandle.standardError.write(Data(lines.utf8))
        }
    }
}

/// Loads the built-in lexicons, or those of `--lexicons DIR`.
func makeExtractor(lexicons: String?) throws -> QuoteExtractor {
    do {
        let files = try lexicons.map { try LexiconFiles(directory: URL(fileURLWithPath: $0)) } ?? .builtIn
        return try QuoteExtractor(files: files)
    } catch let error as LexiconError {
        throw ValidationError(error.description)
    }
}
