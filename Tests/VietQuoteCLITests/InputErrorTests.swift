import Foundation
import Testing
import VietQuoteTestSupport

/// What a new user trips over first: inputs that are not there, a terminal on standard
/// input, a folder where an article was expected, an output folder that does not exist.
/// Each says what and why, with an exit status a script can rely on (2: nothing done).
@Suite struct InputErrorTests {
    static let article = "Tin\n\nNgoại trưởng Nga Sergei Lavrov tuyên bố Moscow sẵn sàng đối thoại."

    @Test func aFolderWithoutTextFilesIsAnErrorNotAnEmptyTable() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x".utf8).write(to: folder.appendingPathComponent("notes.md"))
        let result = try VietQuoteBinary.run(["extract", folder.path, "--format", "table"])
        #expect(result.status == 2)
        #expect(result.out.isEmpty)
        #expect(result.err.contains("no .txt file in \(folder.path)"))
    }

    @Test func aMissingFileStopsTheRunWithItsName() throws {
        let result = try VietQuoteBinary.run(["speakers", "/nonexistent/page.txt"])
        #expect(result.status == 2)
        #expect(result.out.isEmpty)
        #expect(result.err.contains("cannot read /nonexistent/page.txt: no such file or folder"))
    }

    @Test func upperCaseExtensionIsAText() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.article.utf8).write(to: folder.appendingPathComponent("A.TXT"))
        let result = try VietQuoteBinary.run(["extract", folder.path])
        #expect(result.status == 0)
        #expect(result.out.contains("\"document\":\"A\""))
        #expect(result.out.contains("Sergei Lavrov"))
    }

    @Test func aFolderOnStandardInputIsNamedNotACrash() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for arguments in [["extract"], ["extract", "--input-format", "jsonl"], ["stance"]] {
            let result = try VietQuoteBinary.run(arguments, stdinPath: folder.path)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.err.contains("cannot read standard input: Is a directory"), "\(arguments): \(result.err)")
            #expect(!result.err.contains("Fatal error"))
        }
    }

    @Test func anUnreadableFileGivesTheSystemsReason() throws {
        #if os(Linux)
        // A file that even root cannot read from its start: the process's own memory.
        let memory = try VietQuoteBinary.run(["extract", "/proc/self/mem"])
        #expect(memory.status == 1)
        #expect(memory.err.contains("cannot read /proc/self/mem: Input/output error"), "\(memory.err)")
        #expect(memory.out.contains("\"error\":\"cannot read /proc/self/mem: Input/output error\""))
        #endif
        guard getuid() != 0 else { return }   // root reads a file without permissions
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("secret.txt")
        try Data(Self.article.utf8).write(to: file)
        chmod(file.path, 0)
        let result = try VietQuoteBinary.run(["extract", file.path])
        #expect(result.status == 1)
        #expect(result.err.contains("cannot read \(file.path): Permission denied"))
    }

    @Test func outputIntoAMissingFolderNamesTheFolder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("reports")
        for command in ["extract", "speakers"] {
            let result = try VietQuoteBinary.run([command, "--output", missing.appendingPathComponent("out.txt").path],
                                                 stdin: Data(Self.article.utf8))
            #expect(result.status == 2)
            #expect(result.err.contains("no folder \(missing.path)"), "\(result.err)")
            #expect(!result.err.contains(".tmp"))
        }
    }

    @Test func outputOverAnExistingFileReplacesIt() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.jsonl")
        try Data("old\n".utf8).write(to: output)
        for _ in 0..<2 {
            let result = try VietQuoteBinary.run(["extract", "--output", output.path], stdin: Data(Self.article.utf8))
            #expect(result.status == 0, "\(result.err)")
            let written = try String(contentsOf: output, encoding: .utf8)
            #expect(written.hasPrefix("{") && written.contains("Sergei Lavrov"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.jsonl"])
    }

    @Test func negativeJobsSaysWhatIsWrong() throws {
        let result = try VietQuoteBinary.run(["extract", "--jobs", "-1"], stdin: Data(Self.article.utf8))
        #expect(result.status != 0)
        #expect(result.err.contains("--jobs must be"))
        #expect(result.err.contains("got -1"))
        #expect(!result.err.contains("Missing value"))
    }

    @Test func versionIsPrinted() throws {
        let result = try VietQuoteBinary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("vietquote "))
        #expect(result.out.contains("schema 1"))
    }

    @Test func aTerminalOnStandardInputGetsAOneLineHint() throws {
        let result = try VietQuoteBinary.runOnTerminal(["extract", "--format", "csv"], typed: Self.article)
        #expect(result.status == 0)
        let hint = result.err.split(separator: "\n").filter { $0.contains("Ctrl-D") }
        #expect(hint.count == 1)
        #expect(result.out.contains("Sergei Lavrov"))
        // With a file named, no hint.
        let file = Repository.devArticle("000_7cdfa724fb714c90.txt").path
        let named = try VietQuoteBinary.runOnTerminal(["extract", file, "--format", "csv"])
        #expect(!named.err.contains("Ctrl-D"))
    }
}
