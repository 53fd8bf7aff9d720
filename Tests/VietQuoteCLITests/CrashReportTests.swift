import Foundation
import Testing
import VietQuoteTestSupport

/// A trap while processing a record: the lines produced before it are written, standard error
/// names the record, and the process dies of the signal. `VIETQUOTE_TRAP_ON=ID` (honoured only
/// by the CLI) makes the record with that id trap.
@Suite struct CrashReportTests {
    /// Runs `vietquote` with `VIETQUOTE_TRAP_ON=trapOn`, input from a file (not a pipe).
    func runTrapping(_ arguments: [String], stdin: Data, trapOn: String) throws -> (signalled: Bool, out: String, err: String) {
        let process = Process()
        process.executableURL = VietQuoteBinary.url
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["VIETQUOTE_TRAP_ON"] = trapOn
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in"), output = folder.appendingPathComponent("out"),
            errors = folder.appendingPathComponent("err")
        try stdin.write(to: input)
        FileManager.default.createFile(atPath: output.path, contents: nil)
        FileManager.default.createFile(atPath: errors.path, contents: nil)
        process.standardInput = try FileHandle(forReadingFrom: input)
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        return (process.terminationReason == .uncaughtSignal,
                String(decoding: try Data(contentsOf: output), as: UTF8.self),
                String(decoding: try Data(contentsOf: errors), as: UTF8.self))
    }

    static let records = (1...6).map { number in
        #"{"id": "r\#(number)", "text": "Tin\n\nÔng Nguyễn Văn An cho biết: “Chúng tôi sẽ làm việc này ngay, lần thứ \#(number).”"}"#
    }.joined(separator: "\n") + "\n"

    @Test(arguments: ["1", "2"])
    func aTrapNamesTheRecordAndKeepsTheLinesBefore(_ jobs: String) throws {
        let run = try runTrapping(["extract", "--input-format", "jsonl", "--quiet", "--jobs", jobs],
                                  stdin: Data(Self.records.utf8), trapOn: "r4")
        #expect(run.signalled)
        #expect(run.err.contains("vietquote: crashed while processing stdin line 4, id r4\n"), "\(run.err)")
        let lines = run.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        // The lines written are the first ones, whole, in order; with one job all three before r4.
        let documents = lines.map { line in
            ((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any])?["document"] as? String
        }
        #expect(documents == Array(["r1", "r2", "r3"].prefix(documents.count)))
        if jobs == "1" { #expect(documents.count == 3) }
        #expect(run.err.contains("the output holds the first \(documents.count) articles"), "\(run.err)")
    }

    @Test func aTrapOnAFileNamesItsPath() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["a", "b", "c"] {
            try Data("Ông Nguyễn Văn An cho biết: “Chúng tôi sẽ làm việc này ngay.”".utf8)
                .write(to: folder.appendingPathComponent("\(name).txt"))
        }
        let run = try runTrapping(["extract", "--quiet", "--jobs", "1", folder.path], stdin: Data(), trapOn: "b")
        #expect(run.signalled)
        #expect(run.err.contains("crashed while processing \(folder.appendingPathComponent("b.txt").path)\n"), "\(run.err)")
        #expect(run.out.split(separator: "\n").count == 1 && run.out.contains(#""document":"a""#))
    }

    @Test func withoutTheVariableTheSameInputGoesThrough() throws {
        let run = try VietQuoteBinary.run(["extract", "--input-format", "jsonl", "--quiet"], stdin: Data(Self.records.utf8))
        #expect(run.status == 0 && run.out.split(separator: "\n").count == 6)
    }
}
