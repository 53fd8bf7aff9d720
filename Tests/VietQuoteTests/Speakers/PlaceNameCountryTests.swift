import Testing
@testable import VietQuote

/// A one-word country that starts a Vietnamese place name after a body is the place's, not the
/// body's side (`MentionParser.following` and `startsGivenName`, Speakers/Titles/TitleChain.swift).
@Suite struct PlaceNameCountryTests {
    static let parser = SpeakerRuleProbe.extractor.speakers.parser

    static func chain(_ text: String) -> ParsedMention.Title? {
        let source = SourceText(text)
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
        return parser.titleChain(in: tokens, at: 0, limit: tokens.count)
    }

    // Silver 2024-05-02-chu-tich-nuoc: `Đức Cơ` is a district of Gia Lai, not Germany.
    @Test func countrySyllableOfADistrictIsNoSide() {
        let found = SpeakerRuleProbe.decisions("""
            Ngày 2/5, ông Siu Luynh, Phó Chủ tịch UBND huyện Đức Cơ, tỉnh Gia Lai cho biết vừa có văn bản đến Sở Thông tin và Truyền thông tỉnh.
            """)
        #expect(found.first?.speaker.affiliation != "Đức")
        #expect(Self.chain("Phó Chủ tịch UBND huyện Đức Cơ, tỉnh Gia Lai")?.affiliation == nil)
    }

    // The country of a foreign body after it stays its side.
    @Test func countryAfterABodyStaysItsSide() {
        #expect(Self.chain("Người phát ngôn Bộ Ngoại giao Nga Maria Zakharova")?.affiliation == "Nga")
        #expect(Self.chain("Bộ trưởng Bộ Quốc phòng Anh, ông John Healey")?.affiliation == "Anh")
    }
}
