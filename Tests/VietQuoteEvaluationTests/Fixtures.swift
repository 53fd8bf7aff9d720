import Foundation
@testable import VietQuoteEvaluation

/// A corpus and gold folder written to a fresh temporary directory.
struct Fixture {
    let root: URL
    var corpus: URL { root.appendingPathComponent("corpus") }
    var gold: URL { root.appendingPathComponent("gold") }

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("vietquote-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: gold, withIntermediateDirectories: true)
    }

    func article(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: corpus.appendingPathComponent(name + ".txt"))
    }

    func goldFile(_ name: String, _ json: String) throws {
        try Data(json.utf8).write(to: gold.appendingPathComponent(name + ".json"))
    }

    func load() throws -> GoldCorpus {
        try GoldCorpus.load(corpus: corpus, gold: gold)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

/// JSON of one quote, gold style.
func quoteJSON(
    _ content: String, occurrence: Int? = nil, start: Int? = nil, end: Int? = nil,
    type: String = "indirect", cue: String? = "nói", speaker: String = "Nga", aliases: [String] = [],
    title: String? = nil, titleAliases: [String] = [], affiliation: String? = "Nga", stance: String = "neutral"
) -> String {
    func string(_ value: String?) -> String {
        guard let value else { return "null" }
        let data = try! JSONSerialization.data(withJSONObject: [value])
        return String(decoding: data, as: UTF8.self).dropFirst().dropLast().description
    }
    var fields = ["\"content\": \(string(content))"]
    if let occurrence { fields.append("\"occurrence\": \(occurrence)") }
    if let start { fields.append("\"start\": \(start)") }
    if let end { fields.append("\"end\": \(end)") }
    fields.append("\"type\": \(string(type))")
    fields.append("\"cue\": \(string(cue))")
    let aliasList = aliases.map { string($0) }.joined(separator: ", ")
    let titleAliasList = titleAliases.map { string($0) }.joined(separator: ", ")
    fields.append("""
        "speaker": {"name": \(string(speaker)), "aliases": [\(aliasList)], "mention": \(string(speaker)), \
        "title": \(string(title)), "title_aliases": [\(titleAliasList)], "kind": "country", "affiliation": \(string(affiliation))}
        """)
    fields.append("\"stance\": \(string(stance))")
    return "{" + fields.joined(separator: ", ") + "}"
}

/// JSON of one document.
func documentJSON(_ name: String, label: String = "neutral", actors: [String: String] = [:], quotes: [String]) -> String {
    let actorList = actors.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \"\($0.value)\"" }.joined(separator: ", ")
    return """
        {"document": "\(name)", "stance": {"label": "\(label)", "actors": {\(actorList)}}, "quotes": [\(quotes.joined(separator: ", "))]}
        """
}

/// Scalar offsets of the `occurrence`-th `needle` in `text` (as given, no normalisation).
func scalarRange(of needle: String, in text: String, occurrence: Int = 1) -> (Int, Int) {
    let haystack = Array(text.unicodeScalars)
    let pattern = Array(needle.unicodeScalars)
    var seen = 0
    for start in 0...(haystack.count - pattern.count) where Array(haystack[start..<(start + pattern.count)]) == pattern {
        seen += 1
        if seen == occurrence { return (start, start + pattern.count) }
    }
    fatalError("\(needle) not in text")
}
