/// A headline `X: words` with no cue before the colon: X (a capitalised speaker within the
/// first few tokens) said the words.
///
/// Example: "Ngoại trưởng Lavrov: Nga sẵn sàng đàm phán với Mỹ"
/// Rejects: a body paragraph, a headline with a cue before the colon, a label that names no
/// one or names a topic, a menu heading or a match (`isTopicLabel`), a content of fewer than
/// three words; and (`speaking`) a label that is no person or state — a place, a body, a film,
/// a genre (`Hà Nội: Bé gái chào đời …`, `Clip: Hiện trường tai nạn`, `Bình Thuận: Khởi tố 01
/// đối tượng …`) — unless its words are quoted or the article has it speak elsewhere.
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
        if label.contains(where: { tokens[$0].kind == .number || paragraph.isPunctuation($0, Punctuation.dashesKeys)
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

    /// `quotes` (a page's, in any order) without the headline quotes whose label speaks nowhere:
    /// a label is a speaker by itself when it names a person (an honorific, a title, a
    /// Vietnamese personal name), a state, bloc or group of `actors.tsv`, a named medium of
    /// organizations.tsv or a body or medium head with its side (`Báo Mỹ`) — not a capital,
    /// which in a headline is the dateline (`Hà Nội: …`); any other label (a province, a body, a
    /// topic, a genre such as `Clip`) speaks only when the words after the colon are quoted or
    /// read as speech (`isSpeech`), or another quote of the article has it as speaker (the
    /// label's words, in order, are words of that quote's mention: `Bild: Ông Zelensky gặp cú
    /// sốc …` and `theo Bild` in the body; one shared syllable is not enough, `Hải Phòng: …`
    /// and `Bộ Quốc phòng cho biết …`). A place opening with its head (`TP.HCM: Cấm xe …`) must
    /// open that mention: at the end of a body's (`Sở Giao thông vận tải TP.HCM cho biết`) it only
    /// says where the body is (silver 2024-09-02-ban-phao-hoa-2-9-hcm, speakers24); so must a
    /// capital (`Hà Nội: …`, `isCapital`).
    /// Silver (6,598 pages, 264 headline quotes): most labels that speak nowhere else are
    /// places and topics (`Hải Phòng: Đẩy nhanh tiến độ …`, `Luật chơi: …`, `Spoiler: …`).
    func speaking(_ quotes: [FoundQuote], in paragraphs: [ParagraphContext], finder: QuoteFinder) -> [FoundQuote] {
        guard quotes.contains(where: { $0.rule == id }) else { return quotes }
        let keys = { (span: TokenSpan) in paragraphs[span.paragraph].tokens[span.range].filter { $0.kind == .word }.map(\.key) }
        let speakers = quotes.filter { $0.rule != id }.compactMap(\.mention).map(keys)
        return quotes.filter { quote in
            guard quote.rule == id, let mention = quote.mention else { return true }
            let paragraph = paragraphs[mention.paragraph]
            if quote.type == .direct || speaksByItself(mention.range, in: paragraph, finder: finder)
                || isSpeech(quote.content, in: paragraphs, finder: finder) { return true }
            let label = keys(mention)
            // A place (`TP.HCM: Cấm xe …`) speaks where it opens a mention (`TP.HCM công bố`), not
            // where it ends a body's (`Sở Giao thông vận tải TP.HCM`: `PlaceRun`).
            let place = PlaceRun.isPlace(paragraph.tokens, mention.range, lexicon: finder.names)
                || isMetonymAlone(mention.range, in: paragraph, finder: finder)
            return !label.isEmpty && speakers.contains { speaker in
                speaker.count >= label.count
                    && (0...(place ? 0 : speaker.count - label.count)).contains { speaker[$0..<$0 + label.count].elementsEqual(label) }
            }
        }
    }

    /// Whether the label is a metonym of `actors.tsv` alone: a capital (`Hà Nội`) or a seat of
    /// power (`Nhà Trắng`, `Điện Kremlin`, `Lầu Năm Góc`), all places too, which speak only where
    /// they open a mention (`Hà Nội sẽ công bố …`), not where they end a body's name or an
    /// address (`Sở GDĐT Hà Nội`, `quận Hoàng Mai, Hà Nội`: silver 2024-05-07-hoi-chung-sieu-nu
    /// `Hà Nội: Bé gái chào đời …` was a quote of Việt Nam, speakers28).
    private func isMetonymAlone(_ label: Range<Int>, in paragraph: ParagraphContext, finder: QuoteFinder) -> Bool {
        guard let side = finder.names.actor(in: paragraph.tokens, at: label.lowerBound, limit: label.upperBound) else { return false }
        return side.length == label.count && side.entry.kind == .metonym
    }

    /// Whether the words after the colon read as speech by themselves: they open with a
    /// quotation mark (closed or not: `Công Dương: 'Ngày mới Nam tiến, tôi kiếm …`) or hold a
    /// first-person word (`Ronaldo: Tôi giỏi nhất lịch sử, chấm hết`).
    private func isSpeech(_ content: TokenSpan, in paragraphs: [ParagraphContext], finder: QuoteFinder) -> Bool {
        let paragraph = paragraphs[content.paragraph]
        let tokens = paragraph.tokens
        if content.range.lowerBound > 0, tokens[content.range.lowerBound - 1].kind == .quote { return true }
        if tokens[ifPresent: content.range.lowerBound]?.kind == .quote { return true }
        return content.range.contains { finder.words.isWord(tokens, at: $0, .firstPerson) }
    }

    /// Whether the label names a person, a state, a named medium or a body of a side by itself
    /// (see `speaking`).
    func speaksByItself(_ label: Range<Int>, in paragraph: ParagraphContext, finder: QuoteFinder) -> Bool {
        let tokens = paragraph.tokens
        let first = label.lowerBound
        // A side first: `Hà Nội` is a capital, not a family name `Hà` + a given name.
        if let side = finder.names.actor(in: tokens, at: first, limit: label.upperBound), side.length == label.count {
            return side.entry.kind != .metonym
        }
        // A named medium (`Reuters`), or a body or medium head + a state or bloc (`Bộ Quốc
        // phòng Nga`, `Báo Mỹ`): a source by itself (not a city's body, `TP Thủ Đức`).
        if let body = finder.names.organization(in: tokens, at: first, limit: label.upperBound) {
            let after = first + body.length
            if after == label.upperBound, body.entry.kind == .media, !body.entry.isGenericHead { return true }
            if let side = finder.names.actor(in: tokens, at: after, limit: label.upperBound),
               after + side.length == label.upperBound, side.entry.kind == .country || side.entry.kind == .bloc { return true }
        }
        return finder.words.match(.honorific, in: tokens, at: first) != nil
            || finder.names.title(in: tokens, at: first, limit: label.upperBound) != nil
            || finder.names.startsPersonalName(tokens, at: first)
    }
}
