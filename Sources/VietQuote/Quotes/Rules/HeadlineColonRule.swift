/// A headline `X: words` with no cue before the colon: X (a capitalised speaker within the
/// first few tokens) said the words.
///
/// Example: "Ngoại trưởng Lavrov: Nga sẵn sàng đàm phán với Mỹ"
/// Rejects: a body paragraph, a headline with a cue before the colon, a label that names no
/// one, a content of fewer than three words.
struct HeadlineColonRule {
    let id = QuoteRule.headlineColon

    func quote(in paragraph: ParagraphContext, at position: Int, hits: [CueHit], finder: QuoteFinder) -> FoundQuote? {
        let tokens = paragraph.tokens
        let first = tokens.first?.key == "[" ? 1 : 0   // a headline set as a markdown link
        guard let colon = tokens.prefix(QuoteFinder.Limits.headlineSpeakerTokens)
                .firstIndex(where: { $0.kind == .punctuation && $0.key == ":" }),
              colon > first, tokens[first].isCapitalized,
              !hits.contains(where: { $0.range.lowerBound < colon }),
              finder.isSpeakerLike(Range(from: first, to: colon), in: paragraph) else { return nil }
        let content = finder.trimmed(Range(from: colon + 1, to: tokens.count), in: paragraph)
        guard finder.wordCount(content, in: paragraph) >= QuoteFinder.Limits.headlineContentWords else { return nil }
        let typed = finder.typedContent(content, in: paragraph)
        return FoundQuote(content: TokenSpan(paragraph: position, range: typed.range), type: typed.type,
                          cue: TokenSpan(paragraph: position, range: colon..<colon + 1), cueEntry: nil,
                          mention: TokenSpan(paragraph: position, range: Range(from: first, to: colon)), rule: id)
    }
}
