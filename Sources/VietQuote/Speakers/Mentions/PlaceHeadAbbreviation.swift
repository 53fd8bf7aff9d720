/// A place's head written short with a full stop and a space (`TP. Hồ Chí Minh`, `TP. Thủ
/// Đức`, `TAND TP. Thủ Đức`): the full stop only closes the abbreviation (`abbreviations.tsv`
/// keeps the sentence going), and a place's name always follows it. So the capitalised word
/// after it opens no sentence (`Hồ`, `Thủ`, `Đồng` are no common words there, cut from the
/// name), the body's name goes on over it (`Công an TP. Hà Nội`, not `Công an TP`), and the
/// run after it is a place even where it reads as a full personal name (`TP. Hồ Chí Minh`: a
/// holder's name comes after the whole place, `UBND TP. Hà Nội Trần Sỹ Thanh`).
/// The head is a row of `place_heads.tsv` that is no Vietnamese syllable (an abbreviation).
///
/// Recognises: silver 2024-05-25-tuyensinhdaucap `Sở GD-ĐT TP. Hồ Chí Minh cho biết` → the body
/// `Sở GD-ĐT TP. Hồ Chí Minh` (was the person `Chí Minh`); 2025-02-06-du-bao-thoi-tiet-ha-noi
/// `Công an TP. Hà Nội` → the whole body (was `Công an TP`); 2025-01-17-nghi-dinh-168-giao-thong
/// `TP. Đồng Hới` → the city (was the person `Hới`). The trace says `name: a place after its
/// head written short with a full stop`.
/// Rejects: a head written in full (`tỉnh. Hà Nội`: `tỉnh` is a syllable, its full stop ends a
/// sentence); a full stop glued to the next word (`TP.HCM`, read by `MentionParser.nameRun`);
/// a function word after it (`… của TP. Theo đó, …`: a sentence did end there); the end of a
/// hyphenated name (`Sơn Tùng M-TP. Thời điểm mới ra mắt, …`: a stage name ends the sentence).
enum PlaceHeadAbbreviation {
    /// Whether the word at `index` follows a place head written short and its full stop, a
    /// space between them and it.
    static func follows(_ tokens: [Token], at index: Int, lexicon: SpeakerLexicon) -> Bool {
        guard index >= 2, let word = tokens[ifPresent: index], word.kind == .word, word.isCapitalized, word.spaceBefore
        else { return false }
        return isStop(tokens, at: index - 1, lexicon: lexicon)
            && lexicon.words.trie.value(in: tokens, range: index..<index + 1) == nil
    }

    /// Whether the full stop at `position` closes a place head written short (`TP.`): glued to
    /// the head, the head no Vietnamese syllable.
    static func isStop(_ tokens: [Token], at position: Int, lexicon: SpeakerLexicon) -> Bool {
        guard position >= 1, let stop = tokens[ifPresent: position], stop.kind == .punctuation, stop.key == ".",
              !stop.spaceBefore, tokens[position - 1].kind == .word, tokens[position - 1].isCapitalized,
              lexicon.placeHeads.value(in: tokens, range: position - 1..<position) != nil else { return false }
        let hyphenated = position >= 2 && tokens[position - 2].key == "-" && !tokens[position - 1].spaceBefore
        return !hyphenated && !lexicon.isVietnameseSyllable(tokens[position - 1].key)
    }
}
