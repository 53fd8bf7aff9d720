import VietQuote

/// `--format table`: a who-said-what table for the terminal. Written as the articles
/// come, so the columns have fixed widths (in terminal columns: a wide character
/// counts two, a combining mark none); the content takes what is left of the
/// terminal's width (70 columns when not a terminal), clipped with an ellipsis.
struct TableFormat: ArticleFormat {
    static let columns = ["document", "speaker", "title", "side", "cue", "type", "stance", "content"]
    let widths: [Int]

    init(terminalColumns: Int? = TerminalWidth.columns) {
        var widths = [24, 26, 22, 12, 14, 8, 6]
        let used = widths.reduce(0, +) + 2 * widths.count
        widths.append(terminalColumns.map { max(20, $0 - used) } ?? 70)
        self.widths = widths
    }

    func header() -> String {
        row(Self.columns) + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
    }

    func chunk(_ result: ArticleResult, text: String?, paragraphs: [Paragraph]?) -> String {
        var out = ""
        if let error = result.error {
            out += row([result.document, "", "", "", "", "error", "", error])
        }
        for quote in result.quotes {
            out += row([
                result.document, quote.speaker.name, quote.speaker.title ?? "", quote.speaker.sideLabel ?? "",
                quote.cue ?? "", quote.type.rawValue, quote.stance.map { Numbers.score($0.score) } ?? "", quote.content,
            ])
        }
        return out
    }

    func row(_ cells: [String]) -> String {
        cells.enumerated().map { column, cell in
            let clipped = TerminalWidth.clip(cell, to: widths[column])
            return column == cells.count - 1 ? clipped : TerminalWidth.pad(clipped, to: widths[column])
        }.joined(separator: "  ") + "\n"
    }
}
