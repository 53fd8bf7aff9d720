import VietQuote

/// `--format jsonl`: one article per line.
struct JSONLinesFormat: ArticleFormat {
    func chunk(_ result: ArticleResult, text: String?, paragraphs: [Paragraph]?) -> String {
        JSONFormat.line(result) + "\n"
    }

    func chunkBytes(_ result: ArticleResult, text: String?, paragraphs: [Paragraph]?) -> [UInt8] {
        JSONFormat.bytes(result, terminator: "\n")
    }
}

/// `--format json`: one array, written element by element.
struct JSONFormat: ArticleFormat {
    func header() -> String { "[" }
    var separator: String { ",\n" }
    func footer() -> String { "]\n" }

    func chunk(_ result: ArticleResult, text: String?, paragraphs: [Paragraph]?) -> String {
        Self.line(result)
    }

    func chunkBytes(_ result: ArticleResult, text: String?, paragraphs: [Paragraph]?) -> [UInt8] {
        Self.bytes(result)
    }

    /// The article as one line of JSON, numbers rounded (`JSONNumbers`): `result.jsonLine()`
    /// rounded, written by `SortedJSON`. A result always encodes (strings, finite numbers).
    static func line(_ result: ArticleResult) -> String {
        String(decoding: bytes(result), as: UTF8.self)
    }

    /// `line(_:)` as UTF-8 bytes, followed by `terminator`.
    static func bytes(_ result: ArticleResult, terminator: StaticString = "") -> [UInt8] {
        (try? SortedJSON.bytes(result, decimals: JSONNumbers.decimals, terminator: terminator))
            ?? Array("{\"document\":\"\(result.document)\",\"error\":\"cannot encode the result\"}\(terminator)".utf8)
    }
}
