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

    /// The result as one line of JSON (sorted keys, no trailing newline).
    public func jsonLine() throws -> String {
        String(decoding: try Self.encoder.encode(self), as: UTF8.self)
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
}
