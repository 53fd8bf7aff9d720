/// `"…", X cue` and `"…" - X cue`: a quotation closing right before its speaker (a comma or
/// dash between), when the cue has nothing after it. Also `"…" – Đây là khẳng định của X`
/// (after `DemonstrativeRule`) and `"…", theo X.`.
///
/// Example: "\"Đây không phải là sự hiểu lầm hay tai nạn,\" ông Teodoro nói trong một cuộc họp báo."
/// Rejects: a coordinated cue (its speaker's quote stands after the first cue), a cue with no mention.
struct QuoteFirstRule {
    let id = QuoteRule.quoteFirst

    func quote(before attribution: QuoteFinder.Attribution, in paragraph: ParagraphContext) -> Range<Int>? {
        guard !attribution.isCoordinated, let speakerStart = attribution.speakerStart else { return nil }
        var index = speakerStart - 1
        if paragraph.isPunctuation(index, Punctuation.commaOrDash) { index -= 1 }
        guard index >= 0, let span = paragraph.span(closingAt: index), span.contentEnd > span.contentStart else { return nil }
        return Range(from: span.contentStart, to: span.contentEnd)
    }
}
