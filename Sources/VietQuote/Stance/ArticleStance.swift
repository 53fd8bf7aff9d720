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
    /// The label of the group's quotes (`StanceTally.label`).
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
    /// `normalization`, `confrontation`, `neutral`, or `mixed` when sides of both poles
    /// speak (see `aggregate`).
    public var label: StanceLabel
    /// The mean of the article's quote scores, each quote once (0 when there is none).
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
    /// Aggregates the quotes of one article, as ANNOTATION.md's Stance section says.
    ///
    /// A speaker and a side are labelled by `StanceTally`: the more frequent of
    /// `normalization` and `confrontation` among their quotes, neutral quotes not
    /// counted, `neutral` only when all are; on a tie, the later polar quote decides.
    /// Quotes of no side count for their speaker and the article only.
    ///
    /// The article is `neutral` when no quote is polar; `mixed` when there are sides of
    /// both poles and the smaller pole holds at least `StanceThresholds.mixedMinimumShare`
    /// of the article's polar quotes; otherwise the more frequent pole among all its
    /// polar quotes (experts' and media's included), the later one on a tie.
    /// Each score is the mean of the quote scores, shown next to the label.
    /// - Parameter quotes: each quote's speaker name, side (affiliation) and stance; a
    ///   quote of several sides is given once per side, in a row.
    /// - Complexity: O(*n*) in the number of quotes.
    package static func aggregate(_ quotes: [(speaker: String, side: String?, stance: QuoteStance)]) -> ArticleStance {
        aggregate(each: quotes.map { (speaker: $0.speaker, sides: [$0.side], stance: $0.stance) })
    }

    /// Aggregates the scored quotes of one article: a quote of several sides' speakers
    /// (`Speaker.sides`) counts for each of those sides, and once for the article; a
    /// quote with no stance is skipped.
    package static func aggregate(quotes: [Quote]) -> ArticleStance {
        aggregate(quotes: quotes, sides: quotes.map { sides(of: $0.speaker) })
    }

    /// `aggregate(quotes:)` with each quote's `sides(of:)` given.
    static func aggregate(quotes: [Quote], sides: [[String?]]) -> ArticleStance {
        aggregate(each: quotes.indices.compactMap { index in
            quotes[index].stance.map { (speaker: quotes[index].speaker.name, sides: sides[index], stance: $0) }
        })
    }

    /// The sides a speaker's quote counts for, decided in one place: `Speaker.stanceSides`
    /// (Speakers/Sides/SpeakerSide.swift).
    package static func sides(of speaker: Speaker) -> [String?] { speaker.stanceSides }

    /// The aggregate of quotes given once each, with all their sides.
    static func aggregate(each quotes: [(speaker: String, sides: [String?], stance: QuoteStance)]) -> ArticleStance {
        var speakers = GroupTallies(), sides = GroupTallies()
        // Room for a group per quote (grown one by one, the groups were copied at each doubling).
        speakers.groups.reserveCapacity(quotes.count)
        sides.groups.reserveCapacity(quotes.count)
        var article = StanceTally()
        for quote in quotes {
            article.add(quote.stance)
            speakers.add(quote.stance, to: quote.speaker, sides: quote.sides)
            for case let side? in quote.sides { sides.add(quote.stance, to: side, side: side) }
        }
        let sideStances = sides.groups.map { $0.stance(side: $0.name) }
        let speakerStances = speakers.groups.map { $0.stance(side: $0.mainSide) }
        // Room made by the initialiser, specialised here: `reserveCapacity` ran the generic
        // dictionary code (~1,300 instructions an article).
        var actors = [String: StanceLabel](minimumCapacity: sideStances.count)
        for side in sideStances { actors[side.name] = side.label }
        return ArticleStance(label: label(of: article, sides: sideStances), score: article.mean, actors: actors,
                             sides: sideStances, speakers: speakerStances)
    }

    /// The article's label from the tally of all its quotes and its sides' labels.
    static func label(of article: StanceTally, sides: [GroupStance]) -> StanceLabel {
        let polar = article.normalization + article.confrontation
        if sides.contains(where: { $0.label == .normalization }), sides.contains(where: { $0.label == .confrontation }),
           Double(min(article.normalization, article.confrontation)) >= StanceThresholds.mixedMinimumShare * Double(polar) {
            return .mixed
        }
        return article.label
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
    /// Name → position in `groups`, once there are more groups than a scan reads quickly
    /// (a long page has thousands of speakers: a scan per quote grew with the page).
    private var positions: [String: Int] = [:]
    /// Up to this many groups, a name is found by a scan of `groups`.
    private static let scannedGroups = 8

    /// The position of the group `name` in `groups`, the group added if new.
    private mutating func position(of name: String) -> Int {
        if groups.count <= Self.scannedGroups, let index = groups.firstIndex(where: { Self.sameName($0.name, name) }) { return index }
        if groups.count > Self.scannedGroups, let index = positions[name] { return index }
        groups.append(Group(name: name))
        if groups.count > Self.scannedGroups {
            if positions.isEmpty {
                positions = Dictionary(minimumCapacity: 2 * groups.count)   // specialised, as `actors`
                for index in groups.indices { positions[groups[index].name] = index }
            }
            else { positions[name] = groups.count - 1 }
        }
        return groups.count - 1
    }

    mutating func add(_ stance: QuoteStance, to name: String, sides: [String?]) {
        let index = position(of: name)
        groups[index].tally.add(stance)
        for case let side? in sides {
            count(side, in: index)
        }
    }

    /// `add(_:to:sides:)` of the one side `side`, with no array of it.
    mutating func add(_ stance: QuoteStance, to name: String, side: String) {
        let index = position(of: name)
        groups[index].tally.add(stance)
        count(side, in: index)
    }

    private mutating func count(_ side: String, in index: Int) {
        if let entry = groups[index].sideCounts.firstIndex(where: { Self.sameName($0.0, side) }) {
            groups[index].sideCounts[entry].1 += 1
        } else {
            groups[index].sideCounts.append((side, 1))
        }
    }
}
