/// The copula `là` (function_words.tsv `copula`) inside the words before a cue: what stands
/// before it is a clause, not who speaks. A name after it names the subject (`Đây là lần đầu
/// tiên Nga xác nhận …`: Nga speaks; the subject it shortens carries this rule's id), read from
/// its first honorific or capital (`Điều quan trọng là ông Trump khẳng định …`: `ông Trump`;
/// not a title or quantifier after it: `Đây là cầu thủ duy nhất CR7 công khai thừa nhận …`,
/// `cầu thủ` is the predicate, CR7 speaks). A title before the copula makes
/// `TITLE là NAME` an apposition: the whole subject stays, so the speaker stage reads both
/// (`Người phát ngôn Bộ Ngoại giao là bà Phạm Thu Hằng khẳng định …`: Phạm Thu Hằng, with her
/// title). With no name after it the cue word is a noun or a verb of that clause (`Đó là một
/// nhà bình luận kỳ cựu của đài Fox News`, `Durov hiện là tỷ phú với khối tài sản ước tính 15,5
/// tỷ USD`): there is no subject.
///
/// Example (no subject): "Đó là một nhà bình luận kỳ cựu của đài Fox News."
/// Passes: a subject with no copula; a copula inside brackets (`Công ty X (trước đây là
/// Công ty Y) đề xuất …`); a subject read before another predicate (`Thủ tướng Modi coi A là B
/// và đánh giá cao …`: the copula is that predicate's).
struct CopulaSubjectRule {
    let id = QuoteRefinement.copulaInSubject

    /// The subject a noun phrase's words `range` leave after a copula, and this rule's id when
    /// it shortened them; nil when the copula leaves no subject. A subject read after another
    /// predicate (`predicateBefore`: `Thủ tướng Modi coi A là B và đánh giá cao …`) is left
    /// as it is: the copula is that predicate's.
    func refined(_ range: Range<Int>, predicateBefore: Bool, in paragraph: ParagraphContext, words: FunctionWords,
                 titles: PhraseTrie<TitleKind>) -> (range: Range<Int>, refinements: [QuoteRefinement])? {
        guard !predicateBefore else { return (range, []) }
        guard let found = subject(range, in: paragraph, words: words, titles: titles) else { return nil }
        return (found, found == range ? [] : [id])
    }

    /// The subject `range` from the first honorific or capital after its last copula
    /// outside brackets (all of `range` when a title stands before the copula); nil when no
    /// name follows the copula; `range` itself with no copula.
    private func subject(_ range: Range<Int>, in paragraph: ParagraphContext, words: FunctionWords,
                         titles: PhraseTrie<TitleKind>) -> Range<Int>? {
        let tokens = paragraph.tokens
        var depth = 0
        var copula: Int?
        for index in range {
            if tokens[index].kind == .punctuation, tokens[index].key == "(" { depth += 1 }
            if tokens[index].kind == .punctuation, tokens[index].key == ")" { depth = max(0, depth - 1) }
            if depth == 0, !paragraph.insideQuote[index], words.isWord(tokens, at: index, .copula) { copula = index }
        }
        guard let copula else { return range }
        let after = Range(from: copula + 1, to: range.upperBound)
        guard after.contains(where: { tokens[$0].kind == .word && tokens[$0].isCapitalized }) else { return nil }
        func startsTitle(_ index: Int) -> Bool {
            titles.mayStart(tokens[index]) && titles.longestMatch(in: tokens, at: index, limit: range.upperBound) != nil
        }
        if Range(from: range.lowerBound, to: copula).contains(where: startsTitle) { return range }
        let start = after.first {
            tokens[$0].kind == .word && (tokens[$0].isCapitalized || words.isWord(tokens, at: $0, .honorific))
        }
        return Range(from: start ?? copula + 1, to: range.upperBound)
    }
}
