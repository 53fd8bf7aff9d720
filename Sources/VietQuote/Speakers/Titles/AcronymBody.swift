/// A body named by acronyms right after a title head: `Chủ tịch HĐQT FPT`, `Tổng giám đốc
/// VNPT`, `Chủ tịch FPT`. Vietnamese news writes a company's or a board's name in capitals
/// and never a person's, so the acronyms are the post's body, part of the title, not the
/// holder's name (before, `Chủ tịch HĐQT FPT cho rằng …` made `HĐQT FPT` a person).
///
/// Recognises words of two or more letters all in capitals, in a row, right after an office
/// title head (no side or body read after it yet). Not after a role (`Ca sĩ AMEE`, `ca sĩ
/// MONO`: stage names are written in capitals; a role holds no post in a body). A body of the lexicons is read as before
/// (`Chủ tịch UBND TP Hà Nội`), and so is a side (`Đại sứ EU`). The acronyms give no side.
/// Rejects: an acronym that heads a body (`TP` of `Luật sư TP Hà Nội`: a place), acronyms
/// followed by another capitalised word that starts no Vietnamese personal name (`Chủ tịch
/// HYBE Bang Si Hyuk`: a foreign name or a body, read as before), a capitalised name that is not all capitals (`Chủ tịch Vingroup`: a name; see
/// `Coreference/BodyNameAfterTitle.swift`), one letter (`Tổng thống Donald J. Trump`), and
/// the person's name after the acronyms (`Chủ tịch FPT Trương Gia Bình` keeps the name).
struct AcronymBody {
    let lexicon: SpeakerLexicon

    /// The number of acronym words at `index`, before `limit`.
    func length(in tokens: [Token], at index: Int, limit: Int) -> Int {
        var end = index
        while end < limit, tokens[end].kind == .word, tokens[end].isAllCaps,
              lexicon.actor(in: tokens, at: end, limit: limit) == nil, lexicon.organization(in: tokens, at: end, limit: limit) == nil,
              lexicon.bodyHeads.longestMatch(in: tokens, at: end, limit: limit) == nil {
            end += 1
        }
        // Another capitalised word after them may be a foreign name or a body's head (`Chủ tịch HYBE
        // Bang Si Hyuk`: `Bang` is also the head `bang`): the acronyms are left to the name reading.
        if end > index, end < limit, tokens[end].kind == .word, tokens[end].isCapitalized,
           !lexicon.startsPersonalName(tokens, at: end) { return 0 }
        return end - index
    }
}
