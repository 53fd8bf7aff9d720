/// A stance phrase of one word written capitalised inside its clause is a syllable of a
/// name or an honorific, no stance word: Vietnamese capitalises every syllable of a name
/// and the honorific of a revered person, and a lexicon word of one syllable is often one
/// of them.
///
/// Example: `Khi tìm hiểu về Bác Hồ tôi rất khâm phục …` (silver): `Bác` is Uncle Hồ, not
/// `bác` (to reject); `VĐV Thu Vinh môn Bắn súng đã vào chung kết`: `Bắn súng` names a
/// sport, no shooting. Neither weighs.
/// Rejects: the first word of a clause (capitalised by its place: `Bác bỏ mọi cáo buộc`,
/// `Bắn vào …`), a phrase of two words or more (`Bình thường hóa`: read as written, or a
/// name by `CapitalisedNamePhraseRule`), and a word in lower case (`họ sẽ bắn vào các mục tiêu`).
/// Evidence: the dropped word is a modifier record `name-syllable`, factor 0. Modifier
/// records do not count in the quote's mean, so the score is that of the word's absence.
enum CapitalisedNameSyllableRule {
    /// Whether the match of `length` words at `index`, in `clause`, is a name syllable.
    static func drops(length: Int, at index: Int, in words: WordSpans.Words, clause: Range<Int>) -> Bool {
        length == 1 && index != clause.lowerBound && words[index].isCapitalized
    }

    /// Whether a dropped entry is recorded: a term that would weigh or a modifier that
    /// would act; not a trap, a chain, or a `block`/`modal` row (never in the evidence).
    static func records(_ entry: StanceEntry) -> Bool {
        switch entry {
        case .trap, .chain: false
        case .term(let term): term.category != .block && term.category != .modal
        default: true
        }
    }

    /// The evidence record of the dropped word `words` of `spans`.
    static func evidence(_ words: Range<Int>, in spans: borrowing WordSpans) -> StanceEvidence {
        let found = spans.found(words)
        return StanceEvidence(kind: .modifier, text: found.text, category: StanceModifierName.nameSyllable.rawValue,
                              weight: 0, contribution: 0, range: found.offsets)
    }
}
