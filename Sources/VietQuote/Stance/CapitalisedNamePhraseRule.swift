/// A stance phrase written as part of a name is no stance word: a phrase of two words or
/// more whose every word is capitalised is a name (Vietnamese capitalises each syllable of
/// a place or a person, never of a common phrase), and so is a phrase whose first word is
/// capitalised right after a comma or a semicolon, where Vietnamese writes lower case (an
/// event or a body named in a list: only a name keeps its capital there).
///
/// Example: `bắt tạm giam ông Ngô Ngọc Đức, nguyên Bí thư Thành uỷ Hoà Bình, tỉnh Hoà Bình`
/// (silver): `Hoà Bình` is the province, not `hòa bình` (peace); `dẫn đầu đoàn … tham dự Hội
/// nghị các nhà lãnh đạo kinh tế APEC lần thứ 31, Đối thoại giữa các nhà lãnh đạo APEC …`
/// (silver): `Đối thoại` names an event of the summit, no dialogue between sides. Neither weighs.
/// Rejects: a phrase with a word in lower case that opens a sentence or follows another mark
/// (`Bình thường hóa quan hệ …`, `: Hợp tác …`: capitalised by its place), a phrase in lower
/// case (`vì hòa bình`), and a phrase of one word, which `CapitalisedNameSyllableRule` reads
/// (`họ nói vậy, Bắn vào …` keeps `Bắn`).
/// Evidence: the dropped phrase is a modifier record `name-phrase`, factor 0: the score is
/// that of the phrase's absence.
enum CapitalisedNamePhraseRule {
    /// Whether the match of `length` words at `index` of `spans` is written as part of a name.
    static func drops(length: Int, at index: Int, in spans: borrowing WordSpans) -> Bool {
        let words = spans.words
        guard length >= 2, words[index].isCapitalized else { return false }
        if (index + 1..<index + length).allSatisfy({ words[$0].isCapitalized && !words[$0].isAllCaps }) {
            return true
        }
        return spans.followsLowerCaseBreak(index)
    }

    /// The evidence record of the dropped words `words` of `spans`.
    static func evidence(_ words: Range<Int>, in spans: borrowing WordSpans) -> StanceEvidence {
        let found = spans.found(words)
        return StanceEvidence(kind: .modifier, text: found.text, category: StanceModifierName.namePhrase.rawValue,
                              weight: 0, contribution: 0, range: found.offsets)
    }
}
