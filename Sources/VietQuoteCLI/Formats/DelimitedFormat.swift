import VietQuote

/// `--format csv` and `--format tsv`: one row per quote, RFC 4180 quoting (a field
/// holding the delimiter, a double quote, CR or LF is quoted, its quotes doubled).
/// TSV first writes a field's line breaks, tabs and backslashes as `\n`, `\r`, `\t` and `\\`
/// (the escapes of the text formats of PostgreSQL's `COPY` and MySQL's `LOAD DATA`), so that
/// every row is one line: a quote joined over paragraphs holds `\n\n`
/// (`ParagraphSpanningQuoteRule`), and line-based readers of TSV split rows at line ends.
/// An article that cannot be read gives one row of type `error`, the reason as content.
struct DelimitedFormat: ArticleFormat {
    let delimiter: Character
    /// CSV ends rows with CRLF (RFC 4180); TSV with LF.
    var rowEnd: String { delimiter == "," ? "\r\n" : "\n" }

    static let columns = [
        "document", "date", "speaker", "title", "kind", "affiliation", "cue", "type",
        "stance_label", "stance_score", "start", "end", "content",
    ]

    func header() -> String { row(Self.columns) }

    func chunk(_ result: ArticleResult, text: String?, paragraphs: [Paragraph]?) -> String {
        var out = ""
        if let error = result.error {
            out += row([result.document, result.date ?? "", "", "", "", "", "", "error", "", "", "", "", error])
        }
        for quote in result.quotes {
            out += row([
                result.document, result.date ?? "", quote.speaker.name, quote.speaker.title ?? "", quote.speaker.kind.rawValue,
                quote.speaker.affiliation ?? "", quote.cue ?? "", quote.type.rawValue,
                quote.stance?.label.rawValue ?? "", quote.stance.map { Numbers.score($0.score) } ?? "",
                String(quote.start), String(quote.end), quote.content,
            ])
        }
        return out
    }

    func row(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: String(delimiter)) + rowEnd
    }

    func quoted(_ field: String) -> String {
        let field = delimiter == "\t" ? Self.escapedForTSV(field) : field
        let needs = field.unicodeScalars.contains { $0 == "\"" || $0 == "\n" || $0 == "\r" || Character($0) == delimiter }
        guard needs else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The backslash escapes of TSV fields.
    static let tsvEscapes: [Unicode.Scalar: String] = ["\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"]

    /// `field` with each line break, tab and backslash written as its backslash escape.
    static func escapedForTSV(_ field: String) -> String {
        let escapes = tsvEscapes
        guard field.unicodeScalars.contains(where: { escapes[$0] != nil }) else { return field }
        var out = ""
        for scalar in field.unicodeScalars {
            if let escape = escapes[scalar] { out += escape } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
