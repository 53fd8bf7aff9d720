import VietQuote

/// `--format jsonl`: one article per line.
struct JSONLinesFormat: ArticleFormat {
    func chunk(_ result: ArticleResult, text: String?, paragraphs: [Paragraph]?) -> String {
        JSONFormat.line(result) + "\n"
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

    /// The article as one line of JSON, numbers rounded (`JSONNumbers`): `result.jsonLine()`
    /// rounded, written by `SortedJSON`. A result always encodes (strings, finite numbers).
    static func line(_ result: ArticleResult) -> String {
        (try? SortedJSON.line(result, fraction: JSONNumbers.round))
            ?? "{\"document\":\"\(result.document)\",\"error\":\"cannot encode the result\"}"
    }
}
