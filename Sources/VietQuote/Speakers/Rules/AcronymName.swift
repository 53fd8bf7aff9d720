/// A one-word name in capitals of a few letters, with no title and no honorific, is a body's
/// acronym (a club, a company, a league, a platform), not a person: the speaker's kind is
/// `organization`. On silver (main c209dab) 310 quotes had such a name as a `person`; read, nearly all
/// were bodies or media: `UEFA` 12, `MU` 11, `HYBE` 9, `ESPN` 8, `PSG` 7, `QQ` (QQ Sports), `TCH`
/// (The Coffee House, 2024-05-09-the-coffee-house-thai-ha), `MBS` (a broker, 2025-02-21-chung-khoan),
/// `NBA`, `AI` (`AI dự đoán rằng …`, 2024-11-15-mike-tyson-vs-jake-paul). Wrong for a short stage
/// name written alone (`MONO`, 5 quotes).
///
/// Recognises: a name of one word, all capitals, letters only, 2 to `maxLetters` letters
/// (`acronymNoPerson`). Rejects: a name after an honorific or with a title (`ông MBS`, `HLV
/// Park`), a longer word in capitals (`SOOBIN`: a stage name), a word with a digit (`J97`,
/// `CR7`: a singer's, a footballer's nickname), a Roman numeral, a title's abbreviation (`HLV`).
struct AcronymName: Sendable {
    /// The longest acronym read as a body: `UEFA`, `HYBE`, `NOAA`, `TPHCM` have 4–5 letters;
    /// 6 letters are stage names as often (`SOOBIN`).
    static let maxLetters = 5

    let lexicon: SpeakerLexicon

    /// Whether the `name` of the mention is a body's acronym rather than a person.
    func isAcronym(_ tokens: [Token], _ name: Range<Int>, text: String, parsed: ParsedMention) -> Bool {
        guard name.count == 1, !parsed.honorific, parsed.titles.isEmpty else { return false }
        let token = tokens[name.lowerBound]
        let letters = text.unicodeScalars
        guard token.kind == .word, token.isAllCaps, !RomanNumeral.isNumeral(token),
              (2...Self.maxLetters).contains(letters.count),
              letters.allSatisfy({ $0.properties.isUppercase }) else { return false }
        return lexicon.title(in: tokens, at: name.lowerBound, limit: name.upperBound) == nil
    }
}
