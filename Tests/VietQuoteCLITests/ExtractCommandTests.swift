import Foundation
import Testing
import VietQuoteTestSupport

/// The `vietquote` command on files of every kind: each input yields exactly one output
/// line, in input order, and a run with an unreadable article exits 1 after the rest.
@Suite struct ExtractCommandTests {
    @Test func badInputsEachYieldOneLineAndTheRunFailsAtTheEnd() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0xFF, 0xFE, 0xC3, 0x28]).write(to: folder.appendingPathComponent("a_invalid.txt"))
        try Data().write(to: folder.appendingPathComponent("b_empty.txt"))
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00, 0x01]).write(to: folder.appendingPathComponent("c_binary.txt"))
        try Data("Hôm nay trời đẹp.".utf8).write(to: folder.appendingPathComponent("d_noquote.txt"))
        try Data("Tin\n\nNgoại trưởng Nga Sergei Lavrov tuyên bố Moscow sẵn sàng đối thoại.".utf8)
            .write(to: folder.appendingPathComponent("e_quote.txt"))
        let result = try VietQuoteBinary.run(["extract", folder.path])
        let lines = result.out.split(separator: "\n")
        #expect(result.status == 1)
        #expect(lines.count == 5)
        let documents = try lines.map { line -> [String: Any] in
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
        }
        #expect(documents.map { $0["document"] as? String } == ["a_invalid", "b_empty", "c_binary", "d_noquote", "e_quote"])
        #expect(documents[0]["error"] as? String == "not valid UTF-8 text")
        #expect(documents[2]["error"] as? String != nil)
        #expect((documents[3]["quotes"] as? [Any])?.count == 0)
        #expect((documents[4]["quotes"] as? [Any])?.count == 1)
        #expect(result.err.contains("a_invalid.txt"))
    }

    @Test func standardInputAndTableFormat() throws {
        let text = "Tin\n\nNgoại trưởng Nga Sergei Lavrov tuyên bố Moscow sẵn sàng đối thoại."
        let result = try VietQuoteBinary.run(["extract", "--format", "table"], stdin: Data(text.utf8))
        #expect(result.status == 0)
        #expect(result.out.contains("Moscow sẵn sàng đối thoại"))
        #expect(result.out.split(separator: "\n").first?.hasPrefix("document") == true)
    }

    @Test func outputFileIsWrittenWhole() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("x.txt")
        try Data("Tin\n\nBộ Ngoại giao Nga cho biết Moscow sẵn sàng đàm phán.".utf8).write(to: input)
        let output = folder.appendingPathComponent("out.jsonl")
        let result = try VietQuoteBinary.run(["extract", input.path, "--output", output.path])
        #expect(result.status == 0)
        let written = try String(contentsOf: output, encoding: .utf8)
        #expect(written.hasSuffix("\n"))
        #expect(written.contains("\"document\":\"x\""))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func badLexiconFolderNamesTheFileAndLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lexicons = Repository.root.appendingPathComponent("lexicons")
        for name in try FileManager.default.contentsOfDirectory(atPath: lexicons.path) where name.hasSuffix(".tsv") {
            try FileManager.default.copyItem(at: lexicons.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let cues = folder.appendingPathComponent("cues.tsv")
        var text = try String(contentsOf: cues, encoding: .utf8)
        text += "nói\tnonsense\n"
        try text.write(to: cues, atomically: true, encoding: .utf8)
        let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let result = try VietQuoteBinary.run(["extract", "--lexicons", folder.path], stdin: Data("x".utf8))
        #expect(result.status != 0)
        #expect(result.err.contains("cues.tsv:\(lineCount)"))
        #expect(result.err.contains("nonsense"))
    }
}
