import Foundation

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

    /// The text on one line: line breaks become spaces.
    static func flattened(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\r", with: " ")
    }

    static func clip(_ text: String, to limit: Int) -> String {
        let flat = flattened(text)
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

extension TerminalWidth {
    /// The width to clip a table to: `--width N` when given; else, when standard output
    /// is a terminal, `COLUMNS` when set to a number, then the terminal's own width
    /// (ioctl TIOCGWINSZ); nil (no clipping) when it is a file or a pipe.
    static func tableWidth(option: Int?, environment: [String: String] = ProcessInfo.processInfo.environment,
                           isTerminal: Bool = isatty(1) == 1) -> Int? {
        if let option { return option }
        guard isTerminal else { return nil }
        if let text = environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
