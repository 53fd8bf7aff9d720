/// `X cue:` ending a paragraph (the colon within a few tokens of the cue), the quote being the
/// quotation that opens the next paragraph.
///
/// Example: "Phát biểu tại cuộc họp, ông Guterres nhấn mạnh:" + next paragraph "“Thế giới …”"
/// Rejects: a next paragraph that opens with no double quotation.
struct CueThenParagraphRule {
    let id = QuoteRule.cueThenParagraph

    func quote(after cueEnd: Int, in paragraph: ParagraphContext, next: ParagraphContext?) -> Range<Int>? {
        guard let next, let last = paragraph.tokens.indices.last, paragraph.isPunctuation(last, ":"),
              last - cueEnd <= QuoteFinder.Limits.introductionTokens,
              let span = next.quoted.first, span.isDouble, span.open == 0 else { return nil }
        return Range(from: span.contentStart, to: span.contentEnd)
    }
}
