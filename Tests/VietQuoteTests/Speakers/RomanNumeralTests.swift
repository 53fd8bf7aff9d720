import Testing
@testable import VietQuote

/// `RomanNumeral`: a Roman numeral in capitals starts no name (`Đại hội XIV`), but stays in a
/// name it follows (`Louis XIV`).
@Suite struct RomanNumeralTests {
    // Silver 2024-12-01-to-lam (was the speaker `XIV`).
    @Test func numeralOfACongressIsNoSpeaker() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Về công tác chuẩn bị đại hội đảng bộ các cấp tiến tới Đại hội XIV, Tổng Bí thư nhấn mạnh cần chọn đúng người, đúng việc.").first)
        #expect(found.speaker.name != "XIV")
    }

    // The numeral left in a mention is traced.
    @Test func numeralInTheMentionIsTraced() throws {
        let source = SourceText("XIV, Tổng Bí thư")
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
        let parsed = SpeakerRuleProbe.extractor.speakers.parser.parse(tokens, range: 0..<tokens.count)
        #expect(parsed.names.isEmpty)
        #expect(parsed.rules.contains(.romanNumeralNoName))
    }

    // After a name the numeral is the name's (a monarch's number).
    @Test func numeralAfterANameStaysInIt() {
        let found = SpeakerRuleProbe.decisions("Vua Charles III nói rằng ông rất xúc động trước tình cảm của người dân.")
        #expect(found.first?.speaker.name == "Charles III")
    }

    @Test func onlyWellFormedNumeralsInCapitals() {
        let source = SourceText("XIV XIII IV Vi X IIX VV XXXX")
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
        let words = tokens.filter { $0.kind == .word }
        #expect(words.map(RomanNumeral.isNumeral) == [true, true, true, false, false, false, false, false])
    }

    // The bytes' prefilter (performance only) answers as the numerals' set: every word in
    // capitals of silver-like text, numerals from two to seven letters among them.
    @Test func prefilterAgreesWithTheNumerals() {
        let units = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"]
        let numerals = Set(["", "x", "xx", "xxx"].flatMap { ten in units.map { ten + $0 } }.filter { $0.count >= 2 })
        let source = SourceText("Đại hội XIV, khóa XV, UBND TP.HCM, CLB HAGL, Vua Charles III, XXXVIII XXXIX XL IIX VIỆT IVXLC")
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
        let capitals = tokens.filter { $0.kind == .word && $0.isAllCaps }
        #expect(capitals.count >= 10)
        for token in capitals {
            #expect(RomanNumeral.isNumeral(token) == numerals.contains(token.key.lowercased()), "\(token.key)")
        }
        #expect(capitals.filter(RomanNumeral.isNumeral).map(\.key) == ["xiv", "xv", "iii", "xxxviii", "xxxix"])
    }
}
