import Foundation
import VietQuote

/// One output format of `vietquote extract`, written article by article: a header,
/// one chunk per article (made on a worker thread), separators, a footer.
protocol ArticleFormat: Sendable {
    /// Written before the first article.
    func header() -> String
    /// The text of one article. `text` and `paragraphs` are given when `needsPage` is true.
    func chunk(_ result: ArticleResult, text: String?, paragraphs: [Paragraph]?) -> String
    /// `chunk` as UTF-8 bytes, what the writer writes (the JSON formats make no `String`).
    func chunkBytes(_ result: ArticleResult, text: String?, paragraphs: [Paragraph]?) -> [UInt8]
    /// Written between two chunks.
    var separator: String { get }
    /// Written after the last article.
    func footer() -> String
    /// Whether `chunk` needs the article's text and paragraphs.
    var needsPage: Bool { get }
}

extension ArticleFormat {
    func header() -> String { "" }
    var separator: String { "" }
    func footer() -> String { "" }
    var needsPage: Bool { false }
    func chunkBytes(_ result: ArticleResult, text: String?, paragraphs: [Paragraph]?) -> [UInt8] {
        Array(chunk(result, text: text, paragraphs: paragraphs).utf8)
    }
}

/// Numbers printed the same way everywhere (C locale, fixed decimals).
enum Numbers {
    static func score(_ value: Double) -> String {
        let text = String(format: "%.3f", value)
        return text == "-0.000" ? "0.000" : text
    }
}
