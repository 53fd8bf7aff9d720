/// A letter's or a wish's writer calling themself by a kinship term (class `letter_self` of
/// function_words.tsv: `Con`, a child writing to a parent) alone as the subject of a cue, with at
/// most `QuoteFinder.Limits.writerOpeningWords` auxiliaries between it and the cue (classes
/// `auxiliary`, `predicate_auxiliary`, `verb_marker`: `Con muốn nói`, `Con luôn cảm ơn`) and,
/// after the cue in its sentence, the person the letter is written to (class `letter_addressee`:
/// `mẹ`, `cha`, `bà`) not before a name, is the writer's own voice in a sample letter or wish:
/// no quote (the speaker had no name: `mention: no speaker words`).
///
/// Example (rejected): silver 2024-10-17-chuc-mung-20-10 `Con cảm ơn mẹ vì đã cho con một mái ấm
/// vẹn toàn …`; 2024-09-16-loi-chuc-trung-thu `Con hứa sẽ về sớm để cùng bố mẹ tận hưởng …`.
/// Passes: a kin noun with more words (`Con gái cho biết`: a relative speaks, `letter_self` is one
/// word), a word between it and the cue that is no auxiliary (silver 2024-07-18-nang-mo `Con bé
/// không dám nói`: a girl), a sentence with no addressee after the cue, and an addressee before
/// a name (`Con nói với bà Lan rằng`).
struct LetterWriterRule: AttributionRule {
    let id = QuoteRule.letterWriter

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        let cue = reading.hit.lead?.lowerBound ?? reading.hit.range.lowerBound
        let subjectEnd = min(reading.subjectEnd, cue)
        var clauseStart = subjectEnd
        while clauseStart > view.start, !view.isPunctuation(clauseStart - 1, Punctuation.clauseMarksKeys) {
            clauseStart -= 1
            if subjectEnd - clauseStart > QuoteFinder.Limits.subjectTokens { return .undecided }
        }
        guard clauseStart < cue, let length = view.match(.letterSelf, at: clauseStart, limit: cue) else { return .undecided }
        // Between it and the cue: auxiliaries only (`muốn`, `luôn`), no noun (`Con bé không dám nói`: a girl).
        let between = Range(from: clauseStart + length, to: cue)
        guard finder.wordCount(between, in: view.paragraph) <= QuoteFinder.Limits.writerOpeningWords,
              between.allSatisfy({ position in
                  [WordClass.auxiliary, .predicateAuxiliary, .verbMarker].contains { view.isWord(position, $0) }
              }) else { return .undecided }
        // The person written to, after the cue in the sentence, and not before a name (`bà Lan`).
        let addressed = (reading.hit.range.upperBound..<view.end).contains { position in
            view.isWord(position, .letterAddressee) && !view.isCapitalized(position)
                && !(view.tokens[ifPresent: position + 1].map { $0.kind == .word && $0.isCapitalized } ?? false)
        }
        return addressed ? .rejected : .undecided
    }
}
