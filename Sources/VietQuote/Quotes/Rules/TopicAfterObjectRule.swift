/// A cue whose object, a few words long, ends on the topic word (`về`) and whose topic states
/// nothing: the speaker talked to someone, or in some manner, about a topic (`nhắc nhở các giới
/// tử về nội quy`, `hỏi Nghĩa về chuyện bán công ty`, `chia sẻ thẳng thắn về tin đồn`, `nói điều
/// bất ngờ về Mourinho`, `cảnh báo người dùng iOS về lỗ hổng bảo mật`). ANNOTATION.md: talk
/// about a topic with no content clause is no quote. No quote, but a credit that ends the
/// content of an attribution before it, as `TopicOnlyRule`'s topic right after the cue.
///
/// The words between the cue and `về` are its object (an addressee, an opinion noun) or a
/// manner adverb right after the cue (function_words.tsv `auxiliary` in that place only:
/// `thẳng thắn`, `công khai`, `chính thức`), at most `Limits.topicObjectWords` words, with
/// nothing that opens a clause: no verb marker, auxiliary (past the first word), copula,
/// complementizer, negator, nominaliser, punctuation, quotation mark or other cue; no verb of
/// motion right before `về` (`direction_verb`: `trở về`, `thuộc về`: there `về` is "back", "to",
/// no topic); no lower-case word after a capitalised word or a pronoun (`Villa tự tin về …`, `anh
/// chịu tổn về …`: a subject and its predicate, a clause). The words after `về` state nothing: no
/// verb marker, auxiliary, copula or complementizer outside quotation marks, no quoted words, no
/// colon, and no nominaliser right after it (`nói bóng gió về việc rút khỏi Laver Cup`, as the dev
/// gold's `than phiền về việc họ bị ngược đãi`).
///
/// Example (a credit): "Ban Quản giới tử nhắc nhở các giới tử về nội quy sinh hoạt tại giới
/// trường." (silver 2024-11-06-truong-hue-van); "Hương Tràm chia sẻ thẳng thắn về tin đồn bí mật
/// sinh con" (silver 2024-05-23-thu-ky).
/// Passes: a clause before `về` (`Ông cho biết ông không lo về vấn đề thể lực`, `Neymar khẳng định
/// anh không về CLB cũ …`), `về` of motion (`kêu gọi ngư dân đưa tàu thuyền về nơi trú ẩn`), a
/// clause after the topic (`tiết lộ anh chịu tổn về mặt tình cảm, bị nghiện rượu`), a cue that
/// expresses a feeling (`bày tỏ trăn trở về …`: ExpressedFeelingRule's cue), a cue of no
/// statement, warning or appeal (`công bố quyết định về …` announces what it names), an appeal
/// whose object opens with no quantifier (`yêu cầu Phùng về trụ sở`: `về` is "go back" there).
struct TopicAfterObjectRule: AttributionRule {
    let id = QuoteRule.topicAfterObject

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        let hit = reading.hit
        let category = hit.entry.category
        guard [.statement, .accusation, .appeal].contains(category),
              view.match(.expresser, at: hit.range.lowerBound, limit: hit.range.upperBound) == nil,
              let topic = topicWord(after: reading.contentFrom, in: view, finder: finder),
              category != .appeal || view.match(.quantifier, at: reading.contentFrom, limit: topic) != nil,
              !statesWords(after: topic, in: view) else { return .undecided }
        // `"…", ông A nói với phóng viên về …`: the quotation before is what was said.
        let credit = reading.attribution(contentStart: view.end, isCreditOnly: true)
        guard QuoteFirstRule().quote(before: credit, in: view.paragraph, earlier: []) == nil else { return .undecided }
        return .attributed(credit)
    }

    /// The topic word (`về`) that ends the cue's object starting at `start`, when the object is
    /// a few words that open no clause; nil otherwise.
    private func topicWord(after start: Int, in view: SentenceView, finder: QuoteFinder) -> Int? {
        let limit = min(view.end, start + QuoteFinder.Limits.topicObjectWords + 1)
        var index = start
        var afterNameOrPronoun = false
        while index < limit {
            if index > start, view.isWord(index, .topic) {
                // `trở về`, `thuộc về`: `về` of motion or belonging, no topic.
                return view.phrase(.directionVerb, endingAt: index + 1) == nil ? index : nil
            }
            let token = view.tokens[index]
            // (A cue word by the lexicon, not the sentence's hits: `isCueStart` reads every hit, and
            // a sentence of many cues made that quadratic, FuzzTests.timeGrowsLinearlyOnManyQuotesInOneSentence.)
            guard token.kind == .word, !view.paragraph.insideQuote[index],
                  !view.isWord(index, .verbMarker), !view.isWord(index, .copula), !view.isWord(index, .complementizer),
                  !view.isWord(index, .negator), !view.isWord(index, .nominalizer),
                  index == start || !view.isWord(index, .auxiliary),
                  finder.cues.match(in: view.tokens, at: index) == nil else { return nil }
            // `phía Villa tự tin về`: a lower-case word after a name or a pronoun is its predicate.
            if afterNameOrPronoun, !token.isCapitalized { return nil }
            let isPerson = view.isWord(index, .pronoun) || view.isWord(index, .honorific) || view.isWord(index, .firstPerson)
            if token.isCapitalized || isPerson {
                afterNameOrPronoun = true
                // `hỏi dò ông Thắng về`: an honorific before a name is part of it.
                if isPerson, index + 1 < limit, view.tokens[index + 1].isCapitalized { index += 1 }
            }
            index += 1
        }
        return nil
    }

    /// Whether the words after the topic word state something: a nominaliser right after it,
    /// a verb marker, auxiliary, copula or complementizer outside quotation marks, quoted words
    /// or a colon, up to the sentence's end.
    private func statesWords(after topic: Int, in view: SentenceView) -> Bool {
        let start = topic + 1
        guard start < view.end else { return true }
        if view.isWord(start, .nominalizer) { return true }
        return Range(from: start, to: view.end).contains { index in
            if view.tokens[index].kind == .quote || view.paragraph.insideQuote[index] || view.isPunctuation(index, ":") { return true }
            return view.isWord(index, .verbMarker) || view.isWord(index, .auxiliary) || view.isWord(index, .copula)
                || view.isWord(index, .complementizer)
        }
    }
}
