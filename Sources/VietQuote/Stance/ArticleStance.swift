/// The stance of a group of quotes: one speaker, or one side (affiliation).
public struct GroupStance: Hashable, Codable, Sendable {
    /// The speaker's name, or the side's name.
    public var name: String
    /// The side the group speaks for: for a speaker, the side of most of its quotes
    /// (the first one met on a tie), `nil` when none; for a side, its name.
    public var side: String?
    /// The mean of the group's quote scores.
    public var score: Double
    /// The number of quotes.
    public var count: Int
    /// The label: the plurality of the quote labels, or on a tie of the poles `score` read
    /// with `StanceThresholds.group` (see `ArticleStance.aggregate`).
    public var label: StanceLabel

    /// Creates a group stance.
    public init(name: String, side: String?, score: Double, count: Int, label: StanceLabel) {
        self.name = name
        self.side = side
        self.score = score
        self.count = count
        self.label = label
    }
}

/// The stance of an article: overall, per side and per speaker.
public struct ArticleStance: Hashable, Codable, Sendable {
    /// `normalization`, `confrontation`, `neutral`, or `mixed` when sides pull clearly
    /// apart (see `aggregate`).
    public var label: StanceLabel
    /// The mean of all quote scores of the article (0 when there is none).
    public var score: Double
    /// Side → label, for every side that speaks (JSON key `actors`, as in the gold).
    public var actors: [String: StanceLabel]
    /// One entry per side, in order of first quote.
    public var sides: [GroupStance]
    /// One entry per speaker, in order of first quote.
    public var speakers: [GroupStance]

    /// Creates an article stance.
    public init(label: StanceLabel, score: Double, actors: [String: StanceLabel], sides: [GroupStance], speakers: [GroupStance]) {
        self.label = label
        self.score = score
        self.actors = actors
        self.sides = sides
        self.speakers = speakers
    }
}

extension ArticleStance {
    /// Aggregates the quotes of one article.
    ///
    /// Each speaker, each side and the article get the mean of their quote scores
    /// (neutral quotes count, as 0 or their small score). A speaker or side is labelled
    /// by the plurality of its quote labels: `neutral` when it has more neutral quotes
    /// than normalization and than confrontation ones; else the pole with more quotes;
    /// on a tie of the poles, its mean read with `StanceThresholds.group`. Quotes of no
    /// side count for their speaker and the article only.
    ///
    /// The article is `mixed` when the sides pull clearly apart: some side's mean is at
    /// least `+StanceThresholds.mixedSide`, another's at most `−mixedSide`, and each
    /// of these two poles (all sides at or beyond the cut-off on that side) holds at
    /// least `StanceThresholds.mixedMinimumShare` of the quotes of both poles together.
    /// For this rule only, the quotes of no side form one more group: an article where
    /// a state speaks one way and unnamed sources or a court the other way is split
    /// too (dev gold: `nguồn tin ngoại giao`, the ICC's spokesman).
    /// Otherwise the article's label is that of its mean.
    /// - Parameter quotes: each quote's speaker name, side (affiliation) and stance.
    /// - Complexity: O(*n*) in the number of quotes.
    public static func aggregate(_ quotes: [(speaker: String, side: String?, stance: QuoteStance)]) -> ArticleStance {
        var speakers = GroupTallies(), sides = GroupTallies()
        for quote in quotes {
            speakers.add(quote.stance, to: quote.speaker, side: quote.side)
            if let side = quote.side { sides.add(quote.stance, to: side, side: side) }
        }
        let sideStances = sides.groups.map { $0.stance(side: $0.name) }
        let speakerStances = speakers.groups.map { $0.stance(side: $0.mainSide) }
        var actors: [String: StanceLabel] = [:]
        for side in sideStances { actors[side.name] = side.label }
        let score = quotes.isEmpty ? 0 : quotes.reduce(0) { $0 + $1.stance.score } / Double(quotes.count)
        let label = isMixed(sideStances, unsided: quotes.filter { $0.side == nil }.map(\.stance.score))
            ? .mixed : StanceThresholds.label(score, threshold: StanceThresholds.group)
        return ArticleStance(label: label, score: score, actors: actors, sides: sideStances, speakers: speakerStances)
    }

    /// Aggregates the scored quotes of one article: a quote of several sides' speakers
    /// (`Speaker.sides`) counts for each of those sides; a quote with no stance is skipped.
    package static func aggregate(quotes: [Quote]) -> ArticleStance {
        aggregate(quotes.flatMap { quote -> [(speaker: String, side: String?, stance: QuoteStance)] in
            guard let stance = quote.stance else { return [] }
            return sides(of: quote.speaker).map { (speaker: quote.speaker.name, side: $0, stance: stance) }
        })
    }

    /// The sides a speaker's quote counts for, decided in one place: `Speaker.stanceSides`
    /// (Speakers/Sides/SpeakerSide.swift).
    package static func sides(of speaker: Speaker) -> [String?] { speaker.stanceSides }

    /// Whether the sides pull clearly apart (see `aggregate`); `unsided` are the scores
    /// of the quotes of no side, which pull as one more group.
    static func isMixed(_ sides: [GroupStance], unsided: [Double]) -> Bool {
        let cut = StanceThresholds.mixedSide
        var poles = sides.map { ($0.score, $0.count) }
        if !unsided.isEmpty { poles.append((unsided.reduce(0, +) / Double(unsided.count), unsided.count)) }
        let positive = poles.filter { $0.0 >= cut }.reduce(0) { $0 + $1.1 }
        let negative = poles.filter { $0.0 <= -cut }.reduce(0) { $0 + $1.1 }
        return positive > 0 && negative > 0
            && Double(min(positive, negative)) >= StanceThresholds.mixedMinimumShare * Double(positive + negative)
    }
}

/// Groups of quotes (by speaker or by side) in order of first quote, each with its tally
/// and the sides its quotes speak for.
struct GroupTallies {
    struct Group {
        var name: String
        var tally = StanceTally()
        /// Side → quotes, in order of first quote.
        var sideCounts: [(String, Int)] = []

        /// The side of most of the group's quotes, the first one met on a tie.
        var mainSide: String? {
            var best: (String, Int)?
            for entry in sideCounts where entry.1 > (best?.1 ?? 0) { best = entry }
            return best?.0
        }

        func stance(side: String?) -> GroupStance {
            GroupStance(name: name, side: side, score: tally.mean, count: tally.count, label: tally.label)
        }
    }

    var groups: [Group] = []

    mutating func add(_ stance: QuoteStance, to name: String, side: String?) {
        if !groups.contains(where: { $0.name == name }) { groups.append(Group(name: name)) }
        let index = groups.firstIndex { $0.name == name }!
        groups[index].tally.add(stance)
        guard let side else { return }
        if let entry = groups[index].sideCounts.firstIndex(where: { $0.0 == side }) {
            groups[index].sideCounts[entry].1 += 1
        } else {
            groups[index].sideCounts.append((side, 1))
        }
    }
}
