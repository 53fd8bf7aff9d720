import ArgumentParser
import Foundation
import VietQuote

extension VietQuoteCommand {
    /// `vietquote extract`: quotes of each article, in one of several formats, written
    /// article by article as they are done.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            // (Every command is named in its configuration: the name ArgumentParser derives from
            // the type's, by reflection, cost 3 % of the instructions of a start.)
            commandName: "extract",
            abstract: "Find every quote, its speaker and stance in each article.",
            discussion: """
                INPUT is a file, a folder (every .txt below it, in sorted order) or - for standard input. \
                With --input-format jsonl each line is a record {"id": …, "text": …} and gives one output \
                line; a bad line gives {"document": id-or-line-number, "error": …} and the run goes on.
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case jsonl, json, table, csv, tsv, markdown, html
        }

        @OptionGroup var corpus: CorpusOptions

        @Option(help: "Output format: jsonl (one article per line), json (an array), table, csv, tsv, markdown, html (a report page).")
        var format: Format = .jsonl

        @OptionGroup var outputOptions: OutputOptions

        @Flag(help: "Show each paragraph kept or dropped, and why, on standard error.")
        var debugParagraphs = false

        var articleFormat: any ArticleFormat {
            switch format {
            case .jsonl: return JSONLinesFormat()
            case .json: return JSONFormat()
            case .table: return TableFormat(width: outputOptions.tableWidth)
            case .csv: return DelimitedFormat(delimiter: ",")
            case .tsv: return DelimitedFormat(delimiter: "\t")
            case .markdown: return MarkdownFormat()
            case .html: return HTMLFormat()
            }
        }

        func run() throws {
            let format = articleFormat
            let sink = try outputOptions.sink()
            let failed: Bool
            do {
                failed = format is HTMLFormat ? try writeHTML(format, to: sink) : try writeStream(format, to: sink)
                try sink.finish()
            } catch {
                sink.abandon()
                throw error
            }
            if failed { throw ExitCode(1) }
        }

        /// Header, each article's chunk as soon as it is its turn, footer.
        private func writeStream(_ format: any ArticleFormat, to sink: OutputSink) throws -> Bool {
            try sink.write(outputOptions.byteOrderMark(delimited: format is DelimitedFormat))
            return try CorpusRun.writeStream(format, corpus: corpus, to: sink, debugParagraphs: debugParagraphs)
        }

        /// The report: article chunks go to a temporary file while the summary is
        /// counted; then the head with the summary, the chunks and the tail.
        private func writeHTML(_ format: any ArticleFormat, to sink: OutputSink) throws -> Bool {
            let chunks = FileManager.default.temporaryDirectory
                .appendingPathComponent("vietquote-report-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).part")
            let chunkSink = try OutputSink(path: chunks.path)
            var summary = CorpusSummary()
            defer { chunkSink.abandon(); try? FileManager.default.removeItem(at: chunks) }
            let failed = try CorpusRun.run(corpus, needsPage: true, debugParagraphs: debugParagraphs,
                                           render: format.chunkBytes) { article in
                summary.add(article.result)
                try chunkSink.write(article.chunk)
            }
            try chunkSink.finish()
            try sink.write(HTMLFormat.head(summary))
            guard let reader = FileHandle(forReadingAtPath: chunks.path) else {
                throw OutputError(reason: "cannot read back \(chunks.path)")
            }
            defer { try? reader.close() }
            while let block = try reader.read(upToCount: 1 << 20), !block.isEmpty {
                try sink.write(block)
            }
            try sink.write(HTMLFormat.tail())
            return failed
        }
    }
}
