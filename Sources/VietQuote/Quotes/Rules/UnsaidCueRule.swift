/// Words not said: a negator or a passive before the cue (`không trả lời`, `bị cáo buộc`), a
/// modal of duty or advice (`phải thông báo`, `cần lưu ý`: function_words.tsv `duty`; not after
/// a tense or aspect word: `từng phải phủ nhận` was said — but a future one is still to do:
/// `họ sẽ cần lưu ý rằng` —, nor after a word of compulsion:
/// `buộc phải nói thật`, nor before a colon or quotation mark: `phải thừa nhận: "…"`),
/// also over auxiliaries (`đã không ngay lập tức trả lời`), or a word after the cue that makes
/// it a noun (`tuyên bố này`, `tuyên bố được … đưa ra`; but `nói trên một podcast`, `nói trên
/// truyền hình` say where,
/// and after a cue that is never a noun `đó là …`, `gần đây Việt Nam …` open its content;
/// after a medium cue a possessor names whose words it passes on: `Reuters dẫn phát biểu của ông
/// Kritenbrink`, `dẫn tuyên bố của đại diện IDF`, dev 106 and 311, `MediumRule` reads the possessor).
/// Otherwise it moves the subject's end
/// left over the auxiliaries (`đã`, `cũng`, `vừa`) for the subject sieves.
///
/// A degree adverb between the modal and the cue keeps the duty (`Các địa phương cần hết sức lưu
/// ý …`: told to heed, function_words.tsv `degree_adverb`); `đáng` right before the cue (`worth_modal`:
/// `Một điều đáng lưu ý là …`) makes it an adjective, "worth noting": no speaker.
///
/// A modal of the writer's own comment before the cue with at most one word before it in its
/// clause (`Điều đáng nói là …`, `Cần nói thêm rằng …`) is no speaker either.
///
/// Example (rejected): "Điện Kremlin đã không ngay lập tức trả lời yêu cầu bình luận."
/// Passes: "Ông Peskov cũng cho biết …" (the subject ends before `cũng`).
struct UnsaidCueRule: AttributionRule {
    let id = QuoteRule.unsaid

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        let cue = reading.hit.range
        let start = reading.hit.lead?.lowerBound ?? cue.lowerBound   // `không lên tiếng phủ nhận`
        if view.phrase(.negator, endingAt: start) != nil || view.phrase(.passive, endingAt: start) != nil {
            return .rejected
        }
        // `… phải thông báo trước 3 ngày`, `phải kể đến …`: a duty or advice to speak says nothing;
        // after a tense or aspect word it was done (`từng phải phủ nhận`, `tiếp tục phải đính chính`).
        // Forced, it was done (`buộc phải nói thật`, `đành phải xin lỗi`: function_words.tsv
        // `compelled`), and words that open after a colon or quotation mark were said.
        // A degree adverb between keeps the duty (`cần hết sức lưu ý`), and a future one is
        // still to be done (`họ sẽ cần lưu ý rằng …`).
        let degree = view.phrase(.degreeAdverb, endingAt: start)
        if let duty = view.phrase(.duty, endingAt: degree ?? start) ?? view.phrase(.duty, endingAt: start),
           view.phrase(.auxiliary, endingAt: duty) == nil || view.phrase(.future, endingAt: duty) != nil {
            let compelled = view.phrase(.compelled, endingAt: duty)
            guard compelled != nil || opensWords(after: cue.upperBound, in: view) else { return .rejected }
            reading.subjectEnd = min(reading.subjectEnd, compelled ?? duty)   // `Tuấn buộc phải nói`: Tuấn speaks
        }
        // `Một điều đáng lưu ý là …`: "worth noting", an adjective; no one speaks.
        if view.phrase(.worthModal, endingAt: start) != nil { return .rejected }
        let after = cue.upperBound
        let passesOnPossessor = reading.hit.entry.category == .medium && view.match(.possessive, at: after) != nil
        if after < view.end, !passesOnPossessor, view.match(.venue, at: after) == nil,
           let follower = view.match(.nounFollower, at: after),
           !opensPlace(after: after + follower, follower: after, in: view),
           !opensClause(after: after + follower, follower: after, cue: cue, in: view) {
            return .rejected
        }
        // The subject: leftwards over auxiliaries to the noun phrase.
        while true {
            if view.phrase(.attribute, endingAt: reading.subjectEnd) != nil {
                break   // `một số nguồn không chính thức cho rằng`
            } else if let start = view.phrase(.auxiliary, endingAt: reading.subjectEnd), start < reading.subjectEnd {
                reading.subjectEnd = start
            } else if view.phrase(.negator, endingAt: reading.subjectEnd) != nil {
                return .rejected   // `đã không ngay lập tức trả lời`
            } else {
                break
            }
        }
        // `Điều đáng nói là`, `Cần nói thêm rằng`: the writer's own comment.
        if let modal = view.phrase(.writerModal, endingAt: reading.subjectEnd) {
            var clauseStart = modal
            while clauseStart > view.start, !view.isPunctuation(clauseStart - 1, Punctuation.clauseMarksKeys) { clauseStart -= 1 }
            if finder.wordCount(Range(from: clauseStart, to: modal), in: view.paragraph) <= 1 { return .rejected }
        }
        reading.cutPoint = reading.subjectEnd
        return .undecided
    }

    /// Whether the words after the cue open with a colon or a quotation mark (past `rằng`):
    /// `khiến Foden phải thừa nhận: "…"` quotes what was said.
    private func opensWords(after index: Int, in view: SentenceView) -> Bool {
        var index = index
        if index < view.end, view.isWord(index, .complementizer) { index += 1 }
        guard index < view.end else { return false }
        return view.isPunctuation(index, ":") || view.tokens[index].kind == .quote
    }

    /// `cho rằng đó là động tác nguy hiểm`, `khẳng định gần đây Việt Nam nổi lên …`: after a cue
    /// that is never a noun (not function_words.tsv `cue_noun`), a follower that opens the content
    /// — `đó` before the copula `là`, or a time word (`adverbial_head`: `gần đây`) before a comma
    /// or a capitalised word — is no `the … above`. A cue noun keeps its follower (`tuyên bố gần
    /// đây của ông`, `Tuyên bố đó là …`).
    private func opensClause(after index: Int, follower: Int, cue: Range<Int>, in view: SentenceView) -> Bool {
        guard index < view.end, view.match(.cueNoun, at: cue.lowerBound, limit: cue.upperBound) == nil else { return false }
        if view.isWord(index, .copula) { return true }
        guard view.match(.adverbialHead, at: follower, limit: index) == index - follower else { return false }
        return view.isPunctuation(index, ",") || (view.tokens[index].kind == .word && view.isCapitalized(index))
    }

    /// `nói trên một podcast`, `phát biểu trên CNN`, `phát biểu trên truyền hình`: a follower that
    /// is also a preposition, with a quantified or capitalised noun phrase after it, or a noun of
    /// where words are broadcast or posted (function_words.tsv `broadcast_place`: `truyền hình`,
    /// `tài khoản`, `nền tảng`), says where, not `the … above`.
    private func opensPlace(after index: Int, follower: Int, in view: SentenceView) -> Bool {
        guard view.isWord(follower, .preposition), index < view.end, view.tokens[index].kind == .word else { return false }
        return view.tokens[index].isCapitalized || view.match(.quantifier, at: index) != nil
            || view.match(.broadcastPlace, at: index) != nil
    }
}
