/// One thing the system got wrong, for the error listing.
public struct EvaluationIssue: Hashable, Codable, Sendable {
    /// The kind of mistake.
    public enum Kind: String, Hashable, Codable, Sendable, CaseIterable {
        /// A gold quote no system quote matches at @0.3.
        case missed
        /// A system quote that matches no gold quote at @0.3.
        case spurious
        /// A pair that matches at @0.3 but not at @0.8: it costs the headline figure.
        case partial
        /// A system quote whose offsets or content cannot be placed in the article.
        case unlocated
        /// An @0.3 pair with a different cue.
        case cue
        /// An @0.3 pair with a different speaker.
        case speaker
        /// An @0.3 pair with a different title.
        case title
        /// An @0.3 pair with a different affiliation.
        case affiliation
        /// An @0.3 pair with a different stance label.
        case stance
        /// A different article stance label.
        case article
        /// A different (or missing) label of a gold actor.
        case actor
        /// The system reported an error for the document.
        case systemError = "system_error"
        /// A gold document absent from the system output.
        case missingDocument = "missing_document"
        /// A remark on the system output (a repeated document).
        case note
    }

    /// The kind of mistake.
    public var kind: Kind
    /// The document stem.
    public var document: String
    /// The quote concerned (gold content, or system span text for spurious quotes), shortened.
    public var content: String?
    /// The gold value (for `partial`: the gold span).
    public var gold: String?
    /// The system value (for `partial`: the system span).
    public var system: String?

    /// Creates an issue.
    public init(kind: Kind, document: String, content: String? = nil, gold: String? = nil, system: String? = nil) {
        self.kind = kind
        self.document = document
        self.content = content.map { Abbreviation.shorten($0) }
        self.gold = gold
        self.system = system
    }

    /// One line: `[kind] document: "content"` followed by the two values
    /// (`gold: … system: …`), or by a detail in parentheses; a partial pair shows
    /// both spans on two more lines.
    public var line: String {
        var text = "[\(kind.rawValue)] \(document)"
        if let content { text += ": \"\(content)\"" }
        if kind == .partial {
            return text + "\n    gold:   \"\(gold ?? "")\"\n    system: \"\(system ?? "")\""
        }
        if Self.comparesValues.contains(kind) {
            return text + "  gold: \(Self.show(gold))  system: \(Self.show(system))"
        }
        if let detail = gold ?? system {
            text += content == nil ? ": \(detail)" : " (\(detail))"
        }
        return text
    }

    private static let comparesValues: Set<Kind> = [.cue, .speaker, .title, .affiliation, .stance, .article, .actor]

    private static func show(_ value: String?) -> String {
        value.map { "\"\($0)\"" } ?? "null"
    }
}
