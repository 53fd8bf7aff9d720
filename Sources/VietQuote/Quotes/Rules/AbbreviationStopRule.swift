/// A full stop glued to an abbreviation inside the subject (`TP.HCM`, `TP. Hà Nội`, `PGS.TS`) is
/// no clause mark: the subject read leftwards from the cue goes on over it to the words before
/// (the body, role or source the place or title belongs to). The sentence splitter already
/// keeps such a stop inside its sentence (an abbreviation of `abbreviations.tsv`, or an initial:
/// `SentenceSplitter.isTerminal`); so, inside a sentence, a full stop with no space before it,
/// after a capitalised word and before a capitalised word, is one. A subject it lengthens
/// carries this rule's id (`FoundQuote.refinements`).
///
/// Example: silver 2024-05-03-mot-thoang-ta-ruc-ro-o-nhan-gian "Đại diện trường Quốc tế TP.HCM
/// cho biết, đã tiếp nhận thông tin …" → the subject `Đại diện trường Quốc tế TP.HCM` (was
/// `HCM`, which the Speakers stage widened to the place `TP.HCM` alone and named the speaker).
/// Rejects: a full stop with a space before it, one before a lower-case word or a number, one
/// that ends the sentence (the splitter made it a boundary: `… đã tăng.Ông An cho biết` is two
/// sentences), and one after a lower-case word of one letter, which the splitter keeps as if it
/// were an initial (dev 317 `… nếu phía Armenia đồng ý. Tổng thống Ilham Aliyev cũng đã đề nghị …`:
/// `ý` ends the sentence).
struct AbbreviationStopRule {
    let id = QuoteRefinement.abbreviationStop

    /// Whether the full stop at `index`, read leftwards within `lower..<end`, is an
    /// abbreviation's stop inside the sentence.
    func isAbbreviationStop(at index: Int, in paragraph: ParagraphContext, lower: Int, end: Int) -> Bool {
        let tokens = paragraph.tokens
        guard index > lower, index + 1 < end, tokens[index].kind == .punctuation, tokens[index].key == ".",
              !tokens[index].spaceBefore, tokens[index - 1].kind == .word, tokens[index - 1].isCapitalized else { return false }
        let next = tokens[index + 1]
        return next.kind == .word && next.isCapitalized
    }
}
