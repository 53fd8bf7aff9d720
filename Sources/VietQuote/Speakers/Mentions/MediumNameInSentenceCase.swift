/// A medium's name written in sentence case, as Vietnamese papers write their own names: a
/// capitalised syllable and the lower-case syllables of its words (`báo Dân trí`, `báo Người
/// lao động`, `Báo Tuổi trẻ online` → `Tuổi trẻ`), and a further capitalised part after one
/// lower-case syllable (`báo Điện tử Chính phủ`, `báo Công an Nhân dân`). The name run
/// (`MentionParser.nameRun`) stops at the first lower-case syllable and left one syllable
/// (silver `Theo báo Dân trí, bà Nguyễn Vân Anh …` → `Dân`, `Báo Chính phủ cho biết …` →
/// `Chính`). Trace: `media: a name in sentence case`.
///
/// Rejects, ending the name before it: a lower-case syllable that is a function word
/// (`báo Giáo dục và Thời đại` → `Giáo dục`), heads a place or a body (`Đài Khí tượng thủy văn
/// tỉnh` → `Khí tượng thủy văn`), opens a title or a side (`Đài Hải quân Mỹ`: `Mỹ` stays the
/// side after it); a name run of several capitalised syllables (`Báo Người Lao Động trân trọng`:
/// the name is whole, `trân trọng` is the clause's); a medium named by its own row, no generic
/// head (`Đoàn thanh niên Công ty …`: `thanh niên` is no paper's head); a syllable of no
/// Vietnamese shape, so a foreign name keeps its capitals and the clause word after it stays out (`tạp chí Newsweek dẫn`, `Tờ Tiebreakertimes có`); a
/// capitalised part after two lower-case syllables or more (`Báo Tin tức thuộc Thông Tấn Xã`
/// → `Tin tức`); lower-case syllables past `SpeakerLimits.mediumNameLowerCase`.
struct MediumNameInSentenceCase {
    let lexicon: SpeakerLexicon

    /// Where the medium's name that the name run read as the one syllable `name` ends when it
    /// goes on in lower case, or nil when it does not. A name run of several capitalised
    /// syllables is a name in title case, whole (`Báo Người Lao Động trân trọng cảm ơn`).
    func end(_ tokens: [Token], after name: Range<Int>, limit: Int) -> Int? {
        guard name.count == 1, let next = tokens[ifPresent: name.upperBound], name.upperBound < limit, next.kind == .word,
              !next.isCapitalized, name.allSatisfy({ lexicon.isVietnameseSyllable(tokens[$0].key) }) else { return nil }
        var end = name.upperBound, lowerCase = 0, sinceCapital = 0
        while end < limit, tokens[end].kind == .word, lexicon.isVietnameseSyllable(tokens[end].key),
              lexicon.actor(in: tokens, at: end, limit: limit) == nil, lexicon.title(in: tokens, at: end, limit: limit) == nil {
            if tokens[end].isCapitalized {
                // A later capitalised part follows one lower-case syllable; a personal name is no part.
                guard sinceCapital <= 1, !lexicon.startsPersonalName(tokens, at: end) else {
                    // `Tin tức thuộc Thông Tấn Xã`: the lower-case word before a part left out links it.
                    if sinceCapital > 1 { end -= 1 }
                    break
                }
                sinceCapital = 0
            } else {
                guard lowerCase < SpeakerLimits.mediumNameLowerCase, !stops(tokens, at: end, limit: limit) else { break }
                lowerCase += 1
                sinceCapital += 1
            }
            end += 1
        }
        return end > name.upperBound ? end : nil
    }

    /// Whether a lower-case syllable ends the name: a function word, a place's or a body's head.
    private func stops(_ tokens: [Token], at index: Int, limit: Int) -> Bool {
        lexicon.words.trie.value(in: tokens, range: index..<index + 1) != nil
            || lexicon.placeHeads.longestMatch(in: tokens, at: index, limit: limit) != nil
            || lexicon.bodyHeads.longestMatch(in: tokens, at: index, limit: limit) != nil
    }
}
