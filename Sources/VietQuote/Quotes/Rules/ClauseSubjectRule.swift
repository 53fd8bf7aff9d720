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
        guard !reading.hasSubject, reading.previous == nil, comma > view.start,
              view.isPunctuation(comma, Punctuation.comma) || view.isPunctuation(comma, ";")
        else { return .undecided }
        var clauseStart = comma
        while clauseStart > view.start, !view.isPunctuation(clauseStart - 1, Punctuation.clauseMarks) {
            if view.tokens[clauseStart - 1].kind == .quote || view.paragraph.insideQuote[clauseStart - 1] { return .undecided }
            clauseStart -= 1
        }
        let limit = min(comma, clauseStart + QuoteFinder.Limits.clauseSubjectTokens)
        let first = firstWord(from: clauseStart, to: comma, in: view)
        guard let marker = (clauseStart + 1..<max(clauseStart + 1, limit)).first(where: {
                  view.isWord($0, .verbMarker) || view.isWord($0, .auxiliary) || view.isWord($0, .negator) })
                ?? namedSubjectEnd(from: first, limit: limit, in: view, finder: finder),
              view.paragraph.cueHitStart[marker] == nil,
              let subject = finder.nounPhrase(endingAt: marker, in: view.paragraph, sentence: view.bounds, stopAt: clauseStart),
              subject.isTopLevel, subject.range.lowerBound == firstWord(from: clauseStart, to: marker, in: view)
        else { return .undecided }
        reading.take(subject)
        reading.cutPoint = comma
        return .undecided
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
