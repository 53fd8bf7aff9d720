import Foundation

/// Normalisation of short strings (names, cues, titles, labels) before comparison.
enum TextKey {
    /// NFC, lower-cased, runs of white space collapsed to one space, trimmed.
    static func key(_ text: String) -> String {
        let folded = text.precomposedStringWithCanonicalMapping.lowercased()
        return folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether `system` equals `gold` or one of `aliases` after ``key(_:)``;
    /// `nil` equals `nil` only, and an empty or blank value counts as `nil`.
    static func matches(_ system: String?, gold: String?, aliases: [String] = []) -> Bool {
        let candidate = system.map(key) ?? ""
        let goldKey = gold.map(key) ?? ""
        guard !candidate.isEmpty else { return goldKey.isEmpty }
        if goldKey == candidate { return true }
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
