/// `Theo X, content`: a source preposition (category `source` in cues.tsv) at a clause start,
/// its object a speaker, then a comma and the content — a frame that yields to an attribution
/// inside it. At the sentence's end it is a credit (`…, theo KCNA.`) that only ends the
/// content before it; after content of its own with no other cue (`Content, theo tiết lộ của
/// X.`), X's words stand first (`content-first`).
///
/// Example: "Theo bà Zakharova, Mỹ đang đẩy quan hệ song phương vào ngõ cụt."
/// Rejects: `theo` inside a clause (`hoạt động theo quy chế …`), an object that names no one,
/// an object that is no words (`theo lời mời của …`, `theo quy định của …`: `no_words_noun`).
struct SourcePrepositionRule: AttributionRule {
    let id = QuoteRule.sourcePreposition

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        let hit = reading.hit
        guard hit.entry.category == .source else { return .undecided }
        // `Vẫn theo ông X,`, `cũng theo Yonhap,`: an auxiliary may open the clause before `theo`.
        let start = view.phrase(.auxiliary, endingAt: hit.range.lowerBound) ?? hit.range.lowerBound
        let before = start - 1
        let atClauseStart = start == view.start || view.isPunctuation(before, Punctuation.clauseMarksKeys)
            || view.phrase(.subjectStop, endingAt: start) != nil
        guard atClauseStart else { return .rejected }
        let index = objectEnd(after: hit.range.upperBound, in: view)
        let object = Range(from: hit.range.upperBound, to: index)
        guard !object.isEmpty, finder.isSpeakerLike(object, in: view.paragraph),
              view.match(.noWordsNoun, at: object.lowerBound) == nil else { return .rejected }
        let cut = view.isPunctuation(before, Punctuation.commaKeys) ? before : start
        let rest = index + 1
        let isCredit = index >= view.end || !view.isPunctuation(index, Punctuation.commaKeys)
            || rest >= view.end || finder.onlyTrailing(Range(from: rest, to: view.end), in: view.paragraph)
        guard isCredit else {
            // `Theo X, <title>, content`: the title apposition is the mention's (SourceAppositionRule.swift).
            let apposition = SourceAppositionRule()
            if let close = apposition.closingComma(of: object, after: index, in: view, names: finder.names),
               !finder.onlyTrailing(Range(from: close + 1, to: view.end), in: view.paragraph) {
                var found = attribution(hit, Range(from: object.lowerBound, to: close), contentStart: close + 1, cut: cut,
                                        isFrame: true, rule: id)
                found.refinements = [apposition.id]
                return .attributed(found)
            }
            return .attributed(attribution(hit, object, contentStart: rest, cut: cut, isFrame: true, rule: id))
        }
        guard start > view.start else { return .rejected }
        // `Content, theo tiết lộ của X.` with no other cue before: X's words. A cue word with
        // its possessor after it (`đề nghị của phía công ty`) is a noun, no cue; so is one that
        // made no attribution (`Durov hiện là tỷ phú với khối tài sản ước tính …, theo Forbes`).
        let hasEarlierCue = reading.previous != nil && view.hits.contains { earlier in
            earlier.range.upperBound <= start && earlier.entry.category != .source
                && view.match(.possessive, at: earlier.range.upperBound) == nil
        }
        if !hasEarlierCue, view.isPunctuation(before, Punctuation.commaKeys),
           index >= view.end || finder.onlyTrailing(Range(from: index, to: view.end), in: view.paragraph),
           finder.wordCount(Range(from: view.start, to: before), in: view.paragraph) >= QuoteFinder.Limits.sourceLastContentWords {
            var found = attribution(hit, object, contentStart: view.end, cut: cut, isFrame: false, rule: .contentFirst)
            found.isSourceLast = true
            return .attributed(found)
        }
        var credit = attribution(hit, object, contentStart: view.end, cut: cut, isFrame: false, rule: id)
        credit.isCreditOnly = true
        return .attributed(credit)
    }

    /// Where the source's words end: a clause mark, a quotation, another cue (unless a noun marker
    /// makes it a noun: `theo lời kêu gọi của …`), or the window's end.
    private func objectEnd(after start: Int, in view: SentenceView) -> Int {
        var index = start
        let limit = min(view.end, index + QuoteFinder.Limits.sourceTokens)
        while index < limit, !view.isPunctuation(index, Punctuation.clauseMarksKeys), view.tokens[index].kind != .quote,
              !view.isCueStart(index) || view.phrase(.nounMarker, endingAt: index) != nil {
            index += 1
        }
        return index
    }

    private func attribution(_ hit: CueHit, _ object: Range<Int>, contentStart: Int, cut: Int, isFrame: Bool,
                             rule: QuoteRule) -> QuoteFinder.Attribution {
        QuoteFinder.Attribution(cue: hit.range, entry: hit.entry, mention: object, contentStart: contentStart,
                                cutPoint: cut, isFrame: isFrame, isCoordinated: false, rule: rule)
    }
}
