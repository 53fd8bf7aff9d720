/// The kinds of `negators.tsv` rows.
enum NegatorKind: String, CaseIterable, Sendable {
    /// A negator (`không`, `chưa bao giờ`): flips the first term that starts within
    /// `scope` words after it, in its clause, and the terms chained to that one.
    case negator
    /// A verb that negates what it denies, refuses or stops (`phủ nhận`, `bác bỏ`,
    /// `từ bỏ`, `chấm dứt`): flips the terms in its scope like a negator; with no term
    /// in scope it weighs `weight` by itself. A negator right before it cancels it
    /// (`không loại trừ đàm phán` keeps `đàm phán` positive).
    case denial
    /// A denial that stops or withdraws (`chấm dứt`, `ngừng`, `rút quân`): a denial in
    /// every way, and after an appeal cue to a named side it makes the appeal a demand
    /// (see `ContentAnalysis.applyDemand`).
    case cease
    /// A denial of one syllable that is also a noun (`bác`: to reject, an elder, a
    /// syllable of `bác sĩ`): a denial only with a speech act to reject after it
    /// (`RejectedObjectRule`); read as `denial` with `needsObject` set.
    case reject
    /// A verb that harms what it takes (`phá hoại`, `đe dọa`, `cản trở`): always weighs
    /// `weight` by itself, and flips the first cooperative (positive) term in its scope
    /// and the terms chained to it, because that term is what is harmed (`đe dọa hòa
    /// bình và ổn định` is confrontation, `phá hoại hội nghị thượng đỉnh hòa bình`
    /// too). A hostile term in scope is left alone (`đe dọa tấn công`). A negator right
    /// before it cancels it and its own weight counts negated (`không phá hoại`).
    case harm
    /// A phrase that looks like a negation and is not (`không chỉ`, `không phận`).
    case trap
    /// A coordinator (`và`, `hoặc`) that carries a negation from one term to the term
    /// right after it (`không sử dụng vũ lực hoặc đe dọa`).
    case chain
    /// `OPENER … CLOSER`: a closer at the end of its clause with the opener before it
    /// in the clause asks a question; it negates nothing, and the terms between are
    /// multiplied by `factor`.
    case question
}

/// A negator or denial.
struct NegatorRule: Sendable {
    /// `cease` rows are read as `denial` with `ceases` set.
    var kind: NegatorKind
    var ceases = false
    /// `reject` rows: a denial only with what it rejects after it (`RejectedObjectRule`).
    var needsObject = false
    var scope: Int
    var factor: Double
    var weight: Double

    /// The modifier name of what it does to a term: `denial`, `harm` or `negation`.
    var modifierName: StanceModifierName {
        switch kind {
        case .denial: .denial
        case .harm: .harm
        default: .negation
        }
    }
}

/// A question pattern `opener … closer`.
struct QuestionRule: Sendable {
    var text: String
    var opener: [String]
    var closer: [String]
    var scope: Int
    var factor: Double
}

/// Where an intensifier stands relative to the term it modifies.
enum IntensifierPosition: String, CaseIterable, Sendable {
    /// Up to `IntensifierRule.beforeWindow` words before the term (`rất`, `kiên quyết`).
    case before
    /// Right after the term, at most `IntensifierRule.afterWindow` words away
    /// (`mạnh mẽ`, `gay gắt`).
    case after
    /// Either.
    case both
}

/// An intensifier (factor above 1) or dampener (below 1).
struct IntensifierRule: Sendable {
    var factor: Double
    var position: IntensifierPosition

    /// How many words may stand between a `before` intensifier and its term. VADER
    /// looks three words back; Vietnamese adverbs sit closer to the head, and a wider
    /// window catches the adverb of the next verb phrase.
    static let beforeWindow = 2
    /// How many words may stand between a term and an `after` intensifier.
    static let afterWindow = 1
}

/// A hedge (`có thể`, `có lẽ`): multiplies the terms that start within `scope` words
/// after it in its clause.
struct HedgeRule: Sendable {
    var factor: Double
    var scope: Int
}

/// The kinds of `contrast.tsv` rows.
enum ContrastKind: String, CaseIterable, Sendable {
    /// `nhưng`, `tuy nhiên`: terms of the sentence before the turn are multiplied by
    /// `before`, terms after it by `after`. A turn that opens its sentence weighs the
    /// previous sentence as "before".
    case turn
    /// `mặc dù`, `dù`: the clause it opens is multiplied by `before`; `after` is unused.
    case concession
    /// Looks like a contrast and is not (`song phương`).
    case trap
}

/// A contrast marker.
struct ContrastRule: Sendable {
    var kind: ContrastKind
    var before: Double
    var after: Double
}
