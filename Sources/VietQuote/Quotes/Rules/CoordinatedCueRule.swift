/// A second cue joined to the previous attribution's subject by a comma, a dash or a
/// coordinator (`và`, `đồng thời`): the previous speaker goes on, and the first content ends
/// where the joining words start. With no attribution before, a coordinator right before the
/// cue is only an adverb (`Nước này đồng thời chỉ trích …`): the subject stands before it.
///
/// Example: "Nga cho biết đã bắn hạ 20 máy bay không người lái và phủ nhận các cáo buộc của Kiev."
/// A turn (`nhưng`) joins too: `Herzog tuyên bố A, nhưng cảnh báo B` is two quotes of Herzog.
/// Rejects: after a plain `và` or a turn, a cue whose previous content opened with its own
/// capitalised subject (`Bà X nhấn mạnh Moscow nhìn thấy A và kêu gọi B`: Moscow's, not hers),
/// unless the previous cue accuses (after a plain `và`: `Hezbollah cáo buộc Israel … và thề …`);
/// after a turn, also with a subject opened by a noun marker (`cho biết các câu trả lời … không
/// giải quyết A, nhưng cũng không loại trừ B`: the answers', one content).
///
/// A coordinated cue stands for the first cue's subject only (cues22, audit12 pattern 8). Also
/// rejected, as words inside the first content: a cue noun right before a comma or a
/// coordinator, an item of a list (`báo cáo …, các khó khăn, vướng mắc và kiến nghị, đề xuất,
/// gửi Sở GTVT`); a cue after the colon that opens the first content, with no quotation mark
/// between (`cho biết: Trong thời gian tới, Bến Tre …, đề nghị Sở …`). After a source (`Theo X,
/// Y … và bày tỏ …`) the cue is not joined: it is the subject's of the source's content, found
/// by the subject sieves (dev 306: `Theo X, các đồng minh NATO đã … và cam kết sẽ …` is one quote);
/// a cue that opens the source's content is still joined to X (`Theo Reuters, thông tin …`: dev 405).
/// Passes: a cue after an appeal (`kêu gọi người dân đoàn kết và khẳng định …`: dev 323, 302, 322
/// give the speaker both), a cue after a closed quotation (`cho biết: "…" và nhấn mạnh …`).
struct CoordinatedCueRule: AttributionRule {
    let id = QuoteRule.coordinatedCue

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        let tokens = view.tokens
        if reading.previous == nil, let coordinator = view.phrase(.coordinator, endingAt: reading.subjectEnd),
           coordinator > view.start, !view.isPunctuation(coordinator - 1, Punctuation.clauseMarksKeys) {
            reading.subjectEnd = coordinator
            reading.cutPoint = coordinator
            reading.predicateBefore = true
        }
        let subjectEnd = reading.subjectEnd
        let before = subjectEnd - 1
        guard reading.isJoined(in: view), let previous = reading.previous,
              before >= previous.cue.upperBound || previous.isCreditOnly == false && before >= reading.previousCueEnd(in: view)
        else { return .undecided }
        let plainAnd = !view.isPunctuation(before, Punctuation.commaOrDashKeys)
            && view.phrase(.coordinator, endingAt: subjectEnd) == subjectEnd - 1
            && !view.isPunctuation(subjectEnd - 2, Punctuation.commaOrDashKeys)
        // After an accusation the content's subject is the accused, who does not go on speaking
        // (`Hezbollah cáo buộc Israel đứng sau … và thề trả đũa`): the cue after `và` is the speaker's.
        let accusedOpens = plainAnd && previous.entry.category == .accusation
        if plainAnd || view.phrase(.turn, endingAt: subjectEnd) != nil,
           previous.contentStart < tokens.count, tokens[previous.contentStart].kind == .word,
           previous.rule != .sourcePreposition, !accusedOpens,
           tokens[previous.contentStart].isCapitalized
            || !plainAnd && view.match(.nounMarker, at: previous.contentStart) != nil {
            return .rejected
        }
        // `Theo X, Y … và bày tỏ …`: Y's. A cue that opens the source's content is joined to X (dev 405).
        if previous.rule == .sourcePreposition, (reading.hit.lead?.lowerBound ?? reading.hit.range.lowerBound) > previous.contentStart {
            return .undecided
        }
        if isInsideContent(of: previous, reading: reading, in: view) { return .rejected }
        // `… và phủ nhận …`, `…, cho biết …`: the previous subject goes on.
        reading.isCoordinated = true
        reading.hasSubject = true
        reading.mention = previous.mention
        reading.cutPoint = finder.coordinationStart(tokens, endingAt: subjectEnd, sentence: view.bounds)
        return .undecided
    }

    /// Whether the cue stands inside the previous content, not after it: an item of a list of
    /// cue nouns, or words after the content's colon.
    private func isInsideContent(of previous: QuoteFinder.Attribution, reading: CueReading, in view: SentenceView) -> Bool {
        let cue = reading.hit.range
        let after = cue.upperBound
        // `kiến nghị, đề xuất, gửi …`: a cue noun in a list.
        if view.match(.cueNoun, at: cue.lowerBound, limit: after) == cue.count, after < view.end,
           view.isPunctuation(after, Punctuation.commaOrDashKeys) || view.match(.coordinator, at: after) != nil {
            return true
        }
        // `cho biết: Trong thời gian tới, …, đề nghị …`: inside the words after the colon.
        var index = reading.subjectEnd - 1
        while index >= previous.cue.upperBound {
            if view.tokens[index].kind == .quote { return false }
            if view.isPunctuation(index, ":") { return true }
            index -= 1
        }
        return false
    }
}
