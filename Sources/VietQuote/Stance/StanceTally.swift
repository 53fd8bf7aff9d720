/// The one rule that labels a group of quotes — a speaker's, a side's — from its quotes'
/// labels. The library's `ArticleStance` and every CLI table (`vietquote speakers`,
/// `vietquote stance`, the HTML report) label speakers and sides with it, so that one
/// speaker never gets two labels.
///
/// Add the group's quotes in text order with `add(_:)`; `label` is the group's label,
/// `mean` the mean of the quote scores (shown next to it, never used to label).
///
/// Rule (ANNOTATION.md, Stance): the more frequent of the quotes labelled
/// `normalization` and `confrontation`; neutral quotes do not count, and the group is
/// `neutral` only when all its quotes are; on a tie, the later polar quote decides.
/// Example: quotes confrontation, neutral, neutral, normalization → normalization (a
/// tie of the poles; the later one); confrontation, neutral, neutral → confrontation.
package struct StanceTally: Hashable, Sendable {
    /// Quotes labelled `normalization`.
    package private(set) var normalization = 0
    /// Quotes labelled `confrontation`.
    package private(set) var confrontation = 0
    /// Quotes labelled `neutral`.
    package private(set) var neutral = 0
    /// The sum of the quote scores.
    package private(set) var sum = 0.0
    /// The pole of the last polar quote added.
    package private(set) var lastPole: StanceLabel?

    /// An empty tally.
    package init() {}

    /// Counts one quote (in text order).
    package mutating func add(_ stance: QuoteStance) {
        sum += stance.score
        switch stance.label {
        case .normalization: normalization += 1; lastPole = .normalization
        case .confrontation: confrontation += 1; lastPole = .confrontation
        case .neutral, .mixed: neutral += 1
        }
    }

    /// The number of quotes.
    package var count: Int { normalization + confrontation + neutral }

    /// The mean of the quote scores (0 for no quote).
    package var mean: Double { count == 0 ? 0 : sum / Double(count) }

    /// The group's label.
    package var label: StanceLabel {
        if normalization != confrontation { return normalization > confrontation ? .normalization : .confrontation }
        return lastPole ?? .neutral
    }
}
