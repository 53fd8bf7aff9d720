/// One reason behind a quote's stance score: a lexicon term of the content, the cue's
/// own weight, or a modifier (negator, intensifier, hedge, contrast, question) that
/// changed the weight of a term.
public struct StanceEvidence: Hashable, Codable, Sendable {
    /// What kind of evidence this is.
    public enum Kind: String, Hashable, Codable, Sendable {
        /// A `stance.tsv` term (or a denial with its own weight) found in the content.
        case term
        /// The cue's own weight (a `stance.tsv` row of category `cue`).
        case cue
        /// A modifier that changed at least one term; its `contribution` is 0.
        case modifier
    }

    /// A modifier applied to a term, by the words that triggered it and its factor.
    public struct Modifier: Hashable, Codable, Sendable {
        /// The modifier's lexicon: `negation`, `denial`, `cue-denial`, `intensifier`,
        /// `hedge`, `contrast`, `concession` or `question`.
        public var name: String
        /// The words of the text that triggered it, as found.
        public var text: String
        /// The factor it multiplied the weight by.
        public var factor: Double

        /// Creates a modifier record.
        public init(name: String, text: String, factor: Double) {
            self.name = name
            self.text = text
            self.factor = factor
        }
    }

    /// Term, cue or modifier.
    public var kind: Kind
    /// The words as found in the content (or the cue).
    public var text: String
    /// The lexicon category (`stance.tsv` category, or the modifier's name).
    public var category: String
    /// The base weight (for a modifier: its factor).
    public var weight: Double
    /// The modifiers applied to this term or cue, in the order they were applied.
    public var modifiers: [Modifier]
    /// What it adds to the quote's score: weight × factors, clamped to −1 … +1
    /// (0 for a modifier record).
    public var contribution: Double
    /// Where the words stand in the scored string, as Unicode scalar offsets.
    public var range: Range<Int>?

    /// Creates an evidence record.
    public init(
        kind: Kind, text: String, category: String, weight: Double,
        modifiers: [Modifier] = [], contribution: Double, range: Range<Int>? = nil
    ) {
        self.kind = kind
        self.text = text
        self.category = category
        self.weight = weight
        self.modifiers = modifiers
        self.contribution = contribution
        self.range = range
    }
}

/// The stance of one quote: its score on −1 (confrontation) … +1 (normalization), the
/// label read from the score (see `StanceThresholds.quote`) and the evidence.
public struct QuoteStance: Hashable, Codable, Sendable {
    /// The label of `score`.
    public var label: StanceLabel
    /// The mean of the contributions of the terms that fired and of the cue (0 when
    /// nothing fired).
    public var score: Double
    /// Every term, cue weight and modifier behind the score, in text order (cue first).
    public var evidence: [StanceEvidence]

    /// Creates a quote stance.
    public init(label: StanceLabel, score: Double, evidence: [StanceEvidence]) {
        self.label = label
        self.score = score
        self.evidence = evidence
    }
}

/// The names of the modifiers a quote's evidence records (`StanceEvidence.Modifier.name`,
/// and `category` of a modifier record): one name per way a weight can be changed.
enum StanceModifierName: String, CaseIterable, Sendable {
    /// A negator (`không`) flipped the term.
    case negation
    /// A denial verb (`phủ nhận`, `chấm dứt`) flipped the term.
    case denial
    /// A harming verb (`phá hoại`, `đe dọa`) flipped the cooperative term it harms.
    case harm
    /// The cue denies (`bác bỏ`): the whole content is flipped.
    case cueDenial = "cue-denial"
    /// An intensifier or a dampener (`rất`, `mạnh mẽ`).
    case intensifier
    /// A hedge (`có thể`).
    case hedge
    /// A turn (`nhưng`): before it weighs less, after it more.
    case contrast
    /// A concession (`mặc dù`): the clause it opens weighs less.
    case concession
    /// An `OPENER … CLOSER` question.
    case question
    /// A judging cue (`lên án`) gave the content its sign.
    case judge
    /// An appeal cue to a named side to stop: a demand.
    case demand
    /// A meeting verb after a word that asks for it (`yêu cầu gặp`, `MeetingIntentRule`):
    /// an intent to meet.
    case meeting
    /// An event term of a plain report (`EventReportRule`): weighs 0.
    case report
    /// An event term whose actor is a pronoun standing for the speaker's side
    /// (`SpeakerPronounRule`): the speaker's own act, a claim; weighs as before.
    case speakerPronoun = "speaker-pronoun"
    /// An event term that is a defence or the act defended against (`OwnDefenceRule`): no
    /// hostile act of the side named before it.
    case defence
    /// A hostile event term flipped by a denial that prevents it (`PreventedEventRule`):
    /// weighs 0.
    case prevented
    /// A term of an act against crime, or of the crime it targets (`CrimeTargetRule`):
    /// weighs 0.
    case crimeTarget = "crime-target"
    /// A one-word phrase capitalised inside its clause, a name's syllable
    /// (`CapitalisedNameSyllableRule`): weighs 0.
    case nameSyllable = "name-syllable"
    /// A phrase of capitalised words, or capitalised after a comma, a name
    /// (`CapitalisedNamePhraseRule`): weighs 0.
    case namePhrase = "name-phrase"
    /// A quote not about relations between sides (`RelationGate`): weighs 0.
    case noRelation = "no-relation"
    /// A country's syllable inside a name or a common word of a quote's content
    /// (`SideSyllableRule`: `Nguyễn Tuấn Anh`, `tiếng Anh`): no side named; a record of
    /// how the gate read the quote, no weight.
    case sideSyllable = "side-syllable"
    /// A quote that the gate would pass by its speaker's side, but that side is only
    /// inferred (`InferredSideRule`): weighs 0.
    case inferredSide = "inferred-side"
    /// An event term of a quote that announces its side's own military act (`OwnForceRule`):
    /// the quote relates sides for `RelationGate`; weighs as before.
    case ownForce = "own-force"
    /// A quote about its speaker's home affairs in an article of relations
    /// (`DomesticMatterRule`): weighs 0.
    case domestic
    /// A quote of an article of relations that concerns none of the sides the article
    /// relates (`OutsidePartyRule`): weighs 0.
    case outsideParty = "outside-party"
    /// A quote of an unnamed source of no side (`SourceReportRule`): weighs 0.
    case unnamedSource = "unnamed-source"
    /// A quote of a news medium of no side (`MediaReportRule`): weighs 0.
    case mediaReport = "media-report"
    /// An appeal cue that names no side (`OwnAppealRule`): an order to the speaker's own
    /// side, no cooperative appeal; the cue weighs 0.
    case ownAppeal = "own-appeal"
    /// A negation in the cue that governs a verb of saying (`từ chối bình luận`,
    /// `RefusalToSpeakRule`): it denies nothing.
    case refusal
    /// A negation in the content that governs a verb of saying (`không thể nói rằng`,
    /// `SayingNegationRule`): it flips nothing said after the verb.
    case sayingNegation = "saying-negation"
    /// A feeling the cue expresses (`bày tỏ ngưỡng mộ`, `CueFeelingWeight`): it
    /// weighs as the cue's weight.
    case feeling
    /// A quote of a speaker of no state that speaks of a market (`MarketTalkRule`): weighs 0.
    case marketTalk = "market-talk"
    /// A quote of a speaker of no side that weighs only bare wishes (`BareWishRule`): weighs 0.
    case bareWish = "bare-wish"
    /// A confrontation quote that only voices concern about a situation and names no side
    /// but its speaker's (`SituationConcernRule`): weighs 0.
    case concern
    /// A confrontation quote whose every weighing term is a word of police and courts and
    /// that names no side but its speaker's (`HomeJusticeRule`): weighs 0.
    case justice
    /// A country named as a place or a citizenship in a quote's content (`SidePlaceRule`:
    /// `tại Mỹ`, `công dân Chile`): no side named; a record of how the gate read the quote,
    /// no weight.
    case place
    /// A quote of an article in which a speaker is titled by sport (`SportTitleRule`: `HLV`):
    /// weighs 0.
    case sportTitle = "sport-title"
    /// A proposal or appeal that both sides act together (`JointProposalRule`: `[đề nghị]
    /// hai bên …`): the opening words weigh as an appeal; a demanding cue weighs 0.
    case jointProposal = "joint-proposal"
    /// A quote that opens with a home actor of `domestic.tsv` and judges it, a foreign state
    /// named only as its argument (`HomeRivalRule`: `đảng đối lập … có lợi với Triều Tiên`):
    /// weighs 0.
    case homeRival = "home-rival"
    /// A term in a time clause (`TimeClauseRule` and `time_clauses.tsv`: `sau khi`, `trước
    /// thềm`): the event dates what is said; weighs 0.
    case timeClause = "time-clause"
    /// A polar quote whose only weighing record is one weak term and that relates no sides
    /// itself (`LoneWeakTermRule`: `cơ hội`, `đầu tư` alone): weighs 0.
    case loneWeakTerm = "lone-weak-term"
    /// A cooperative term flipped by a denial whose object is a report or a possibility
    /// (`DeniedHearsayRule`: `bác bỏ khả năng Việt Nam đầu tư`): weighs 0.
    case deniedHearsay = "denied-hearsay"
    /// A term of a conceded clause in a quote where nothing else weighs (`ConcededOnlyRule`:
    /// `… không chuyển giao MiG-29 cho Ukraine mặc dù đã có thỏa thuận`): weighs 0.
    case concededOnly = "conceded-only"
    /// A demanding cue over an order to fight crime at home (`CrimeOrderRule`: `[yêu cầu]
    /// chính quyền tỉnh … trấn áp mọi hình thức tội phạm`): weighs 0.
    case crimeOrder = "crime-order"
}

extension StanceEvidence.Modifier {
    /// A modifier record of a named modifier.
    init(_ name: StanceModifierName, text: String, factor: Double) {
        self.init(name: name.rawValue, text: text, factor: factor)
    }
}

extension StanceEvidence {
    /// `evidence` with each weighing term whose words lie inside one of `spans` (offsets in
    /// the content) silenced by the rule `name`: contribution 0, the modifier `name` added
    /// (factor 0). The term still counts in the quote's mean (`CrimeTargetRule`,
    /// `TimeClauseRule`).
    static func silencingTerms(_ evidence: [StanceEvidence], inside spans: [Range<Int>],
                               by name: StanceModifierName) -> [StanceEvidence] {
        evidence.map { record in
            guard record.kind == .term, record.contribution != 0, let range = record.range,
                  spans.contains(where: { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }) else { return record }
            var silenced = record
            silenced.modifiers.append(StanceEvidence.Modifier(name, text: "", factor: 0))
            silenced.contribution = 0
            return silenced
        }
    }
}

extension QuoteStance {
    /// This stance with every contribution silenced by the rule `name` (each term and cue
    /// that weighed carries it, factor 0): score 0, `neutral`.
    func silenced(by name: StanceModifierName) -> QuoteStance {
        var evidence = evidence
        for index in evidence.indices where evidence[index].kind != .modifier && evidence[index].contribution != 0 {
            evidence[index].modifiers.append(StanceEvidence.Modifier(name, text: "", factor: 0))
            evidence[index].contribution = 0
        }
        return QuoteStance(label: .neutral, score: 0, evidence: evidence)
    }
}
