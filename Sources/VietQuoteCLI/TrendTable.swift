import Foundation
import VietQuote

/// How `vietquote trend` cuts time.
enum TrendPeriod: String, CaseIterable {
    case day, week, month, year

    /// The period holding `date`: `2024-11-17`, `2024-W47` (ISO week), `2024-11` or `2024`.
    func name(_ date: CalendarDate) -> String {
        switch self {
        case .day: return date.iso
        case .week:
            let week = date.isoWeek
            return "\(CalendarDate.padded(week.year, 4))-W\(CalendarDate.padded(week.week, 2))"
        case .month: return "\(CalendarDate.padded(date.year, 4))-\(CalendarDate.padded(date.month, 2))"
        case .year: return CalendarDate.padded(date.year, 4)
        }
    }
}

/// The stance of each side (or speaker) per period, summed as the articles stream past.
///
/// Each dated article adds, for each side under its `stance.sides` (or each speaker under
/// `stance.speakers`), one article, the side's quote count, its score (as written, 4
/// decimals) times that count,
/// and the labels of the side's quotes. Memory grows with periods × sides, not with the
/// number of articles: every side's sums are kept, and the sides to show (the `top` with
/// most quotes, or those asked for) are chosen from the totals at the end.
struct TrendTable {
    struct Cell {
        var articles = 0
        var quotes = 0
        var scoreSum = 0.0
        var normalization = 0
        var confrontation = 0
        var neutral = 0
    }

    /// One row of the output.
    struct Row: Encodable {
        var period: String
        var group: String
        var articles: Int
        var quotes: Int
        var score: Double
        var normalization: Int
        var confrontation: Int
        var neutral: Int
        /// The JSON key of `group`: `side` or `speaker`.
        var groupKey: String

        func cells() -> [String] {
            [period, group, String(articles), String(quotes), Numbers.score(score),
             String(normalization), String(confrontation), String(neutral)]
        }

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(_ string: String) { stringValue = string }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(period, forKey: Key("period"))
            try container.encode(group, forKey: Key(groupKey))
            try container.encode(articles, forKey: Key("articles"))
            try container.encode(quotes, forKey: Key("quotes"))
            try container.encode(score, forKey: Key("score"))
            try container.encode(normalization, forKey: Key("normalization"))
            try container.encode(confrontation, forKey: Key("confrontation"))
            try container.encode(neutral, forKey: Key("neutral"))
        }
    }

    enum Limits {
        /// Undated articles named on standard error; the rest are counted.
        static let namedUndated = 20
    }

    let by: TrendPeriod
    let speakers: Bool
    /// Period → side (or speaker) → sums.
    private(set) var cells: [String: [String: Cell]] = [:]
    /// Side (or speaker) → quotes over the whole corpus.
    private(set) var totals: [String: Int] = [:]
    private(set) var dated = 0
    private(set) var undated = 0
    private(set) var unreadable = 0
    private(set) var undatedNames: [String] = []

    var groupKey: String { speakers ? "speaker" : "side" }
    var columns: [String] {
        ["period", groupKey, "articles", "quotes", "score", "normalization", "confrontation", "neutral"]
    }

    init(by: TrendPeriod, speakers: Bool = false) {
        self.by = by
        self.speakers = speakers
    }

    mutating func add(_ result: ArticleResult) {
        guard result.error == nil else {
            unreadable += 1
            return
        }
        guard let date = result.date.flatMap({ CalendarDate(iso: $0) }) else {
            undated += 1
            if undatedNames.count < Limits.namedUndated { undatedNames.append(result.document) }
            return
        }
        dated += 1
        guard let stance = result.stance else { return }
        let period = by.name(date)
        var row = cells[period, default: [:]]
        for group in speakers ? stance.speakers : stance.sides {
            row[group.name, default: Cell()].articles += 1
            row[group.name]!.quotes += group.count
            row[group.name]!.scoreSum += Self.asWritten(group.score) * Double(group.count)
            totals[group.name, default: 0] += group.count
        }
        for quote in result.quotes {
            guard let label = quote.stance?.label else { continue }
            for name in groups(of: quote) where row[name] != nil {
                switch label {
                case .normalization: row[name]!.normalization += 1
                case .confrontation: row[name]!.confrontation += 1
                default: row[name]!.neutral += 1
                }
            }
        }
        cells[period] = row
    }

    /// A score as `extract` writes it (`JSONNumbers`), so that the trend's means are those
    /// of the numbers under `stance.sides` to the last printed digit.
    static func asWritten(_ score: Double) -> Double {
        let scale = pow(10.0, Double(JSONNumbers.decimals))
        return (score * scale).rounded() / scale
    }

    /// The groups a quote counts for, as `ArticleStance.aggregate` counts it: its affiliation,
    /// else each of its `sides`; with `speakers`, its speaker once for each of those (a quote
    /// of `Mỹ và Cuba` counts twice in its speaker's `count` too).
    func groups(of quote: Quote) -> [String] {
        let sides = quote.speaker.affiliation.map { [$0] } ?? quote.speaker.sides ?? []
        return speakers ? Array(repeating: quote.speaker.name, count: max(1, sides.count)) : sides
    }

    /// The groups to show: those asked for, in that order; else the `top` with most quotes.
    func chosen(_ asked: [String], top: Int) -> [String] {
        if !asked.isEmpty { return asked }
        let ranked = totals.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        return ranked.prefix(top).map(\.key)
    }

    /// One row per period (in order) and chosen group (in the chosen order) that has quotes.
    func rows(_ groups: [String]) -> [Row] {
        var rows: [Row] = []
        for period in cells.keys.sorted() {
            for group in groups {
                guard let cell = cells[period]?[group], cell.quotes > 0 else { continue }
                rows.append(Row(
                    period: period, group: group, articles: cell.articles, quotes: cell.quotes,
                    score: cell.scoreSum / Double(cell.quotes), normalization: cell.normalization,
                    confrontation: cell.confrontation, neutral: cell.neutral, groupKey: groupKey))
            }
        }
        return rows
    }

    /// The undated articles, for standard error: how many, and the first ones by name.
    var undatedNotice: String? {
        guard undated > 0 else { return nil }
        var text = "vietquote: \(undated) undated article\(undated == 1 ? "" : "s") left out of the trend: "
        text += undatedNames.joined(separator: ", ")
        if undated > undatedNames.count { text += ", … (\(undated - undatedNames.count) more)" }
        return text + "\n"
    }
}
