import ArgumentParser
import Foundation
import VietQuote

#if canImport(Glibc)
import Glibc
#endif

extension VietQuoteCommand {
    /// `vietquote bench`: throughput of the whole pipeline and of each stage on a generated
    /// corpus, against a floor of reading the files and NFC-normalising them. Build with
    /// `-c release`; one thread.
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "bench",
            abstract: "Time the pipeline and each stage on a generated corpus (use a release build).",
            discussion: """
            The corpus: the articles of --corpus replicated, digits varied per copy, to at least \
            --megabytes MB of UTF-8, written as files under --work; or, with --input, the records \
            of a JSON Lines file (a real mix of article lengths). Also times one long article \
            made of the kept paragraphs of every article (each copy's lines made distinct), and \
            loading the lexicons.
            """
        )

        @Option(help: "Folder of .txt articles to replicate.")
        var corpus = "evaluation/corpus/dev"

        @Option(help: "Size of the generated corpus, in MB (10^6 bytes).")
        var megabytes = 50.0

        @Option(help: "Size of the long article, in MB.")
        var longMegabytes = 5.0

        @Option(help: "Folder for the generated files (default: a new temporary folder, removed at the end).")
        var work: String?

        @Option(help: "Time this JSON Lines corpus ({\"id\", \"text\"} per line, e.g. ../shared/silver/news.jsonl) instead of a generated one: the floor is parsing each record and NFC-normalising its text.")
        var input: String?

        /// Wall time per stage and for the whole pipeline over a set of texts.
        struct Timing {
            var stages = [Duration](repeating: .zero, count: QuoteExtractor.Stage.allCases.count)
            var whole = Duration.zero
            var quotes = 0
        }

        /// What is timed: the texts (in memory, or as files read inside the loop) and their size.
        struct Corpus {
            var description: String
            var texts: [String] = []
            var paths: [String] = []
            var bytes = 0
            var count: Int { paths.isEmpty ? texts.count : paths.count }
        }

        func run() throws {
            let clock = ContinuousClock()
            var loads: [Duration] = []
            var extractor: QuoteExtractor!
            for _ in 0..<5 {
                let start = clock.now
                extractor = try makeExtractor(lexicons: nil)
                loads.append(clock.now - start)
            }
            let folder = URL(fileURLWithPath: work ?? NSTemporaryDirectory() + "vietquote-bench-\(getpid())")
            defer { if work == nil, input == nil { try? FileManager.default.removeItem(at: folder) } }
            let (corpus, originals, records) = try input.map { try Self.records(at: $0) }
                ?? generated(in: folder)

            let (floorTime, checksum) = Self.floor(corpus, records: records)
            let cpuStart = Self.cpuSeconds()
            let (timing, readTime) = Self.time(corpus, with: extractor)
            let pipelineCPU = Self.cpuSeconds() - cpuStart
            let memoryAfterCorpus = Self.peakResidentMB()

            let long = Self.longArticle(from: originals, extractor: extractor, megabytes: longMegabytes)
            var longTiming = Timing()
            let longStart = clock.now
            let (longResult, _) = extractor.extract(long, document: "long") { stage, body in
                let begin = clock.now
                body()
                longTiming.stages[stage.rawValue] += clock.now - begin
            }
            longTiming.whole = clock.now - longStart
            longTiming.quotes = longResult.quotes.count
            let memoryAfterLong = Self.peakResidentMB()

            var report = Report(corpus: corpus, longBytes: long.utf8.count)
            report.loads = loads
            report.lines(floor: floorTime, read: readTime, timing: timing, long: longTiming)
            report.out += String(format: "process CPU time of the pipeline loop (reading included): %.1f s, %.1f MB per CPU second (wall times above include waiting for a core on a busy machine)\n", pipelineCPU, Double(corpus.bytes) / 1e6 / pipelineCPU)
            report.out += String(format: "peak resident memory: %.0f MB after the corpus (all articles processed one by one), %.0f MB after the long article\n", memoryAfterCorpus, memoryAfterLong)
            report.out += "(checksum \(checksum))\n"
            print(report.out, terminator: "")
        }

        /// The dev articles replicated to `megabytes` MB of files under `folder`.
        func generated(in folder: URL) throws -> (Corpus, [String], [Data]) {
            let originals = try Inputs.articles([corpus]).compactMap { article -> String? in
                if case .success(let text) = Inputs.read(article) { return text }
                return nil
            }
            guard !originals.isEmpty else { throw ValidationError("no articles in \(corpus)") }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var result = Corpus(description: "")
            var copy = 0
            while Double(result.bytes) < megabytes * 1_000_000 {
                for (index, text) in originals.enumerated() {
                    let varied = Self.vary(text, copy: copy)
                    let path = folder.appendingPathComponent(String(format: "%05d_%02d.txt", copy, index)).path
                    try Data(varied.utf8).write(to: URL(fileURLWithPath: path))
                    result.paths.append(path)
                    result.bytes += varied.utf8.count
                }
                copy += 1
            }
            result.description = "\(copy) copies of \(originals.count) articles from \(corpus)"
            return (result, originals, [])
        }

        /// The records of a JSON Lines file, their texts in memory.
        static func records(at path: String) throws -> (Corpus, [String], [Data]) {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ValidationError("cannot read \(path)")
            }
            struct Record: Decodable { var text: String }
            var corpus = Corpus(description: "the records of \(path)")
            var lines: [Data] = []
            for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
                guard let record = try? JSONDecoder().decode(Record.self, from: line) else { continue }
                lines.append(Data(line))
                corpus.texts.append(record.text)
                corpus.bytes += record.text.utf8.count
            }
            guard !corpus.texts.isEmpty else { throw ValidationError("no JSON Lines records with a text in \(path)") }
            return (corpus, corpus.texts, lines)
        }

        /// The floor: reading each file (or parsing each record) and NFC-normalising its text.
        static func floor(_ corpus: Corpus, records: [Data]) -> (Duration, Int) {
            struct Record: Decodable { var text: String }
            let clock = ContinuousClock()
            var checksum = 0
            let start = clock.now
            for path in corpus.paths {
                let text = String(decoding: FileManager.default.contents(atPath: path)!, as: UTF8.self)
                checksum &+= text.precomposedStringWithCanonicalMapping.utf8.count
            }
            for line in records {
                let text = (try? JSONDecoder().decode(Record.self, from: line))?.text ?? ""
                checksum &+= text.precomposedStringWithCanonicalMapping.utf8.count
            }
            return (clock.now - start, checksum)
        }

        /// The pipeline over every text, one by one on this thread (reading timed apart).
        static func time(_ corpus: Corpus, with extractor: QuoteExtractor) -> (Timing, Duration) {
            let clock = ContinuousClock()
            var timing = Timing()
            var readTime = Duration.zero
            for index in 0..<corpus.count {
                let readStart = clock.now
                let text = corpus.paths.isEmpty ? corpus.texts[index]
                    : String(decoding: FileManager.default.contents(atPath: corpus.paths[index])!, as: UTF8.self)
                let start = clock.now
                readTime += start - readStart
                let (result, _) = extractor.extract(text, document: String(index)) { stage, body in
                    let begin = clock.now
                    body()
                    timing.stages[stage.rawValue] += clock.now - begin
                }
                timing.whole += clock.now - start
                timing.quotes += result.quotes.count
            }
            return (timing, readTime)
        }

        /// One long article: the kept paragraphs of every article, copy after copy, to `megabytes` MB.
        static func longArticle(from originals: [String], extractor: QuoteExtractor, megabytes: Double) -> String {
            var bodies: [[String]] = []
            for text in originals {
                let source = SourceText(text)
                let paragraphs = extractor.analyze(text).paragraphs.filter { $0.isKept && $0.role != .headline }
                bodies.append(paragraphs.map { source.string($0.range) })
            }
            var long = "Long article: every kept paragraph of every article\n\n"
            var copy = 0
            guard bodies.contains(where: { !$0.isEmpty }) else { return long }
            while Double(long.utf8.count) < megabytes * 1_000_000 {
                for paragraphs in bodies {
                    for paragraph in paragraphs { long += vary(paragraph, copy: copy) + " (\(copy))\n\n" }
                }
                copy += 1
            }
            return long
        }

        /// The printed table.
        struct Report {
            let corpus: Corpus
            let longBytes: Int
            var loads: [Duration] = []
            var out = ""

            func seconds(_ duration: Duration) -> Double {
                Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
            }

            func row(_ name: String, _ time: Duration, longTime: Duration? = nil) -> String {
                let s = seconds(time)
                let mb = Double(corpus.bytes) / 1e6
                var line = name.padding(toLength: 26, withPad: " ", startingAt: 0)
                line += String(format: "%9.3f s %10.1f MB/s %10.0f articles/s", s, mb / s, Double(corpus.count) / s)
                if let longTime {
                    let perByteLong = seconds(longTime) / Double(longBytes)
                    let perByte = s / Double(corpus.bytes)
                    line += String(format: "   long article: %8.1f MB/s (%.2f× per byte)", Double(longBytes) / 1e6 / seconds(longTime), perByte > 0 ? perByteLong / perByte : 0)
                }
                return line
            }

            mutating func lines(floor: Duration, read: Duration, timing: Timing, long: Timing) {
                out += String(format: "corpus: %d articles, %.1f MB (%@), %d quotes\n", corpus.count, Double(corpus.bytes) / 1e6, corpus.description, timing.quotes)
                out += String(format: "lexicons: first load %.1f ms, best of 5 %.1f ms\n", seconds(loads[0]) * 1000, seconds(loads.min()!) * 1000)
                out += "\n" + row(corpus.paths.isEmpty ? "floor: parse JSON + NFC" : "floor: read + NFC", floor) + "\n"
                out += row(corpus.paths.isEmpty ? "(texts in memory)" : "read (UTF-8 decode)", read) + "\n"
                out += row("whole pipeline", timing.whole, longTime: long.whole) + "\n"
                let names = ["normalization", "article segmentation", "tokens + sentences", "quote finding", "speakers", "stance",
                             "dateline"]
                for stage in QuoteExtractor.Stage.allCases {
                    out += row("  " + names[stage.rawValue], timing.stages[stage.rawValue], longTime: long.stages[stage.rawValue]) + "\n"
                }
                out += String(format: "\npipeline / floor: %.1f×\n", seconds(timing.whole) / seconds(floor))
                out += String(format: "long article: %.1f MB, %d quotes, %.2f s\n", Double(longBytes) / 1e6, long.quotes, seconds(long.whole))
            }
        }

        /// A light variation of an article for copy `copy`: every ASCII digit shifted by the
        /// copy number, so no two copies are byte-identical.
        static func vary(_ text: String, copy: Int) -> String {
            guard copy > 0 else { return text }
            var scalars = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                if scalar.value >= 0x30, scalar.value <= 0x39 {
                    scalars.append(Unicode.Scalar(0x30 + (scalar.value - 0x30 + UInt32(copy % 10)) % 10)!)
                } else {
                    scalars.append(scalar)
                }
            }
            return String(scalars)
        }

        /// User + system CPU time of the process so far, in seconds.
        static func cpuSeconds() -> Double {
            var usage = rusage()
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
            return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        }

        /// The process's peak resident set size so far, in MB.
        static func peakResidentMB() -> Double {
            var usage = rusage()
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
            return Double(usage.ru_maxrss) / 1024
        }
    }
}
