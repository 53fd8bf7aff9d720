/// `"…" - Name, apposition cue`: a quotation that opens a sentence and closes right before a
/// dash, the speaker's name after the dash and its apposition running into the cue. The words
/// read back from the cue end at the apposition's comma, so the content found before the
/// speaker is `"…" - Name`; the quotation alone is the content, as after a comma
/// (ANNOTATION.md: attribution after a dash is the same as after a comma). The quote carries
/// this rule's id (`FoundQuote.refinements`).
///
/// Example: "“Họ đang nghĩ về việc chỉ huy và kiểm soát …” - Jeffrey Lewis, nhà phân tích tại
/// Trung tâm nghiên cứu không phổ biến vũ khí hạt nhân James Martin cho hay." (dev 420).
/// Rejects: words after the dash that are not a name (a lower-case word: `"…" - một thuật ngữ
/// …`, the writer's aside or more content); a quotation that does not open the content.
struct DashNameAttributionRule {
    let id = QuoteRefinement.dashNameAttribution

    /// The quotation's words when `content` is a quotation, a dash and a name; nil else. The
    /// quotation may open before `content` (a sentence stop inside it starts the sentence there).
    func quotation(in content: Range<Int>, of view: SentenceView) -> Range<Int>? {
        let paragraph = view.paragraph, tokens = paragraph.tokens
        var dash = content.upperBound - 1
        while dash > content.lowerBound, tokens[dash].kind == .word, tokens[dash].isCapitalized { dash -= 1 }
        let name = Range(from: dash + 1, to: content.upperBound)
        guard !name.isEmpty, name.count <= QuoteFinder.Limits.personOnlyTokens, dash - 1 >= content.lowerBound,
              view.isPunctuation(dash, Punctuation.dashesKeys), let span = paragraph.span(closingAt: dash - 1),
              span.contentStart < span.contentEnd, span.contentStart <= content.lowerBound + 1 else { return nil }
        return Range(from: span.contentStart, to: span.contentEnd)
    }
}
