/// A fronted cue clause (ANNOTATION.md: `Nhấn mạnh X, Thủ tướng …`, `Cho biết X, ông …`): a cue
/// that opens the sentence with no subject of its own, and words of its own up to the comma
/// before the main clause's subject, is a quote of that subject; its content ends at the comma
/// (the main clause's cue, read next, takes the same subject as its speaker).
///
/// Example: "Cho biết, Ấn Độ đã phát triển ngành công nghệ thông tin từ rất sớm …, ông Narayana
/// Murthy cho rằng đây là nền tảng …" (dev 426: `Cho biết` of ông Narayana Murthy, content
/// `Ấn Độ đã phát triển …`); "Hoan nghênh ông Narayana Murthy thăm và làm việc với các đối tác
/// Việt Nam …, Thủ tướng Chính phủ Phạm Minh Chính bày tỏ ấn tượng về …" (dev 426).
/// Passes: a phrase that only sets the scene or names whom or what about (`Phát biểu tại hội
/// nghị, …`, `Chia sẻ với phóng viên, …`, `Nói về …`: a venue or a preposition right after the
/// cue), a statement with no comma or `rằng` after its cue (`Trả lời câu hỏi …, ông …`), no
/// words between the cue and the main clause (`Cho biết thêm, ông X …`), a main clause whose
/// subject names no speaker or is not set off by a comma.
struct FrontedCueRule: AttributionRule {
    let id = QuoteRule.frontedCue

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        let cue = reading.hit.range
        guard !reading.hasSubject, reading.previous == nil, reading.hit.lead == nil, cue.lowerBound == view.start,
              view.isCapitalized(cue.lowerBound), opensWords(after: reading, in: view) else { return .undecided }
        let start = finder.contentStart(after: reading.contentFrom, in: view)
        guard let subject = mainSubject(after: start, in: view, finder: finder) else { return .undecided }
        reading.take(subject)
        return .attributed(reading.attribution(contentStart: start))
    }

    /// Words of the cue's own right after it: a judging or appeal cue's object, or a statement's
    /// clause after a comma or `rằng`; never a venue or a preposition (the scene, whom, or a topic).
    private func opensWords(after reading: CueReading, in view: SentenceView) -> Bool {
        let next = reading.contentFrom
        guard next < view.end else { return false }
        if view.isPunctuation(next, Punctuation.comma) || view.isWord(next, .complementizer) { return true }
        guard view.tokens[next].kind == .word, view.match(.venue, at: next) == nil, view.match(.preposition, at: next) == nil
        else { return false }
        return [.judging, .appeal].contains(reading.hit.entry.category)
    }

    /// The subject of the next cue, when it stands right after a comma past `start`, with words
    /// before that comma, and can name a speaker. (Only the next cue: `Trả lời, bị cáo Lan cho
    /// rằng, …, bà Hồng nói …` has a speaker of its own first, silver 2024-09-23-truong-my-lan.)
    private func mainSubject(after start: Int, in view: SentenceView, finder: QuoteFinder) -> QuoteFinder.NounPhrase? {
        guard let hit = view.hits.first(where: { $0.range.lowerBound > start }) else { return nil }
        let end = hit.lead?.lowerBound ?? hit.range.lowerBound
        guard let subject = view.subject(endingAt: end, stopAt: start, finder: finder), subject.isTopLevel else { return nil }
        let comma = subject.range.lowerBound - 1
        guard comma > start, view.isPunctuation(comma, Punctuation.comma),
              finder.isSpeakerLike(subject.range, in: view.paragraph) else { return nil }
        return subject
    }
}
