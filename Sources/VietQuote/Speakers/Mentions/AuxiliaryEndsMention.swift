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
/// two auxiliaries that open a noun's modifier, not a predicate (review14 M1):
/// - in a `Theo X,` or `dẫn lời X` mention (quote rules `theo-source`, `medium-quotes-speaker`:
///   no predicate can follow the speaker), one with a capitalised word after it, the issuer,
///   side or body the modifier names: silver 2024-05-06-bamboo `Theo phương án phân phối lợi
///   nhuận đã được ĐHĐCĐ thường niên năm 2023 thông qua, …` keeps `ĐHĐCĐ` (with no such word
///   the cut stays: 2024-09-18 `Theo kênh này đã đăng tải, …` → `kênh này`);
/// - one after a relative apposition's head (a comma or dash, `một` of `apposition_link`, an
///   `apposed_relative` word) when a copula follows it: the apposition states the person's own
///   title (`Ông John Bolton, người từng là cố vấn an ninh quốc gia Mỹ, cho biết`); without a
///   copula the cut stays, as the titles there are others' (silver 2024-08-16 `LS Đặng Đình
///   Mạnh, người từng bào chữa cho nhà hoạt động …` → no title `nhà hoạt động`).
struct AuxiliaryEndsMention {
    let words: FunctionWords

    /// The quote rules whose mention is a noun phrase with no predicate of its own.
    static let noPredicate: Set<QuoteRule> = [.sourcePreposition, .medium]

    /// Where the speaker of `mention` ends (the auxiliary's index), or nil when it holds none.
    /// `rule` is the quote rule that found the mention (nil: any rule with a predicate).
    func end(of mention: Range<Int>, in tokens: [Token], rule: QuoteRule? = nil) -> Int? {
        guard let end = AuxiliaryInSubjectRule.speakerEnd(in: mention, tokens: tokens, words: words) else { return nil }
        if let rule, Self.noPredicate.contains(rule),
           (end + 1..<mention.upperBound).contains(where: { tokens[$0].kind == .word && tokens[$0].isCapitalized }) { return nil }
        if opensRelative(in: mention.lowerBound..<end, tokens: tokens), statesCopula(after: end, in: tokens, limit: mention.upperBound) {
            return nil
        }
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

    /// Whether a copula follows the auxiliary at `auxiliary` (`từng là`).
    private func statesCopula(after auxiliary: Int, in tokens: [Token], limit: Int) -> Bool {
        let next = auxiliary + (words.match(.predicateAuxiliary, in: tokens, at: auxiliary, limit: limit) ?? 1)
        return next < limit && words.match(.copula, in: tokens, at: next, limit: limit) != nil
    }
}
