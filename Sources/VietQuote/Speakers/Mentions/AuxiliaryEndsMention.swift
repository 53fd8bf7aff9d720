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
/// `vừa qua`), and nouns' modifiers that are no rows (`báo cáo mới nhất`).
struct AuxiliaryEndsMention {
    let words: FunctionWords

    /// Where the speaker of `mention` ends (the auxiliary's index), or nil when it holds none.
    func end(of mention: Range<Int>, in tokens: [Token]) -> Int? {
        AuxiliaryInSubjectRule.speakerEnd(in: mention, tokens: tokens, words: words)
    }
}
