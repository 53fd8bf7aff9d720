/// A cue whose words before a colon say what the quotation after the colon is (its kind, its
/// topic, its reason, its addressee, its manner) and are no content: the quotation is the
/// cue's content, not a floating quote with no cue (audit12 pattern 5; dev gold gives `nêu
/// quan điểm: "…"` the cue's quotation). The words before the colon end on a complementizer
/// (`hỏi thẳng chủ tịch công ty rằng: "…"`), or they hold no clause (no verb marker, auxiliary,
/// copula, complementizer, negator or reason link) and are either headed by a reason
/// (`reason_noun`), a thing that is no words (`no_words_noun`), a cue noun (`yêu cầu`) or a
/// quantifier (`những khẩu hiệu …`, `một câu …`), or are a few words (`topicColonWords`) that
/// open in lower case with no pronoun or honorific (`nhắn nhủ đến các khách mời: "…"`, `bày tỏ
/// sự mệt mỏi: "…"`, `chỉ trích thẳng thừng: "…"`).
///
/// Example (silver 2024-12-27-top, audit12 #99): "Anh lý giải lý do xin rút: "Vì tự cá nhân
/// Đam cảm thấy …"" — content the quotation, cue `lý giải`; `Thủ tướng … đã nêu yêu cầu cụ
/// thể: “…”` (audit12 #60).
/// Rejects: a clause before the colon (`cho rằng U23 Việt Nam hoàn toàn có thể lạc quan: "…"`,
/// `cho biết bản thân đã loại đúng người: "…"`: dev gold keeps such a content and the
/// quotation apart), quoted words before the colon, a cue of `Theo` or a pledge, no quotation
/// opening right after the colon.
struct TopicColonRule {
    let id = QuoteRefinement.topicColon

    /// The quotation after `content` that is the cue's content, or nil.
    func quotation(after content: Range<Int>, of attribution: QuoteFinder.Attribution,
                   in paragraph: ParagraphContext, finder: QuoteFinder) -> Range<Int>? {
        guard [.statement, .appeal, .announce, .judging, .accusation].contains(attribution.entry.category), !content.isEmpty,
              paragraph.isPunctuation(content.upperBound, ":"),
              let span = paragraph.span(openingAt: content.upperBound + 1), span.contentEnd > span.contentStart,
              !paragraph.tokens[content].contains(where: { $0.kind == .quote }) else { return nil }
        let words = finder.words, tokens = paragraph.tokens
        if words.matchEnding(.complementizer, in: tokens, at: content.upperBound, lowerBound: content.lowerBound) != nil {
            return Range(from: span.contentStart, to: span.contentEnd)
        }
        let start = content.lowerBound, end = content.upperBound
        let opens = { (classes: [WordClass]) in classes.contains { words.match($0, in: tokens, at: start, limit: end) != nil } }
        let headed = opens([.reasonNoun, .noWordsNoun, .cueNoun, .quantifier])
        let few = !tokens[start].isCapitalized && finder.wordCount(content, in: paragraph) <= QuoteFinder.Limits.topicColonWords
            && !opens([.pronoun, .honorific, .firstPerson])
        let clauseWords: [WordClass] = [.verbMarker, .auxiliary, .copula, .complementizer, .negator]
        // (`lý do`: the reason noun's own `do` is no reason link.)
        let after = start + (words.match(.reasonNoun, in: tokens, at: start, limit: end) ?? 0)
        guard headed || few, !Range(from: after, to: end).contains(where: { index in
            clauseWords.contains { words.isWord(tokens, at: index, $0) } || words.match(.reasonLink, in: tokens, at: index, limit: end) != nil
        }) else { return nil }
        return Range(from: span.contentStart, to: span.contentEnd)
    }
}
