import VietQuote

/// `--format table`: a who-said-what table. Written as the articles come, so the columns
/// have fixed widths (in terminal columns: a wide character counts two, a combining mark
/// none). On a terminal (or with `--width N`) the content takes what is left of the
/// width and is clipped with an ellipsis; when the width leaves the content fewer than
/// `minimumContent` columns, the title, cue and document columns are left out, in that
/// order. Written to a file or a pipe, nothing is clipped but the fixed columns.
struct TableFormat: ArticleFormat {
    struct Column {
        var name: String
        var width: Int
        /// The order in which the column is left out on a narrow terminal (nil: kept).
        var dropOrder: Int?
    }

    static let allColumns = [
        Column(name: "document", width: 24, dropOrder: 2), Column(name: "speaker", width: 26),
        Column(name: "title", width: 22, dropOrder: 0), Column(name: "side", width: 12),
        Column(name: "cue", width: 14, dropOrder: 1), Column(name: "type", width: 8),
        Column(name: "stance", width: 6), Column(name: "content", width: 0),
    ]
    /// Below this many columns the content is hard to read: narrower columns go first.
    static let minimumContent = 40

    /// The columns shown, the content last; `nil` width for an unclipped content.
    let columns: [Column]
    let contentWidth: Int?

    /// `width`: the table's width in terminal columns, or nil for no clipping.
    init(width: Int?) {
        var columns = Self.allColumns
        func used() -> Int { columns.dropLast().reduce(0) { $0 + $1.width + 2 } }
        if let width {
            let droppable = columns.compactMap(\.dropOrder).sorted()
            for order in droppable where width - used() < Self.minimumContent {
                columns.removeAll { $0.dropOrder == order }
            }
            contentWidth = max(20, width - used())
        } else {
            contentWidth = nil
        }
        self.columns = columns
    }

    func header() -> String {
        row(Self.allColumns.map(\.name)) + columns.enumerated().map { index, column in
            String(repeating: "-", count: index == columns.count - 1 ? (contentWidth ?? 7) : column.width)
        }.joined(separator: "  ") + "\n"
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

    /// One line: `cells` in the order of `allColumns`, those of dropped columns left out.
    func row(_ cells: [String]) -> String {
        let shown = Set(columns.map(\.name))
        let kept = zip(Self.allColumns, cells).filter { shown.contains($0.0.name) }
        return kept.enumerated().map { index, pair in
            let (column, cell) = pair
            if index == kept.count - 1 {
                let flat = TerminalWidth.flattened(cell)
                return contentWidth.map { TerminalWidth.clip(flat, to: $0) } ?? flat
            }
            return TerminalWidth.pad(TerminalWidth.clip(cell, to: column.width), to: column.width)
        }.joined(separator: "  ") + "\n"
    }
}
