import Foundation

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
/// Anh`: a place or a stage name), syllables not shaped like Vietnamese ones (`Luis De La
/// Fuente`), a name the lexicons read across the cut (`Báo An Ninh Thủ Đô`: the medium `An Ninh
/// Thủ Đô`, not `Ninh Thủ Đô`), and one word before the name written as Vietnamese syllables
/// joined with a Vietnamese mark (`Phaolô Nguyễn Văn Bình`: a baptismal name, the person's own;
/// `Video`, `Piano`, `SeABank` are no such word, and `Tập đoàn Vingroup` is a body's name).
struct PersonalNameAfterWords {
    let lexicon: SpeakerLexicon

    /// Whether the run that started at `start` ends before `index`: the word there opens a
    /// Vietnamese personal name of `SpeakerLimits.gluedPersonalNameSyllables` syllables or more
    /// before `limit`, and the run does not open with a family name.
    func starts(_ tokens: [Token], at index: Int, after start: Int, limit: Int) -> Bool {
        guard index > start, !lexicon.startsPersonalName(tokens, at: start), lexicon.startsPersonalName(tokens, at: index),
              index + SpeakerLimits.gluedPersonalNameSyllables <= limit else { return false }
        guard Range(from: index, to: index + SpeakerLimits.gluedPersonalNameSyllables).allSatisfy({
            tokens[$0].kind == .word && tokens[$0].isCapitalized && !tokens[$0].isAllCaps
                && lexicon.isVietnameseSyllable(tokens[$0].key)
        }) else { return false }
        // A side, body or medium of the lexicons that runs over the family name is one name.
        for position in Range(from: start, to: index) {
            if let side = lexicon.actor(in: tokens, at: position, limit: limit), position + side.length > index { return false }
            if let body = lexicon.organization(in: tokens, at: position, limit: limit), position + body.length > index { return false }
        }
        // The words before the run, read up to the cut: a medium's head whose name the run is
        // (`Báo An Ninh Thủ Đô`), or a body whose name holds the run's first word (`Tập đoàn Vingroup`).
        var inBody = false
        for position in Range(from: max(0, start - SpeakerLimits.mediumWordsBeforeName), to: start + 1) {
            guard let body = lexicon.organization(in: tokens, at: position, limit: index) else { continue }
            let name = position + body.length
            if body.entry.kind == .media, name >= start, name < index, lexicon.organization(in: tokens, at: name, limit: index) == nil,
               Range(from: name, to: index).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized }) { return false }
            if name > start { inBody = true }
        }
        return !(index - start == 1 && !inBody && isJoinedSyllables(tokens[start]))
    }

    /// Whether a word is two or more Vietnamese syllables written as one, with a Vietnamese
    /// vowel or tone mark (`Phaolô` = `phao` + `lô`, `Têrêsa`, `Phêrô`): the shape of a
    /// Vietnamese transcription of a Latin name, and no syllable of its own. English words that
    /// happen to split carry no mark (`Video`, `Piano`, `Bamboo`); `SeABank`: `bank` is no syllable.
    private func isJoinedSyllables(_ token: Token) -> Bool {
        guard token.kind == .word, !token.isAllCaps, !lexicon.isVietnameseSyllable(token.key),
              token.key.decomposedStringWithCanonicalMapping.unicodeScalars.contains(where: {
                  (0x300...0x36F).contains($0.value) || $0 == "đ"
              }) else { return false }
        let letters = Array(token.key)
        guard letters.count <= SpeakerLimits.joinedSyllablesLetters else { return false }
        // splits[i]: the first i letters are whole syllables (of one letter or more).
        var splits = [true] + Array(repeating: false, count: letters.count)
        for end in 1...letters.count {
            splits[end] = (0..<end).contains { splits[$0] && lexicon.isVietnameseSyllable(String(letters[$0..<end])) }
        }
        return splits[letters.count]
    }
}
