import Foundation
import VietQuote

/// The trend as an inline SVG line chart: one line per side (or speaker), y from −1
/// (confrontation) to +1 (normalization) with a zero line, x the periods in order, each
/// point sized by its number of quotes and carrying a `<title>` with its exact figures.
/// Self-contained: no script, no font or file loaded.
enum TrendChart {
    enum Layout {
        static let width = 1000.0
        static let height = 460.0
        static let left = 58.0, right = 190.0, top = 24.0, bottom = 64.0
        /// The radius of a point of few quotes, and the most it grows for the busiest one.
        static let minRadius = 2.5, radiusRange = 9.0
        /// Space between the y axis and the first period (so points do not hide the labels).
        static let inset = 24.0
        /// More periods than this and only every n-th is named on the x axis.
        static let namedPeriods = 24
    }

    /// Tableau 10: told apart by most readers, colour-blind ones included.
    static let palette = ["#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#b07aa1",
                          "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#bab0ac"]

    static func svg(_ rows: [TrendTable.Row], groups: [String], standalone: Bool = false) -> String {
        let periods = Array(Set(rows.map(\.period))).sorted()
        let plotWidth = Layout.width - Layout.left - Layout.right - 2 * Layout.inset
        let plotHeight = Layout.height - Layout.top - Layout.bottom
        func x(_ index: Int) -> Double {
            let start = Layout.left + Layout.inset
            return periods.count <= 1 ? start + plotWidth / 2 : start + plotWidth * Double(index) / Double(periods.count - 1)
        }
        func y(_ score: Double) -> Double { Layout.top + (1 - max(-1, min(1, score))) / 2 * plotHeight }
        let namespace = standalone ? " xmlns=\"http://www.w3.org/2000/svg\"" : ""
        var out = "<svg\(namespace) class=\"trend\" viewBox=\"0 0 \(Int(Layout.width)) \(Int(Layout.height))\" "
        out += "width=\"\(Int(Layout.width))\" height=\"\(Int(Layout.height))\" font-family=\"system-ui,sans-serif\" font-size=\"12\" role=\"img\">\n"
        out += "<title>Stance per period: +1 normalization, −1 confrontation</title>\n"
        out += "<rect x=\"0\" y=\"0\" width=\"\(Int(Layout.width))\" height=\"\(Int(Layout.height))\" fill=\"#fff\"/>\n"
        out += axes(periods: periods, x: x, y: y)
        let maxQuotes = Double(rows.map(\.quotes).max() ?? 1)
        for (number, group) in groups.enumerated() {
            let color = palette[number % palette.count]
            let points = rows.filter { $0.group == group }.compactMap { row in
                periods.firstIndex(of: row.period).map { (index: $0, row: row) }
            }
            out += line(points.map { ($0.index, x($0.index), y($0.row.score)) }, color: color)
            for (index, row) in points {
                let radius = Layout.minRadius + Layout.radiusRange * (Double(row.quotes) / maxQuotes).squareRoot()
                out += "<circle cx=\"\(f(x(index)))\" cy=\"\(f(y(row.score)))\" r=\"\(f(radius))\" fill=\"\(color)\" fill-opacity=\"0.8\" stroke=\"#fff\" stroke-width=\"1\">"
                out += "<title>\(HTMLFormat.escape(tip(row)))</title></circle>\n"
            }
            let legendY = Layout.top + 8 + Double(number) * 20
            out += "<rect x=\"\(f(Layout.width - Layout.right + 16))\" y=\"\(f(legendY - 8))\" width=\"14\" height=\"10\" fill=\"\(color)\"/>"
            let total = rows.filter { $0.group == group }.reduce(0) { $0 + $1.quotes }
            out += "<text x=\"\(f(Layout.width - Layout.right + 36))\" y=\"\(f(legendY + 1))\">\(HTMLFormat.escape(group)) (\(total))</text>\n"
        }
        return out + "</svg>\n"
    }

    /// The exact figures of a point.
    static func tip(_ row: TrendTable.Row) -> String {
        "\(row.group), \(row.period): score \(Numbers.score(row.score)) over \(row.quotes) quote\(row.quotes == 1 ? "" : "s") "
            + "in \(row.articles) article\(row.articles == 1 ? "" : "s") (normalization \(row.normalization), "
            + "confrontation \(row.confrontation), neutral \(row.neutral))"
    }

    /// The grid, the zero line, the y labels and the period names.
    static func axes(periods: [String], x: (Int) -> Double, y: (Double) -> Double) -> String {
        var out = ""
        let right = Layout.width - Layout.right
        for (value, label) in [(1.0, "+1 normalization"), (0.5, "+0.5"), (0.0, "0"), (-0.5, "−0.5"), (-1.0, "−1 confrontation")] {
            let stroke = value == 0 ? "stroke=\"#555\" stroke-width=\"1.5\"" : "stroke=\"#ddd\" stroke-width=\"1\""
            out += "<line x1=\"\(f(Layout.left))\" y1=\"\(f(y(value)))\" x2=\"\(f(right))\" y2=\"\(f(y(value)))\" \(stroke)/>\n"
            let anchor = abs(value) == 1 ? "start" : "end"
            let labelX = abs(value) == 1 ? Layout.left + 4 : Layout.left - 6
            let labelY = value == 1 ? y(value) + 13 : value == -1 ? y(value) - 5 : y(value) + 4
            out += "<text x=\"\(f(labelX))\" y=\"\(f(labelY))\" text-anchor=\"\(anchor)\" fill=\"#666\">\(label)</text>\n"
        }
        let step = max(1, Int((Double(periods.count) / Double(Layout.namedPeriods)).rounded(.up)))
        for (index, period) in periods.enumerated() where index % step == 0 {
            let baseY = Layout.height - Layout.bottom
            out += "<line x1=\"\(f(x(index)))\" y1=\"\(f(Layout.top))\" x2=\"\(f(x(index)))\" y2=\"\(f(baseY))\" stroke=\"#f0f0f0\"/>\n"
            out += "<text x=\"\(f(x(index)))\" y=\"\(f(baseY + 16))\" text-anchor=\"end\" transform=\"rotate(-35 \(f(x(index))) \(f(baseY + 16)))\" fill=\"#444\">\(HTMLFormat.escape(period))</text>\n"
        }
        return out
    }

    /// A side's line, broken where a period has no quote of it.
    static func line(_ points: [(index: Int, x: Double, y: Double)], color: String) -> String {
        var out = ""
        var run: [(index: Int, x: Double, y: Double)] = []
        func flush() {
            if run.count > 1 {
                let path = run.map { "\(f($0.x)),\(f($0.y))" }.joined(separator: " ")
                out += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" stroke-opacity=\"0.85\"/>\n"
            }
            run = []
        }
        for point in points {
            if let last = run.last, point.index != last.index + 1 { flush() }
            run.append(point)
        }
        flush()
        return out
    }

    static func f(_ value: Double) -> String { String(format: "%.1f", value) }
}
