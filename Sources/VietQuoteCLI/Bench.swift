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
            abstract: "Time the pipeline and each stage on a generated corpus (use a release build).",
            discussion: """
            The corpus: the articles of --corpus replicated, digits varied per copy, to at least \
            --megabytes MB of UTF-8, written as files under --work. Also times one long article \
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

        func run() throws {
            let clock = ContinuousClock()
            // Lexicons.
            var loads: [Duration] = []
            var extractor: QuoteExtractor!
            for _ in 0..<5 {
                let start = clock.now
                extractor = try makeExtractor(lexicons: nil)
                loads.append(clock.now - start)
            }
            let originals = try Inputs.articles([corpus]).compactMap { article -> String? in
                if case .success(let text) = Inputs.read(article) { return text }
                return nil
            }
            guard !originals.isEmpty else { throw ValidationError("no articles in \(corpus)") }

            // The generated corpus, as files.
            let folder = URL(fileURLWithPath: work ?? NSTemporaryDirectory() + "vietquote-bench-\(getpid())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { if work == nil { try? FileManager.default.removeItem(at: folder) } }
            var paths: [String] = []
            var totalBytes = 0
            var copy = 0
            while Double(totalBytes) < megabytes * 1_000_000 {
                for (index, text) in originals.enumerated() {
                    let varied = Self.vary(text, copy: copy)
                    let path = folder.appendingPathComponent(String(format: "%05d_%02d.txt", copy, index)).path
                    try Data(varied.utf8).write(to: URL(fileURLWithPath: path))
                    paths.append(path)
                    totalBytes += varied.utf8.count
                }
                copy += 1
            }

            // Floor: read + NFC.
            var floorTime = Duration.zero
            var checksum = 0
            do {
                let start = clock.now
                for path in paths {
                    let data = FileManager.default.contents(atPath: path)!
                    let text = String(decoding: data, as: UTF8.self)
                    checksum &+= text.precomposedStringWithCanonicalMapping.utf8.count
                }
                floorTime = clock.now - start
            }

            // The pipeline, file by file (reading timed apart).
            var stages = [Duration](repeating: .zero, count: QuoteExtractor.Stage.allCases.count)
            var readTime = Duration.zero
            var whole = Duration.zero
            var quotes = 0
            let cpuStart = Self.cpuSeconds()
            for path in paths {
                let readStart = clock.now
                let data = FileManager.default.contents(atPath: path)!
                let text = String(decoding: data, as: UTF8.self)
                let start = clock.now
                readTime += start - readStart
                let (result, _) = extractor.extract(text, document: path) { stage, body in
                    let begin = clock.now
                    body()
                    stages[stage.rawValue] += clock.now - begin
                }
                whole += clock.now - start
                quotes += result.quotes.count
            }
            let pipelineCPU = Self.cpuSeconds() - cpuStart
            let memoryAfterCorpus = Self.peakResidentMB()

            // One long article: the kept paragraphs of every article, copy after copy.
            var bodies: [[String]] = []
            for text in originals {
                let source = SourceText(text)
                let paragraphs = extractor.analyze(text).paragraphs.filter { $0.isKept && $0.role != .headline }
                bodies.append(paragraphs.map { source.string($0.range) })
            }
            var long = "Long article: every kept paragraph of every article\n\n"
            var longCopy = 0
            while Double(long.utf8.count) < longMegabytes * 1_000_000 {
                for paragraphs in bodies {
                    for paragraph in paragraphs { long += Self.vary(paragraph, copy: longCopy) + " (\(longCopy))\n\n" }
                }
                longCopy += 1
            }
            let longBytes = long.utf8.count
            var longStages = [Duration](repeating: .zero, count: QuoteExtractor.Stage.allCases.count)
            let longStart = clock.now
            let (longResult, _) = extractor.extract(long, document: "long") { stage, body in
                let begin = clock.now
                body()
                longStages[stage.rawValue] += clock.now - begin
            }
            let longWhole = clock.now - longStart
            let memoryAfterLong = Self.peakResidentMB()

            // Report.
            func seconds(_ duration: Duration) -> Double {
                Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
            }
            let mb = Double(totalBytes) / 1e6
            let articles = Double(paths.count)
            func row(_ name: String, _ time: Duration, longTime: Duration? = nil) -> String {
                let s = seconds(time)
                var line = name.padding(toLength: 26, withPad: " ", startingAt: 0)
                line += String(format: "%9.3f s %10.1f MB/s %10.0f articles/s", s, mb / s, articles / s)
                if let longTime {
                    let perByteLong = seconds(longTime) / Double(longBytes)
                    let perByte = s / Double(totalBytes)
                    line += String(format: "   long article: %8.1f MB/s (%.2f× per byte)", Double(longBytes) / 1e6 / seconds(longTime), perByte > 0 ? perByteLong / perByte : 0)
                }
                return line
            }
            var out = ""
            out += String(format: "corpus: %d articles, %.1f MB (%d copies of %d articles from %@), %d quotes\n", paths.count, mb, copy, originals.count, corpus, quotes)
            out += String(format: "lexicons: first load %.1f ms, best of 5 %.1f ms\n", seconds(loads[0]) * 1000, seconds(loads.min()!) * 1000)
            out += "\n" + row("floor: read + NFC", floorTime) + "\n"
            out += row("read (UTF-8 decode)", readTime) + "\n"
            out += row("whole pipeline", whole, longTime: longWhole) + "\n"
            let names = ["normalization", "article segmentation", "tokens + sentences", "quote finding", "speakers", "stance"]
            for stage in QuoteExtractor.Stage.allCases {
                out += row("  " + names[stage.rawValue], stages[stage.rawValue], longTime: longStages[stage.rawValue]) + "\n"
            }
            out += String(format: "\npipeline / floor: %.1f×\n", seconds(whole) / seconds(floorTime))
            out += String(format: "process CPU time of the pipeline loop (reading included): %.1f s, %.1f MB per CPU second (wall times above include waiting for a core on a busy machine)\n", pipelineCPU, mb / pipelineCPU)
            out += String(format: "long article: %.1f MB, %d quotes, %.2f s\n", Double(longBytes) / 1e6, longResult.quotes.count, seconds(longWhole))
            out += String(format: "peak resident memory: %.0f MB after the corpus (all files processed one by one), %.0f MB after the long article\n", memoryAfterCorpus, memoryAfterLong)
            out += "(checksum \(checksum))\n"
            print(out, terminator: "")
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
