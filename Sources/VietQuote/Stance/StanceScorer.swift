/// Scores the stance of one quote from its content and its cue, with the rules and
/// lexicons of `lexicons/` (see `StanceLexicon`).
///
/// The score lies on one scale from −1 (confrontation) to +1 (normalization):
/// 1. The content is normalised (`SourceText`), tokenized, and cut into clauses at
///    `, ; : ( ) – —` and into sentences at `. ! ? …`; quotation marks are dropped.
/// 2. In each clause, the longest phrase of any lexicon that starts at a word wins
///    (`PhraseTrie`), so `bình thường hóa quan hệ` beats `bình thường` (which is no
///    term at all) and `không phận` is no negator.
/// 3. Each `stance.tsv` term starts from its weight and is multiplied by the modifiers
///    that reach it: negation (VADER's −0.74), denial verbs, intensifiers (1 ± 0.293),
///    hedges, contrast (0.5 before a turn, 1.5 after it), questions; and, when the cue
///    denies (`phủ nhận`, `bác bỏ`), the cue's negation. Each contribution is clamped
///    to −1 … +1.
/// 4. A disapproving judging cue (`lên án`: category `judge`, negative weight) gives
///    every content term its sign: what is condemned weighs against, whatever its
///    words. An approving one (`hoan nghênh`) keeps the content's signs: what is
///    welcomed pushes the way its own words push (a welcomed sanction is confrontation).
///    An appeal to a named side to stop or withdraw (`kêu gọi Belarus rút quân`: cue
///    category `appeal_cue`, a `cease` row in the content's first clause) is a demand:
///    the content's cooperative terms take the negative sign (`applyDemand`).
///    The cue's own weight (a `stance.tsv` row of category `cue`) is one more
///    contribution. Only the content and the cue are read, never the words around.
/// 5. The score is the **mean** of the contributions (0 when none). VADER's
///    normalisation x/√(x²+α) is not used: it grows towards ±1 as terms pile up, so a
///    long quote of mild words would outscore a short one with a strong word; the mean
///    keeps the strength of the words whatever the length.
/// 6. The label reads the score with `StanceThresholds.quote`.
package struct StanceScorer: Sendable {
    let lexicon: StanceLexicon
    let reports: EventReportRule
    let relations: RelationGate
    let refusal: RefusalToSpeakRule
    let domestic: DomesticMatterRule
    let market: MarketTalkRule
    let concern: SituationConcernRule
    let crime: CrimeTargetRule
    let justice: HomeJusticeRule
    let joint: JointProposalRule
    let timeClauses: TimeClauseRule
    /// `reports.isPrevention`, made once: a closure made per quote copied the scorer.
    let prevents: @Sendable (String) -> Bool

    /// Loads `stance.tsv`, `negators.tsv`, `intensifiers.tsv`, `hedges.tsv` and
    /// `contrast.tsv` from `files`.
    /// - Throws: `LexiconError` with the file, the line and the reason for a missing
    ///   file, a wrong column header or count, a bad weight, factor or scope, an unknown
    ///   category or kind, or a phrase that two rows claim.
    package init(files: LexiconFiles) throws(LexiconError) {
        try self.init(files: files, names: SpeakerLexicon(files: files, words: FunctionWords(files: files), cues: CueLexicon(files: files)))
    }

    /// Loads the stance lexicons; sides named in a quote are read with `names`, verbs of
    /// saying with the pipeline's cue lexicon that `names` holds (`RefusalToSpeakRule`).
    init(files: LexiconFiles, names: SpeakerLexicon) throws(LexiconError) {
        lexicon = try StanceLexicon(files: files)
        let reports = try EventReportRule(files: files, names: names)
        self.reports = reports
        relations = try RelationGate(files: files, names: names)
        refusal = RefusalToSpeakRule(cues: names.cues)
        domestic = try DomesticMatterRule(files: files)
        market = try MarketTalkRule(files: files)
        concern = try SituationConcernRule(files: files)
        crime = try CrimeTargetRule(files: files)
        justice = try HomeJusticeRule(files: files)
        joint = try JointProposalRule(files: files)
        timeClauses = try TimeClauseRule(files: files)
        prevents = { [reports] in reports.isPrevention($0) }
    }

    /// Scores every quote of one article (each with its speaker's side), silences those
    /// not about relations between sides (`RelationGate`), and aggregates the article.
    /// - Parameter words: each quote's content and cue words, in the order of `quotes`.
    func score(article quotes: inout [Quote], words: [QuoteWords]) -> ArticleStance {
        precondition(quotes.count == words.count, "one QuoteWords per quote")
        // An article of no quote (four in ten of silver's) has the empty aggregate: no table
        // is made for it.
        if quotes.isEmpty { return ArticleStance.aggregate(each: []) }
        var speakers: [QuoteSpeaker] = []
        speakers.reserveCapacity(quotes.count)
        for index in quotes.indices { speakers.append(QuoteSpeaker(&quotes[index])) }
        // A speaker whose side is only guessed in one quote is guessed in all (floating
        // quotes and pronouns inherit the speaker as chosen), unless a quote gives the
        // speaker a title (`Tổng thống Mỹ` elsewhere in the article).
        var guessed: Set<String> = []
        for speaker in speakers where speaker.sideIsGuessed { guessed.insert(speaker.name) }
        if !guessed.isEmpty {
            for speaker in speakers where speaker.hasTitle { guessed.remove(speaker.name) }
        }
        var stances: [QuoteStance] = []
        stances.reserveCapacity(quotes.count)
        var scratch = ContentAnalysis.Scratch()
        // The sides found in each content, read once: the scoring, the gate and the evidence
        // of sides read them.
        var actors: [ActorStarts] = []
        actors.reserveCapacity(quotes.count)
        for index in words.indices { actors.append(ActorStarts(words[index].content, names: relations.names)) }
        for index in quotes.indices {
            // A guessed side makes no event the speaker's own act (`EventReportRule`).
            let side = !guessed.isEmpty && guessed.contains(speakers[index].name) ? nil : speakers[index].sides.first ?? nil
            let stance = score(content: words[index].content, cue: words[index].cue, side: side, actors: actors[index], scratch: &scratch)
            if speakers[index].reports {
                stances.append(SourceReportRule.silenced(stance))
            } else if speakers[index].medium, MediaReportRule.reports(named: speakers[index].name, gate: relations) {
                stances.append(MediaReportRule.silenced(stance))
            } else {
                stances.append(stance)
            }
        }
        let readings = gateReadings(&stances, speakers: speakers, words: words, actors: actors, guessed: guessed)
        let relational = relations.relations(readings)
        let parties = relational.contains { $0.relational } ? OutsidePartyRule.parties(readings, gate: relations) : []
        let sportTitle = relational.contains { $0.relational }
            && SportTitleRule.isSportsArticle(titles: speakers.indices.lazy.map { [speakers] in speakers[$0].title }, gate: relations)
        for index in quotes.indices {
            // (Read out once: each rule handed `readings[index]` was handed a copy of its own,
            // its references retained and released.)
            let reading = readings[index]
            if !relational[index].relational {
                stances[index] = relational[index].inferred ? InferredSideRule.silenced(stances[index]) : RelationGate.silenced(stances[index])
            } else if sportTitle {
                stances[index] = SportTitleRule.silenced(stances[index])
            } else if reading.polar, domestic.isDomestic(reading, evidence: stances[index].evidence, gate: relations) {
                stances[index] = DomesticMatterRule.silenced(stances[index])
            } else if HomeRivalRule.isHomeRival(reading, evidence: stances[index].evidence, domestic: domestic, gate: relations) {
                stances[index] = HomeRivalRule.silenced(stances[index])
            } else if OutsidePartyRule.isOutside(reading, evidence: stances[index].evidence, parties: parties, gate: relations) {
                stances[index] = OutsidePartyRule.silenced(stances[index])
            } else if market.isMarketTalk(reading, evidence: stances[index].evidence,
                                                speaksForNoState: speakers[index].speaksForNoState, gate: relations) {
                stances[index] = MarketTalkRule.silenced(stances[index])
            } else if BareWishRule.isBareWish(reading, evidence: stances[index].evidence) {
                stances[index] = BareWishRule.silenced(stances[index])
            } else if LoneWeakTermRule.isLoneWeakTerm(reading, evidence: stances[index].evidence, gate: relations) {
                stances[index] = LoneWeakTermRule.silenced(stances[index])
            } else if concern.isConcern(reading, label: stances[index].label, evidence: stances[index].evidence, gate: relations) {
                stances[index] = SituationConcernRule.silenced(stances[index])
            } else if justice.isHomeJustice(reading, label: stances[index].label, evidence: stances[index].evidence, gate: relations) {
                stances[index] = HomeJusticeRule.silenced(stances[index])
            }
            if reading.polar {
                stances[index].evidence += SideSyllableRule.evidence(words[index].content, actors: actors[index], names: relations.names)
                stances[index].evidence += relations.places.evidence(words[index].content, actors: actors[index], names: relations.names)
            }
            quotes[index].stance = stances[index]
        }
        return ArticleStance.aggregate(each: quotes.indices.map { index in
            (speaker: speakers[index].name, sides: speakers[index].sides, stance: stances[index])
        })
    }

    /// What `RelationGate` and the rules after it read of each quote; a stance whose quote
    /// announces its side's own act of force is marked (`OwnForceRule`).
    private func gateReadings(_ stances: inout [QuoteStance], speakers: [QuoteSpeaker], words: [QuoteWords],
                              actors: [ActorStarts], guessed: Set<String>) -> [RelationGate.Reading] {
        // The closure below captures the rule, not the scorer (a closure over `self` copied
        // the whole scorer, each of its tables retained).
        let reports = reports
        var readings: [RelationGate.Reading] = []
        readings.reserveCapacity(stances.count)
        for index in stances.indices {
            let guessedSide = !guessed.isEmpty && guessed.contains(speakers[index].name)
            let ownForce = OwnForceRule.announces(stances[index], sides: speakers[index].sides, guessedSide: guessedSide) {
                reports.speakerActs(content: words[index].content, cue: words[index].cue)
                    || OwnAppealRule.isMarked(stances[index].evidence)
            }
            if ownForce { stances[index] = OwnForceRule.marked(stances[index]) }
            readings.append(RelationGate.Reading(words: words[index].content, sides: speakers[index].sides,
                                                 polar: stances[index].label != .neutral, guessedSide: guessedSide,
                                                 cueOnly: !Self.weighsATerm(stances[index].evidence), ownForce: ownForce))
            readings[index].inferredSide = speakers[index].inferredSide
            readings[index].cue = words[index].cue
            // Read once: the gate, the parties and the rules after them read it again.
            readings[index].sideReading = relations.sideReading(words[index].content, actors: actors[index])
        }
        return readings
    }

    /// Whether a term of `evidence` weighs (read by index: a closure over the records
    /// copied each one first).
    private static func weighsATerm(_ evidence: borrowing [StanceEvidence]) -> Bool {
        for index in evidence.indices where evidence[index].kind == .term && evidence[index].contribution != 0 { return true }
        return false
    }

    /// What `score(article:words:)` reads of a quote's speaker, read once and in place
    /// (`quotes[index].speaker` of an array copies the whole quote first).
    private struct QuoteSpeaker {
        var name: String
        /// `ArticleStance.sides(of:)`.
        var sides: [String?]
        /// `SourceReportRule.reports`: an unnamed source of no side.
        var reports: Bool
        /// `MediaReportRule.speaks`: a medium of no side (its name read by the gate later).
        var medium: Bool
        /// `Quote.sideIsGuessed`.
        var sideIsGuessed: Bool
        /// The speaker's title (`SportTitleRule`: read here, a map over the quotes copied each one).
        var title: String?
        var hasTitle: Bool { title != nil }
        /// `InferredSideRule.isInferred`.
        var inferredSide: Bool
        /// `MarketTalkRule.speaksForNoState`.
        var speaksForNoState: Bool

        /// Reads the quote's speaker and side; nothing is written to `quote`. It is `inout`
        /// only to read in place: `&quotes[index]` goes through the array's modify access
        /// and copies nothing, where a `borrowing` parameter fed from `quotes[index]`, or a
        /// read through a buffer pointer, copied the whole quote first (measured faster so,
        /// fast-stance6 39c62e8, despite the uniqueness check on `quotes` it costs).
        init(_ quote: inout Quote) {
            name = quote.speaker.name
            sides = ArticleStance.sides(of: quote.speaker)
            reports = SourceReportRule.reports(quote.speaker, sides: sides)
            medium = MediaReportRule.speaks(quote.speaker, sides: sides)
            sideIsGuessed = quote.sideIsGuessed
            title = quote.speaker.title
            inferredSide = InferredSideRule.isInferred(quote)
            speaksForNoState = MarketTalkRule.speaksForNoState(trace: quote.explanation.speakerTrace, sides: sides)
        }
    }

    /// The stance of a quote.
    /// - Parameters:
    ///   - content: the quote's words only (not the sentence around them).
    ///   - cue: the reporting expression (`cho biết`, `cáo buộc`, `phủ nhận`), or `nil`
    ///     for a floating quote or a headline colon.
    /// - Returns: the score, its label, and the evidence for it.
    /// - Complexity: O(*n* · *m*) in the number of words *n* and the longest lexicon
    ///   phrase or scope *m*.
    package func score(content: String, cue: String?) -> QuoteStance {
        score(content: content, cue: cue, side: nil)
    }

    /// The stance of a quote whose speaker speaks for `side` (its affiliation), if known:
    /// an event the content reports of the speaker's own named side is its own act.
    package func score(content: String, cue: String?, side: String?) -> QuoteStance {
        score(content: WordSpans(content), cue: cue.map(WordSpans.init), side: side)
    }

    /// The stance of a quote of the words `content` and the cue words `cue`.
    func score(content: WordSpans, cue: WordSpans?, side: String?) -> QuoteStance {
        var scratch = ContentAnalysis.Scratch()
        return score(content: content, cue: cue, side: side, actors: ActorStarts(content, names: relations.names), scratch: &scratch)
    }

    /// The stance of a quote whose content's sides are `actors`, the analysis's arrays taken
    /// from `scratch` and given back emptied: one set of buffers for all the quotes of an article.
    func score(content: WordSpans, cue: WordSpans?, side: String?, actors: ActorStarts,
               scratch: inout ContentAnalysis.Scratch) -> QuoteStance {
        var analysis = ContentAnalysis(content: content, lexicon: lexicon, scratch: &scratch)
        defer { analysis.giveBack(to: &scratch) }
        // The cue's asking end counts only for a meeting verb that opens the content, and
        // names only for terms: neither is read for a quote with none.
        let opensWithMeeting = analysis.terms.contains { $0.term.category == .meet && analysis.items[$0.item].words.lowerBound == 0 }
        MeetingIntentRule.apply(to: &analysis, cueAsking: opensWithMeeting ? cue.flatMap { MeetingIntentRule.askingEnd(of: $0, lexicon: lexicon) } : nil,
                                names: relations.names)
        let sayingNegations = SayingNegationRule.apply(to: &analysis, refusal: refusal)
        // A name holding a term starts at or before the term: none after the last term is read.
        if let lastTerm = analysis.lastTermStart { analysis.dropTerms(inside: relations.nameRanges(in: content, actors: actors, through: lastTerm)) }
        analysis.applyModifiers()
        // The cue's analysis read once, unwrapped: each `cueEvidence?.field` copied it whole.
        var cueRecords: [StanceEvidence] = []
        if let cue {
            let cueEvidence = CueAnalysis(cue: cue, lexicon: lexicon, refusal: refusal, content: content.words)
            if let denial = cueEvidence.denial {
                analysis.applyCueDenial(denial)
            }
            if let judge = cueEvidence.judge {
                analysis.applyJudge(judge)
            }
            if let appeal = cueEvidence.appeal {
                analysis.applyDemand(appeal)
            }
            cueRecords = cueEvidence.evidence
        }
        var evidence = analysis.evidence()
        if !cueRecords.isEmpty { evidence.insert(contentsOf: cueRecords, at: 0) }
        for negator in sayingNegations { evidence.append(SayingNegationRule.evidence(negator, in: content)) }
        evidence = reports.apply(to: evidence, content: content, cue: cue, side: side)
        evidence = PreventedEventRule.apply(to: evidence, prevents: prevents)
        evidence = DeniedHearsayRule.apply(to: evidence, content: content, reports: reports)
        evidence = timeClauses.apply(to: evidence, content: content)
        evidence = crime.apply(to: evidence, content: content, gate: relations)
        evidence = CrimeOrderRule.apply(to: evidence, content: content, names: relations.names)
        evidence = ConcededOnlyRule.apply(to: evidence)
        if let cue { evidence = joint.apply(to: evidence, content: content, cue: cue, lexicon: lexicon) }
        // A cue of weight 0 (`hối thúc`) is evidence of a rule, not a contribution to the mean.
        var sum = 0.0, count = 0
        for index in evidence.indices where evidence[index].kind != .modifier && !(evidence[index].kind == .cue && evidence[index].weight == 0) {
            sum += evidence[index].contribution
            count += 1
        }
        let score = count == 0 ? 0 : sum / Double(count)
        return QuoteStance(
            label: StanceThresholds.label(score, threshold: StanceThresholds.quote),
            score: score,
            evidence: evidence
        )
    }
}

/// Clamps to the −1 … +1 scale.
func clampUnit(_ value: Double) -> Double { min(1, max(-1, value)) }
