/// `S aux V O, cue content` with no attribution before: a cue after a comma or semicolon goes
/// on the subject of the clause before it — the words before that clause's first tense, modal,
/// negation or auxiliary word (`đã`, `chưa`, `cũng` …), or with none, a title and the
/// capitalised words after it that open it (`Thủ tướng vui mừng trước …; cho biết, …`), when
/// they can name a speaker.
///
/// A coordinator may stand between the comma and the cue (`S đã thị sát …, đồng thời kêu gọi …`).
///
/// Example: "Quân đội Israel chưa bình luận thông tin này, nói rằng sẽ đưa ra tuyên bố vào thời điểm khác."
/// Rejects (leaves to the next sieve): a clause with no such word, or whose words before it
/// name no one or are too long for a subject.
struct ClauseSubjectRule: AttributionRule {
    let id = QuoteRule.clauseSubject

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        // `…, đồng thời kêu gọi …`: a coordinator between the comma and the cue joins the predicates too.
        let joined = view.phrase(.coordinator, endingAt: reading.subjectEnd) ?? reading.subjectEnd
        let comma = joined - 1
        guard !reading.hasSubject, reading.previous == nil, comma > view.start else { return .undecided }
        let semicolon = view.isPunctuation(comma, ";")
        guard semicolon || view.isPunctuation(comma, Punctuation.commaKeys) else { return .undecided }
        // After `;` (a report's list of predicates) the subject is that of the nearest clause
        // that names someone, not of the nearest clause (`Thủ tướng vui mừng …, … Việt Nam - Ấn
        // Độ không ngừng được củng cố …; cho biết, …`): walk back over the clauses.
        var end = comma
        while let clauseStart = clauseStart(before: end, in: view) {
            if let subject = subject(of: clauseStart..<end, in: view, finder: finder),
               !semicolon || namesSomeone(at: subject.range.lowerBound, limit: end, in: view, finder: finder) {
                reading.take(subject)
                reading.cutPoint = comma
                return .undecided
            }
            guard semicolon, clauseStart > view.start else { break }
            end = clauseStart - 1
        }
        return .undecided
    }

    /// Where the clause ending at `end` starts: after the clause mark before it, or nil when a
    /// quote is in the way. A dash opens one too (`ông Lê Hoài Nam - Phó Giám đốc Sở …, cho
    /// rằng`: an apposition); after `;` the walk goes on past it.
    private func clauseStart(before end: Int, in view: SentenceView) -> Int? {
        var start = end
        while start > view.start, !view.isPunctuation(start - 1, Punctuation.clauseMarksKeys) {
            if view.tokens[start - 1].kind == .quote || view.paragraph.insideQuote[start - 1] { return nil }
            start -= 1
        }
        return start
    }

    /// The subject of the clause `clause` by the rule's test: the words before its first tense,
    /// modal, negation or auxiliary word, or a title and capitalised words opening it.
    private func subject(of clause: Range<Int>, in view: SentenceView, finder: QuoteFinder) -> QuoteFinder.NounPhrase? {
        let limit = min(clause.upperBound, clause.lowerBound + QuoteFinder.Limits.clauseSubjectTokens)
        let first = firstWord(from: clause.lowerBound, to: clause.upperBound, in: view)
        guard let marker = (clause.lowerBound + 1..<max(clause.lowerBound + 1, limit)).first(where: {
                  view.isWord($0, .verbMarker) || view.isWord($0, .auxiliary) || view.isWord($0, .negator) })
                ?? namedSubjectEnd(from: first, limit: limit, in: view, finder: finder),
              view.paragraph.cueHitStart[marker] == nil,
              let subject = finder.nounPhrase(endingAt: marker, in: view.paragraph, sentence: view.bounds, stopAt: clause.lowerBound),
              subject.isTopLevel, subject.range.lowerBound == firstWord(from: clause.lowerBound, to: marker, in: view)
        else { return nil }
        return subject
    }

    /// Whether a subject opening at `first` names someone who can speak: a title, an
    /// honorific, a pronoun or a personal name (not a country or a partnership: `Ấn Độ`).
    private func namesSomeone(at first: Int, limit: Int, in view: SentenceView, finder: QuoteFinder) -> Bool {
        finder.names.title(in: view.tokens, at: first, limit: limit) != nil || view.isWord(first, .honorific)
            || finder.names.pronoun(in: view.tokens, at: first, limit: limit) != nil
            || finder.names.startsPersonalName(view.tokens, at: first)
    }

    /// With no tense or auxiliary word, where a subject that opens the clause with a title
    /// (speakers' titles.tsv), then capitalised words, ends: at the lower-case word after it
    /// (`Thủ tướng vui mừng trước …; cho biết, …`, `Tổng thống Lula da Silva hoan nghênh …, cho
    /// biết …`); nil when the clause opens otherwise (`Một số người …`, `Đồng chí …`) or a
    /// body's name runs on past the capitals (`Phó Chủ tịch Ủy ban nhân dân …`).
    private func namedSubjectEnd(from first: Int, limit: Int, in view: SentenceView, finder: QuoteFinder) -> Int? {
        guard first < limit, view.tokens[first].isCapitalized,
              let title = finder.names.title(in: view.tokens, at: first, limit: limit) else { return nil }
        var index = first + title.length
        while index < limit, view.tokens[index].kind == .word, view.tokens[index].isCapitalized { index += 1 }
        guard index < limit, view.tokens[index].kind == .word, !view.tokens[index].isCapitalized else { return nil }
        // A body's name goes on in lower case (`Phó Chủ tịch Ủy ban …`, `Tập đoàn Infosys`):
        // its end is not known here.
        if finder.names.organization(in: view.tokens, at: index - 1, limit: limit).map({ $0.length > 1 }) == true { return nil }
        return index
    }

    /// The clause's first word after leading time phrases and prepositions, as `nounPhrase` skips them.
    private func firstWord(from start: Int, to end: Int, in view: SentenceView) -> Int {
        var first = start
        while first < end, let length = view.match(.adverbialHead, at: first, limit: end) {
            first += length
            while first < end, view.tokens[first].kind == .number { first += 1 }
        }
        while first < end, view.isWord(first, .preposition) { first += 1 }
        return first
    }
}
