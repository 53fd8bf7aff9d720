/// Subjects, content boundaries and types: the clause-level reading behind `QuoteFinder`.
extension QuoteFinder {
    struct NounPhrase {
        var range: Range<Int>
        /// Whether the phrase opens a clause of its own (after a comma, a dash, a
        /// coordinator or at the sentence start), rather than a subordinate clause.
        var isTopLevel: Bool
        /// Where the phrase's clause opens: right after the word or mark that stopped it.
        var clauseStart: Int
        /// The rules that moved the phrase's edges (`SubjectDateRule`, `BodyNameCoordinatorRule`).
        var refinements: [QuoteRefinement] = []
    }

    /// The noun phrase that ends at `end`, read leftwards to the clause boundary.
    func nounPhrase(endingAt end: Int, in paragraph: ParagraphContext, sentence: Range<Int>, stopAt floor: Int,
                    predicateBefore: Bool = false) -> NounPhrase? {
        let tokens = paragraph.tokens
        let lower = max(sentence.lowerBound, floor)
        let (start, opensAfterAdverb, startRefinements) = subjectStart(endingAt: end, lower: lower, in: paragraph, sentence: sentence)
        var refinements = startRefinements
        guard start < end else { return nil }
        // Leading time phrases: `Hôm 21/11 Nga …`.
        var first = start
        while first < end, let length = words.match(.adverbialHead, in: tokens, at: first, limit: end) {
            first += length
            while first < end, tokens[first].kind == .number { first += 1 }
        }
        // A leading preposition: `…, với một số nguồn không chính thức cho rằng …`.
        while first < end, words.isWord(tokens, at: first, .preposition) { first += 1 }
        // A trailing time phrase between subject and cue: `Các nhà lập pháp Hàn Quốc hôm 21/11 cho biết`.
        let dated = SubjectDateRule()
        let last = dated.subjectEnd(first: first, end: end, in: paragraph, words: words)
        if last < end, !refinements.contains(dated.id) { refinements.append(dated.id) }
        guard first < last, last - first <= Limits.subjectTokens else { return nil }
        var range = Range(from: first, to: last)
        // `Đó là một nhà bình luận …`: a copula makes the words a clause; a name after it speaks.
        guard let copular = CopulaSubjectRule().refined(range, predicateBefore: predicateBefore, in: paragraph,
                                                         words: words, titles: names.titles) else { return nil }
        range = copular.range
        refinements += copular.refinements
        // A clause, not a noun phrase: a verb marker inside (`ông Trump đã đùa gọi`). The
        // subject is what stands before it, if anything.
        // `Washington đã được Israel thông báo`: a passive agent is not the subject's statement.
        if range.contains(where: { words.isWord(tokens, at: $0, .passive) }) { return nil }
        if let marker = range.dropLast().first(where: { !paragraph.insideQuote[$0] && words.isWord(tokens, at: $0, .verbMarker) }) {
            // Far from the cue only when a predicate of the same subject stands between
            // (`Tổng thống Trump có cuộc điện đàm với … và tuyên bố …`).
            guard marker > range.lowerBound,
                  range.upperBound - marker <= Limits.verbMarkerNearCue
                    || (predicateBefore && marker - range.lowerBound <= Limits.verbMarkerAfterPredicate
                                                     && tokens[range.lowerBound].isCapitalized) else { return nil }
            range = Range(from: range.lowerBound, to: marker)
        }
        if !isSpeakerLike(range, in: paragraph) {
            // `"…", chị nói`: a lower-case pronoun alone names the person named before.
            let pronoun = PronounSubjectRule()
            guard pronoun.isPronounSubject(range, in: paragraph, names: names) else { return nil }
            refinements.append(pronoun.id)
        }
        let boundary = start - 1
        let isTopLevel = start == sentence.lowerBound
            || (boundary >= 0 && (tokens[boundary].kind == .punctuation || tokens[boundary].kind == .quote))
            || isCoordinatorWord(tokens, boundary) || opensAfterAdverb
        return NounPhrase(range: range, isTopLevel: isTopLevel, clauseStart: start, refinements: refinements)
    }

    /// Where a subject ending at `end` starts, read leftwards to a quotation, another cue (a
    /// possessor after an opinion noun stays: `đánh giá của các nhà quan sát cho rằng`), a
    /// clause mark or a subject stop; and whether it opens after a sentence adverb or a time
    /// clause (`Tuy nhiên Ukraine …`, `sau khi X cáo buộc …`), which keeps it top-level.
    /// Also the rules that read across a mark or word that would have ended it.
    func subjectStart(endingAt end: Int, lower: Int, in paragraph: ParagraphContext, sentence: Range<Int>)
        -> (start: Int, opensAfterAdverb: Bool, refinements: [QuoteRefinement]) {
        let tokens = paragraph.tokens
        var start = end
        var opensAfterAdverb = false
        var refinements: [QuoteRefinement] = []
        while start > lower {
            let index = start - 1
            let token = tokens[index]
            if token.kind == .quote || paragraph.insideQuote[index] { break }
            // Another cue stops the subject, unless it opens the clause as a noun
            // (`Tuyên bố của Bộ Ngoại giao cho biết …`).
            if let hit = paragraph.cueHitStart[index] {
                let opensClause = hit == lower || paragraph.isPunctuation(hit - 1, Punctuation.clauseMarksKeys)
                if !opensClause || paragraph.sourceHitStarts.contains(hit) {
                    // `đánh giá của các nhà quan sát cho rằng`: the opinion's possessor speaks.
                    if start < end, words.isWord(tokens, at: start, .possessive) {
                        start += 1
                        opensAfterAdverb = true
                    }
                    break
                }
            }
            if token.kind == .punctuation {
                let isInitialDot = token.key == "." && index > 0 && tokens[index - 1].kind == .word
                    && tokens[index - 1].end - tokens[index - 1].start == 1 && tokens[index - 1].isCapitalized
                // `hôm 12-5`, `ngày 12-5-2024`: a dash between the numbers of a date after a time
                // word is no clause mark (a score, `Real Madrid 4-0 Salzburg`, still is).
                if Punctuation.clauseMarksKeys.contains(token) && !isInitialDot {
                    let dated = SubjectDateRule(), abbreviation = AbbreviationStopRule(), bracket = BracketCommaRule()
                    if abbreviation.isAbbreviationStop(at: index, in: paragraph, lower: lower, end: end) {
                        if !refinements.contains(abbreviation.id) { refinements.append(abbreviation.id) }
                    } else if bracket.isInsideBracket(at: index, in: tokens, lower: lower, end: end) {
                        if !refinements.contains(bracket.id) { refinements.append(bracket.id) }
                    } else {
                        guard dated.isDateDash(at: index, in: paragraph, lower: lower, end: end, words: words) else { break }
                        if !refinements.contains(dated.id) { refinements.append(dated.id) }
                    }
                }
            }
            if let stop = words.matchEnding(.subjectStop, in: tokens, at: start, lowerBound: lower) {
                // `Mỹ và Cuba thông báo`: `và` between two names belongs to the subject.
                let joinsNames = stop == index && start < end && tokens[start].isCapitalized
                    && index > lower && tokens[index - 1].isCapitalized && isCoordinatorWord(tokens, index)
                // `Bộ Khoa học và Công nghệ cho biết`: `và` inside a body's name; the subject
                // starts at the body's head (`được Sở Giáo dục và Đào tạo công bố`: the body).
                let inBody = BodyNameCoordinatorRule()
                if !joinsNames, let head = inBody.head(covering: stop, in: tokens, lower: lower, names: names) {
                    start = head
                    opensAfterAdverb = true
                    refinements.append(inBody.id)
                    break
                }
                if !joinsNames {
                    // `Tuy nhiên Ukraine đã bác bỏ …`: a sentence adverb that opens the clause;
                    // `sau khi X cáo buộc …`: a time clause holds a real statement.
                    opensAfterAdverb = stop == sentence.lowerBound || (stop > 0 && tokens[stop - 1].kind != .word)
                        || words.matchEnding(.temporal, in: tokens, at: start, lowerBound: lower) != nil
                    break
                }
            }
            start = index
        }
        return (start, opensAfterAdverb, refinements)
    }

    /// Whether the words can name a speaker: a capitalised word, or an honorific, pronoun,
    /// quantifier or side prefix before the noun, or a body written with no name at its head
    /// (function_words.tsv `body_noun`: `cơ quan bầu cử khẳng định`, dev 408; `ban tổ chức cho
    /// biết`, silver); never first-person words alone.
    func isSpeakerLike(_ range: Range<Int>, in paragraph: ParagraphContext) -> Bool {
        let tokens = paragraph.tokens
        guard !range.isEmpty else { return false }
        if words.match(.firstPerson, in: tokens, at: range.lowerBound, limit: range.upperBound) == range.count { return false }
        if tokens[range].contains(where: { $0.kind == .word && $0.isCapitalized }) { return true }
        // `nguồn tin`, `thứ trưởng Quốc phòng`, `giới chức`: a source noun, an organisation or a title.
        for index in range where names.organization(in: tokens, at: index, limit: range.upperBound) != nil
            || names.title(in: tokens, at: index, limit: range.upperBound) != nil {
            return true
        }
        let first = range.lowerBound
        return words.match(.honorific, in: tokens, at: first) != nil
            || words.match(.pronoun, in: tokens, at: first) != nil
            || words.match(.quantifier, in: tokens, at: first) != nil
            || words.match(.sidePrefix, in: tokens, at: first) != nil
            || words.match(.bodyNoun, in: tokens, at: first) != nil
    }

    func isCoordinatorWord(_ tokens: [Token], _ index: Int) -> Bool {
        words.isWord(tokens, at: index, .coordinator)
    }

    /// Whether a coordinator (`và`, `đồng thời`) ends right at `end`.
    func isCoordinator(_ tokens: [Token], endingAt end: Int, sentence: Range<Int>) -> Bool {
        words.matchEnding(.coordinator, in: tokens, at: end, lowerBound: sentence.lowerBound) != nil
    }

    /// Where the words joining a coordinated cue start (`, đồng thời`, `và`, `,`).
    func coordinationStart(_ tokens: [Token], endingAt end: Int, sentence: Range<Int>) -> Int {
        var start = end
        if let coordinator = words.matchEnding(.coordinator, in: tokens, at: start, lowerBound: sentence.lowerBound) {
            start = coordinator
        }
        if start - 1 >= sentence.lowerBound, tokens[start - 1].kind == .punctuation, Punctuation.commaOrDashKeys.contains(tokens[start - 1]) {
            start -= 1
        }
        return start
    }

    /// The subject `Name, apposition,` that ends at the comma `comma`; the apposition may
    /// hold commas of its own (`ông Matteo Piasentini, nhà phân tích …, một tổ chức …,`).
    func appositionSubject(endingAt comma: Int, in paragraph: ParagraphContext, sentence: Range<Int>) -> Range<Int>? {
        let tokens = paragraph.tokens
        var right = comma
        for _ in 0..<Limits.appositionParts {
            var index = right - 1
            while index >= sentence.lowerBound, !(tokens[index].kind == .punctuation && Punctuation.clauseMarksKeys.contains(tokens[index])),
                  tokens[index].kind != .quote, paragraph.cueHitStart[index] == nil {
                index -= 1
            }
            guard index >= sentence.lowerBound, paragraph.isPunctuation(index, Punctuation.commaKeys) else { return nil }
            let apposition = Range(from: index + 1, to: right)
            guard !apposition.isEmpty, apposition.count <= Limits.appositionTokens else { return nil }
            // The head: a name (`Hong Min, một nhà nghiên cứu …,`) or a title (`phát ngôn viên
            // bộ Ngoại giao Ukraina, Georguii Tykhii,`); never a place after a preposition
            // (`CPI, đóng trụ sở tại La Haye, Hà Lan,`: the head is `CPI`).
            if let head = nounPhrase(endingAt: index, in: paragraph, sentence: sentence, stopAt: sentence.lowerBound),
               head.isTopLevel, head.range.upperBound == index,
               !words.isWord(tokens, at: head.range.lowerBound - 1, .preposition),
               tokens[head.range.lowerBound].isCapitalized || words.match(.honorific, in: tokens, at: head.range.lowerBound) != nil
                || names.title(in: tokens, at: head.range.lowerBound, limit: index) != nil {
                return Range(from: head.range.lowerBound, to: comma)
            }
            right = index
        }
        return nil
    }

    /// The comma or dash right before `start`, or `start` itself.
    func boundaryBefore(_ start: Int, in paragraph: ParagraphContext) -> Int {
        if paragraph.isPunctuation(start - 1, Punctuation.commaOrDashKeys) { return start - 1 }
        if isCoordinatorWord(paragraph.tokens, start - 1) { return start - 1 }
        return start
    }

    /// Whether token `index` ends the object of a medium cue (`dẫn lời Y rằng …`).
    func isMediumObjectEnd(_ tokens: [Token], _ index: Int, _ paragraph: ParagraphContext) -> Bool {
        let token = tokens[index]
        if token.kind == .quote { return true }
        if token.kind == .punctuation, Punctuation.clauseMarksKeys.contains(token) { return true }
        if words.isWord(tokens, at: index, .complementizer) { return true }
        return words.match(.venue, in: tokens, at: index) != nil
    }

    /// Where the content starts after a cue ending at `start`: past a venue before
    /// `rằng`, past `rằng`/`là`, and past a following `:` or `,`.
    func contentStart(after start: Int, in view: SentenceView) -> Int {
        let paragraph = view.paragraph
        let sentence = view.bounds
        let tokens = paragraph.tokens
        var index = start
        if index < sentence.upperBound,
           words.match(.venue, in: tokens, at: index) != nil || words.match(.preposition, in: tokens, at: index) != nil {
            var probe = index
            let limit = min(sentence.upperBound, index + Limits.venueTokens)
            // (Not past a coordinated cue: `thông báo trên mạng xã hội X, đồng thời cảnh báo rằng …`
            // — that `rằng` is the second cue's, dev 110; a cue word inside the venue, `trong
            // bài phát biểu tại …`, is no stop.)
            while probe < limit, tokens[probe].kind != .quote, !paragraph.isPunctuation(probe, Punctuation.terminalKeys),
                  !(view.isCueStart(probe) && (view.phrase(.coordinator, endingAt: probe) != nil
                                                || paragraph.isPunctuation(probe - 1, Punctuation.commaKeys))) {
                if words.isWord(tokens, at: probe, .complementizer), !words.isWord(tokens, at: probe, .copula) {
                    index = probe
                    break
                }
                probe += 1
            }
            if index == start {
                // `nói với các phóng viên: …`; without `rằng` or `:` the phrase is only
                // where the words were said, and there is no content after the cue.
                var after = index
                while after < sentence.upperBound, !paragraph.isPunctuation(after, ":"), tokens[after].kind != .quote,
                      !view.isCueStart(after) { after += 1 }
                if after < sentence.upperBound, paragraph.isPunctuation(after, ":") {
                    index = after
                } else if opensTimeClause(at: start, in: view) {
                    // `cho biết sau khi A, B`: a time clause before a main clause is content.
                } else if let comma = Range(from: start, to: min(sentence.upperBound, start + Limits.addresseeTokens)).first(where: { paragraph.isPunctuation($0, Punctuation.commaKeys) }),
                          words.match(.venue, in: tokens, at: start) != nil || tokens[from: start + 1, upTo: comma].contains(where: \.isCapitalized) {
                    // `nói với Reuters, …`: a short phrase of whom or where, then the content.
                    index = comma
                } else {
                    index = sentence.upperBound
                }
            }
        }
        if index < sentence.upperBound, words.isWord(tokens, at: index, .complementizer) { index += 1 }
        if index < sentence.upperBound, paragraph.isPunctuation(index, ":") || paragraph.isPunctuation(index, ",") { index += 1 }
        return index
    }

    /// Whether a time clause (`sau khi`, `khi`) opens at `start` and a comma after it leads to
    /// a main clause of words: `cho biết sau khi quyết định ly hôn, cô và Hoài Lâm có …`.
    /// Without one (`lên tiếng sau khi xảy ra vụ nổ súng`) the time clause only says when.
    func opensTimeClause(at start: Int, in view: SentenceView) -> Bool {
        guard view.match(.temporal, at: start) != nil,
              let comma = Range(from: start + 1, to: view.end).first(where: { view.isPunctuation($0, Punctuation.commaKeys) })
        else { return false }
        return wordCount(Range(from: comma + 1, to: view.end), in: view.paragraph) >= Limits.mainClauseWords
    }

    /// `content` without what stands at its edges: a venue, a writer's comment, another
    /// clause, a trailing credit, trailing punctuation.
    func trimmed(_ content: Range<Int>, in paragraph: ParagraphContext) -> Range<Int> {
        trimmedNoting(content, in: paragraph).range
    }

    /// `trimmed(_:in:)`, and whether a caption's credit was cut (`PhotoCreditRule`).
    func trimmedNoting(_ content: Range<Int>, in paragraph: ParagraphContext) -> (range: Range<Int>, creditCut: Bool) {
        let tokens = paragraph.tokens
        var creditCut = false
        var start = content.lowerBound
        var end = content.upperBound
        // A venue phrase at the start, closed by a comma: `trên X, …`.
        if let venue = words.match(.venue, in: tokens, at: start, limit: end) {
            var after = start + venue
            while after < end, !paragraph.isPunctuation(after, Punctuation.clauseMarksKeys), after - start < Limits.leadingVenueTokens { after += 1 }
            if after < end, paragraph.isPunctuation(after, Punctuation.commaKeys) { start = after + 1 }
        }
        // A markdown link's target: `[words](https://…)`.
        if let bracket = Range(from: start, to: end).first(where: { paragraph.isPunctuation($0, "]") }),
           bracket + 1 < end, tokens[bracket + 1].key == "(" {
            end = bracket
        }
        // A caption's credit: `… - Ảnh: NGỌC PHƯỢNG`, `(Video: …)`.
        if let credit = PhotoCreditRule().creditStart(in: Range(from: start, to: end), paragraph: paragraph, words: words) {
            end = credit
            creditCut = true
        }
        // A quotation introduced by a colon inside the content stands on its own:
        // `cảnh báo A: "B"` is A (and B is a quote of its own, continuing the speaker).
        var colon = start + 2
        while colon < end - 1 {
            if paragraph.isPunctuation(colon, ":"), !paragraph.insideQuote[colon], let span = paragraph.span(openingAt: colon + 1),
               span.outerRange.upperBound >= end - 1 {
                end = colon
                break
            }
            colon += 1
        }
        // A comment or another clause after a comma: `…, ám chỉ …`, `…, trong khi …`.
        end = commentStart(in: Range(from: start, to: end), paragraph: paragraph) ?? end
        // A venue phrase at the end: `… của Trung Quốc trên X (Twitter)`.
        var index = start + 1
        while index < end {
            if !paragraph.insideQuote[index], tokens[index].kind == .word, let venue = words.match(.venue, in: tokens, at: index, limit: end),
               end - index <= venue + Limits.trailingVenueTokens, !Range(from: index, to: end).contains(where: { paragraph.isPunctuation($0, ",") }) {
                end = index
                break
            }
            index += 1
        }
        // Trailing punctuation and unmatched brackets.
        while end > start, tokens[end - 1].kind == .punctuation, Punctuation.trailingKeys.contains(tokens[end - 1]) || tokens[end - 1].key == "(" {
            end -= 1
        }
        while start < end, tokens[start].kind == .punctuation, Punctuation.trailingKeys.contains(tokens[start]) {
            start += 1
        }
        return (Range(from: start, to: end), creditCut)
    }

    /// Where the writer's comment or another clause starts inside `content` (`…, ám chỉ …`,
    /// `…, trong khi …`, `…, nhưng không nêu rõ …`, `…, trong bối cảnh …`): the comma before
    /// it, or its first word; nil when there is none. A comment is read only after a comma
    /// or a closing quotation mark (ANNOTATION.md, function_words.tsv `comment`): without one
    /// the words belong to the clause (`đồng ý về sự cần thiết phải rút quân trong bối cảnh
    /// binh lính hai nước …`, `thị trấn mà Ukraine giành quyền kiểm soát không lâu sau khi …`,
    /// `sự chậm trễ … đã khiến họ phải trả giá đắt`: dev 108, 432, 413, 425, 439).
    func commentStart(in content: Range<Int>, paragraph: ParagraphContext) -> Int? {
        let tokens = paragraph.tokens
        let insideQuote = paragraph.insideQuote
        let comma = Punctuation.commaKeys   // (read once, not at each word)
        let end = content.upperBound
        var index = content.lowerBound + 1
        while index < end {
            if insideQuote[index] {
                index += 1
                continue
            }
            // (Read once per word: the comma before it.)
            let afterComma = paragraph.isPunctuation(index - 1, comma)
            if afterComma || tokens[index - 1].kind == .quote,
               words.match(.comment, in: tokens, at: index, limit: end) != nil || words.match(.clauseBreak, in: tokens, at: index, limit: end) != nil {
                return afterComma ? index - 1 : index
            }
            // `…, nhưng không nêu rõ …`, `…, tuy nhiên …`: the writer speaks again.
            if afterComma, let turn = words.match(.turn, in: tokens, at: index, limit: end) {
                let after = index + turn
                // (`không thể xác nhận`: a negator of two words before the cue.)
                let deniesSaying = Range(from: after, to: min(end, after + Limits.deniedSayingTokens)).contains { position in
                    guard let negator = words.match(.negator, in: tokens, at: position, limit: end) else { return false }
                    return paragraph.cueHitStart[position + negator] != nil
                }
                if turn > 1 || deniesSaying { return index - 1 }
            }
            index += 1
        }
        return nil
    }

    /// Whether only punctuation stands in `range`.
    func onlyTrailing(_ range: Range<Int>, in paragraph: ParagraphContext) -> Bool {
        range.allSatisfy { paragraph.tokens[$0].kind == .punctuation || paragraph.tokens[$0].kind == .quote }
    }

    func wordCount(_ range: Range<Int>, in paragraph: ParagraphContext) -> Int {
        range.reduce(0) { $0 + (paragraph.tokens[$1].isWordLike ? 1 : 0) }
    }

    /// `wordCount(range, in: paragraph) < limit`, reading no further than the limit-th word.
    func hasFewerWords(than limit: Int, in range: Range<Int>, of paragraph: ParagraphContext) -> Bool {
        guard limit > 0 else { return false }
        let tokens = paragraph.tokens
        var count = 0
        for index in range where tokens[index].isWordLike {
            count += 1
            if count == limit { return false }
        }
        return true
    }

    /// The type of the content, and the content without its marks when it is direct.
    func typedContent(_ range: Range<Int>, in paragraph: ParagraphContext) -> (range: Range<Int>, type: QuoteType) {
        let tokens = paragraph.tokens
        guard !range.isEmpty else { return (range, .indirect) }
        if let span = paragraph.span(openingAt: range.lowerBound) {
            let closesAtEnd = span.close == range.upperBound - 1 || (span.close == nil && span.contentEnd >= range.upperBound)
            if closesAtEnd, span.contentStart < span.contentEnd {
                return (Range(from: span.contentStart, to: min(span.contentEnd, range.upperBound)), .direct)
            }
            // `“…”, một diễn đạt để chỉ …`: the writer's apposition after the quotation.
            if let close = span.close, close + 1 < range.upperBound, paragraph.isPunctuation(close + 1, Punctuation.commaKeys),
               span.contentStart < span.contentEnd {
                return (Range(from: span.contentStart, to: span.contentEnd), .direct)
            }
        }
        let hasMarks = tokens[range].contains { $0.kind == .quote }
        return (range, hasMarks ? .mixed : .indirect)
    }

    /// A judging cue whose object is a person alone (`chỉ trích ông Erdogan`) is no quote; so
    /// is one whose object is a name alone, all its words capitalised (`phản đối Aurelio De
    /// Laurentiis`, `chỉ trích HYBE`, `ca ngợi ĐT Việt Nam`: ANNOTATION.md, a person, an
    /// organisation or a country alone). A number or a lower-case word makes it an act or a
    /// document (`hoan nghênh Nghị quyết 2334`).
    func isPersonOnly(_ range: Range<Int>, in paragraph: ParagraphContext) -> Bool {
        guard !range.isEmpty, range.count <= Limits.personOnlyTokens else { return false }
        let tokens = paragraph.tokens
        return words.match(.honorific, in: tokens, at: range.lowerBound) != nil
            || tokens[range].allSatisfy { $0.kind == .word && $0.isCapitalized }
    }
}
