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
        /// `những bộ phận mà X cáo buộc …`: the content ends with the relative clause.
        var isRelative = false
        /// The rules that moved the cue's or the subject's edges (see `FoundQuote.refinements`).
        var refinements: [QuoteRefinement] = []
        /// `cutPoint` stands before a word that opens this subject's clause: an earlier content
        /// ended there carries `ClauseOpenerCutRule`'s id.
        var cutsAtOpener = false
        /// `sau khi X tuyên bố A, …`: the content ends with the time clause (`TimeClauseEndRule`).
        var endsWithTimeClause = false

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
        // One list of a sentence's attributions for the whole page, emptied per sentence
        // (one per paragraph was allocated and grown again in each paragraph with a cue).
        var found: [Attribution] = []
        for position in paragraphs.indices {
            find(in: paragraphs, at: position, into: &quotes, found: &found)
        }
        quotes = HeadlineColonRule().speaking(quotes, in: paragraphs, finder: self)
        quotes += FloatingQuoteRule().quotes(in: paragraphs, found: quotes, finder: self)
        quotes.sort { ($0.content.paragraph, $0.content.range.lowerBound) < ($1.content.paragraph, $1.content.range.lowerBound) }
        return ParagraphSpanningQuoteRule().joined(deduplicated(quotes), in: paragraphs, finder: self)
    }

    // MARK: - One paragraph

    func cueHits(in paragraph: ParagraphContext) -> [CueHit] {
        var hits: [CueHit] = []
        var index = 0
        let tokens = paragraph.tokens
        let insideQuote = paragraph.insideQuote
        // (The tries read at every token, taken out of their lexicons once.)
        let bodyHeads = names.bodyHeads, cueTrie = cues.trie
        var ruling = CourtRulingRule()
        var announced: Int? = nil   // `cập nhật thông tin:`: the cue a blocker yielded to
        while index < tokens.count {
            // (Most tokens start neither a body name nor a cue: they are stepped over in one
            // tight scan, and the checks below run only where one may start.)
            index = Self.nextCueCandidate(from: index, in: tokens, insideQuote: insideQuote, bodyHeads: bodyHeads, cueTrie: cueTrie)
            if index == tokens.count { break }
            // (Only a capitalised head starts a body name: the check of the head's first word saves the call.)
            if tokens[index].isCapitalized, bodyHeads.mayStart(tokens[index]),
               let nameEnd = BodyNameCueRule().nameEnd(in: tokens, at: index, finder: self) {
                index = nameEnd
                continue
            }
            guard tokens[index].kind == .word, cueTrie.mayStart(tokens[index]), !insideQuote[index],
                  let match = cues.match(in: tokens, at: index) else {
                index += 1
                continue
            }
            var length = match.length - match.entry.context   // `thêm [rằng]`: the cue is `thêm`
            if PersonalNameCueRule().isNameSyllable(in: tokens, at: index, length: match.length) {
                index += 1
                continue
            }
            // A blocker is read below (`Trường Đại học Công nghệ thông tin`): only a cue is a name's word.
            // (Its first word only: a cue may start at the next, `Lê Cát Trọng Lý giải thích`.)
            if match.entry.category != .blocker, NameWordCueRule().isNameWord(in: tokens, at: index, length: match.length) {
                index += 1
                continue
            }
            guard let rulingRefinements = ruling.refinements(forCue: match.entry, at: index, in: paragraph, cues: cues, words: words) else {
                index += 1
                continue
            }
            if match.entry.category == .blocker,
               let cueStart = AnnouncedObjectRule().cueStart(inBlockerOf: match.length, in: tokens, at: index, cues: cues) {
                announced = cueStart
                index = cueStart
                continue
            }
            if match.entry.category != .blocker {
                let feeling = ExpressedFeelingRule(), particle = CueParticleRule()
                var extra = feeling.length(in: tokens, after: index, cueLength: length, words: words)
                // (Most hits have no refinement: no array made for them.)
                var refinements = extra > 0 ? [feeling.id] + rulingRefinements : rulingRefinements
                if extra == 0, particle.follows(match.entry, in: tokens, at: index + length, words: words) {
                    extra = 1
                    refinements = [particle.id] + rulingRefinements
                }
                if announced == index { refinements = [AnnouncedObjectRule().id] + refinements }
                if hits.isEmpty { hits.reserveCapacity(Limits.cueHitsReserved) }
                hits.append(CueHit(range: index..<index + length + extra, entry: match.entry, refinements: refinements))
                length += extra
            }
            index += length
        }
        if hits.isEmpty { return hits }
        return LeadCueRule().joined(RefusalCueRule().joined(hits, in: tokens, words: words), in: tokens, words: words)
    }

    /// The first token from `start` on at which `cueHits` reads more than the token itself:
    /// a capitalised word that may start a body name (`bodyHeads`), or a word outside
    /// quotation marks that may start a cue (`cueTrie`); `tokens.count` when none is left.
    /// Every token it steps over is one `cueHits` would step over by one, checked the same
    /// way: only the checks' order and the arrays' bounds checks differ (no output changes).
    @inline(__always)
    private static func nextCueCandidate(from start: Int, in tokens: [Token], insideQuote: [Bool],
                                         bodyHeads: PhraseTrie<BodyHead>, cueTrie: PhraseTrie<CueEntry>) -> Int {
        precondition(insideQuote.count == tokens.count, "one inside-quote flag per token")
        return tokens.withUnsafeBufferPointer { tokens in
            insideQuote.withUnsafeBufferPointer { insideQuote in
                var index = start
                while index < tokens.count {
                    let token = tokens[index]
                    if token.isCapitalized, bodyHeads.mayStart(token) { return index }
                    if token.kind == .word, cueTrie.mayStart(token), !insideQuote[index] { return index }
                    index += 1
                }
                return index
            }
        }
    }

    /// The paragraph with its cue hits marked, and the sentences with a cue hit as the rules
    /// read them (a sentence with none has no attribution to read).
    func sentenceViews(of paragraph: ParagraphContext) -> (paragraph: ParagraphContext, hits: [CueHit], views: [SentenceView]) {
        sentenceViews(of: paragraph, hits: cueHits(in: paragraph))
    }

    /// `sentenceViews(of:)` with the paragraph's `cueHits` given.
    func sentenceViews(of paragraph: ParagraphContext, hits: [CueHit]) -> (paragraph: ParagraphContext, hits: [CueHit], views: [SentenceView]) {
        if hits.isEmpty { return (paragraph, hits, []) }
        let paragraph = paragraph.marking(hits)
        var views: [SentenceView] = []
        var nextHit = 0
        for sentence in paragraph.sentences {
            // Hits are in text order, and so are sentences: one pass over both.
            while nextHit < hits.count, hits[nextHit].range.lowerBound < sentence.lowerBound { nextHit += 1 }
            var last = nextHit
            while last < hits.count, hits[last].range.lowerBound < sentence.upperBound { last += 1 }
            if last == nextHit { continue }
            views.append(SentenceView(paragraph: paragraph, bounds: sentence, hits: hits[from: nextHit, upTo: last], words: words))
            nextHit = last
        }
        return (paragraph, hits, views)
    }

    /// The attributions of one sentence, each cue read by the sieves, with the sieve that decided it.
    func attributions(in view: SentenceView) -> [(hit: CueHit, decision: Decision)] {
        var decisions: [(hit: CueHit, decision: Decision)] = []
        readCues(in: view) { decisions.append(($0, $1)) }
        return decisions
    }

    /// Reads the cues of one sentence in order, handing each with its decision to `body`.
    private func readCues(in view: SentenceView, _ body: (CueHit, Decision) -> Void) {
        var previous: Attribution?
        for hit in view.hits {
            let decision = decide(hit, in: view, previous: previous)
            body(hit, decision)
            guard let attribution = decision.attribution else { continue }
            // A relative clause's speaker is no subject for a later cue (`N mà X nói …, Y cảnh báo`).
            if !attribution.isCreditOnly, !attribution.isRelative { previous = attribution }
            // `tuyên bố nếu A, Mỹ sẽ yêu cầu B`: what follows is the condition's main clause.
            if !attribution.isCreditOnly, view.match(.conditional, at: attribution.contentStart) != nil { break }
        }
    }

    /// Appends the quotes of paragraph `position` to `quotes`; `found` is room for a
    /// sentence's attributions (emptied before each sentence).
    private func find(in paragraphs: [ParagraphContext], at position: Int, into quotes: inout [FoundQuote],
                      found: inout [Attribution]) {
        let hits = cueHits(in: paragraphs[position])
        // No cue and no headline: no quote here (and no copy of the paragraph).
        if hits.isEmpty, paragraphs[position].role != .headline { return }
        let (paragraph, _, views) = sentenceViews(of: paragraphs[position], hits: hits)
        let before = quotes.count
        for view in views {
            found.removeAll(keepingCapacity: true)
            readCues(in: view) { _, decision in
                if let attribution = decision.attribution { found.append(attribution) }
            }
            resolve(found, in: view, at: position, paragraphs: paragraphs, into: &quotes)
        }
        if paragraph.role == .headline, quotes.count == before,
           let quote = HeadlineColonRule().quote(in: paragraph, at: position, hits: hits, finder: self) {
            quotes.append(quote)
        }
    }

    // MARK: - From attributions to quotes

    /// The quotes of one sentence's attributions, read from the last: a frame (`X cho biết, …`)
    /// yields to an attribution inside it only when that one makes a quote (or yields in turn);
    /// one that makes none (`Armenia và Azerbaijan đã cam kết …`, a bare pledge) is the frame's content.
    private func resolve(_ attributions: [Attribution], in view: SentenceView, at position: Int,
                         paragraphs: [ParagraphContext], into output: inout [FoundQuote]) {
        guard !attributions.isEmpty else { return }
        var live = attributions.map { _ in true }
        // Read from the last: the sentence's quotes are appended last first, then put in text
        // order by one reversal (linear; inserting each at the front was quadratic in them).
        let first = output.count
        for k in attributions.indices.reversed() where !attributions[k].isCreditOnly {
            let result = quote(of: k, in: attributions, live: live, view: view, at: position, paragraphs: paragraphs)
            if let quote = result.quote { output.append(quote) }
            live[k] = result.nested || result.quote != nil
        }
        output[first...].reverse()
    }

    /// - Parameter paragraphs: the page's paragraphs; `position` is the view's (the next one
    ///   may hold the quote: `CueThenParagraphRule`).
    private func quote(of k: Int, in attributions: [Attribution], live: [Bool], view: SentenceView, at position: Int,
                       paragraphs: [ParagraphContext]) -> (quote: FoundQuote?, nested: Bool) {
        let paragraph = view.paragraph
        let attribution = attributions[k]
        var end = view.end
        var nested = false
        let refinements = attribution.refinements
        var openerCut = false
        var turnCut: Int?
        for (j, later) in attributions.enumerated().dropFirst(k + 1) where later.cue.lowerBound >= attribution.contentStart {
            turnCut = FrameTurnRule().cutPoint(of: attribution, before: later, in: view)
            let yields = attribution.isFrame && turnCut == nil && !later.isCoordinated && !later.isCreditOnly
            if yields, !live[j] { continue }
            end = turnCut ?? max(attribution.contentStart, later.cutPoint)
            openerCut = later.cutsAtOpener && later.cutPoint > attribution.contentStart
            nested = yields
            break
        }
        if nested { return (nil, true) }   // only the innermost speaker's quote is annotated
        if attribution.isRelative { end = RelativeClauseSubjectRule().clauseEnd(from: attribution.contentStart, to: end, in: paragraph) }
        let timeEnd = attribution.endsWithTimeClause
            ? TimeClauseEndRule().contentEnd(from: attribution.contentStart, to: end, in: paragraph) : end
        let timeCut = timeEnd < end
        end = timeEnd
        let trimmed = trimmedNoting(Range(from: attribution.contentStart, to: end), in: paragraph)
        var content = trimmed.range
        let creditCut = trimmed.creditCut
        // `[… giải tán Quốc ...](url)`: a link text cut off; too little before the cut is no quote.
        let linkCut = LinkTextCutRule().textEnd(of: content, in: paragraph)
        if let linkCut {
            content = Range(from: content.lowerBound, to: linkCut)
            if wordCount(content, in: paragraph) < Limits.cutOffContentWords { return (nil, false) }
        }
        let make = { (range: TokenSpan, type: QuoteType, rule: QuoteRule) in
            FoundQuote(content: range, type: type, cue: TokenSpan(paragraph: position, range: attribution.cue),
                       cueEntry: attribution.entry, mention: attribution.mention.map { TokenSpan(paragraph: position, range: $0) },
                       rule: rule, refinements: refinements)
        }
        if content.isEmpty || onlyTrailing(content, in: paragraph) {
            // Nothing after the cue: the quote stands in the next paragraph, or before its speaker.
            if let range = CueThenParagraphRule().quote(after: attribution.cue.upperBound, in: paragraph,
                                                        next: paragraphs[ifPresent: position + 1]) {
                return (make(TokenSpan(paragraph: position + 1, range: range), .direct, .cueThenParagraph), false)
            } else if let found = quoteBefore(attribution, in: view, earlier: attributions[..<k]) {
                var quote = make(TokenSpan(paragraph: position, range: found.range), found.type,
                                 attribution.rule == .medium ? .medium : found.rule)
                if let refinement = found.refinement { quote.refinements.append(refinement) }
                return (quote, false)
            }
            return (nil, false)
        }
        // `"…", ông Trump trả lời báo giới Mỹ.`: only whom or where follows the cue.
        if let range = QuoteFirstRule().quote(before: attribution, followedBy: content, in: view,
                                              earlier: attributions[..<k], words: words) {
            return (make(TokenSpan(paragraph: position, range: range), .direct, .quoteFirst), false)
        }
        // `lý giải lý do xin rút: "…"`: what the quotation is, then the quotation (TopicColonRule).
        if let range = TopicColonRule().quotation(after: content, of: attribution, in: paragraph, finder: self) {
            var quote = make(TokenSpan(paragraph: position, range: range), .direct, attribution.rule)
            quote.refinements.append(TopicColonRule().id)
            return (quote, false)
        }
        // `nêu quan điểm: "…"`: the cue's object, then its words after a colon.
        if isObjectOnly(content, of: attribution, in: paragraph), paragraph.isPunctuation(content.upperBound, ":"),
           let span = paragraph.span(openingAt: content.upperBound + 1), span.contentEnd > span.contentStart {
            return (make(TokenSpan(paragraph: position, range: Range(from: span.contentStart, to: span.contentEnd)),
                         .direct, attribution.rule), false)
        }
        guard isContent(content, of: attribution, in: paragraph, end: end) else { return (nil, false) }
        let typed = typedContent(content, in: paragraph)
        var quote = make(TokenSpan(paragraph: position, range: typed.range), typed.type, attribution.rule)
        // The opener moved this edge only when nothing but trailing marks was trimmed before it.
        if openerCut, !Range(from: content.upperBound, to: end).contains(where: { paragraph.tokens[$0].kind == .word }) {
            quote.refinements.append(ClauseOpenerCutRule().id)
        }
        if creditCut { quote.refinements.append(PhotoCreditRule().id) }
        if linkCut != nil { quote.refinements.append(LinkTextCutRule().id) }
        if turnCut != nil { quote.refinements.append(FrameTurnRule().id) }
        if timeCut { quote.refinements.append(TimeClauseEndRule().id) }
        return (quote, false)
    }

    /// `"…", X cue` (direct) or `content, X cue` (reported).
    private func quoteBefore(_ attribution: Attribution, in view: SentenceView, earlier: ArraySlice<Attribution>)
        -> (range: Range<Int>, type: QuoteType, rule: QuoteRule, refinement: QuoteRefinement?)? {
        let direct = QuoteFirstRule()
        if let range = direct.quote(before: attribution, in: view.paragraph, earlier: earlier) { return (range, .direct, direct.id, nil) }
        let reported = ContentFirstRule()
        return reported.content(before: attribution, in: view, finder: self,
                                afterAttribution: earlier.contains { !$0.isCreditOnly })
            .map { ($0.range, $0.type, reported.id, $0.refinement) }
    }

    /// Whether the words after a cue are content: not a headline cut off before its content,
    /// not a judging cue's person alone, a pledge stated as words, a statement's clause (not one
    /// or two words), not a time word alone.
    private func isContent(_ content: Range<Int>, of attribution: Attribution, in paragraph: ParagraphContext, end: Int) -> Bool {
        // A headline or teaser cut off before its content (`Việt Nam kêu gọi hai ...`).
        if let last = paragraph.tokens.indices.last, ByteKey.sameBytes(paragraph.tokens[last].key, "…"), end >= last,
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
        [.statement, .appeal, .announce, .ruling].contains(attribution.entry.category)
            && hasFewerWords(than: Limits.statementContentWords, in: content, of: paragraph)
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

    /// `quotes` (sorted by paragraph and start) without a content found before: the same
    /// content stands in the run of its paragraph and start, so no set is needed.
    private func deduplicated(_ quotes: [FoundQuote]) -> [FoundQuote] {
        var kept: [FoundQuote] = []
        kept.reserveCapacity(quotes.count)
        var runStart = 0   // where the kept quotes of the current paragraph and start begin
        for quote in quotes {
            if let last = kept.last, last.content.paragraph != quote.content.paragraph
                || last.content.range.lowerBound != quote.content.range.lowerBound {
                runStart = kept.count
            }
            if kept[runStart...].contains(where: { $0.content == quote.content }) { continue }
            kept.append(quote)
        }
        return kept
    }
}
