/// Precision, recall and F1 of a set of system items against gold items.
///
/// Convention for empty sets: with no gold and no system item all three are 1 (there
/// was nothing to find and nothing was wrongly found); otherwise a ratio with a zero
/// denominator is 0, and F1 is 0 when precision + recall is 0.
public struct PrecisionRecall: Hashable, Codable, Sendable {
    /// Correct system items / system items.
    public var precision: Double
    /// Correct system items / gold items.
    public var recall: Double
    /// Harmonic mean of precision and recall.
    public var f1: Double
    /// Correct system items.
    public var tp: Int
    /// System items.
    public var system: Int
    /// Gold items.
    public var gold: Int

    /// Computes the figures from the counts.
    public init(tp: Int, system: Int, gold: Int) {
        self.tp = tp
        self.system = system
        self.gold = gold
        if system == 0 && gold == 0 {
            precision = 1
            recall = 1
            f1 = 1
            return
        }
        precision = system == 0 ? 0 : Double(tp) / Double(system)
        recall = gold == 0 ? 0 : Double(tp) / Double(gold)
        f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
}

/// Quote span scores at the three match levels.
public struct QuoteScores: Hashable, Codable, Sendable {
    /// Same token positions.
    public var strict: PrecisionRecall
    /// Mutual coverage of at least 80%: the headline figure.
    public var at08: PrecisionRecall
    /// Mutual coverage of at least 30%: the pairs every other figure uses.
    public var at03: PrecisionRecall

    /// Creates the scores.
    public init(strict: PrecisionRecall, at08: PrecisionRecall, at03: PrecisionRecall) {
        self.strict = strict
        self.at08 = at08
        self.at03 = at03
    }

    private enum CodingKeys: String, CodingKey {
        case strict
        case at08 = "0.8"
        case at03 = "0.3"
    }
}

/// Quote stance over the @0.3 pairs.
public struct StanceScores: Hashable, Codable, Sendable {
    /// Pairs whose system label equals the gold label / pairs.
    public var accuracy: Double
    /// Mean of the F1 of `normalization` and of `confrontation` over the pairs.
    ///
    /// For a class *c*: precision = pairs labelled *c* by both / pairs labelled *c* by
    /// the system; recall = pairs labelled *c* by both / pairs labelled *c* in gold.
    /// A class with neither gold nor system instance has F1 1; with instances on one
    /// side only, F1 0. A missing system label is a wrong prediction. With no pair at
    /// all, both F1 (and so the macro-F1) are 0.
    public var macroF1: Double
    /// The F1 of each of the two classes.
    public var f1ByLabel: [String: Double]

    /// Creates the scores.
    public init(accuracy: Double, macroF1: Double, f1ByLabel: [String: Double]) {
        self.accuracy = accuracy
        self.macroF1 = macroF1
        self.f1ByLabel = f1ByLabel
    }

    private enum CodingKeys: String, CodingKey {
        case accuracy
        case macroF1 = "macro_f1"
        case f1ByLabel = "f1_by_label"
    }
}

/// Article stance: the overall label and the label of each gold actor.
public struct ArticleStanceScores: Hashable, Codable, Sendable {
    /// Documents whose system `stance.label` equals the gold label / documents with a
    /// gold article stance.
    public var accuracy: Double
    /// Gold actors whose system `stance.actors[side]` equals the gold label / gold actors.
    /// Sides are compared by name after NFC, lower-casing and white-space folding.
    public var actorAccuracy: Double

    /// Creates the scores.
    public init(accuracy: Double, actorAccuracy: Double) {
        self.accuracy = accuracy
        self.actorAccuracy = actorAccuracy
    }

    private enum CodingKeys: String, CodingKey {
        case accuracy
        case actorAccuracy = "actor_accuracy"
    }
}

/// The raw counts behind every figure; they add up over documents (micro-averaging).
public struct ScoreCounts: Hashable, Codable, Sendable {
    /// Gold quotes.
    public var gold = 0
    /// System quotes.
    public var system = 0
    /// Pairs at each level, keyed by ``MatchLevel`` raw value.
    public var tp: [String: Int] = [:]
    /// Gold quotes of each type.
    public var goldByType: [String: Int] = [:]
    /// Gold quotes of each type paired at @0.8.
    public var tpAt08ByType: [String: Int] = [:]
    /// Pairs at @0.3.
    public var pairs = 0
    /// @0.3 pairs with the right cue.
    public var cueCorrect = 0
    /// @0.3 pairs with the right speaker.
    public var speakerCorrect = 0
    /// @0.3 pairs with the right title.
    public var titleCorrect = 0
    /// @0.3 pairs with the right affiliation.
    public var affiliationCorrect = 0
    /// @0.3 pairs with the right stance label.
    public var stanceCorrect = 0
    /// @0.3 pairs labelled with each stance by both.
    public var stanceBoth: [String: Int] = [:]
    /// @0.3 pairs labelled with each stance by the system.
    public var stanceSystem: [String: Int] = [:]
    /// @0.3 pairs labelled with each stance in gold.
    public var stanceGold: [String: Int] = [:]
    /// Documents with a gold article stance.
    public var articles = 0
    /// Of which the system label is right.
    public var articleCorrect = 0
    /// Gold actors.
    public var actors = 0
    /// Of which the system label is right.
    public var actorCorrect = 0

    /// Creates zero counts.
    public init() {}

    private enum CodingKeys: String, CodingKey {
        case gold, system, tp, pairs, articles, actors
        case goldByType = "gold_by_type"
        case tpAt08ByType = "tp@0.8_by_type"
        case cueCorrect = "cue_correct"
        case speakerCorrect = "speaker_correct"
        case titleCorrect = "title_correct"
        case affiliationCorrect = "affiliation_correct"
        case stanceCorrect = "stance_correct"
        case stanceBoth = "stance_both"
        case stanceSystem = "stance_system"
        case stanceGold = "stance_gold"
        case articleCorrect = "article_correct"
        case actorCorrect = "actor_correct"
    }

    /// The sum of two sets of counts.
    static func + (left: ScoreCounts, right: ScoreCounts) -> ScoreCounts {
        func merge(_ a: [String: Int], _ b: [String: Int]) -> [String: Int] { a.merging(b, uniquingKeysWith: +) }
        var sum = ScoreCounts()
        sum.gold = left.gold + right.gold
        sum.system = left.system + right.system
        sum.tp = merge(left.tp, right.tp)
        sum.goldByType = merge(left.goldByType, right.goldByType)
        sum.tpAt08ByType = merge(left.tpAt08ByType, right.tpAt08ByType)
        sum.pairs = left.pairs + right.pairs
        sum.cueCorrect = left.cueCorrect + right.cueCorrect
        sum.speakerCorrect = left.speakerCorrect + right.speakerCorrect
        sum.titleCorrect = left.titleCorrect + right.titleCorrect
        sum.affiliationCorrect = left.affiliationCorrect + right.affiliationCorrect
        sum.stanceCorrect = left.stanceCorrect + right.stanceCorrect
        sum.stanceBoth = merge(left.stanceBoth, right.stanceBoth)
        sum.stanceSystem = merge(left.stanceSystem, right.stanceSystem)
        sum.stanceGold = merge(left.stanceGold, right.stanceGold)
        sum.articles = left.articles + right.articles
        sum.articleCorrect = left.articleCorrect + right.articleCorrect
        sum.actors = left.actors + right.actors
        sum.actorCorrect = left.actorCorrect + right.actorCorrect
        return sum
    }

    /// Quote P/R/F1 at `level`.
    func quotes(_ level: MatchLevel) -> PrecisionRecall {
        PrecisionRecall(tp: tp[level.rawValue] ?? 0, system: system, gold: gold)
    }

    /// `numerator / denominator`, or `nil` when the denominator is 0.
    static func ratio(_ numerator: Int, _ denominator: Int) -> Double? {
        denominator == 0 ? nil : Double(numerator) / Double(denominator)
    }

    /// The F1 of one stance class over the pairs (see ``StanceScores/macroF1``).
    func stanceF1(_ label: String) -> Double {
        let both = stanceBoth[label] ?? 0
        let predicted = stanceSystem[label] ?? 0
        let gold = stanceGold[label] ?? 0
        if predicted == 0 && gold == 0 { return 1 }
        let precision = predicted == 0 ? 0 : Double(both) / Double(predicted)
        let recall = gold == 0 ? 0 : Double(both) / Double(gold)
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
}
