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
        // `… và phủ nhận …`, `…, cho biết …`: the previous subject goes on.
        reading.isCoordinated = true
        reading.hasSubject = true
        reading.mention = previous.mention
        reading.cutPoint = finder.coordinationStart(tokens, endingAt: subjectEnd, sentence: view.bounds)
        return .undecided
    }
}
