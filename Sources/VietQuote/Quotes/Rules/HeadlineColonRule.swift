/// A headline `X: words` with no cue before the colon: X (a capitalised speaker within the
/// first few tokens) said the words.
///
/// Example: "Ngoại trưởng Lavrov: Nga sẵn sàng đàm phán với Mỹ"
/// Rejects: a body paragraph, a headline with a cue before the colon, a label that names no
/// one or names a topic, a menu heading or a match (`isTopicLabel`), a content of fewer than
/// three words.
struct HeadlineColonRule {
    let id = QuoteRule.headlineColon

    func quote(in paragraph: ParagraphContext, at position: Int, hits: [CueHit], finder: QuoteFinder) -> FoundQuote? {
        let tokens = paragraph.tokens
        let first = tokens.first?.key == "[" ? 1 : 0   // a headline set as a markdown link
        guard let colon = tokens.prefix(QuoteFinder.Limits.headlineSpeakerTokens)
                .firstIndex(where: { $0.kind == .punctuation && $0.key == ":" }),
              colon > first, tokens[first].isCapitalized,
              !hits.contains(where: { $0.range.lowerBound < colon }),
              finder.isSpeakerLike(Range(from: first, to: colon), in: paragraph),
              !isTopicLabel(Range(from: first, to: colon), in: paragraph, finder: finder) else { return nil }
        let content = finder.trimmed(Range(from: colon + 1, to: tokens.count), in: paragraph)
        guard finder.wordCount(content, in: paragraph) >= QuoteFinder.Limits.headlineContentWords else { return nil }
        let typed = finder.typedContent(content, in: paragraph)
        return FoundQuote(content: TokenSpan(paragraph: position, range: typed.range), type: typed.type,
                          cue: TokenSpan(paragraph: position, range: colon..<colon + 1), cueEntry: nil,
                          mention: TokenSpan(paragraph: position, range: Range(from: first, to: colon)), rule: id)
    }

    /// Whether the label before the colon is a topic, a menu heading or a match, not a speaker:
    /// it holds a number or a dash (a date, a score: `Nghỉ lễ 2/9/2024`, `Fulham 2-1 Brentford`,
    /// `Real - Man City`) or a `versus` word (`Atalanta vs Liverpool`), or it opens with a common
    /// word (`common_words.tsv`: `Kết quả …`, `Vụ Vạn Thịnh Phát`, `Giá nông sản`) that starts
    /// no title, honorific, body or personal name.
    func isTopicLabel(_ label: Range<Int>, in paragraph: ParagraphContext, finder: QuoteFinder) -> Bool {
        let tokens = paragraph.tokens
        if label.contains(where: { tokens[$0].kind == .number || paragraph.isPunctuation($0, Punctuation.dashes)
                                     || finder.words.isWord(tokens, at: $0, .versus) }) {
            return true
        }
        let first = label.lowerBound
        guard finder.names.isCommonWord(tokens, at: first) else { return false }
        return finder.names.title(in: tokens, at: first, limit: label.upperBound) == nil
            && finder.names.organization(in: tokens, at: first, limit: label.upperBound) == nil
            && finder.words.match(.honorific, in: tokens, at: first) == nil
            && !finder.names.startsPersonalName(tokens, at: first)
    }
}
