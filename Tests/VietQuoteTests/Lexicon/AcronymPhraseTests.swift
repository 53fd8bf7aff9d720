import Testing
@testable import VietQuote

/// `isAcronym` (a lexicon phrase written as one word of capitals: `UN`, `ICC`) answers from
/// the phrase's bytes when they tell, and as the `Character` reading does on every phrase.
@Suite struct AcronymPhraseTests {
    /// The definition read character by character: what the byte reading must agree with.
    func byCharacters(_ phrase: String) -> Bool {
        phrase.count >= 2 && !phrase.contains(" ") && phrase.allSatisfy { !$0.isLetter || $0.isUppercase }
            && phrase.filter(\.isLetter).count >= 2
    }

    @Test func acronymsAreOneWordOfCapitals() {
        #expect(isAcronym("UN") && isAcronym("ICC") && isAcronym("HĐXX") && isAcronym("TP.HCM") && isAcronym("COVID-19"))
        #expect(!isAcronym("Un") && !isAcronym("U") && !isAcronym("Kim Jong Un") && !isAcronym("Bộ Công an") && !isAcronym("U1"))
    }

    /// Every first field of the built-in lexicons, and strings where bytes and characters
    /// part: a combining mark on a capital or on a small letter, a space with a mark, CR LF.
    @Test func bytesAgreeWithCharactersOnEveryLexiconPhrase() {
        var phrases = ["UN", "ICC", "U.S.", "un", "A", "ÉU", "EUé", "E\u{301}U", "e\u{301}U", "Ue\u{301}", "U \u{301}N",
                       "AB\r\nCD", "\r\n", "NATO ", "Đảng", "ĐCS", "ĐCSVN", "ΑΒ", "αβ", "A\u{200D}a", "AB\u{301}a", "1234", "--"]
        for text in LexiconFiles.builtIn.texts.values {
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                phrases.append(String(line.split(separator: "\t", omittingEmptySubsequences: false)[0]))
            }
        }
        #expect(phrases.count > 3000)
        #expect(phrases.filter(isAcronym).count > 50)
        let differing = phrases.filter { isAcronym($0) != byCharacters($0) }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
    }
}
