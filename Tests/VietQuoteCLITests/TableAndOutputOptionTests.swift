import Foundation
import Testing
import VietQuoteTestSupport

/// `--format table` clips only on a terminal, to its real width (or `--width N`);
/// `vietquote stance` takes the corpus options, `--format` and `--output`; `--bom`.
@Suite struct TableAndOutputOptionTests {
    static let article = Repository.devArticle("000_7cdfa724fb714c90.txt").path

    /// The display width of a line (the dev set is NFC Vietnamese: one column a character).
    func width(_ line: Substring) -> Int { line.count }

    @Test func inAFileTheContentIsWhole() throws {
        let json = try VietQuoteBinary.run(["extract", Self.article])
        let object = try #require(try JSONSerialization.jsonObject(with: json.outData) as? [String: Any])
        let contents = (object["quotes"] as? [[String: Any]] ?? []).compactMap { $0["content"] as? String }
        let longest = try #require(contents.max { $0.count < $1.count })
        #expect(longest.count > 70)
        let table = try VietQuoteBinary.run(["extract", Self.article, "--format", "table"])
        #expect(table.out.contains(longest.replacingOccurrences(of: "\n", with: " ")))
        #expect(!table.out.contains("…\n"))
    }

    @Test func widthOptionClipsAndLeavesNarrowColumnsOut() throws {
        let wide = try VietQuoteBinary.run(["extract", Self.article, "--format", "table", "--width", "200"])
        let wideLines = wide.out.split(separator: "\n")
        #expect(wideLines.allSatisfy { width($0) <= 200 })
        #expect(wideLines.contains { width($0) == 200 && $0.hasSuffix("…") })
        #expect(wideLines[0].hasPrefix("document") && wideLines[0].contains("title"))
        // 100 columns: title, cue and document go, so the content keeps at least 40.
        let narrow = try VietQuoteBinary.run(["extract", Self.article, "--format", "table", "--width", "100"])
        let lines = narrow.out.split(separator: "\n")
        #expect(lines.allSatisfy { width($0) <= 100 })
        #expect(lines[0].hasPrefix("speaker"))
        #expect(!lines[0].contains("title") && !lines[0].contains("cue"))
        let contentStart = try #require(lines[0].range(of: "content")).lowerBound
        #expect(100 - lines[0].distance(from: lines[0].startIndex, to: contentStart) >= 40)
        let tooNarrow = try VietQuoteBinary.run(["extract", Self.article, "--format", "table", "--width", "5"])
        #expect(tooNarrow.status == 64)
        #expect(tooNarrow.err.contains("--width must be at least 20"))
    }

    @Test func onATerminalTheTableTakesColumnsThenTheTerminalsWidth() throws {
        // The pseudo-terminal is 100 columns wide; COLUMNS=150 wins over it.
        let byColumns = try VietQuoteBinary.runOnTerminal(["extract", Self.article, "--format", "table"],
                                                         environment: ["COLUMNS": "150"])
        let wideLines = byColumns.out.split(whereSeparator: \.isNewline).filter { $0.contains("  ") }
        #expect(wideLines.count > 3)
        #expect(wideLines.allSatisfy { width($0) <= 150 })
        #expect(wideLines.contains { width($0) == 150 })
        let byTerminal = try VietQuoteBinary.runOnTerminal(["extract", Self.article, "--format", "table"],
                                                          environment: ["COLUMNS": ""])
        let lines = byTerminal.out.split(whereSeparator: \.isNewline).filter { $0.contains("  ") }
        #expect(lines.count > 3)
        #expect(lines.allSatisfy { width($0) <= 100 })
        #expect(lines.contains { width($0) == 100 })
    }

    @Test func stanceTakesCorpusOptionsFormatAndOutput() throws {
        let text = try String(contentsOfFile: Self.article, encoding: .utf8)
        let record = String(decoding: try JSONSerialization.data(withJSONObject: ["id": "ru-us", "text": text]), as: UTF8.self)
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("stance.csv")
        let result = try VietQuoteBinary.run(
            ["stance", "--input-format", "jsonl", "--jobs", "2", "--quiet", "--format", "csv", "--output", output.path],
            stdin: Data((record + "\n" + record + "\n").utf8))
        #expect(result.status == 0)
        #expect(result.out.isEmpty)
        let rows = try FormatTests.parseDelimited(try String(contentsOf: output, encoding: .utf8), delimiter: ",")
        #expect(rows.first == ["document", "row", "name", "side", "mean_score", "quotes", "label_by_quotes"])
        let articles = rows.filter { $0[1] == "article" }
        #expect(articles.map { $0[0] } == ["ru-us", "ru-us"])
        #expect(articles.first?[6] == "mixed")
        #expect(rows.contains { $0[1] == "side" && $0[2] == "Nga" && $0[6] == "normalization" })
        #expect(rows.contains { $0[1] == "speaker" && $0[2] == "Sergei Lavrov" && $0[3] == "Nga" })
        // JSON: the same rows.
        let json = try VietQuoteBinary.run(["stance", Self.article, "--format", "json"])
        let array = try #require(try JSONSerialization.jsonObject(with: json.outData) as? [[String: Any]])
        #expect(array.count * 2 == rows.count - 1)
        #expect(array.first?["row"] as? String == "article")
    }

    @Test func bomBeginsCsvAndTsvOnlyWhenAsked() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        for arguments in [["extract", Self.article, "--format", "csv"], ["speakers", Self.article, "--format", "tsv"],
                          ["stance", Self.article, "--format", "csv"]] {
            let plain = try VietQuoteBinary.run(arguments)
            #expect(Array(plain.outData.prefix(3)) != bom)
            for flag in ["--bom", "--excel"] {
                let marked = try VietQuoteBinary.run(arguments + [flag])
                #expect(Array(marked.outData.prefix(3)) == bom, "\(arguments) \(flag)")
                #expect(marked.outData.dropFirst(3) == plain.outData)
            }
        }
        let jsonl = try VietQuoteBinary.run(["extract", Self.article, "--bom"])
        #expect(jsonl.out.hasPrefix("{"))
    }
}
