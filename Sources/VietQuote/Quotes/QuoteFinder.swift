/// The Quotes stage: finds direct, indirect and mixed quotes in the kept paragraphs, by
/// quotation marks and by the cues of `lexicons/cues.tsv`, with the constructions of
/// `../shared/ANNOTATION.md` (see `QuoteRule`).
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
    }

    func find(in paragraphs: [ParagraphContext]) -> [FoundQuote] {
        var quotes: [FoundQuote] = []
        for position in paragraphs.indices {
            let next = position + 1 < paragraphs.count ? paragraphs[position + 1] : nil
            quotes += find(in: paragraphs[position], at: position, next: next)
        }
        quotes += floatingQuotes(in: paragraphs, found: quotes)
        quotes.sort { ($0.content.paragraph, $0.content.range.lowerBound) < ($1.content.paragraph, $1.content.range.lowerBound) }
        return deduplicated(quotes)
    }

    // MARK: - One paragraph

    private func cueHits(in paragraph: ParagraphContext) -> [(range: Range<Int>, entry: CueEntry)] {
        var hits: [(range: Range<Int>, entry: CueEntry)] = []
        var index = 0
        let tokens = paragraph.tokens
        while index < tokens.count {
            guard !paragraph.insideQuote[index], tokens[index].kind == .word,
                  let match = cues.match(in: tokens, at: index) else {
                index += 1
                continue
            }
            if match.entry.category != .blocker {
                hits.append((index..<index + match.length, match.entry))
            }
            index += match.length
        }
        return hits
    }

    private func find(in paragraph: ParagraphContext, at position: Int, next: ParagraphContext?) -> [FoundQuote] {
        let hits = cueHits(in: paragraph)
        var paragraph = paragraph
        for hit in hits {
            for index in hit.range { paragraph.cueHitStart[index] = hit.range.lowerBound }
            if hit.entry.category == .source { paragraph.sourceHitStarts.insert(hit.range.lowerBound) }
        }
        var quotes: [FoundQuote] = []
        var usedSpans = Set<Int>()
        var nextHit = 0
        for sentence in paragraph.sentences {
            // Hits are in text order, and so are sentences: one pass over both.
            while nextHit < hits.count, hits[nextHit].range.lowerBound < sentence.lowerBound { nextHit += 1 }
            var last = nextHit
            while last < hits.count, hits[last].range.lowerBound < sentence.upperBound { last += 1 }
            let inSentence = Array(hits[nextHit..<last])
            nextHit = last
            var attributions: [Attribution] = []
            for hit in inSentence {
                let previous = attributions.last { !$0.isCreditOnly }
                if let attribution = attribution(for: hit, in: paragraph, sentence: sentence, previous: previous, allHits: inSentence) {
                    attributions.append(attribution)
                    // `tuyên bố nếu A, Mỹ sẽ yêu cầu B`: what follows is the condition's main clause.
                    if !attribution.isCreditOnly, words.match(.conditional, in: paragraph.tokens, at: attribution.contentStart) != nil { break }
                }
            }
            quotes += resolve(attributions, in: paragraph, at: position, sentence: sentence, next: next, usedSpans: &usedSpans)
        }
        if paragraph.role == .headline, quotes.isEmpty, let quote = headlineColon(in: paragraph, at: position, hits: hits) {
            quotes.append(quote)
        }
        return quotes
    }

    // MARK: - Attribution of one cue

    private func attribution(
        for hit: (range: Range<Int>, entry: CueEntry), in paragraph: ParagraphContext,
        sentence: Range<Int>, previous: Attribution?, allHits: [(range: Range<Int>, entry: CueEntry)]
    ) -> Attribution? {
        let tokens = paragraph.tokens
        if hit.entry.category == .source {
            return sourceAttribution(for: hit, in: paragraph, sentence: sentence, allHits: allHits)
        }
        if let found = demonstrativeAttribution(for: hit, in: paragraph, sentence: sentence) { return found }
        // A cue word used as a noun: `những phát biểu`, `tuyên bố này`, `tuyên bố được … đưa ra`;
        // it makes a quote only with a content clause (`đưa ra cảnh báo rằng …`, `… : "…"`).
        var nounContent: Int?
        var subjectEnd = hit.range.lowerBound
        if let marker = words.matchEnding(.nounMarker, in: tokens, at: hit.range.lowerBound, lowerBound: sentence.lowerBound) {
            subjectEnd = marker   // the subject stands before `đưa ra`, `lời` …
            guard let opening = contentClauseAfterNoun(hit.range, in: paragraph, sentence: sentence, allHits: allHits) else { return nil }
            nounContent = opening
            // `lời chỉ trích của X rằng …`: the possessor speaks.
            if opening > hit.range.upperBound + 1, words.isWord(tokens, at: hit.range.upperBound, .possessive),
               case let possessor = hit.range.upperBound + 1..<opening, possessor.count <= 12,
               isSpeakerLike(possessor, in: paragraph) {
                let start = contentStart(after: opening, in: paragraph, sentence: sentence, allHits: allHits)
                return Attribution(cue: hit.range, entry: hit.entry, mention: possessor, contentStart: start,
                                   cutPoint: boundaryBefore(hit.range.lowerBound, in: paragraph), isFrame: false,
                                   isCoordinated: false, rule: .speakerCueContent)
            }
        }
        // Words not said (`không trả lời`) and passive cues (`bị cáo buộc`) make no quote.
        if words.matchEnding(.negator, in: tokens, at: hit.range.lowerBound, lowerBound: sentence.lowerBound) != nil
            || words.matchEnding(.passive, in: tokens, at: hit.range.lowerBound, lowerBound: sentence.lowerBound) != nil {
            return nil
        }
        let after = hit.range.upperBound
        if after < sentence.upperBound, words.match(.venue, in: tokens, at: after) == nil,
           words.match(.nounFollower, in: tokens, at: after) != nil {
            return nil
        }

        // The subject: leftwards over auxiliaries to the noun phrase.
        while true {
            if words.matchEnding(.attribute, in: tokens, at: subjectEnd, lowerBound: sentence.lowerBound) != nil {
                break   // `một số nguồn không chính thức cho rằng`
            } else if let start = words.matchEnding(.auxiliary, in: tokens, at: subjectEnd, lowerBound: sentence.lowerBound), start < subjectEnd {
                subjectEnd = start
            } else if words.matchEnding(.negator, in: tokens, at: subjectEnd, lowerBound: sentence.lowerBound) != nil {
                return nil   // `đã không ngay lập tức trả lời`
            } else {
                break
            }
        }
        var mention: Range<Int>?
        var isCoordinated = false
        var cutPoint = subjectEnd
        let previousCueEnd = previous?.cue.upperBound ?? sentence.lowerBound

        // `Nước này đồng thời chỉ trích …` with no attribution before: the coordinator
        // is only an adverb here.
        var predicateBefore = false
        if previous == nil, let coordinator = words.matchEnding(.coordinator, in: tokens, at: subjectEnd, lowerBound: sentence.lowerBound),
           coordinator > sentence.lowerBound, !paragraph.isPunctuation(coordinator - 1, Marks.clauseMarks) {
            subjectEnd = coordinator
            cutPoint = subjectEnd
            predicateBefore = true
        }
        let before = subjectEnd - 1
        if before >= sentence.lowerBound, paragraph.isPunctuation(before, Marks.commaOrDash) || isCoordinator(tokens, endingAt: subjectEnd, sentence: sentence) {
            if let previous, before >= previous.cue.upperBound || previous.isCreditOnly == false && before >= previousCueEnd {
                // `Bà X nhấn mạnh Moscow nhìn thấy A và kêu gọi B`: after a plain `và`, a cue
                // whose previous content opened with its own subject belongs to that subject.
                let plainAnd = !paragraph.isPunctuation(before, Marks.commaOrDash)
                    && words.matchEnding(.coordinator, in: tokens, at: subjectEnd, lowerBound: sentence.lowerBound) == subjectEnd - 1
                    && !paragraph.isPunctuation(subjectEnd - 2, Marks.commaOrDash)
                if plainAnd, previous.contentStart < tokens.count, tokens[previous.contentStart].kind == .word,
                   tokens[previous.contentStart].isCapitalized, previous.rule != .sourcePreposition {
                    return nil
                }
                // `… và phủ nhận …`, `…, cho biết …`: the previous subject goes on.
                isCoordinated = true
                mention = previous.mention
                cutPoint = coordinationStart(tokens, endingAt: subjectEnd, sentence: sentence)
            } else if paragraph.isPunctuation(before, Marks.comma), let apposition = appositionSubject(endingAt: before, in: paragraph, sentence: sentence) {
                // `Hong Min, một nhà nghiên cứu …, cho rằng`.
                mention = apposition
                cutPoint = boundaryBefore(apposition.lowerBound, in: paragraph)
            } else if paragraph.isPunctuation(before, Marks.dashes), let subject = nounPhrase(endingAt: before, in: paragraph, sentence: sentence, stopAt: previousCueEnd) {
                // `Người phát ngôn … - Dmitry Peskov cho biết`
                mention = subject.range.lowerBound..<subjectEnd
                cutPoint = boundaryBefore(subject.range.lowerBound, in: paragraph)
            } else {
                return nil
            }
        } else {
            guard let subject = nounPhrase(endingAt: subjectEnd, in: paragraph, sentence: sentence, stopAt: previousCueEnd,
                                           predicateBefore: predicateBefore),
                  subject.isTopLevel else {
                return nil
            }
            mention = subject.range
            cutPoint = boundaryBefore(subject.range.lowerBound, in: paragraph)
        }

        // The content start: after a medium's speaker, a venue before `rằng`, `rằng`, `:` or `,`.
        var start = after
        var rule: QuoteRule = isCoordinated ? .coordinatedCue : .speakerCueContent
        if hit.entry.category == .medium {
            var index = start
            while index < sentence.upperBound, !isMediumObjectEnd(tokens, index, paragraph) { index += 1 }
            guard index > start else { return nil }
            var object = start..<index
            if let link = words.match(.nounFollower, in: tokens, at: object.lowerBound), object.count > link {
                object = object.lowerBound + link..<object.upperBound   // `dẫn phát biểu của ông X`
            }
            mention = object
            start = index
            rule = .medium
        }
        // A topic with no content (`chỉ trích về …`) is no quote, but it ends the content before it.
        if words.isWord(tokens, at: start, .topic), start < sentence.upperBound {
            return Attribution(cue: hit.range, entry: hit.entry, mention: mention, contentStart: sentence.upperBound,
                               cutPoint: cutPoint, isFrame: false, isCoordinated: isCoordinated, rule: rule, isCreditOnly: true)
        }
        start = contentStart(after: nounContent ?? start, in: paragraph, sentence: sentence, allHits: allHits)
        let isFrame = start > 0 && start - 1 >= after && paragraph.isPunctuation(start - 1, Marks.comma)
        return Attribution(cue: hit.range, entry: hit.entry, mention: mention, contentStart: start,
                           cutPoint: cutPoint, isFrame: isFrame, isCoordinated: isCoordinated, rule: rule)
    }

    /// Where the content clause of a cue noun opens (`đưa ra cảnh báo nghiêm trọng cùng lời
    /// kêu gọi …: "…"`, `lời cảnh báo rằng …`): the `rằng` or the colon before a quotation,
    /// within a few words of the noun and before any other clause mark or cue; nil when the
    /// noun has no content clause (ANNOTATION.md: `lời cảnh báo giành quyền …` is no quote).
    private func contentClauseAfterNoun(_ cue: Range<Int>, in paragraph: ParagraphContext, sentence: Range<Int>,
                                        allHits: [(range: Range<Int>, entry: CueEntry)]) -> Int? {
        let tokens = paragraph.tokens
        var index = cue.upperBound
        while index < min(sentence.upperBound, cue.upperBound + 16) {
            if tokens[index].kind == .quote || paragraph.insideQuote[index] { return nil }
            if paragraph.isPunctuation(index, [":"]) { return paragraph.span(openingAt: index + 1) != nil ? index : nil }
            if tokens[index].kind == .punctuation, Marks.clauseMarks.contains(tokens[index].key) { return nil }
            if words.isWord(tokens, at: index, .complementizer), !words.isWord(tokens, at: index, .copula) { return index }
            if allHits.contains(where: { $0.range.lowerBound == index && $0.entry.category != .blocker }) {
                // A second cue noun joined to the first (`cảnh báo … cùng lời kêu gọi …`) goes on.
                guard words.matchEnding(.nounMarker, in: tokens, at: index, lowerBound: sentence.lowerBound) != nil else { return nil }
            }
            index += 1
        }
        return nil
    }

    /// `"…" – Đây là khẳng định của X …`: the cue as a noun names the quotation before it,
    /// and its possessor speaks.
    private func demonstrativeAttribution(
        for hit: (range: Range<Int>, entry: CueEntry), in paragraph: ParagraphContext, sentence: Range<Int>
    ) -> Attribution? {
        let tokens = paragraph.tokens
        let start = hit.range.lowerBound
        guard start >= 2, words.isWord(tokens, at: start - 1, .copula),
              let demonstrative = words.matchEnding(.demonstrative, in: tokens, at: start - 1, lowerBound: sentence.lowerBound),
              words.isWord(tokens, at: hit.range.upperBound, .possessive) else { return nil }
        var end = hit.range.upperBound + 1
        while end < sentence.upperBound, tokens[end].kind == .word || tokens[end].kind == .number {
            // `tại phiên họp …` ends the name; `tại Philippines` belongs to a title.
            if words.isWord(tokens, at: end, .preposition), end + 1 < sentence.upperBound, !tokens[end + 1].isCapitalized { break }
            end += 1
        }
        let object = hit.range.upperBound + 1..<end
        guard !object.isEmpty, isSpeakerLike(object, in: paragraph) else { return nil }
        return Attribution(cue: hit.range, entry: hit.entry, mention: object, contentStart: sentence.upperBound,
                           cutPoint: demonstrative, isFrame: false, isCoordinated: false, rule: .quoteFirst,
                           anchor: demonstrative)
    }

    /// `Theo X, content` (a frame), or a credit `…, theo X.` that only ends the content before it.
    private func sourceAttribution(
        for hit: (range: Range<Int>, entry: CueEntry), in paragraph: ParagraphContext,
        sentence: Range<Int>, allHits: [(range: Range<Int>, entry: CueEntry)]
    ) -> Attribution? {
        let tokens = paragraph.tokens
        let start = hit.range.lowerBound
        let before = start - 1
        let atClauseStart = start == sentence.lowerBound || paragraph.isPunctuation(before, Marks.clauseMarks)
            || words.matchEnding(.subjectStop, in: tokens, at: start, lowerBound: sentence.lowerBound) != nil
        guard atClauseStart else { return nil }
        var index = hit.range.upperBound
        let limit = min(sentence.upperBound, index + 24)
        while index < limit, !paragraph.isPunctuation(index, Marks.clauseMarks), tokens[index].kind != .quote,
              !allHits.contains(where: { $0.range.lowerBound == index })
                || words.matchEnding(.nounMarker, in: tokens, at: index, lowerBound: sentence.lowerBound) != nil {
            index += 1
        }
        let object = hit.range.upperBound..<index
        guard !object.isEmpty, isSpeakerLike(object, in: paragraph) else { return nil }
        let cut = paragraph.isPunctuation(before, Marks.comma) ? before : start
        let rest = index + 1
        let isCredit = index >= sentence.upperBound || !paragraph.isPunctuation(index, Marks.comma)
            || rest >= sentence.upperBound || onlyTrailing(rest..<sentence.upperBound, in: paragraph)
        if isCredit {
            guard start > sentence.lowerBound else { return nil }
            // `Content, theo tiết lộ của X.` with no other attribution before: X's words.
            let hasEarlierCue = allHits.contains { $0.range.upperBound <= start && $0.entry.category != .source }
            if !hasEarlierCue, paragraph.isPunctuation(before, Marks.comma), index >= sentence.upperBound || onlyTrailing(index..<sentence.upperBound, in: paragraph),
               wordCount(sentence.lowerBound..<before, in: paragraph) >= 4 {
                return Attribution(cue: hit.range, entry: hit.entry, mention: object, contentStart: sentence.upperBound,
                                   cutPoint: cut, isFrame: false, isCoordinated: false, rule: .contentFirst, isSourceLast: true)
            }
            return Attribution(cue: hit.range, entry: hit.entry, mention: object, contentStart: sentence.upperBound,
                               cutPoint: cut, isFrame: false, isCoordinated: false, rule: .sourcePreposition, isCreditOnly: true)
        }
        return Attribution(cue: hit.range, entry: hit.entry, mention: object, contentStart: rest,
                           cutPoint: cut, isFrame: true, isCoordinated: false, rule: .sourcePreposition)
    }

    // MARK: - From attributions to quotes

    private func resolve(
        _ attributions: [Attribution], in paragraph: ParagraphContext, at position: Int,
        sentence: Range<Int>, next: ParagraphContext?, usedSpans: inout Set<Int>
    ) -> [FoundQuote] {
        var quotes: [FoundQuote] = []
        for (k, attribution) in attributions.enumerated() where !attribution.isCreditOnly {
            var end = sentence.upperBound
            var nested = false
            for later in attributions[(k + 1)...] where later.cue.lowerBound >= attribution.contentStart {
                end = max(attribution.contentStart, later.cutPoint)
                nested = attribution.isFrame && !later.isCoordinated && !later.isCreditOnly
                break
            }
            if nested { continue }   // only the innermost speaker's quote is annotated
            var content = trimmed(attribution.contentStart..<end, in: paragraph)
            let cueSpan = TokenSpan(paragraph: position, range: attribution.cue)
            let mention = attribution.mention.map { TokenSpan(paragraph: position, range: $0) }
            if content.isEmpty || onlyTrailing(content, in: paragraph) {
                // Nothing after the cue: the quote stands in the next paragraph, or before its speaker.
                if let next, endsWithIntroduction(paragraph, after: attribution.cue.upperBound),
                   let span = next.quoted.first, span.isDouble, span.open == 0 {
                    quotes.append(FoundQuote(content: TokenSpan(paragraph: position + 1, range: span.contentStart..<span.contentEnd),
                                             type: .direct, cue: cueSpan, cueEntry: attribution.entry, mention: mention,
                                             rule: .cueThenParagraph))
                } else if let found = quoteBefore(attribution, in: paragraph, sentence: sentence,
                                                  afterAttribution: attributions[..<k].contains { !$0.isCreditOnly }) {
                    guard !attribution.isCoordinated else { continue }
                    usedSpans.insert(found.range.lowerBound)
                    quotes.append(FoundQuote(content: TokenSpan(paragraph: position, range: found.range), type: found.type,
                                             cue: cueSpan, cueEntry: attribution.entry, mention: mention,
                                             rule: attribution.rule == .medium ? .medium : found.rule))
                }
                continue
            }
            // A headline or teaser cut off before its content (`Việt Nam kêu gọi hai ...`).
            if let last = paragraph.tokens.indices.last, paragraph.tokens[last].key == "…", end >= last,
               wordCount(content, in: paragraph) < 3 { continue }
            if attribution.entry.category == .judging, isPersonOnly(content, in: paragraph) { continue }
            if attribution.entry.category == .pledge, !isStatedPledge(attribution, content, in: paragraph) { continue }
            // Content that is only a time word (`cùng ngày`) is no content.
            if words.match(.auxiliary, in: paragraph.tokens, at: content.lowerBound, limit: content.upperBound) == content.count { continue }
            let typed = typedContent(content, in: paragraph)
            content = typed.range
            quotes.append(FoundQuote(content: TokenSpan(paragraph: position, range: content), type: typed.type,
                                     cue: cueSpan, cueEntry: attribution.entry, mention: mention, rule: attribution.rule))
        }
        return quotes
    }

    /// Whether a pledge cue's content states the pledge as words: something (`rằng`, `là`,
    /// `:`) stands between cue and content, or the content is quoted or opens in the future
    /// (`sẽ`). Otherwise `cam kết thúc đẩy quan hệ` is a commitment, not speech.
    private func isStatedPledge(_ attribution: Attribution, _ content: Range<Int>, in paragraph: ParagraphContext) -> Bool {
        let start = content.lowerBound
        return start > attribution.cue.upperBound || paragraph.insideQuote[start]
            || paragraph.tokens[start].kind == .quote || words.isWord(paragraph.tokens, at: start, .future)
    }

    /// `"…", X cue` or `"…" - X cue` (direct), or `content, X cue` (reported).
    private func quoteBefore(_ attribution: Attribution, in paragraph: ParagraphContext, sentence: Range<Int>, afterAttribution: Bool)
        -> (range: Range<Int>, type: QuoteType, rule: QuoteRule)? {
        guard !attribution.isCoordinated, let mention = attribution.mention else { return nil }
        var subjectStart = attribution.rule == .medium ? attribution.cutPoint : mention.lowerBound
        if attribution.isSourceLast { subjectStart = attribution.cue.lowerBound }
        if let anchor = attribution.anchor { subjectStart = anchor }
        var index = subjectStart - 1
        if paragraph.isPunctuation(index, Marks.commaOrDash) { index -= 1 }
        if index >= 0, let span = paragraph.span(closingAt: index), span.contentEnd > span.contentStart {
            return (span.contentStart..<span.contentEnd, .direct, .quoteFirst)
        }
        let comma = subjectStart - 1
        guard !afterAttribution, paragraph.isPunctuation(comma, Marks.commaOrDash), comma > sentence.lowerBound else { return nil }
        let content = trimmed(sentence.lowerBound..<comma, in: paragraph)
        let tokens = paragraph.tokens
        guard wordCount(content, in: paragraph) >= 6, !content.isEmpty,
              words.match(.adverbialHead, in: tokens, at: content.lowerBound) == nil,
              words.match(.preposition, in: tokens, at: content.lowerBound) == nil,
              words.match(.coordinator, in: tokens, at: content.lowerBound) == nil else { return nil }
        let typed = typedContent(content, in: paragraph)
        return (typed.range, typed.type, .contentFirst)
    }

    // MARK: - Headline `X: words`

    private func headlineColon(in paragraph: ParagraphContext, at position: Int, hits: [(range: Range<Int>, entry: CueEntry)]) -> FoundQuote? {
        let tokens = paragraph.tokens
        let first = tokens.first?.key == "[" ? 1 : 0   // a headline set as a markdown link
        guard let colon = tokens.prefix(8).firstIndex(where: { $0.kind == .punctuation && $0.key == ":" }),
              colon > first, tokens[first].isCapitalized,
              !hits.contains(where: { $0.range.lowerBound < colon }),
              isSpeakerLike(first..<colon, in: paragraph) else { return nil }
        var content = trimmed(colon + 1..<tokens.count, in: paragraph)
        guard wordCount(content, in: paragraph) >= 3 else { return nil }
        let typed = typedContent(content, in: paragraph)
        content = typed.range
        return FoundQuote(content: TokenSpan(paragraph: position, range: content), type: typed.type,
                          cue: TokenSpan(paragraph: position, range: colon..<colon + 1), cueEntry: nil,
                          mention: TokenSpan(paragraph: position, range: first..<colon), rule: .headlineColon)
    }

    // MARK: - Floating quotes

    private func floatingQuotes(in paragraphs: [ParagraphContext], found: [FoundQuote]) -> [FoundQuote] {
        var result: [FoundQuote] = []
        var covered: [Int: [Range<Int>]] = [:]
        for quote in found { covered[quote.content.paragraph, default: []].append(quote.content.range) }
        let quoteParagraphs = found.map(\.content.paragraph).sorted()
        var nextFound = 0
        var lastQuoteParagraph = -10
        for (position, paragraph) in paragraphs.enumerated() {
            while nextFound < quoteParagraphs.count, quoteParagraphs[nextFound] <= position {
                lastQuoteParagraph = max(lastQuoteParagraph, quoteParagraphs[nextFound])
                nextFound += 1
            }
            if paragraph.role == .headline { continue }
            for span in paragraph.quoted where span.isDouble {
                let outer = span.outerRange
                let overlaps = covered[position, default: []].contains { $0.overlaps(outer) || $0 == span.contentStart..<span.contentEnd }
                if overlaps { continue }
                let sentence = paragraph.sentence(containing: outer.lowerBound)
                let afterColon = outer.lowerBound > 0 && paragraph.isPunctuation(outer.lowerBound - 1, ":")
                    && covered[position, default: []].contains { $0.upperBound >= outer.lowerBound - 2 }
                guard outer.lowerBound == sentence.lowerBound || outer.lowerBound == 0 || afterColon,
                      onlyTrailing(outer.upperBound..<sentence.upperBound, in: paragraph) || outer.upperBound >= sentence.upperBound,
                      wordCount(span.contentStart..<span.contentEnd, in: paragraph) >= 3,
                      position - lastQuoteParagraph <= 2 else { continue }
                result.append(FoundQuote(content: TokenSpan(paragraph: position, range: span.contentStart..<span.contentEnd),
                                         type: .direct, cue: nil, cueEntry: nil, mention: nil, rule: .floating))
                lastQuoteParagraph = position
            }
        }
        return result
    }

    private func deduplicated(_ quotes: [FoundQuote]) -> [FoundQuote] {
        var seen = Set<TokenSpan>()
        return quotes.filter { seen.insert($0.content).inserted }
    }
}
