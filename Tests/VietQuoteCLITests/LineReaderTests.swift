import Foundation
import Testing
@testable import VietQuoteCLI

/// `LineReader`: the lines of a JSON Lines input, read in blocks of 64 KiB.
@Suite struct LineReaderTests {
    /// Lines shorter and longer than a block (one of 150,000 bytes spans three), an empty
    /// line, a line break as a block's last byte, and a last line without a line break:
    /// each comes out whole, numbered, without its line break.
    @Test func linesAcrossBlocksComeOutWhole() throws {
        let long = String(repeating: "Thủ tướng nói: \"được\". ", count: 5_000)
        let padding = String(repeating: "x", count: (1 << 16) - 3)
        let lines = ["{\"id\": \"a\"}", "", long, padding, "ngắn", long + "!", "cuối"]
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("line-reader-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(lines.joined(separator: "\n").utf8).write(to: url)
        let reader = LineReader(try FileHandle(forReadingFrom: url))
        var read: [(Int, String)] = []
        while let (number, line) = reader.nextLine() { read.append((number, String(decoding: line, as: UTF8.self))) }
        #expect(read.map(\.0) == Array(1...lines.count))
        #expect(read.map(\.1) == lines)
    }
}
