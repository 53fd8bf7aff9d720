import Foundation

/// Normalisation of short strings (names, cues, titles, labels) before comparison.
enum TextKey {
    /// NFC, lower-cased, runs of white space collapsed to one space, trimmed.
    static func key(_ text: String) -> String {
        let folded = text.precomposedStringWithCanonicalMapping.lowercased()
        return folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether `system` equals `gold` or one of `aliases` after ``key(_:)``;
    /// `nil` equals `nil` only.
    static func matches(_ system: String?, gold: String?, aliases: [String] = []) -> Bool {
        guard let system else { return gold == nil }
        let candidate = key(system)
        if let gold, key(gold) == candidate { return true }
        return aliases.contains { key($0) == candidate }
    }
}

/// Shortening of long quote contents for messages.
enum Abbreviation {
    /// `text` with its white space collapsed, cut to `limit` characters with an ellipsis.
    static func shorten(_ text: String, to limit: Int = 80) -> String {
        let flat = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard flat.count > limit else { return flat }
        return String(flat.prefix(limit - 1)) + "…"
    }
}
