import Testing
@testable import VietQuote

/// A country written after a body's bracketed abbreviation is the body's side
/// (Speakers/Sides/SideAfterAbbreviation.swift).
@Suite struct SideAfterAbbreviationTests {
    // Silver 2025-02-10-dich-cum: the US CDC, not a Vietnamese state organ.
    @Test func countryAfterTheAbbreviationIsTheBodysSide() {
        let found = SpeakerRuleProbe.decisions("""
            Theo Trung tâm Kiểm soát và Phòng ngừa Dịch bệnh (CDC) Hoa Kỳ, từ đầu tháng 10/2024 đến nay, đã ghi nhận ít nhất 24 triệu ca mắc cúm.
            """)
        #expect(found.first?.speaker.affiliation == "Mỹ")
        #expect(found.first?.rules.contains(.sideAfterAbbreviation) == true)
        #expect(found.first?.rules.contains(.homeSideOfStateOrgan) == false)
    }

    // No country after the bracket: the body keeps the home side of a Vietnamese state organ.
    @Test func abbreviationWithNoCountryKeepsTheHomeSide() {
        let found = SpeakerRuleProbe.decisions("""
            Cục Cảnh sát giao thông (CSGT) cho biết lưu lượng phương tiện trên các tuyến cao tốc tăng mạnh trong dịp nghỉ lễ.
            """)
        #expect(found.first?.speaker.affiliation == "Việt Nam")
        #expect(found.first?.rules.contains(.sideAfterAbbreviation) == false)
    }

    @Test func bracketWithoutAnAbbreviationGivesNoSide() {
        let lexicon = SpeakerRuleProbe.extractor.speakers.lexicon
        let source = SourceText("Sở Y tế (thành phố) Mỹ Tho")
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
        #expect(SideAfterAbbreviation(lexicon: lexicon).side(tokens, after: 3, limit: tokens.count) == nil)
    }

    // review11 M4: a Vietnamese place that opens with a country's syllable after the bracket is
    // no foreign side (`Mỹ Tho`, `Nga Sơn`: `CountryInsideName.startsVietnameseName`).
    @Test(arguments: [
        "Trung tâm Y tế (TTYT) Mỹ Tho cho biết đã tiêm đủ vaccine cho trẻ.",
        "Trung tâm Kiểm soát bệnh tật (CDC) Nga Sơn cho biết đã phun thuốc diệt muỗi.",
    ])
    func placeOpeningWithACountrySyllableIsNoSide(sentence: String) throws {
        let found = try #require(SpeakerRuleProbe.decisions(sentence).first)
        #expect(found.speaker.affiliation != "Mỹ")
        #expect(found.speaker.affiliation != "Nga")
        #expect(!found.rules.contains(.sideAfterAbbreviation))
        let lexicon = SpeakerRuleProbe.extractor.speakers.lexicon
        let source = SourceText(sentence)
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
        let bracket = try #require(tokens.firstIndex { $0.key == ")" })
        #expect(CountryInsideName.startsVietnameseName(1, tokens, at: bracket + 1, limit: tokens.count,
                                                       parser: MentionParser(lexicon: lexicon)))
    }
}
