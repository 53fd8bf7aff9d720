/// A Vietnamese personal name of three syllables or more glued to the capitalised words
/// before it (a place, a company, a show, a nickname) starts a name of its own: the words
/// before are no part of it. A name run ends before its family name.
///
/// Recognises: silver 2024-08-28-thuong-toa-thich-chan-quang `Giám đốc Ban Quản lý rừng phòng
/// hộ tỉnh Bà Rịa - Vũng Tàu Nguyễn Duy Bắc cho biết` → `Nguyễn Duy Bắc` (was `Vũng Tàu
/// Nguyễn Duy Bắc`); `Shark Nguyễn Hoà Bình`, `SeABank Nguyễn Thị Nga` (`name: a Vietnamese
/// personal name starts after the words before it`).
/// Rejects: a run that itself opens with a family name (`Trần Nguyễn Minh Anh`: two family
/// names), a family name with one syllable after it (`TP Hà Nội`, `Soobin Hoàng Sơn`, `Nhật Kim
/// Anh`: a place or a stage name), and syllables not shaped like Vietnamese ones (`Luis De La
/// Fuente`).
struct PersonalNameAfterWords {
    let lexicon: SpeakerLexicon

    /// Whether the run that started at `start` ends before `index`: the word there opens a
    /// Vietnamese personal name of `SpeakerLimits.gluedPersonalNameSyllables` syllables or more
    /// before `limit`, and the run does not open with a family name.
    func starts(_ tokens: [Token], at index: Int, after start: Int, limit: Int) -> Bool {
        guard index > start, !lexicon.startsPersonalName(tokens, at: start), lexicon.startsPersonalName(tokens, at: index),
              index + SpeakerLimits.gluedPersonalNameSyllables <= limit else { return false }
        return Range(from: index, to: index + SpeakerLimits.gluedPersonalNameSyllables).allSatisfy {
            tokens[$0].kind == .word && tokens[$0].isCapitalized && !tokens[$0].isAllCaps
                && lexicon.isVietnameseSyllable(tokens[$0].key)
        }
    }
}
