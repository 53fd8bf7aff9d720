import ArgumentParser
import Foundation
import VietQuote

extension InputFormat: ExpressibleByArgument {}

/// The options of every command that reads a corpus.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Articles: files, folders (every .txt below, sorted), or - / nothing for standard input.")
    var inputs: [String] = []

    @Option(name: .customLong("input-format"),
            help: "text: each input is one article; jsonl: each line is a record {\"id\": …, \"text\": …}.")
    var inputFormat: InputFormat = .text

    // `.unconditional`: `--jobs -1` is a value to reject with a reason, not a missing one.
    @Option(parsing: .unconditional,
            help: ArgumentHelp("Articles processed in parallel (default: the number of cores); the output is the same.", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "No progress on standard error (it is shown only when standard error is a terminal).")
    var quiet = false

    @Option(name: .customLong("date-field"),
            help: ArgumentHelp("With --input-format jsonl: the record field that holds the article's date (ISO 8601).", valueName: "name"))
    var dateField = "date"

    @Option(help: "A folder of lexicon files that replaces the built-in lexicons.")
    var lexicons: String?

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be a number of articles at a time, 1 or more (got \(jobs))") }
    }
}

/// One processed article, on its way to the writer.
struct ProcessedArticle: Sendable {
    var result: ArticleResult
    /// The format's text for the article, as UTF-8.
    var chunk: [UInt8]
    /// The paragraphs kept or dropped, for `--debug-paragraphs`.
    var debug: String?
    /// The reason it could not be read, and whether that fails the run.
    var failure: (origin: String, reason: String, namesInput: Bool, failsRun: Bool)?
}

/// Reads, processes and hands over the articles of a corpus in input order, `jobs`
/// at a time, with progress on standard error.
enum CorpusRun {
    /// Returns whether an input could not be read (exit 1).
    static func run(
        _ options: CorpusOptions,
        needsPage: Bool = false,
        debugParagraphs: Bool = false,
        render: @escaping @Sendable (ArticleResult, String?, [Paragraph]?) -> [UInt8],
        consume: (ProcessedArticle) throws -> Void
    ) throws -> Bool {
        let extractor = try makeExtractor(lexicons: options.lexicons)
        let source = try InputError.reported {
            try WorkSource(inputs: options.inputs, format: options.inputFormat, dateField: options.dateField)
        }
        Inputs.hintIfTerminal(options.inputs)
        let progress = Progress(total: source.total, quiet: options.quiet)
        var failed = false
        CrashReport.install()
        try OrderedWork.run(jobs: options.jobs, next: source.next, work: { item in
            process(item, extractor: extractor, needsPage: needsPage, debugParagraphs: debugParagraphs, render: render)
        }, consume: { article in
            defer { CrashReport.written += 1 }
            if let debug = article.debug { FileHandle.standardError.write(Data(debug.utf8)) }
            if let failure = article.failure {
                if failure.failsRun { failed = true }
                let line = failure.namesInput ? failure.reason : "\(failure.origin): \(failure.reason)"
                FileHandle.standardError.write(Data("vietquote: \(line)\n".utf8))
            }
            try consume(article)
            progress.step()
        })
        progress.finish()
        return failed
    }

    /// `format`'s header, each article's chunk as soon as it is its turn, its footer.
    /// Returns whether an input could not be read.
    static func writeStream(_ format: any ArticleFormat, corpus: CorpusOptions, to sink: OutputSink,
                            debugParagraphs: Bool = false) throws -> Bool {
        try sink.write(format.header())
        var first = true
        let failed = try run(corpus, needsPage: format.needsPage, debugParagraphs: debugParagraphs,
                             render: format.chunkBytes) { article in
            if !first { try sink.write(format.separator) }
            first = false
            try sink.write(article.chunk)
        }
        try sink.write(format.footer())
        return failed
    }

    static func process(
        _ item: WorkItem, extractor: QuoteExtractor, needsPage: Bool, debugParagraphs: Bool,
        render: (ArticleResult, String?, [Paragraph]?) -> [UInt8]
    ) -> ProcessedArticle {
        let (document, loaded, date) = CrashReport.processing(item.origin) { item.load() }
        switch loaded {
        case .failure(let error):
            let result = ArticleResult.failure(document: document, reason: error.reason)
            return ProcessedArticle(result: result, chunk: render(result, nil, nil), debug: nil,
                                    failure: (item.origin, error.reason, error.namesInput, item.failureFailsRun))
        case .success(let text):
            let (result, paragraphs) = CrashReport.processing(CrashReport.name(of: item, document: document)) {
                if document == CrashReport.trapOn { fatalError("VIETQUOTE_TRAP_ON=\(document)") }
                return extractor.extractWithParagraphs(text, document: document, date: date)
            }
            let debug = debugParagraphs ? paragraphListing(paragraphs, text: text, document: document) : nil
            let chunk = needsPage ? render(result, text, paragraphs) : render(result, nil, nil)
            return ProcessedArticle(result: result, chunk: chunk, debug: debug, failure: nil)
        }
    }

    static func paragraphListing(_ paragraphs: [Paragraph], text: String, document: String) -> String {
        let source = SourceText(text)
        var lines = "== \(document)\n"
        for paragraph in paragraphs {
            let words = source.string(paragraph.range)
            let shown = words.count > 90 ? String(words.prefix(90)) + "…" : words
            lines += "\(paragraph.isKept ? "KEEP" : "DROP") \(paragraph.role.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)) \(paragraph.reason) | \(shown)\n"
        }
        return lines
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
