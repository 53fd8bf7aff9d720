/// An auxiliary of the predicate inside a mention (a `predicate_auxiliary` word of
/// function_words.tsv: `cũng`, `vẫn`, `đã`, `từng`, `đều`, `liên tục`), lower case, after the
/// mention's first word and a word or a number, opens the subject's own predicate: the speaker
/// is the words before it, whichever quote rule gave the mention (the Quotes stage cuts only the
/// subjects `NounPhraseSubjectRule` reads: `AuxiliaryInSubjectRule`, whose test this reads).
/// The speaker's trace says `mention: ends before an auxiliary of its predicate`.
///
/// Recognises: silver 2024-06-28-phat-nguoi `Công ty 545 liên tục đề nghị …` → `Công ty 545`
/// (was `Công ty 545 liên tục`); 2024-07-23-huy-ma `Nam diễn viên sinh năm 1989 từng phải lên
/// tiếng phủ nhận …` → `Nam diễn viên sinh năm 1989`; `… cơ quan chức năng cũng tăng cường công
/// tác dự báo, thông tin …` → `cơ quan chức năng`.
/// Rejects: an auxiliary that opens the mention (`Cũng theo …`), a capitalised syllable of a
/// name (`Vẫn`), a word that opens a longer phrase of another class (`cũng như` coordinates,
/// `vừa qua`), and nouns' modifiers that are no rows (`báo cáo mới nhất`). It also rejects
/// the mentions where no predicate can follow the speaker, so the auxiliary opens a modifier of
/// a noun (review14 M1): a `Theo X,` or `dẫn lời X` mention (quote rules `theo-source` and
/// `medium-quotes-speaker`: silver 2024-05-06-bamboo `Theo phương án phân phối lợi nhuận đã
/// được ĐHĐCĐ thường niên năm 2023 thông qua, …` keeps its issuer `ĐHĐCĐ`), and an auxiliary
/// after a relative apposition (a comma or dash, `một` of `apposition_link`, then an
/// `apposed_relative` word: silver 2024-11-15 `Buster Douglas, người từng đánh bại Tyson …`),
/// whose own rules (`RelativeApposition`, the title chain) read it.
struct AuxiliaryEndsMention {
    let words: FunctionWords

    /// The quote rules whose mention is a noun phrase with no predicate of its own.
    static let noPredicate: Set<QuoteRule> = [.sourcePreposition, .medium]

    /// Where the speaker of `mention` ends (the auxiliary's index), or nil when it holds none.
    /// `rule` is the quote rule that found the mention (nil: any rule with a predicate).
    func end(of mention: Range<Int>, in tokens: [Token], rule: QuoteRule? = nil) -> Int? {
        if let rule, Self.noPredicate.contains(rule) { return nil }
        guard let end = AuxiliaryInSubjectRule.speakerEnd(in: mention, tokens: tokens, words: words),
              !opensRelative(in: mention.lowerBound..<end, tokens: tokens) else { return nil }
        return end
    }

    /// Whether `words` hold a relative apposition's head: a comma or dash, an optional
    /// `apposition_link` word (`một`), then an `apposed_relative` one (`người`).
    private func opensRelative(in words: Range<Int>, tokens: [Token]) -> Bool {
        words.contains { index in
            guard tokens[index].kind == .punctuation, Punctuation.commaOrDash.contains(tokens[index].key) else { return false }
            var head = index + 1
            if let link = self.words.match(.appositionLink, in: tokens, at: head, limit: words.upperBound) { head += link }
            return head < words.upperBound && self.words.isWord(tokens, at: head, .apposedRelative)
        }
    }
}
