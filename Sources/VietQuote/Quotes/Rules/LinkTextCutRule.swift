/// An aggregator's link line, `[headline ...](url)`, breaks its text off with an ellipsis right
/// before the link's closing bracket. A quote whose content runs into that cut ends before the
/// ellipsis (the dev gold: `[Nga cảnh báo hậu quả thảm khốc nếu Ukraine mở cuộc phản công
/// ...](…)` has content `hậu quả thảm khốc nếu Ukraine mở cuộc phản công`), and with fewer than
/// `Limits.cutOffContentWords` words left it is a headline cut off before its content, no quote
/// (ANNOTATION.md: `Việt Nam kêu gọi hai ...`), as a paragraph that ends on an ellipsis is.
/// The whole link line stays a quote's place: in the dev pages it is the article's only
/// headline, and the gold annotates its quotes.
///
/// Example: "[Tổng thống Pháp Emmanuel Macron bất ngờ tuyên bố giải tán Quốc ...](https://…)"
/// (silver 2024-06-10-emmanuel-macron: content `giải tán Quốc`, was `giải tán Quốc ...]`).
/// Passes: an ellipsis inside the text (`chỉ làm nổi bật thêm ... chính sách`), a bracket that
/// closes no ellipsis (`[Video]`), content that ends before the cut (`cáo buộc Mỹ gây căng
/// thẳng, cảnh báo …`: the later cue ends it).
struct LinkTextCutRule {
    let id = QuoteRefinement.linkTextCut

    /// Where `content` ends before the ellipsis that closes a link text (`… ...]`), or nil
    /// when it does not run into one.
    func textEnd(of content: Range<Int>, in paragraph: ParagraphContext) -> Int? {
        let tokens = paragraph.tokens
        var end = content.upperBound
        guard end - 2 > content.lowerBound, paragraph.isPunctuation(end - 1, "]"), tokens[end - 2].key == "…" else { return nil }
        end -= 2
        while end > content.lowerBound, tokens[end - 1].kind == .punctuation, Punctuation.trailingKeys.contains(tokens[end - 1]) { end -= 1 }
        return end
    }
}
