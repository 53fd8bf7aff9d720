/// A date between a subject and its cue (`Các nhà lập pháp Hàn Quốc hôm 21/11 cho biết`), also
/// written with dashes (`Quân đội Ukraine hôm 12-5 cho biết`, `ngày 12-5-2024`): after a time word (function_words.tsv `adverbial_head`) the dash
/// between numbers is no clause mark, and the time phrase is no part of the subject. A subject
/// it shortens carries this rule's id (`FoundQuote.refinements`).
///
/// Example: "(NLĐO) – Quân đội Ukraine hôm 12-5 cho biết cuộc giao tranh ác liệt đã xảy ra ở thị trấn Vovchansk."
/// Rejects: a dash between numbers with no time word before (a score, `Real Madrid 4-0
/// Salzburg`: still a clause mark).
struct SubjectDateRule {
    let id = QuoteRefinement.dateInSubject

    /// Whether the dash at `index` (read leftwards, within `lower..<end`) joins the numbers of
    /// a date after a time word.
    func isDateDash(at index: Int, in paragraph: ParagraphContext, lower: Int, end: Int, words: FunctionWords) -> Bool {
        let tokens = paragraph.tokens
        return Punctuation.dashesKeys.contains(tokens[index]) && index - 2 >= lower && index + 1 < end
            && tokens[index - 1].kind == .number && tokens[index + 1].kind == .number
            && (words.isWord(tokens, at: index - 2, .adverbialHead)
                || index - 4 >= lower && paragraph.isPunctuation(index - 2, Punctuation.dashesKeys)
                    && words.isWord(tokens, at: index - 4, .adverbialHead))
    }

    /// Where a subject `first..<end` ends without its trailing time phrase (`hôm 21/11`,
    /// `hôm 12-5`): at the time word, when at least two tokens stay before it; else `end`.
    func subjectEnd(first: Int, end: Int, in paragraph: ParagraphContext, words: FunctionWords) -> Int {
        let tokens = paragraph.tokens
        var date = end
        while date - 1 > first, tokens[date - 1].kind == .number
                || (date - 2 > first && paragraph.isPunctuation(date - 1, Punctuation.dashesKeys) && tokens[date - 2].kind == .number) {
            date -= 1
        }
        if date < end, date - first >= 2, tokens[date].kind == .number, words.isWord(tokens, at: date - 1, .adverbialHead) {
            return date - 1
        }
        return end
    }
}
