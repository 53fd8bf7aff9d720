/// The Quotes stage: finds direct, indirect and mixed quotes in the kept paragraphs, by
/// quotation marks and by the cues of `lexicons/cues.tsv`, with the constructions of
/// `../shared/ANNOTATION.md`. Each cue is read by the ordered sieves of
/// `attributionRules` (Rules/); the quote-level rules (`QuoteFirstRule`, `ContentFirstRule`,
/// `CueThenParagraphRule`, `HeadlineColonRule`, `FloatingQuoteRule`) place what they found.
struct QuoteFinder: Sendable {
    let cues: CueLexicon
    let words: FunctionWords
    /// Titles, organisations and sides: words that can name a speaker.
    let names: SpeakerLexicon

    /// An attribution inside one sentence, before its content end is known.
    struct Attribution {
        var cue: Range<Int>
        var entry: CueEntry
        var mention: Range<Int>?
        var contentStart: Int
        /// Where a previous attribution's content must end when this one starts.
        var cutPoint: Int
        /// `Theo X, …` and `X cue, …`: a frame that yields to an attribution inside it.
        var isFrame: Bool
        /// Joined to the previous attribution's subject (no subject of its own).
        var isCoordinated: Bool
        var rule: QuoteRule
        /// A credit (`…, theo KCNA.`): it ends the content before it and is no quote.
        var isCreditOnly = false
        /// `Content, theo X.`: the content stands before the source.
        var isSourceLast = false
        /// `"…" – Đây là khẳng định của X`: the quotation stands right before this token.
        var anchor: Int? = nil

        /// Where the speaker's words start, for a quote standing before them; nil with no mention.
        var speakerStart: Int? {
            guard let mention else { return nil }
            if let anchor { return anchor }
            if isSourceLast { return cue.lowerBound }
            return rule == .medium ? cutPoint : mention.lowerBound
        }
    }

    func find(in paragraphs: [ParagraphContext]) -> [FoundQuote] {
        var quotes: [FoundQuote] = []
        for position in paragraphs.indices {
            quotes += find(in: paragraphs[position], at: position, next: paragraphs[ifPresent: position + 1])
        }
        quotes += FloatingQuoteRule().quotes(in: paragraphs, found: quotes, finder: self)
        quotes.sort { ($0.content.paragraph, $0.content.range.lowerBound) < ($1.content.paragraph, $1.content.range.lowerBound) }
        return deduplicated(quotes)
    }

    // MARK: - One paragraph

    func cueHits(in paragraph: ParagraphContext) -> [CueHit] {
        var hits: [CueHit] = []
        var index = 0
        let tokens = paragraph.tokens
        while index < tokens.count {
            // `Bộ Thông tin và Truyền thông`, `Sở Thông tin …`: a capitalised cue word inside a
            // body's name is part of the name, no cue.
            // (Only a capitalised head starts a body name: the check of the head's first word saves the call.)
            if tokens[index].isCapitalized, names.bodyHeads.mayStart(tokens[index]),
               let nameEnd = bodyNameEnd(in: tokens, at: index) {
                index = nameEnd
                continue
            }
            guard tokens[index].kind == .word, cues.trie.mayStart(tokens[index]), !paragraph.insideQuote[index],
                  let match = cues.match(in: tokens, at: index) else {
                index += 1
                continue
            }
            var length = match.length - match.entry.context   // `thêm [rằng]`: the cue is `thêm`
            if match.entry.category != .blocker {
                length += feelingLength(in: tokens, after: index, cueLength: length)
                hits.append(CueHit(range: index..<index + length, entry: match.entry))
            }
            index += length
        }
        return hits
    }

    /// Where the capitalised words of a body's name that starts at `index` end (`Bộ Thông tin
    /// và Truyền thông` up to `Truyền`), when a cue word stands among them; nil otherwise.
    func bodyNameEnd(in tokens: [Token], at index: Int) -> Int? {
        guard tokens[index].kind == .word, tokens[index].isCapitalized,
              let body = names.bodyName(in: tokens, at: index, limit: tokens.count) else { return nil }
        guard let lastCapital = (index + 1..<index + body.length).last(where: { tokens[$0].isCapitalized }),
              (index + 1...lastCapital).contains(where: { tokens[$0].isCapitalized && cues.match(in: tokens, at: $0) != nil })
        else { return nil }
        return lastCapital + 1
    }

    /// `bày tỏ (sự) ngưỡng mộ (về)`: after a cue that expresses (class `expresser`), a feeling or
    /// attitude noun (class `feeling`, after an optional noun marker) and a preposition right after
    /// it (`feeling_object`) belong to the cue (ANNOTATION.md); 0 when none follows.
    func feelingLength(in tokens: [Token], after index: Int, cueLength: Int) -> Int {
        guard words.match(.expresser, in: tokens, at: index, limit: index + cueLength) == cueLength else { return 0 }
        var end = index + cueLength
        // `bày tỏ sự thất vọng`, not `bày tỏ trong thất vọng` (a preposition is no noun marker here).
        if let marker = words.match(.nounMarker, in: tokens, at: end), words.match(.preposition, in: tokens, at: end) == nil,
           words.match(.feeling, in: tokens, at: end + marker) != nil {
            end += marker
        }
        guard let feeling = words.match(.feeling, in: tokens, at: end) else { return 0 }
        end += feeling
        end += words.match(.feelingObject, in: tokens, at: end) ?? 0
        return end - index - cueLength
    }

    /// The paragraph with its cue hits marked, and the sentences as the rules read them.
    func sentenceViews(of paragraph: ParagraphContext) -> (paragraph: ParagraphContext, hits: [CueHit], views: [SentenceView]) {
        let hits = cueHits(in: paragraph)
        var paragraph = paragraph
        for hit in hits {
            for index in hit.range { paragraph.cueHitStart[index] = hit.range.lowerBound }
            if hit.entry.category == .source { paragraph.sourceHitStarts.insert(hit.range.lowerBound) }
        }
        var views: [SentenceView] = []
        var nextHit = 0
        for sentence in paragraph.sentences {
            // Hits are in text order, and so are sentences: one pass over both.
            while nextHit < hits.count, hits[nextHit].range.lowerBound < sentence.lowerBound { nextHit += 1 }
            var last = nextHit
            while last < hits.count, hits[last].range.lowerBound < sentence.upperBound { last += 1 }
            views.append(SentenceView(paragraph: paragraph, bounds: sentence, hits: Array(hits[from: nextHit, upTo: last]), words: words))
            nextHit = last
        }
        return (paragraph, hits, views)
    }

    /// The attributions of one sentence, each cue read by the sieves, with the sieve that decided it.
    func attributions(in view: SentenceView) -> [(hit: CueHit, decision: Decision)] {
        var decisions: [(hit: CueHit, decision: Decision)] = []
        var previous: Attribution?
        for hit in view.hits {
            let decision = decide(hit, in: view, previous: previous)
            decisions.append((hit, decision))
            guard let attribution = decision.attribution else { continue }
            if !attribution.isCreditOnly { previous = attribution }
            // `tuyên bố nếu A, Mỹ sẽ yêu cầu B`: what follows is the condition's main clause.
            if !attribution.isCreditOnly, view.match(.conditional, at: attribution.contentStart) != nil { break }
        }
        return decisions
    }

    private func find(in paragraph: ParagraphContext, at position: Int, next: ParagraphContext?) -> [FoundQuote] {
        let (paragraph, hits, views) = sentenceViews(of: paragraph)
        var quotes: [FoundQuote] = []
        for view in views {
            let found = attributions(in: view).compactMap(\.decision.attribution)
            quotes += resolve(found, in: view, at: position, next: next)
        }
        if paragraph.role == .headline, quotes.isEmpty,
           let quote = HeadlineColonRule().quote(in: paragraph, at: position, hits: hits, finder: self) {
            quotes.append(quote)
        }
        return quotes
    }

    // MARK: - From attributions to quotes

    /// The quotes of one sentence's attributions, read from the last: a frame (`X cho biết, …`)
    /// yields to an attribution inside it only when that one makes a quote (or yields in turn);
    /// one that makes none (`Armenia và Azerbaijan đã cam kết …`, a bare pledge) is the frame's content.
    private func resolve(_ attributions: [Attribution], in view: SentenceView, at position: Int,
                         next: ParagraphContext?) -> [FoundQuote] {
        var live = attributions.map { _ in true }
        var found = attributions.map { _ in [FoundQuote]() }
        for k in attributions.indices.reversed() where !attributions[k].isCreditOnly {
            let result = quotes(of: k, in: attributions, live: live, view: view, at: position, next: next)
            found[k] = result.quotes
            live[k] = result.nested || !result.quotes.isEmpty
        }
        return found.flatMap { $0 }
    }

    private func quotes(of k: Int, in attributions: [Attribution], live: [Bool], view: SentenceView, at position: Int,
                        next: ParagraphContext?) -> (quotes: [FoundQuote], nested: Bool) {
        let paragraph = view.paragraph
        let attribution = attributions[k]
        var quotes: [FoundQuote] = []
        var end = view.end
        var nested = false
        for (j, later) in attributions.enumerated().dropFirst(k + 1) where later.cue.lowerBound >= attribution.contentStart {
            let yields = attribution.isFrame && !later.isCoordinated && !later.isCreditOnly
            if yields, !live[j] { continue }
            end = max(attribution.contentStart, later.cutPoint)
            nested = yields
            break
        }
        if nested { return ([], true) }   // only the innermost speaker's quote is annotated
        let content = trimmed(Range(from: attribution.contentStart, to: end), in: paragraph)
        let make = { (range: TokenSpan, type: QuoteType, rule: QuoteRule) in
            FoundQuote(content: range, type: type, cue: TokenSpan(paragraph: position, range: attribution.cue),
                       cueEntry: attribution.entry, mention: attribution.mention.map { TokenSpan(paragraph: position, range: $0) },
                       rule: rule)
        }
        if content.isEmpty || onlyTrailing(content, in: paragraph) {
            // Nothing after the cue: the quote stands in the next paragraph, or before its speaker.
            if let range = CueThenParagraphRule().quote(after: attribution.cue.upperBound, in: paragraph, next: next) {
                quotes.append(make(TokenSpan(paragraph: position + 1, range: range), .direct, .cueThenParagraph))
            } else if let found = quoteBefore(attribution, in: view, earlier: attributions[..<k]) {
                quotes.append(make(TokenSpan(paragraph: position, range: found.range), found.type,
                                   attribution.rule == .medium ? .medium : found.rule))
            }
            return (quotes, false)
        }
        // `"…", ông Trump trả lời báo giới Mỹ.`: a quotation closing right before its speaker is
        // what a statement cue reports when the words after the cue only say to whom, where or
        // about what (short, or opened by a preposition, or after `nói về`).
        if attribution.entry.category == .statement, attribution.contentStart == attribution.cue.upperBound,
           !paragraph.tokens[content].contains(where: { $0.kind == .quote }),
           isAddresseeOrVenue(content, of: attribution, in: view),
           let range = QuoteFirstRule().quote(before: attribution, in: paragraph, earlier: attributions[..<k]) {
            quotes.append(make(TokenSpan(paragraph: position, range: range), .direct, .quoteFirst))
            return (quotes, false)
        }
        // `nêu quan điểm: "…"`: the cue's object, then its words after a colon.
        if isObjectOnly(content, of: attribution, in: paragraph), paragraph.isPunctuation(content.upperBound, ":"),
           let span = paragraph.span(openingAt: content.upperBound + 1), span.contentEnd > span.contentStart {
            quotes.append(make(TokenSpan(paragraph: position, range: Range(from: span.contentStart, to: span.contentEnd)),
                               .direct, attribution.rule))
            return (quotes, false)
        }
        guard isContent(content, of: attribution, in: paragraph, end: end) else { return (quotes, false) }
        let typed = typedContent(content, in: paragraph)
        quotes.append(make(TokenSpan(paragraph: position, range: typed.range), typed.type, attribution.rule))
        return (quotes, false)
    }

    /// Whether the words after a cue only say to whom, where or about what: a short phrase
    /// (`báo giới Mỹ`), a prepositional or venue phrase (`bên ngoài dinh`, `trong một tuyên bố`),
    /// or the topic of a cue that ends in a preposition (`nói về`, `bày tỏ lo ngại về`).
    private func isAddresseeOrVenue(_ content: Range<Int>, of attribution: Attribution, in view: SentenceView) -> Bool {
        content.count <= Limits.addresseeTokens
            || view.match(.preposition, at: content.lowerBound) != nil || view.match(.venue, at: content.lowerBound) != nil
            || view.match(.temporal, at: content.lowerBound) != nil
            || words.isWord(view.tokens, at: attribution.cue.upperBound - 1, .topic)
    }

    /// `"…", X cue` (direct) or `content, X cue` (reported).
    private func quoteBefore(_ attribution: Attribution, in view: SentenceView, earlier: ArraySlice<Attribution>)
        -> (range: Range<Int>, type: QuoteType, rule: QuoteRule)? {
        let direct = QuoteFirstRule()
        if let range = direct.quote(before: attribution, in: view.paragraph, earlier: earlier) { return (range, .direct, direct.id) }
        let reported = ContentFirstRule()
        return reported.content(before: attribution, in: view, finder: self,
                                afterAttribution: earlier.contains { !$0.isCreditOnly })
            .map { ($0.range, $0.type, reported.id) }
    }

    /// Whether the words after a cue are content: not a headline cut off before its content,
    /// not a judging cue's person alone, a pledge stated as words, a statement's clause (not one
    /// or two words), not a time word alone.
    private func isContent(_ content: Range<Int>, of attribution: Attribution, in paragraph: ParagraphContext, end: Int) -> Bool {
        // A headline or teaser cut off before its content (`Việt Nam kêu gọi hai ...`).
        if let last = paragraph.tokens.indices.last, paragraph.tokens[last].key == "…", end >= last,
           wordCount(content, in: paragraph) < Limits.cutOffContentWords { return false }
        if attribution.entry.category == .judging, isPersonOnly(content, in: paragraph) { return false }
        if attribution.entry.category == .pledge, !isStatedPledge(attribution, content, in: paragraph) { return false }
        if isObjectOnly(content, of: attribution, in: paragraph) { return false }
        // Content that is only a time word (`cùng ngày`) is no content.
        return words.match(.auxiliary, in: paragraph.tokens, at: content.lowerBound, limit: content.upperBound) != content.count
    }

    /// A statement's content is a clause: one or two words without quotation marks after a
    /// statement, appeal or announcement cue are its object or where it was said (`bày tỏ phẫn
    /// nộ`, `nói với REUTERS`, `nêu quan điểm`), not content.
    private func isObjectOnly(_ content: Range<Int>, of attribution: Attribution, in paragraph: ParagraphContext) -> Bool {
        [.statement, .appeal, .announce].contains(attribution.entry.category)
            && wordCount(content, in: paragraph) < Limits.statementContentWords
            && !paragraph.tokens[content].contains(where: { $0.kind == .quote })
    }

    /// Whether a pledge cue's content states the pledge as words: something (`rằng`, `là`,
    /// `:`) stands between cue and content, or the content is quoted or opens in the future
    /// (`sẽ`). Otherwise `cam kết thúc đẩy quan hệ` is a commitment, not speech.
    private func isStatedPledge(_ attribution: Attribution, _ content: Range<Int>, in paragraph: ParagraphContext) -> Bool {
        let start = content.lowerBound
        return start > attribution.cue.upperBound || paragraph.insideQuote[start]
            || paragraph.tokens[start].kind == .quote || words.isWord(paragraph.tokens, at: start, .future)
    }

    private func deduplicated(_ quotes: [FoundQuote]) -> [FoundQuote] {
        var seen = Set<TokenSpan>()
        return quotes.filter { seen.insert($0.content).inserted }
    }
}
