import Foundation

/// Articles done, rate and time left on standard error, when it is a terminal.
final class Progress {
    private let enabled: Bool
    private let total: Int?
    private let start = Date()
    private var done = 0
    private var lastShown = Date.distantPast

    init(total: Int?, quiet: Bool) {
        self.total = total
        self.enabled = !quiet && isatty(2) == 1
    }

    func step() {
        done += 1
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastShown) >= 0.2 || done == total else { return }
        lastShown = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        var line = "\r\(done)"
        if let total { line += "/\(total)" }
        line += " articles, \(String(format: "%.1f", rate))/s"
        if let total, rate > 0 {
            line += ", \(Self.duration(Double(total - done) / rate)) left"
        }
        FileHandle.standardError.write(Data((line + "\u{1B}[K").utf8))
    }

    func finish() {
        guard enabled, done > 0 else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        if s >= 3600 { return "\(s / 3600)h\(String(format: "%02d", s % 3600 / 60))m" }
        if s >= 60 { return "\(s / 60)m\(String(format: "%02d", s % 60))s" }
        return "\(s)s"
    }
}
