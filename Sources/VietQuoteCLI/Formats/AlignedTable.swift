/// A table whose rows are all known (`speakers`, an article's block of `stance`): each
/// column as wide as its widest cell (terminal columns), a dashed rule under the header.
/// With a width (a terminal's, or `--width`), the `clippable` columns are narrowed, the
/// widest first and none below `minimumClipped`, until a line fits; without one nothing
/// is clipped.
enum AlignedTable {
    /// A clipped column keeps at least this many columns: a name stays recognisable, and
    /// the speakers table (name, title, side clipped) fits an 80-column terminal.
    static let minimumClipped = 9

    static func render(_ rows: [[String]], width: Int?, clippable: Set<Int>) -> String {
        guard let header = rows.first else { return "" }
        let flat = rows.map { $0.map(TerminalWidth.flattened) }
        var widths = [Int](repeating: 0, count: header.count)
        for row in flat {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], TerminalWidth.of(cell))
            }
        }
        if let width {
            func total() -> Int { widths.reduce(0, +) + 2 * (widths.count - 1) }
            while total() > width,
                  let widest = clippable.filter({ widths[$0] > minimumClipped }).max(by: { widths[$0] < widths[$1] }) {
                widths[widest] -= 1
            }
        }
        var out = ""
        for (number, row) in flat.enumerated() {
            out += row.enumerated().map { column, cell in
                let clipped = TerminalWidth.clip(cell, to: widths[column])
                return column == row.count - 1 ? clipped : TerminalWidth.pad(clipped, to: widths[column])
            }.joined(separator: "  ") + "\n"
            if number == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        return out
    }
}
