public import Foundation

/// One row of the per-document table.
public struct DocumentScores: Hashable, Codable, Sendable {
    /// The document stem.
    public var document: String
    /// Gold quotes.
    public var gold: Int
    /// System quotes.
    public var system: Int
    /// Pairs at @0.8.
    public var tpAt08: Int
    /// Quote precision at @0.8.
    public var precisionAt08: Double
    /// Quote recall at @0.8.
    public var recallAt08: Double
    /// Quote F1 at @0.8.
    public var f1At08: Double
    /// Speaker accuracy over the @0.3 pairs, or `nil` without pairs.
    public var speakerAccuracy: Double?
    /// Stance accuracy over the @0.3 pairs, or `nil` without pairs.
    public var stanceAccuracy: Double?
    /// The gold article stance label.
    public var articleGold: String?
    /// The system article stance label.
    public var articleSystem: String?

    /// Creates a row.
    public init(
        document: String, gold: Int, system: Int, tpAt08: Int,
        precisionAt08: Double, recallAt08: Double, f1At08: Double,
        speakerAccuracy: Double?, stanceAccuracy: Double?, articleGold: String?, articleSystem: String?
    ) {
        self.document = document
        self.gold = gold
        self.system = system
        self.tpAt08 = tpAt08
        self.precisionAt08 = precisionAt08
        self.recallAt08 = recallAt08
        self.f1At08 = f1At08
        self.speakerAccuracy = speakerAccuracy
        self.stanceAccuracy = stanceAccuracy
        self.articleGold = articleGold
        self.articleSystem = articleSystem
    }

    private enum CodingKeys: String, CodingKey {
        case document, gold, system
        case tpAt08 = "tp@0.8"
        case precisionAt08 = "precision@0.8"
        case recallAt08 = "recall@0.8"
        case f1At08 = "f1@0.8"
        case speakerAccuracy = "speaker_accuracy"
        case stanceAccuracy = "stance_accuracy"
        case articleGold = "article_gold"
        case articleSystem = "article_system"
    }
}

/// The scores of a system output against a gold corpus, with the mistakes.
///
/// Encoded as JSON (``jsonData(includeErrors:)``) its keys are a contract:
/// `schema`, `quotes.{strict,0.8,0.3}.{precision,recall,f1,tp,system,gold}`,
/// `recall@0.8_by_type`, `cue`, `speaker_accuracy`, `attribution`, `title_accuracy`,
/// `affiliation_accuracy`, `stance.{accuracy,macro_f1}`,
/// `article_stance.{accuracy,actor_accuracy}`, `per_document`, plus `counts`
/// and `errors`.
public struct EvaluationReport: Hashable, Codable, Sendable {
    /// The version of the JSON layout.
    public var schema: Int = 1
    /// Quote spans at the three levels.
    public var quotes: QuoteScores
    /// Recall at @0.8 of the gold quotes of each type (`direct`, `indirect`, `mixed`);
    /// 0 for a type with no gold quote.
    public var recallAt08ByType: [String: Double]
    /// Cue P/R/F1 (end to end).
    public var cue: PrecisionRecall
    /// Speaker accuracy over the @0.3 pairs.
    public var speakerAccuracy: Double
    /// Attribution P/R/F1: @0.3 pairs with the right speaker.
    public var attribution: PrecisionRecall
    /// Title accuracy over the @0.3 pairs.
    public var titleAccuracy: Double
    /// Affiliation accuracy over the @0.3 pairs.
    public var affiliationAccuracy: Double
    /// Quote stance over the @0.3 pairs.
    public var stance: StanceScores
    /// Article stance.
    public var articleStance: ArticleStanceScores
    /// The counts behind the figures.
    public var counts: ScoreCounts
    /// One row per gold document.
    public var perDocument: [DocumentScores]
    /// Every mistake, document by document.
    public var errors: [EvaluationIssue]

    private enum CodingKeys: String, CodingKey {
        case schema, quotes, cue, attribution, stance, counts, errors
        case recallAt08ByType = "recall@0.8_by_type"
        case speakerAccuracy = "speaker_accuracy"
        case titleAccuracy = "title_accuracy"
        case affiliationAccuracy = "affiliation_accuracy"
        case articleStance = "article_stance"
        case perDocument = "per_document"
    }

    /// The `userInfo` key that, set to `false`, leaves `errors` out of the encoding.
    static let includeErrorsKey = CodingUserInfoKey(rawValue: "includeErrors")!

    /// Writes the report; `errors` is left out when the encoder's `userInfo` says so.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(quotes, forKey: .quotes)
        try container.encode(recallAt08ByType, forKey: .recallAt08ByType)
        try container.encode(cue, forKey: .cue)
        try container.encode(speakerAccuracy, forKey: .speakerAccuracy)
        try container.encode(attribution, forKey: .attribution)
        try container.encode(titleAccuracy, forKey: .titleAccuracy)
        try container.encode(affiliationAccuracy, forKey: .affiliationAccuracy)
        try container.encode(stance, forKey: .stance)
        try container.encode(articleStance, forKey: .articleStance)
        try container.encode(counts, forKey: .counts)
        try container.encode(perDocument, forKey: .perDocument)
        if encoder.userInfo[Self.includeErrorsKey] as? Bool ?? true {
            try container.encode(errors, forKey: .errors)
        }
    }

    /// Computes the figures from summed counts.
    init(counts: ScoreCounts, perDocument: [DocumentScores], issues: [EvaluationIssue]) {
        func accuracy(_ correct: Int, _ total: Int) -> Double { ScoreCounts.ratio(correct, total) ?? 0 }
        quotes = QuoteScores(strict: counts.quotes(.strict), at08: counts.quotes(.at08), at03: counts.quotes(.at03))
        var byType: [String: Double] = [:]
        for type in Vocabulary.quoteTypes {
            byType[type] = accuracy(counts.tpAt08ByType[type] ?? 0, counts.goldByType[type] ?? 0)
        }
        recallAt08ByType = byType
        cue = PrecisionRecall(tp: counts.cueCorrect, system: counts.system, gold: counts.gold)
        speakerAccuracy = accuracy(counts.speakerCorrect, counts.pairs)
        attribution = PrecisionRecall(tp: counts.speakerCorrect, system: counts.system, gold: counts.gold)
        titleAccuracy = accuracy(counts.titleCorrect, counts.pairs)
        affiliationAccuracy = accuracy(counts.affiliationCorrect, counts.pairs)
        // No pair, no stance figure: both classes score 0 rather than "nothing to find".
        let normalization = counts.pairs == 0 ? 0 : counts.stanceF1("normalization")
        let confrontation = counts.pairs == 0 ? 0 : counts.stanceF1("confrontation")
        stance = StanceScores(
            accuracy: accuracy(counts.stanceCorrect, counts.pairs),
            macroF1: (normalization + confrontation) / 2,
            f1ByLabel: ["normalization": normalization, "confrontation": confrontation])
        articleStance = ArticleStanceScores(
            accuracy: accuracy(counts.articleCorrect, counts.articles),
            actorAccuracy: accuracy(counts.actorCorrect, counts.actors))
        self.counts = counts
        self.perDocument = perDocument
        self.errors = issues
    }

    // MARK: JSON

    /// The report as JSON with sorted keys (byte-stable), pretty-printed.
    /// - Parameter includeErrors: Whether to include the `errors` list (key `errors`).
    public func jsonData(includeErrors: Bool = true) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.userInfo[Self.includeErrorsKey] = includeErrors
        return try encoder.encode(self)
    }

    /// The report as a JSON object (`[String: Any]`), for inspection by key.
    public func jsonObject(includeErrors: Bool = true) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: jsonData(includeErrors: includeErrors))
        return object as? [String: Any] ?? [:]
    }

    // MARK: Floors

    /// The figures that `--fail-under NAME=VALUE` may name, with what each is.
    public static let floorFigures: [(name: String, meaning: String)] = [
        ("quotes", "quote F1@0.8"),
        ("cue", "cue F1"),
        ("speaker", "speaker accuracy"),
        ("attribution", "attribution F1"),
        ("title", "title accuracy"),
        ("affiliation", "affiliation accuracy"),
        ("stance", "quote stance macro-F1"),
        ("article", "article stance accuracy"),
        ("actors", "actor stance accuracy"),
    ]

    /// The value of the figure called `name` (see ``floorFigures``), or `nil`.
    public func figure(named name: String) -> Double? {
        switch name {
        case "quotes": quotes.at08.f1
        case "cue": cue.f1
        case "speaker": speakerAccuracy
        case "attribution": attribution.f1
        case "title": titleAccuracy
        case "affiliation": affiliationAccuracy
        case "stance": stance.macroF1
        case "article": articleStance.accuracy
        case "actors": articleStance.actorAccuracy
        default: nil
        }
    }

    /// Parses `NAME=VALUE` floor specifications.
    /// - Throws: ``FloorError`` for a malformed specification or an unknown name.
    public static func parseFloors(_ specifications: [String]) throws -> [String: Double] {
        var floors: [String: Double] = [:]
        for specification in specifications {
            let parts = specification.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let value = Double(parts[1].trimmingCharacters(in: .whitespaces)) else {
                throw FloorError(message: "malformed floor \"\(specification)\": expected NAME=VALUE, e.g. quotes=0.5")
            }
            let name = parts[0].trimmingCharacters(in: .whitespaces)
            guard floorFigures.contains(where: { $0.name == name }) else {
                throw FloorError(message: unknownFloorMessage(name))
            }
            floors[name] = value
        }
        return floors
    }

    /// One message per figure below its floor, in the order of ``floorFigures``:
    /// `quotes (quote F1@0.8) 0.4123 is below its floor 0.5000`.
    /// - Throws: ``FloorError`` when a floor names an unknown figure.
    public func figuresBelow(floors: [String: Double]) throws -> [String] {
        for name in floors.keys.sorted() where figure(named: name) == nil {
            throw FloorError(message: Self.unknownFloorMessage(name))
        }
        var messages: [String] = []
        for (name, meaning) in Self.floorFigures {
            guard let floor = floors[name], let value = figure(named: name), value < floor else { continue }
            messages.append("\(name) (\(meaning)) \(Self.format(value)) is below its floor \(Self.format(floor))")
        }
        return messages
    }

    private static func unknownFloorMessage(_ name: String) -> String {
        "unknown figure \"\(name)\" (known: \(floorFigures.map(\.name).joined(separator: ", ")))"
    }

    // MARK: Text

    /// The figures as an aligned text table, then the per-document table.
    public func textTable() -> String {
        let documents = perDocument.count
        var lines: [String] = []
        lines.append("VietQuote evaluation: \(documents) documents, \(counts.gold) gold quotes, \(counts.system) system quotes, \(counts.pairs) pairs @0.3")
        lines.append("")
        lines.append(Self.row(["figure", "P", "R", "F1", "tp", "system", "gold"], widths: [22, 7, 7, 7, 6, 7, 6]))
        for (label, scores) in [("quotes strict", quotes.strict), ("quotes @0.8", quotes.at08), ("quotes @0.3", quotes.at03),
                                ("cue", cue), ("attribution", attribution)] {
            lines.append(Self.row(
                [label, Self.format(scores.precision), Self.format(scores.recall), Self.format(scores.f1),
                 "\(scores.tp)", "\(scores.system)", "\(scores.gold)"],
                widths: [22, 7, 7, 7, 6, 7, 6]))
        }
        lines.append("")
        let types = Vocabulary.quoteTypes.map { type in
            "\(type) \(Self.format(recallAt08ByType[type] ?? 0)) (\(counts.tpAt08ByType[type] ?? 0)/\(counts.goldByType[type] ?? 0))"
        }
        lines.append("recall@0.8 by type:  " + types.joined(separator: "  "))
        lines.append("speaker accuracy:     \(Self.format(speakerAccuracy)) (\(counts.speakerCorrect)/\(counts.pairs))")
        lines.append("title accuracy:       \(Self.format(titleAccuracy)) (\(counts.titleCorrect)/\(counts.pairs))")
        lines.append("affiliation accuracy: \(Self.format(affiliationAccuracy)) (\(counts.affiliationCorrect)/\(counts.pairs))")
        lines.append("stance accuracy:      \(Self.format(stance.accuracy)) (\(counts.stanceCorrect)/\(counts.pairs))  macro-F1 \(Self.format(stance.macroF1))"
            + " (normalization \(Self.format(stance.f1ByLabel["normalization"] ?? 0)), confrontation \(Self.format(stance.f1ByLabel["confrontation"] ?? 0)))")
        lines.append("article stance:       \(Self.format(articleStance.accuracy)) (\(counts.articleCorrect)/\(counts.articles))"
            + "  actors \(Self.format(articleStance.actorAccuracy)) (\(counts.actorCorrect)/\(counts.actors))")
        lines.append("")
        let nameWidth = max(8, perDocument.map(\.document.count).max() ?? 0)
        let widths = [nameWidth, 5, 6, 6, 6, 6, 6, 7, 6, 28]
        lines.append(Self.row(["document", "gold", "system", "tp@0.8", "P@0.8", "R@0.8", "F1@0.8", "speaker", "stance", "article gold/system"], widths: widths))
        for row in perDocument {
            lines.append(Self.row(
                [row.document, "\(row.gold)", "\(row.system)", "\(row.tpAt08)",
                 Self.format(row.precisionAt08), Self.format(row.recallAt08), Self.format(row.f1At08),
                 row.speakerAccuracy.map(Self.format) ?? "-", row.stanceAccuracy.map(Self.format) ?? "-",
                 "\(row.articleGold ?? "-")/\(row.articleSystem ?? "-")"],
                widths: widths))
        }
        return lines.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
            .joined(separator: "\n") + "\n"
    }

    /// Every mistake, one per line (partial pairs on three lines), grouped by document.
    public func errorListing() -> String {
        guard !errors.isEmpty else { return "no errors\n" }
        var summary: [EvaluationIssue.Kind: Int] = [:]
        for issue in errors { summary[issue.kind, default: 0] += 1 }
        let head = EvaluationIssue.Kind.allCases.compactMap { kind in summary[kind].map { "\(kind.rawValue) \($0)" } }
        return "errors: " + head.joined(separator: ", ") + "\n" + errors.map(\.line).joined(separator: "\n") + "\n"
    }

    /// A figure with three decimals.
    static func format(_ value: Double) -> String {
        String(format: "%.3f", value)
    }

    /// Columns padded to `widths`: the first left-aligned, the others right-aligned.
    private static func row(_ cells: [String], widths: [Int]) -> String {
        var text = ""
        for (index, cell) in cells.enumerated() {
            let width = index < widths.count ? widths[index] : cell.count
            let padding = String(repeating: " ", count: max(0, width - cell.count))
            if index == 0 {
                text += cell + padding
            } else if index == cells.count - 1 && index == 9 {
                text += "  " + cell
            } else {
                text += "  " + padding + cell
            }
        }
        return text
    }
}

/// A malformed or unknown `--fail-under` floor.
public struct FloorError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The message.
    public var message: String

    /// Creates an error.
    public init(message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
