import VietQuote

/// `--format markdown`: one GitHub-flavoured table, one row per quote.
struct MarkdownFormat: ArticleFormat {
    static let columns = ["document", "date", "speaker", "title", "side", "cue", "type", "stance", "content"]

    func header() -> String {
        row(Self.columns) + "|" + Self.columns.map { _ in " --- |" }.joined() + "\n"
    }

    func chunk(_ result: ArticleResult, text: String?, paragraphs: [Paragraph]?) -> String {
        var out = ""
        if let error = result.error {
            out += row([result.document, result.date ?? "", "", "", "", "", "error", "", error])
        }
        for quote in result.quotes {
            let stance = quote.stance.map { "\($0.label.rawValue) \(Numbers.score($0.score))" } ?? ""
            out += row([
                result.document, result.date ?? "", quote.speaker.name, quote.speaker.title ?? "", quote.speaker.sideLabel ?? "",
                quote.cue ?? "", quote.type.rawValue, stance, quote.content,
            ])
        }
        return out
    }

    func row(_ cells: [String]) -> String {
        "| " + cells.map(Self.escaped).joined(separator: " | ") + " |\n"
    }

    /// A cell on one line, with the characters that would break the table escaped.
    static func escaped(_ cell: String) -> String {
        var out = ""
        for character in cell {
            switch character {
            case "\\", "|", "*", "`", "<", ">", "[", "]": out += "\\" + String(character)
            case "\n", "\r", "\r\n": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}
