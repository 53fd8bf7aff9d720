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
        struct Accumulator {
            var name: String
            var sum = 0.0
            var count = 0
            /// Quotes labelled normalization, confrontation and neutral.
            var labels = (normalization: 0, confrontation: 0, neutral: 0)
            var sideCounts: [(String, Int)] = []

            mutating func add(_ score: Double, side: String?) {
                sum += score
                switch StanceThresholds.label(score, threshold: StanceThresholds.quote) {
                case .normalization: labels.normalization += 1
                case .confrontation: labels.confrontation += 1
                default: labels.neutral += 1
                }
                count += 1
                guard let side else { return }
                if let index = sideCounts.firstIndex(where: { $0.0 == side }) {
                    sideCounts[index].1 += 1
                } else {
                    sideCounts.append((side, 1))
                }
            }

            var mean: Double { count == 0 ? 0 : sum / Double(count) }

            var label: StanceLabel {
                let (normalization, confrontation, neutral) = labels
                if neutral > normalization, neutral > confrontation { return .neutral }
                if normalization != confrontation { return normalization > confrontation ? .normalization : .confrontation }
                return StanceThresholds.label(mean, threshold: StanceThresholds.group)
            }

            var mainSide: String? {
                var best: (String, Int)?
                for entry in sideCounts where entry.1 > (best?.1 ?? 0) { best = entry }
                return best?.0
            }
        }

        var speakers: [Accumulator] = [], sides: [Accumulator] = []
        var total = 0.0
        for quote in quotes {
            total += quote.stance.score
            if let index = speakers.firstIndex(where: { $0.name == quote.speaker }) {
                speakers[index].add(quote.stance.score, side: quote.side)
            } else {
                var new = Accumulator(name: quote.speaker)
                new.add(quote.stance.score, side: quote.side)
                speakers.append(new)
            }
            if let side = quote.side {
                if let index = sides.firstIndex(where: { $0.name == side }) {
                    sides[index].add(quote.stance.score, side: side)
                } else {
                    var new = Accumulator(name: side)
                    new.add(quote.stance.score, side: side)
                    sides.append(new)
                }
            }
        }

        func group(_ accumulator: Accumulator, side: String?) -> GroupStance {
            GroupStance(
                name: accumulator.name, side: side, score: accumulator.mean, count: accumulator.count,
                label: accumulator.label
            )
        }
        let sideStances = sides.map { group($0, side: $0.name) }
        let speakerStances = speakers.map { group($0, side: $0.mainSide) }
        var actors: [String: StanceLabel] = [:]
        for side in sideStances { actors[side.name] = side.label }

        let score = quotes.isEmpty ? 0 : total / Double(quotes.count)
        let cut = StanceThresholds.mixedSide
        // The quotes of no side (unnamed sources, courts, analysts) pull as one more group.
        var poles = sideStances.map { ($0.score, $0.count) }
        let unsided = quotes.filter { $0.side == nil }.map(\.stance.score)
        if !unsided.isEmpty { poles.append((unsided.reduce(0, +) / Double(unsided.count), unsided.count)) }
        let positive = poles.filter { $0.0 >= cut }.reduce(0) { $0 + $1.1 }
        let negative = poles.filter { $0.0 <= -cut }.reduce(0) { $0 + $1.1 }
        let label: StanceLabel
        if positive > 0, negative > 0,
           Double(min(positive, negative)) >= StanceThresholds.mixedMinimumShare * Double(positive + negative) {
            label = .mixed
        } else {
            label = StanceThresholds.label(score, threshold: StanceThresholds.group)
        }
        return ArticleStance(label: label, score: score, actors: actors, sides: sideStances, speakers: speakerStances)
    }
}
