import ArgumentParser
import Foundation
import VietQuote
import VietQuoteEvaluation

/// `vietquote eval`: scores the extractor (or a saved output) against gold files.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score quotes, speakers and stance against gold files.",
        discussion: """
            Without --system, runs the extractor on every article that has a gold file. \
            Exits with 1 when a figure is below its --fail-under floor, and with 2 when \
            a gold file or the --system output is malformed. Floors: \
            \(EvaluationReport.floorFigures.map { "\($0.name) (\($0.meaning))" }.joined(separator: ", ")).
            """)

    /// The report formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: ArgumentHelp("The folder of .txt articles.", valueName: "dir"))
    var corpus: String = "evaluation/corpus/dev"

    @Option(help: ArgumentHelp("The folder of .json gold files.", valueName: "dir"))
    var gold: String = "evaluation/gold/dev"

    @Option(help: ArgumentHelp(
        "A saved output to score: JSON Lines, one object per article (or a folder of .json files). Default: run the extractor.",
        valueName: "file"))
    var system: String?

    @Option(help: "The report format.")
    var format: Format = .text

    @Flag(help: "List every mistake: missed, spurious and partial quotes, wrong cues, speakers, titles, affiliations, stances.")
    var errors = false

    @Option(
        name: .customLong("fail-under"),
        help: ArgumentHelp("Fail (exit 1) when the figure NAME is below VALUE; repeatable.", valueName: "name=value"))
    var failUnder: [String] = []

    @Option(help: ArgumentHelp("Read the lexicons from this folder instead of the built-in ones.", valueName: "dir"))
    var lexicons: String?

    func validate() throws {
        do {
            _ = try EvaluationReport.parseFloors(failUnder)
        } catch {
            throw ValidationError("\(error)")
        }
    }

    func run() throws {
        let floors = try EvaluationReport.parseFloors(failUnder)
        let goldCorpus: GoldCorpus
        do {
            goldCorpus = try GoldCorpus.load(
                corpus: URL(fileURLWithPath: corpus), gold: URL(fileURLWithPath: gold))
        } catch {
            Self.printError("\(error)")
            throw ExitCode(2)
        }
        let output: SystemOutput
        do {
            if let system {
                output = try Self.readSystemOutput(at: system)
            } else {
                output = try Self.extractorOutput(for: goldCorpus, lexicons: lexicons)
            }
        } catch let error as EvaluationError {
            Self.printError("\(error)")
            throw ExitCode(2)
        }
        let report = Evaluation.score(gold: goldCorpus, system: output)
        switch format {
        case .text:
            var text = report.textTable()
            if errors { text += "\n" + report.errorListing() }
            print(text, terminator: "")
        case .json:
            print(String(decoding: try report.jsonData(includeErrors: errors), as: UTF8.self))
        }
        let below = try report.figuresBelow(floors: floors)
        if !below.isEmpty {
            for message in below { Self.printError("below floor: \(message)") }
            throw ExitCode.failure
        }
    }

    /// Runs the extractor on every gold-paired article: the only use of the VietQuote
    /// library in this command.
    static func extractorOutput(for corpus: GoldCorpus, lexicons: String?) throws -> SystemOutput {
        let files = try lexicons.map { try LexiconFiles(directory: URL(fileURLWithPath: $0)) } ?? LexiconFiles.builtIn
        let extractor = try QuoteExtractor(files: files)
        var documents: [Data] = []
        for article in corpus.articles {
            let result = extractor.extract(article.text, document: article.name)
            let json: String = try result.jsonLine()
            documents.append(Data(json.utf8))
        }
        return try SystemOutput(documents: documents)
    }

    /// Reads a JSON Lines file, or every `.json` file of a folder.
    static func readSystemOutput(at path: String) throws -> SystemOutput {
        let url = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw EvaluationError(.unreadable, file: path, reason: "no such file")
        }
        if isFolder.boolValue {
            let files = try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "json" }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
            return try SystemOutput(documents: try files.map { try Data(contentsOf: $0) })
        }
        guard let data = try? Data(contentsOf: url) else {
            throw EvaluationError(.unreadable, file: path, reason: "cannot read the file")
        }
        return try SystemOutput(jsonLines: String(decoding: data, as: UTF8.self))
    }

    private static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
