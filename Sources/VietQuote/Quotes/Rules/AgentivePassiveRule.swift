/// An agentive passive: `được` + the one who speaks + a statement or announcement cue + a
/// clause (`A được X cho rằng B`, `A được X công bố cho thấy B`). The agent between `được` and
/// the cue speaks; its words are what follows the cue (`được một số nhà phân tích cho rằng hết
/// sức căng thẳng`: the agent judges the passive's subject).
///
/// Example: "Tình hình trên bán đảo Triều Tiên những tuần gần đây được một số nhà phân tích cho
/// rằng hết sức căng thẳng." (dev 116: `một số nhà phân tích`, content `hết sức căng thẳng`).
/// Leaves to the other sieves: nothing said after the cue (`Thông tin trên đã được X xác nhận.`:
/// on silver the passive's subject then is mostly a thing or an anaphor, no words), an agent
/// that names no one or holds a clause (`được Nga đưa ra cùng thời điểm Washington thông báo`,
/// dev 003; `được Bild trích dẫn`, a medium cue), a negated or future passive (`chưa được VinFast
/// công bố`, `sẽ được Sở … công bố`: not said), an appeal (`được Reuters yêu cầu trả lời`: the
/// subject is the one asked), a naming cue (`được nhiều người gọi là …`), words after the cue
/// that open with a coordinator, a turn or a topic's `về` (`công bố và nhá hàng …`, `chia sẻ,
/// tuy nhiên …`, `hỏi về …`), a cue before a colon, a cue inside another attribution's content, a subject
/// before `được` that opens no clause (`theo lịch thi đấu vừa được … công bố`).
struct AgentivePassiveRule: AttributionRule {
    let id = QuoteRule.agentivePassive

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        let cue = reading.hit.range
        // (A cue inside another attribution's content makes no quote of its own: `Một quan chức Mỹ
        // nói Washington đã được Israel thông báo …`, dev 311, the informed one is the subject.)
        guard !reading.hasSubject, reading.previous == nil || reading.previous?.isCreditOnly == true,
              [.statement, .announce].contains(reading.hit.entry.category),
              view.match(.namingCue, at: cue.lowerBound, limit: cue.upperBound) == nil,
              !view.isPunctuation(cue.upperBound, ":"),
              let passive = passiveStart(before: reading.subjectEnd, floor: reading.previousCueEnd(in: view), in: view),
              isAgent(Range(from: passive + 1, to: reading.subjectEnd), in: view, finder: finder),
              let subjectEnd = saidSubjectEnd(before: passive, in: view) else { return .undecided }
        let agent = Range(from: passive + 1, to: reading.subjectEnd)
        let subjectStart = finder.subjectStart(endingAt: subjectEnd, lower: reading.previousCueEnd(in: view),
                                               in: view.paragraph, sentence: view.bounds).start
        guard subjectStart < subjectEnd, opensClause(at: subjectStart, in: view) else { return .undecided }
        let after = finder.contentStart(after: reading.contentFrom, in: view)
        guard !finder.hasFewerWords(than: QuoteFinder.Limits.statementContentWords, in: Range(from: after, to: view.end), of: view.paragraph),
              view.tokens[after].kind != .punctuation,
              view.match(.coordinator, at: after) == nil, view.match(.turn, at: after) == nil,
              !view.isWord(after, .topic) else { return .undecided }
        reading.mention = agent
        reading.hasSubject = true
        reading.cutPoint = finder.boundaryBefore(subjectStart, in: view.paragraph)
        var attribution = reading.attribution(contentStart: after)
        attribution.rule = id
        return .attributed(attribution)
    }

    /// The passive word (`được`, `bị`) that opens the agent before `end`: read leftwards over
    /// the agent's words, never past a quotation, a clause's end or another cue.
    private func passiveStart(before end: Int, floor: Int, in view: SentenceView) -> Int? {
        var index = end - 1
        let lower = max(view.start, floor, end - QuoteFinder.Limits.subjectTokens)
        while index >= lower {
            let token = view.tokens[index]
            if token.kind == .quote || view.paragraph.insideQuote[index]
                || view.isPunctuation(index, Punctuation.terminalKeys) || view.isPunctuation(index, ";")
                || view.paragraph.cueHitStart[index] != nil { return nil }
            if view.isWord(index, .passive) { return index < end - 1 ? index : nil }
            index -= 1
        }
        return nil
    }

    /// One noun phrase (`QuoteFinder.nounPhrase`: no clause, `được Nga đưa ra cùng thời điểm
    /// Washington thông báo` is none, dev 003) that can name a speaker, opening with a name, a
    /// title, an honorific, a quantifier or an unnamed body; a list before it only of a first
    /// such phrase, then names, commas and `và` (`các quan chức Israel, Hamas và bên trung gian Qatar`).
    private func isAgent(_ agent: Range<Int>, in view: SentenceView, finder: QuoteFinder) -> Bool {
        guard !agent.isEmpty,
              let phrase = finder.nounPhrase(endingAt: agent.upperBound, in: view.paragraph, sentence: view.bounds,
                                             stopAt: agent.lowerBound),
              phrase.range.upperBound == agent.upperBound else { return false }
        // `được Phil Foden thay thế vào giờ nghỉ và Guardiola cho biết`: a coordinator after a
        // lower-case word joins clauses, not names (silver).
        if agent.contains(where: { $0 > agent.lowerBound && view.isWord($0, .coordinator) && !view.isCapitalized($0 - 1) }) { return false }
        let first = agent.lowerBound
        let firstPart = Range(from: first, to: agent.first { view.isPunctuation($0, Punctuation.commaKeys) } ?? agent.upperBound)
        if phrase.range.lowerBound > first {
            guard firstPart.upperBound < phrase.range.lowerBound else { return false }
            for index in Range(from: firstPart.upperBound, to: phrase.range.lowerBound) {
                let isName = view.tokens[index].kind == .word && view.isCapitalized(index)
                guard isName || view.isPunctuation(index, Punctuation.commaKeys) || view.isWord(index, .coordinator) else { return false }
            }
        }
        return finder.isSpeakerLike(firstPart, in: view.paragraph)
            && (view.isCapitalized(first) || view.match(.honorific, at: first) != nil || view.match(.quantifier, at: first) != nil
                || view.match(.bodyNoun, at: first) != nil
                || finder.names.title(in: view.tokens, at: first, limit: agent.upperBound) != nil
                || finder.names.organization(in: view.tokens, at: first, limit: agent.upperBound) != nil)
    }

    /// Where the passive's subject ends: before the auxiliaries before `được` (`đã được`); nil
    /// when a negator or a future word stands there (`chưa được`, `sẽ được`: not said).
    private func saidSubjectEnd(before passive: Int, in view: SentenceView) -> Int? {
        var end = passive
        while true {
            if view.phrase(.negator, endingAt: end) != nil || view.phrase(.future, endingAt: end) != nil { return nil }
            guard let start = view.phrase(.auxiliary, endingAt: end), start < end else { return end }
            end = start
        }
    }

    /// Whether the subject opens its clause: at the sentence's start or after a clause mark.
    private func opensClause(at start: Int, in view: SentenceView) -> Bool {
        start == view.start || view.isPunctuation(start - 1, Punctuation.clauseMarksKeys)
    }
}
