/// The copula `là` (function_words.tsv `copula`) inside the words before a cue: what stands
/// before it is a clause, not who speaks. A capitalised name after it names the subject
/// (`Giám đốc thể thao của Barca là Deco khẳng định …`, `Đây là lần đầu tiên Nga xác nhận …`:
/// Deco, Nga speak; the subject it shortens carries this rule's id); with no name after it the
/// cue word is a noun or a verb of that clause (`Đó là một nhà bình luận kỳ cựu của đài Fox
/// News`, `Durov hiện là tỷ phú với khối tài sản ước tính 15,5 tỷ USD`): there is no subject.
///
/// Example (no subject): "Đó là một nhà bình luận kỳ cựu của đài Fox News."
/// Passes: a subject with no copula; a copula inside brackets (`Công ty X (trước đây là
/// Công ty Y) đề xuất …`); a subject read before another predicate (`Thủ tướng Modi coi A là B
/// và đánh giá cao …`: the copula is that predicate's).
struct CopulaSubjectRule {
    let id = QuoteRefinement.copulaInSubject

    /// The subject `range` from the first name after its last copula outside brackets; nil when
    /// no name follows the copula; `range` itself with no copula.
    func subject(_ range: Range<Int>, in paragraph: ParagraphContext, words: FunctionWords) -> Range<Int>? {
        let tokens = paragraph.tokens
        var depth = 0
        var copula: Int?
        for index in range {
            if tokens[index].kind == .punctuation, tokens[index].key == "(" { depth += 1 }
            if tokens[index].kind == .punctuation, tokens[index].key == ")" { depth = max(0, depth - 1) }
            if depth == 0, !paragraph.insideQuote[index], words.isWord(tokens, at: index, .copula) { copula = index }
        }
        guard let copula else { return range }
        guard let name = Range(from: copula + 1, to: range.upperBound).first(where: {
            tokens[$0].kind == .word && tokens[$0].isCapitalized
        }) else { return nil }
        return Range(from: name, to: range.upperBound)
    }
}
