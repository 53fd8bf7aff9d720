/// `"…", X cue` and `"…" - X cue`: a quotation closing right before its speaker (a comma or
/// dash between), when the cue has nothing after it. Also `"…" – Đây là khẳng định của X`
/// (after `DemonstrativeRule`) and `"…", theo X.`.
///
/// Example: "\"Đây không phải là sự hiểu lầm hay tai nạn,\" ông Teodoro nói trong một cuộc họp báo."
/// Rejects: a coordinated cue (its speaker's quote stands after the first cue), a cue with no
/// mention, a quotation inside the content of an earlier attribution of the sentence (ANNOTATION.md:
/// a fragment of a mixed quote is no quote of its own; dev 421 emitted it twice).
struct QuoteFirstRule {
    let id = QuoteRule.quoteFirst

    func quote(before attribution: QuoteFinder.Attribution, in paragraph: ParagraphContext,
               earlier: ArraySlice<QuoteFinder.Attribution>) -> Range<Int>? {
        guard !attribution.isCoordinated, let speakerStart = attribution.speakerStart else { return nil }
        var index = speakerStart - 1
        if paragraph.isPunctuation(index, Punctuation.commaOrDash) { index -= 1 }
        guard index >= 0, let span = paragraph.span(closingAt: index), span.contentEnd > span.contentStart else { return nil }
        // `X nhận định A "B", một nguồn tin nói`: the quotation is a fragment of X's mixed content
        // (after a colon, `cảnh báo A: "B", ông nói`, it stands on its own).
        let afterColon = span.open.map { paragraph.isPunctuation($0 - 1, ":") } ?? false
        if !afterColon, earlier.contains(where: { !$0.isCreditOnly && $0.contentStart < span.contentStart }) { return nil }
        return Range(from: span.contentStart, to: span.contentEnd)
    }
}
