/// A cue of recollection (function_words.tsv `recall_cue`: `nhớ lại`, `hồi tưởng`) says
/// something only with words after it: a colon, a comma or `rằng` before a clause (`Anh Diệp
/// nhớ lại: Rạng sáng ngày 10/9 …`, `Em út Quỳnh Anh nhớ lại, 2 chị lớn khóc nhiều nhất …`),
/// or a quotation before its speaker (`"…", Vân Anh nhớ lại`). Right before a noun phrase that
/// holds no clause up to the first comma it is remembering, not speech (`nhớ lại Baek Hyun
/// Woo`, `nhớ lại kỷ niệm 15 năm về trước`, `nhớ lại những đồng đội cũ như Ryan Giggs`): no
/// quote, but a credit that ends the content of an attribution before it (`"…" Dunne nói, nhớ
/// lại sự căng thẳng …`: the quotation stays `nói`'s).
///
/// Example (rejected): "Hong Hae In vẫn thể hiện dấu hiệu nhớ lại Baek Hyun Woo, khi tên anh
/// là điều đầu tiên cô nói ra." (silver 2024-04-27-queen-of-tears-tap-15, audit11 #86).
/// Passes: a later cue joined by a comma or a coordinator (`Neville cũng nhớ lại những đồng đội cũ như Ryan Giggs,
/// …, nhấn mạnh tinh thần …`: silver 2024-11-04-garnacho, the later cue is Neville's), a clause in the object (a verb marker, auxiliary, copula or complementizer, or
/// quoted words, before the first comma: `nhớ lại rằng …`, `nhớ lại ông đã …`), a colon or comma
/// right after the cue, a quotation before the speaker.
struct RecallObjectRule: AttributionRule {
    let id = QuoteRule.recallObject

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        let cue = reading.hit.range
        guard view.match(.recallCue, at: cue.lowerBound, limit: cue.upperBound) == cue.count,
              Self.isBareObject(from: reading.contentFrom, in: view),
              // `Neville nhớ lại những đồng đội cũ …, nhấn mạnh …`: a later cue joined by a comma or a
              // coordinator takes the recollection's subject through its attribution (CoordinatedCueRule),
              // which a credit does not give.
              !view.hits.contains(where: { $0.range.lowerBound > cue.upperBound && isJoined($0.range.lowerBound, in: view) })
        else { return .undecided }
        // `"…", chị A xót xa nhớ lại những ngày …`: the quotation before is what was said.
        let credit = reading.attribution(contentStart: view.end, isCreditOnly: true)
        return QuoteFirstRule().quote(before: credit, in: view.paragraph, earlier: []) == nil ? .attributed(credit) : .undecided
    }

    /// Whether a comma or a coordinator stands right before `index` (a cue joined to the one before).
    private func isJoined(_ index: Int, in view: SentenceView) -> Bool {
        index > view.start && (view.isPunctuation(index - 1, Punctuation.commaKeys) || view.phrase(.coordinator, endingAt: index) != nil)
    }

    /// Whether a noun phrase with no clause stands right at `start`: a word outside quotation
    /// marks, and up to the first comma or the sentence's end no verb marker, auxiliary,
    /// copula, complementizer or quoted words.
    static func isBareObject(from start: Int, in view: SentenceView) -> Bool {
        guard start < view.end, view.tokens[start].kind == .word, !view.paragraph.insideQuote[start] else { return false }
        var index = start
        while index < view.end, !view.isPunctuation(index, Punctuation.commaKeys) {
            if view.tokens[index].kind == .quote || view.paragraph.insideQuote[index] || view.isPunctuation(index, ":") { return false }
            if view.isWord(index, .verbMarker) || view.isWord(index, .auxiliary) || view.isWord(index, .copula)
                || view.isWord(index, .complementizer) { return false }
            index += 1
        }
        return true
    }
}
