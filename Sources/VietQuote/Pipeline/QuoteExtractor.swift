/// The whole pipeline, from a crawled page to its quotes, speakers and stance.
///
/// ```swift
/// import VietQuote
/// let extractor = try QuoteExtractor()
/// let result = extractor.extract(pageText, document: "article-1")
/// for quote in result.quotes { print(quote.speaker.name, quote.cue ?? "-", quote.content) }
/// ```
public struct QuoteExtractor: Sendable {
    let segmenter: ArticleSegmenter
    let splitter: SentenceSplitter
    let finder: QuoteFinder
    let speakers: SpeakerResolver
    let stance: StanceScorer
    let dateline: DatelineFinder

    /// Loads the lexicons (the built-in ones by default).
    /// - Throws: `LexiconError` naming the file, line and reason of a bad lexicon row.
    public init(files: LexiconFiles = .builtIn) throws(LexiconError) {
        segmenter = try ArticleSegmenter(files: files)
        splitter = try SentenceSplitter(files: files)
        let words = try FunctionWords(files: files)
        let cues = try CueLexicon(files: files)
        let names = try SpeakerLexicon(files: files, words: words, cues: cues)
        finder = QuoteFinder(cues: cues, words: words, names: names)
        speakers = SpeakerResolver(lexicon: names)
        stance = try StanceScorer(files: files, names: names)
        dateline = try DatelineFinder(files: files)
    }

    /// Every quote of the article in `text` (a crawled page, boilerplate and all).
    ///
    /// The result's `date` is `date` when it is given and an ISO 8601 date or date-time
    /// (kept as written), else the date of the page's dateline (`Thứ Hai, 17/11/2024 10:00`)
    /// when it has one, else nil.
    public func extract(_ text: String, document: String, date: String? = nil) -> ArticleResult {
        extractWithParagraphs(text, document: document, date: date).result
    }

    /// Every quote of the article, as `extract`, and the page's paragraphs, kept or
    /// dropped and why, as `analyze` gives them — in one pass.
    package func extractWithParagraphs(_ text: String, document: String, date: String? = nil)
        -> (result: ArticleResult, paragraphs: [Paragraph]) {
        extract(text, document: document, date: date) { _, body in body() }
    }

    /// The article's date and where it comes from: the given one when it is ISO 8601,
    /// else the page's dateline.
    func dated(_ given: String?, text: String) -> (date: String, source: String)? {
        if let given, CalendarDate(iso: given) != nil { return (given, "input") }
        return dateline.date(in: text).map { ($0.iso, "text") }
    }

    /// The article's paragraphs, kept or dropped and why, and its quotes.
    package func analyze(_ text: String) -> ArticleAnalysis {
        analyze(text) { _, body in body() }
    }

    /// The stages of `extract`, for timing them one by one (`vietquote bench`).
    package enum Stage: Int, CaseIterable, Sendable {
        case normalization, article, sentences, quotes, speakers, stance, dateline
    }

    /// `extract`, with each stage run inside `stage` (which must call the body once).
    package func extract(_ text: String, document: String, date: String? = nil, stage: (Stage, () -> Void) -> Void)
        -> (result: ArticleResult, paragraphs: [Paragraph]) {
        var analysis = analyze(text, stage: stage)
        var quotes = analysis.quotes
        analysis.quotes = []   // the stance stage changes `quotes` in place
        var article: ArticleStance!
        stage(.stance) {
            article = self.stance.score(article: &quotes, words: analysis.quoteWords())
        }
        var result = ArticleResult(document: document, stance: article, quotes: quotes)
        var dated: (date: String, source: String)?
        stage(.dateline) { dated = self.dated(date, text: text) }
        if let (date, source) = dated {
            result.date = date
            result.dateSource = source
        }
        return (result, analysis.paragraphs)
    }

    func analyze(_ text: String, stage: (Stage, () -> Void) -> Void) -> ArticleAnalysis {
        // The long keys of the thread's earlier articles are dropped (see `ArticleKeys`).
        ArticleKeys.startArticle()
        var source: SourceText!
        stage(.normalization) { source = SourceText(text) }
        var paragraphs: [Paragraph] = []
        var paragraphTokens: [[Token]] = []
        var kept: [(Int, Paragraph)] = []
        stage(.article) {
            (paragraphs, paragraphTokens) = self.segmenter.paragraphsAndTokens(in: source)
            kept = Self.joiningHardWraps(paragraphs, in: source)
        }
        var contexts: [ParagraphContext] = []
        stage(.sentences) {
            contexts = self.contexts(of: kept, paragraphs: paragraphs, tokens: paragraphTokens, source: source)
            paragraphTokens = []   // the dropped lines' tokens are not needed any more
        }
        var found: [FoundQuote] = []
        stage(.quotes) { found = self.finder.find(in: contexts) }
        var quotes: [Quote] = []
        stage(.speakers) {
            quotes = self.speakers.resolve(found, in: contexts, source: source)
            Self.placeCues(of: &quotes, found: found, in: contexts, source: source)
        }
        return ArticleAnalysis(paragraphs: paragraphs, quotes: quotes,
                               spans: found.map { (content: $0.content, continuation: $0.continuation, cue: $0.cue) }, contexts: contexts, source: source)
    }
}

extension QuoteExtractor {
    /// The kept paragraphs read for quotes: the tokens of the lines joined in each, their
    /// quotations and sentences.
    func contexts(of kept: [(Int, Paragraph)], paragraphs: [Paragraph], tokens paragraphTokens: [[Token]],
                  source: SourceText) -> [ParagraphContext] {
        var contexts: [ParagraphContext] = []
        for (index, paragraph) in kept {
            // The tokens of the paragraph's range: those of the lines joined in it (no
            // token spans the white space between two lines).
            var tokens = paragraphTokens[index]
            var next = index + 1
            while next < paragraphs.count, paragraphs[next].range.upperBound <= paragraph.range.upperBound {
                tokens += paragraphTokens[next]
                next += 1
            }
            assert(tokens == Tokenizer.tokens(in: source, range: paragraph.range))
            let quoted = QuotationPairing.spans(in: tokens, scalars: source.scalars)
            let sentences = splitter.sentences(in: tokens, quoted: quoted)
            contexts.append(ParagraphContext(index: index, role: paragraph.role, tokens: tokens, quoted: quoted, sentences: sentences))
        }
        return contexts
    }

    /// Sets each quote's cue offsets (in the input as given) from the quote found: the
    /// speakers stage makes one quote per found quote, in order.
    static func placeCues(of quotes: inout [Quote], found: [FoundQuote], in paragraphs: [ParagraphContext], source: SourceText) {
        assert(quotes.count == found.count)
        for (index, item) in zip(quotes.indices, found) {
            guard let span = item.cue, let tokens = paragraphs[ifPresent: span.paragraph]?.tokens,
                  let first = tokens[ifPresent: span.range.lowerBound], let last = tokens[ifPresent: span.range.upperBound - 1]
            else { continue }
            let original = source.originalRange(Range(from: first.start, to: last.end))
            quotes[index].cueStart = original.lowerBound
            quotes[index].cueEnd = original.upperBound
        }
    }

    /// The kept paragraphs of a page, read for quotes (for the rule tests).
    func paragraphContexts(_ text: String) -> [ParagraphContext] {
        let source = SourceText(text)
        let (paragraphs, tokens) = segmenter.paragraphsAndTokens(in: source)
        return contexts(of: Self.joiningHardWraps(paragraphs, in: source), paragraphs: paragraphs, tokens: tokens, source: source)
    }

    /// Each cue of a page with the sieve that decided it and whether it made an attribution
    /// (for the rule tests: which rule read a sentence).
    func quoteDecisions(_ text: String) -> [(cue: String, rule: QuoteRule, subject: QuoteRule?, attributed: Bool)] {
        paragraphContexts(text).flatMap { paragraph in
            finder.sentenceViews(of: paragraph).views.flatMap { view in
                finder.attributions(in: view).map { item in
                    (view.tokens[item.hit.range].map(\.key).joined(separator: " "), item.decision.rule, item.decision.subject,
                     item.decision.attribution.map { !$0.isCreditOnly } ?? false)
                }
            }
        }
    }

    /// The rules that moved the edges of each quote's cue or subject (for the rule tests).
    func quoteRefinements(_ text: String) -> [[QuoteRefinement]] {
        finder.find(in: paragraphContexts(text)).map(\.refinements)
    }

    /// The kept paragraphs, with hard-wrapped lines joined: a line that does not end a
    /// sentence, followed by a kept line that starts in lower case, goes on in it.
    static func joiningHardWraps(_ paragraphs: [Paragraph], in source: SourceText) -> [(Int, Paragraph)] {
        var result: [(Int, Paragraph)] = []
        var previousKept = false
        for (index, paragraph) in paragraphs.enumerated() {
            guard paragraph.isKept else {
                previousKept = false
                continue
            }
            if previousKept, var last = result.last?.1, let lastScalar = source.scalars[last.range].last,
               let first = source.scalars[paragraph.range].first,
               !Punctuation.paragraphEndScalars.contains(lastScalar), first.properties.isLowercase {
                last.range = Range(from: last.range.lowerBound, to: paragraph.range.upperBound)
                result[result.count - 1].1 = last
            } else {
                result.append((index, paragraph))
            }
            previousKept = true
        }
        return result
    }
}

/// The paragraphs of a page as the Article stage read them, and the quotes found.
package struct ArticleAnalysis: Sendable {
    package var paragraphs: [Paragraph]
    package var quotes: [Quote]
    /// Each quote's content and cue as token spans of `contexts`, in the order of `quotes`;
    /// `continuation` is the end of a content over several paragraphs (`FoundQuote.continuation`).
    var spans: [(content: TokenSpan, continuation: TokenSpan?, cue: TokenSpan?)]
    /// The kept paragraphs read for quotes, and the normalised page their tokens point into.
    var contexts: [ParagraphContext]
    var source: SourceText

    /// Each quote's content and cue words, read from the paragraphs' tokens (a quote's
    /// `content` and `cue` are the normalised text of these spans). A content over several
    /// paragraphs is read whole, to its continuation's last word.
    func quoteWords() -> [QuoteWords] {
        spans.map { span in
            QuoteWords(content: span.continuation.map { joinedWords(span.content, to: $0) } ?? words(span.content),
                       cue: span.cue.map(words))
        }
    }

    /// The words from `first` (a span to its paragraph's end) through the paragraphs between
    /// to `last` (a span from its paragraph's start): `ParagraphSpanningQuoteRule`'s content.
    /// The tokens' offsets are the page's, so the scored string is the page's text over the
    /// paragraph breaks, as the quote's `content` is.
    private func joinedWords(_ first: TokenSpan, to last: TokenSpan) -> WordSpans {
        var tokens = Array(contexts[first.paragraph].tokens[first.range])
        for paragraph in first.paragraph + 1..<last.paragraph { tokens += contexts[paragraph].tokens }
        tokens += contexts[last.paragraph].tokens[last.range]
        return WordSpans(tokens, range: tokens.indices, in: source)
    }

    private func words(_ span: TokenSpan) -> WordSpans {
        WordSpans(contexts[span.paragraph].tokens, range: span.range, in: source)
    }
}
