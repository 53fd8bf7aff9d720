import Foundation

/// Everything VietQuote found in one article; encodes to one JSON object with the field
/// names of the gold format (plus offsets and explanations).
public struct ArticleResult: Sendable, Hashable, Codable {
    /// The version of this output format.
    public var schema: Int = 1
    /// The document's name (the file stem).
    public var document: String
    /// The article's stance, when stance scoring ran.
    public var stance: ArticleStance?
    public var quotes: [Quote]
    /// Why the article could not be read, if it could not.
    public var error: String?
    /// The article's date, ISO 8601 (`2024-11-17`), or nil when it has none.
    public var date: String?
    /// Where `date` comes from: `input` (given with the article: a JSON Lines record's
    /// `date`), `text` (the page's own dateline), or nil when there is no date.
    public var dateSource: String?

    public init(document: String, stance: ArticleStance? = nil, quotes: [Quote], error: String? = nil) {
        self.document = document
        self.stance = stance
        self.quotes = quotes
        self.error = error
    }

    /// A result for an article that could not be read.
    public static func failure(document: String, reason: String) -> ArticleResult {
        ArticleResult(document: document, quotes: [], error: reason)
    }

    enum CodingKeys: String, CodingKey {
        case schema, document, stance, quotes, error, date
        case dateSource = "date_source"
    }

    /// Encodes every field; `date` and `date_source` are `null` when the article has no date.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(document, forKey: .document)
        try container.encodeIfPresent(stance, forKey: .stance)
        try container.encode(quotes, forKey: .quotes)
        try container.encodeIfPresent(error, forKey: .error)
        try container.encode(date, forKey: .date)
        try container.encode(dateSource, forKey: .dateSource)
    }

    /// The result as one line of JSON (sorted keys, no trailing newline): what `encoder`
    /// writes, written faster by `SortedJSON`.
    public func jsonLine() throws -> String {
        try SortedJSON.line(self)
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
}
