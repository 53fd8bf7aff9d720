/// A cue match in a paragraph: its tokens and its lexicon row.
struct CueHit: Sendable {
    var range: Range<Int>
    var entry: CueEntry
    /// The rules that changed the hit's span (`ExpressedFeelingRule`, `LeadCueRule`).
    var refinements: [QuoteRefinement] = []
    /// `lên tiếng` before the cue (`LeadCueRule`): the subject is read before it.
    var lead: Range<Int>? = nil
}

/// One sentence of a kept paragraph as the quote rules read it: its tokens and bounds, the
/// cues found in it, function-word look-ups bounded by the sentence, punctuation tests. A rule
/// reads `view.phrase(.negator, endingAt: cue.lowerBound)`, not the lexicon's plumbing.
/// A class: the rules pass a view around and hold it, and a copy is one reference, not
/// the paragraph's and the lexicon's arrays each.
final class SentenceView {
    let paragraph: ParagraphContext
    /// The sentence's token range in the paragraph.
    let bounds: Range<Int>
    /// The cue hits of the sentence, in text order (a slice of the paragraph's: no copy).
    let hits: ArraySlice<CueHit>
    let words: FunctionWords

    init(paragraph: ParagraphContext, bounds: Range<Int>, hits: ArraySlice<CueHit>, words: FunctionWords) {
        self.paragraph = paragraph
        self.bounds = bounds
        self.hits = hits
        self.words = words
    }

    var tokens: [Token] { paragraph.tokens }
    var start: Int { bounds.lowerBound }
    var end: Int { bounds.upperBound }

    /// Whether `tokens[index]` alone is a word of `wordClass`.
    func isWord(_ index: Int, _ wordClass: WordClass) -> Bool {
        words.isWord(paragraph.tokens, at: index, wordClass)
    }

    /// The length of the longest phrase of `wordClass` at `index`, or nil.
    func match(_ wordClass: WordClass, at index: Int, limit: Int? = nil) -> Int? {
        words.match(wordClass, in: paragraph.tokens, at: index, limit: limit)
    }

    /// The start of a phrase of `wordClass` that ends right before `end`, inside the sentence.
    func phrase(_ wordClass: WordClass, endingAt end: Int) -> Int? {
        words.matchEnding(wordClass, in: paragraph.tokens, at: end, lowerBound: bounds.lowerBound)
    }

    func isPunctuation(_ index: Int, _ keys: Set<String>) -> Bool { paragraph.isPunctuation(index, keys) }
    func isPunctuation(_ index: Int, _ key: String) -> Bool { paragraph.isPunctuation(index, key) }
    func isPunctuation(_ index: Int, _ keys: KeySet) -> Bool { paragraph.isPunctuation(index, keys) }

    /// Whether a cue of the sentence starts at `index`.
    func isCueStart(_ index: Int) -> Bool { hits.contains { $0.range.lowerBound == index } }

    /// The last subject read (`QuoteFinder.nounPhrase`) and what it was read with: two sieves
    /// read the same subject of a cue (`RelativeClauseSubjectRule`, then `NounPhraseSubjectRule`).
    private var lastSubject: (end: Int, floor: Int, predicateBefore: Bool, phrase: QuoteFinder.NounPhrase?)?

    /// `finder.nounPhrase(endingAt:in:sentence:stopAt:predicateBefore:)` in this sentence, read
    /// once for the same arguments in a row.
    func subject(endingAt end: Int, stopAt floor: Int, predicateBefore: Bool = false, finder: QuoteFinder) -> QuoteFinder.NounPhrase? {
        if let last = lastSubject, last.end == end, last.floor == floor, last.predicateBefore == predicateBefore { return last.phrase }
        let phrase = finder.nounPhrase(endingAt: end, in: paragraph, sentence: bounds, stopAt: floor, predicateBefore: predicateBefore)
        lastSubject = (end, floor, predicateBefore, phrase)
        return phrase
    }

    func isCapitalized(_ index: Int) -> Bool { paragraph.tokens[ifPresent: index]?.isCapitalized ?? false }
}
