import Foundation
import VietQuote

/// Output formats of `vietquote extract`.
enum Rendering {
    static func render(_ results: [ArticleResult], format: VietQuoteCommand.Extract.Format) throws -> String {
        switch format {
        case .jsonl:
            return try results.map { try $0.jsonLine() + "\n" }.joined()
        case .json:
            return "[" + (try results.map { try $0.jsonLine() }.joined(separator: ",\n")) + "]\n"
        case .table:
            return table(results)
        }
    }

    /// A who-said-what table for the terminal.
    static func table(_ results: [ArticleResult]) -> String {
        var rows: [[String]] = [["document", "speaker", "title", "side", "cue", "type", "content"]]
        for result in results {
            if let error = result.error {
                rows.append([result.document, "", "", "", "", "error", error])
            }
            for quote in result.quotes {
                rows.append([
                    result.document, quote.speaker.name, quote.speaker.title ?? "", quote.speaker.affiliation ?? "",
                    quote.cue ?? "", quote.type.rawValue, quote.content,
                ])
            }
        }
        let limits = [24, 26, 22, 12, 14, 8, 70]
        var widths = [Int](repeating: 0, count: limits.count)
        let clipped = rows.map { row in
            row.enumerated().map { column, cell in TerminalWidth.clip(cell, to: limits[column]) }
        }
        for row in clipped {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], TerminalWidth.of(cell)) }
        }
        var out = ""
        for (number, row) in clipped.enumerated() {
            out += row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : TerminalWidth.pad(cell, to: widths[column])
            }.joined(separator: "  ") + "\n"
            if number == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        return out
    }

    /// Writes to standard output, or to `path` through a temporary file and a rename.
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        try Data(text.utf8).write(to: temporary)
        if FileManager.default.fileExists(atPath: url.path) {
            _ = try FileManager.default.replaceItemAt(url, withItemAt: temporary)
        } else {
            try FileManager.default.moveItem(at: temporary, to: url)
        }
    }
}

/// Display width on a terminal: combining marks take no column, wide East Asian
/// characters take two.
enum TerminalWidth {
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width($1) }
    }

    static func width(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark { return 0 }
        if (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1FAFF).contains(value) || (0x20000...0x3FFFD).contains(value) {
            return 2
        }
        return 1
    }

    static func clip(_ text: String, to limit: Int) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        guard of(flat) > limit else { return flat }
        var out = ""
        var used = 0
        for character in flat {
            let w = of(String(character))
            if used + w > limit - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - of(text)))
    }
}
