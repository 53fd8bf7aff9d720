import Foundation
import Testing
import VietQuoteTestSupport

/// `--lexicons DIR` with a bad row of each kind: the run fails naming the file, the line
/// and the reason.
extension ExtractCommandTests {
    @Test func badLexiconFolderRowsOfEveryKindNameFileLineAndReason() throws {
        let lexicons = Repository.root.appendingPathComponent("lexicons")
        // (file, row appended, words the reason must hold)
        let cases: [(String, String, String)] = [
            ("stance.tsv", "zqx hợp\tnhiều\tcooperate", "not a number"),
            ("stance.tsv", "zqx hợp\t1.5\tcooperate", "outside"),
            ("stance.tsv", "zqx hợp\t0.5", "expected 3 tab-separated columns"),
            ("boilerplate.tsv", "Zqx marker\tline\tdrop", "expected 5 tab-separated columns"),
            ("boilerplate.tsv", "Zqx marker\tline\tdrop\tmany\tx", "max_words"),
        ]
        for (file, row, reason) in cases {
            let folder = try temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            for name in try FileManager.default.contentsOfDirectory(atPath: lexicons.path) where name.hasSuffix(".tsv") {
                try FileManager.default.copyItem(at: lexicons.appendingPathComponent(name), to: folder.appendingPathComponent(name))
            }
            let url = folder.appendingPathComponent(file)
            var text = try String(contentsOf: url, encoding: .utf8)
            if !text.hasSuffix("\n") { text += "\n" }
            text += row + "\n"
            try text.write(to: url, atomically: true, encoding: .utf8)
            let line = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
            let result = try VietQuoteBinary.run(["extract", "--lexicons", folder.path], stdin: Data("x".utf8))
            #expect(result.status != 0, "\(file) '\(row)' loaded")
            #expect(result.err.contains("\(file):\(line)"), "\(file) '\(row)': \(result.err)")
            #expect(result.err.contains(reason), "\(file) '\(row)': \(result.err)")
        }
    }
}
