/// One sieve of quote attribution (as CoreNLP's quote attribution sieves): given a cue in a
/// sentence, it decides (a quote's attribution, or no quote) or leaves the cue to the next
/// sieve, having perhaps read part of it (where the subject ends, who speaks).
protocol AttributionRule: Sendable {
    /// The sieve's name. A quote carries its construction (`CueReading.construction`), which
    /// is this id for the sieves that end a reading.
    var id: QuoteRule { get }
    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict
    /// A sieve of no state, made anew. This requirement alone does not stop a configured
    /// sieve: Swift synthesises `init()` for any struct whose stored properties all have
    /// defaults, so `XRule(strict: true)` in `attributionRules` would compile and run as
    /// `XRule()`. What holds it is `AttributionRuleListTests`: each listed sieve stores its
    /// `id` and nothing else, and each type is listed once.
    init()
    /// `Self().apply(to:in:finder:)`: the sieves are read through their types (`QuoteFinder.sieves`).
    static func run(_ reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict
}

extension AttributionRule {
    static func run(_ reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        Self().apply(to: &reading, in: view, finder: finder)
    }
}

/// What a sieve decides about a cue.
enum Verdict {
    /// Not this sieve's case: the next one reads the cue.
    case undecided
    /// The cue makes no quote.
    case rejected
    /// (Indirect: a verdict is one word, and each sieve's `undecided` copies no attribution.)
    indirect case attributed(QuoteFinder.Attribution)
}

/// A cue being read by the sieves: what they found so far.
struct CueReading {
    let hit: CueHit
    /// The last attribution of the sentence that is no mere credit.
    let previous: QuoteFinder.Attribution?
    /// Where the subject ends (before auxiliaries, a noun marker, an adverbial coordinator).
    var subjectEnd: Int
    /// Where a cue noun's content clause opens (`lời cảnh báo rằng …`).
    var nounContent: Int?
    var mention: Range<Int>?
    /// Whether a subject sieve has found who speaks.
    var hasSubject = false
    var isCoordinated = false
    var cutPoint: Int
    /// `Nước này … và tuyên bố …` with no attribution before: another predicate of the subject precedes.
    var predicateBefore = false
    /// Where the content is looked for (after the cue, or after a medium's speaker).
    var contentFrom: Int
    var isMedium = false
    /// The subject opens a relative clause (`… mà X cue …`).
    var isRelative = false
    /// The rules that moved the cue's or the subject's edges (see `FoundQuote.refinements`).
    var refinements: [QuoteRefinement]
    /// `cutPoint` stands before a word that opens the subject's clause (`ClauseOpenerCutRule`).
    var cutsAtOpener = false
    /// The subject opens a time clause (`sau khi X cue …`): the content ends with it (`TimeClauseEndRule`).
    var endsWithTimeClause = false

    init(hit: CueHit, previous: QuoteFinder.Attribution?) {
        self.hit = hit
        self.previous = previous
        subjectEnd = hit.lead?.lowerBound ?? hit.range.lowerBound
        cutPoint = subjectEnd
        contentFrom = hit.range.upperBound
        refinements = hit.refinements
    }

    /// Takes a subject sieve's noun phrase as who speaks.
    mutating func take(_ subject: QuoteFinder.NounPhrase) {
        mention = subject.range
        hasSubject = true
        refinements += subject.refinements
    }

    /// The construction a quote of this reading carries.
    var construction: QuoteRule { isMedium ? .medium : isCoordinated ? .coordinatedCue : .speakerCueContent }

    /// Where the previous attribution's cue ends: a subject is read back no further.
    func previousCueEnd(in view: SentenceView) -> Int { previous?.cue.upperBound ?? view.start }

    /// Whether a comma, a dash, a semicolon or a coordinator stands right before the subject's
    /// end: the subject is an earlier one (`X nhấn mạnh A; cho biết B`), an apposition or a phrase
    /// before a dash, not what stands there.
    func isJoined(in view: SentenceView) -> Bool {
        let before = subjectEnd - 1
        return before >= view.start
            && (view.isPunctuation(before, Punctuation.commaOrDashKeys) || view.isPunctuation(before, ";")
                || view.phrase(.coordinator, endingAt: subjectEnd) != nil)
    }

    func attribution(contentStart: Int, isFrame: Bool = false, isCreditOnly: Bool = false) -> QuoteFinder.Attribution {
        QuoteFinder.Attribution(cue: hit.range, entry: hit.entry, mention: mention, contentStart: contentStart,
                                cutPoint: cutPoint, isFrame: isFrame, isCoordinated: isCoordinated,
                                rule: construction, isCreditOnly: isCreditOnly, isRelative: isRelative,
                                refinements: refinements, cutsAtOpener: cutsAtOpener,
                                endsWithTimeClause: endsWithTimeClause)
    }
}

extension QuoteFinder {
    /// The sieves, in the order they read a cue. The order is data: an earlier sieve decides first.
    /// Only each entry's type and `id` are read (`sieves`): a sieve holds no state but its id
    /// (checked by `AttributionRuleListTests`).
    static let attributionRules: [any AttributionRule] = [
        SourcePrepositionRule(),
        DemonstrativeRule(),
        CueNounRule(),
        GovernedCueNounRule(),
        PrepositionCueNounRule(),
        QuantifiedCueNounRule(),
        UnsaidCueRule(),
        AdviceModalRule(),
        CallingCueRule(),
        DescribingCueRule(),
        PersonObjectRule(),
        WriterSubjectRule(),
        LetterWriterRule(),
        AgentivePassiveRule(),
        CoordinatedCueRule(),
        AppositionSubjectRule(),
        DashSubjectRule(),
        ClauseSubjectRule(),
        RelativeClauseSubjectRule(),
        FrontedCueRule(),
        NounPhraseSubjectRule(),
        PronounInContentRule(),
        BodyInContentRule(),
        ThingSubjectRule(),
        RecallObjectRule(),
        RequirementSenseRule(),
        NominalClauseRule(),
        MediumRule(),
        RulingDecisionRule(),
        ReasonTopicRule(),
        TopicOnlyRule(),
        TopicAfterObjectRule(),
        TopicNounRule(),
        SpeakerCueContentRule(),
    ]

    /// The sieve that decided a cue and its attribution (nil: no quote), and the sieve that
    /// found who speaks, if one did.
    struct Decision {
        var rule: QuoteRule
        var attribution: Attribution?
        var subject: QuoteRule? = nil
    }

    /// A sieve of `attributionRules` as its id and its type, read once.
    private struct Sieve: Sendable {
        let id: QuoteRule
        let rule: any AttributionRule.Type
    }

    /// `attributionRules` as `Sieve`s, in their order: each sieve is run through its type
    /// (`AttributionRule.run`, a sieve of no state made anew). (Performance only: a sieve read
    /// out of the array of existentials, even through a buffer, was copied and destroyed at
    /// each cue through its type's witnesses, ~50 instructions a sieve and cue, and a closure
    /// over it retained and released; a metatype is copied as two words.)
    private static let sieves: [Sieve] = attributionRules.map { Sieve(id: $0.id, rule: type(of: $0)) }

    /// Runs the sieves over one cue.
    func decide(_ hit: CueHit, in view: SentenceView, previous: Attribution?) -> Decision {
        var reading = CueReading(hit: hit, previous: previous)
        var subject: QuoteRule?
        return Self.sieves.withUnsafeBufferPointer { sieves in
            for index in sieves.indices {
                let verdict = sieves[index].rule.run(&reading, in: view, finder: self)
                if subject == nil, reading.hasSubject { subject = sieves[index].id }
                switch verdict {
                case .undecided: continue
                case .rejected: return Decision(rule: sieves[index].id, attribution: nil, subject: subject)
                case .attributed(let attribution): return Decision(rule: sieves[index].id, attribution: attribution, subject: subject)
                }
            }
            return Decision(rule: .speakerCueContent, attribution: nil)   // the last sieve always decides
        }
    }
}
