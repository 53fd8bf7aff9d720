/// A cue whose object is the person (or body, or self) the act is done to, not words said: the
/// verb is used in its sense of an act on someone ("threaten X", "warn X", "assert oneself"),
/// so there is no content and no quote. Three shapes of such an object, each with no clause
/// after it up to the first comma or the sentence's end (`RecallObjectRule.isBareObject`):
///
/// - any cue but a medium's (`dẫn lời X`: X speaks) or a naming one (`gọi là Senkaku`, dev 312:
///   it ends the content before it) whose whole object is a name, every word
///   capitalised, that ends the sentence (`cảnh báo Antony`, `xin lỗi MC Phan Anh`, `tố cáo U23
///   Việt Nam`): a name alone states nothing;
/// - a cue of function_words.tsv `act_cue` (`đe dọa`, `dọa`: the threat said takes an act,
///   `đe dọa sẽ …`, `đe dọa ngừng hỗ trợ Kiev`) whose object opens with a name, a pronoun, a kin
///   noun or a quantifier (`đe dọa Arsenal bằng những cú sút từ xa`, `đe dọa các nước láng giềng`,
///   `đe dọa mẹ mình`): the threat is a danger or a deed;
/// - the reflexive `bản thân` (`reflexive_object`) as the whole object or before a preposition
///   (`khẳng định bản thân trong một môi trường cạnh tranh`, "prove oneself"): the act on oneself.
///
/// Example (rejected): silver 2024-08-30-europa-league "Besiktas đe dọa Quỷ đỏ …".
/// Example (rejected): silver 2024-11-02-psg "… để khẳng định lại PSG khẳng định bản thân trong
/// một môi trường cạnh tranh hàng đầu."
/// Passes: a quotation before the speaker, said to the one named (silver
/// 2024-04-12-nguoi-mot-nha-tap-6 `"Anh đang ở đâu, …?", Tuệ hỏi Trí.`); an object that is a clause (`đe dọa sẽ rời khỏi EURO 2024`, `cho biết Kate Middleton
/// đang trong quá trình bình phục`: a verb marker), a threat whose object is an act (`đe dọa áp
/// thuế quan 60%`, dev gold 102), `bản thân` as the subject of the content (`khẳng định bản
/// thân vô tội`, `cho biết bản thân đã …`), a name followed by lower-case words with a non-threat
/// cue (`cho rằng U23 Việt Nam chơi thô bạo`), a name before a comma (dev 446 `cho rằng Ấn Độ,
/// Infosys đã truyền cảm hứng …`; dev 441 `dẫn lời Igor Kimakovsky, cố vấn …, nói …`).
struct PersonObjectRule: AttributionRule {
    let id = QuoteRule.personObject

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        let cue = reading.hit.range
        let start = reading.contentFrom
        guard start < view.end, RecallObjectRule.isBareObject(from: start, in: view) else { return .undecided }
        let end = objectEnd(from: start, in: view)
        // `cảnh báo Antony.`: the name ends the sentence (`dẫn lời Igor Kimakovsky, …`: the medium's
        // speaker; `cho rằng Ấn Độ, Infosys đã …`: a content's first words).
        let isAct: Bool
        if reading.hit.entry.category != .medium, view.match(.namingCue, at: cue.lowerBound, limit: cue.upperBound) == nil,
           endsSentence(at: end, in: view), isName(start..<end, in: view) {
            isAct = true
        } else if let reflexive = view.match(.reflexiveObject, at: start, limit: end),
                  start + reflexive == end || view.isWord(start + reflexive, .preposition) {
            isAct = true
        } else {
            isAct = view.match(.actCue, at: cue.lowerBound, limit: cue.upperBound) == cue.count
                && (view.isCapitalized(start) || view.match(.pronoun, at: start, limit: end) != nil
                    || view.isWord(start, .kin) || view.match(.quantifier, at: start, limit: end) != nil)
        }
        // `"…", Tuệ hỏi Trí.`: a quotation earlier in the paragraph is what was said to the one named
        // (read only once an object was found to be the person acted on: a few cues of a page).
        guard isAct, !view.tokens[..<cue.lowerBound].contains(where: { $0.kind == .quote }) else { return .undecided }
        return .rejected
    }

    /// Where the object from `start` ends: the first token that is no word, or the sentence's end.
    private func objectEnd(from start: Int, in view: SentenceView) -> Int {
        var index = start
        while index < view.end, view.tokens[index].kind == .word { index += 1 }
        return index
    }

    /// Whether the sentence ends at `index`: its end, or a last full stop, question or exclamation
    /// mark (`C.Ronaldo nên …`: a stop inside a name is none).
    private func endsSentence(at index: Int, in view: SentenceView) -> Bool {
        index == view.end || index + 1 == view.end && view.isPunctuation(index, Punctuation.terminalKeys)
    }

    /// Whether the words of `range` are a name: every word capitalised (`Slovakia 1-1 Ukraine`, a
    /// score, is none: the number ends the object there).
    private func isName(_ range: Range<Int>, in view: SentenceView) -> Bool {
        !range.isEmpty && range.allSatisfy { view.isCapitalized($0) }
    }
}
