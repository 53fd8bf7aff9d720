/// The side of a body whose country the article writes after the body's abbreviation in
/// brackets: `Trung tâm Kiểm soát và Phòng ngừa Dịch bệnh (CDC) Hoa Kỳ`, `Bộ Y tế (MOH)
/// Singapore`. News gives a foreign body its abbreviation right after its Vietnamese name and
/// then the country it belongs to; the bracket stands between body and country, so the country
/// is not "right after" the body for `StateOrganSide` or a bare national head, which would
/// give the body the home side.
///
/// Recognises: silver 2025-02-10-dich-cum `Theo Trung tâm Kiểm soát và Phòng ngừa Dịch bệnh
/// (CDC) Hoa Kỳ, từ đầu tháng 10/2024 …` → Mỹ (`side written after the body's abbreviation`).
/// Rejects: a bracket that holds no abbreviation in capitals (`Sở Y tế (TP Hà Nội)`: two words),
/// a bracket with no side after it (`Cục Cảnh sát giao thông (CSGT) cho biết`), a side after
/// a comma (`(CDC), Mỹ và …`: no longer the body's name), and a country's syllable that opens a
/// Vietnamese place (`Trung tâm Y tế (TTYT) Mỹ Tho`, `(CDC) Nga Sơn`:
/// `CountryInsideName.startsVietnameseName`).
struct SideAfterAbbreviation: Sendable {
    let lexicon: SpeakerLexicon

    /// The side written after the bracketed abbreviation that follows the body ending at `end`,
    /// inside the mention (before `limit`).
    func side(_ tokens: [Token], after end: Int, limit: Int) -> String? {
        let bracket = lexicon.bracketedAbbreviation(in: tokens, at: end, limit: limit)
        guard bracket > 0, let side = lexicon.actor(in: tokens, at: end + bracket, limit: limit) else { return nil }
        // `(TTYT) Mỹ Tho`: a Vietnamese place that opens with a country's syllable (CountryInsideName.swift).
        if CountryInsideName.startsVietnameseName(side.length, tokens, at: end + bracket, limit: limit,
                                                   parser: MentionParser(lexicon: lexicon)) { return nil }
        return side.entry.side
    }
}
