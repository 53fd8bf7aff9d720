import Testing
@testable import VietQuote

/// `KeyPlaces` (performance only) gives the places of a word in text order, as a reading of
/// every token gives them: by a scan in an article of up to `SpeakerLimits.indexedArticleTokens`
/// tokens, through the table of key hashes (`TokenPlaces`) in a longer one.
@Suite struct KeyPlacesTests {
    // Silver 2024-10-08-bao-milton (as in PlaceBeforePersonalNameTests); each copy numbered, so
    // that no paragraph repeats another (a repeated line is dropped as boilerplate).
    static func article(copy: Int) -> String {
        """
        Thống đốc Florida Ron DeSantis đã ban bố tình trạng khẩn cấp với 51 trong 67 hạt của bang (\(copy)).

        Helene, cơn bão cấp 4, đã khiến hơn 225 người thiệt mạng tại Florida và nhiều bang khác của Mỹ vào cuối tháng 9 (\(copy)).

        Thống đốc DeSantis cảnh báo những mảnh vỡ, đống đổ nát sót lại sau bão Helene có thể làm tăng đáng kể thiệt hại trong bão Milton (\(copy)).
        """
    }

    /// Every place of the word of `token`, read token by token.
    static func everyPlace(of token: Token, in paragraphs: [ParagraphContext]) -> [[Int32]] {
        guard token.kind == .word else { return [] }
        return paragraphs.indices.flatMap { number in
            let tokens = paragraphs[number].tokens
            return tokens.indices.filter { tokens[$0].kind == .word && tokens[$0].key == token.key }.map { [Int32(number), Int32($0)] }
        }
    }

    @Test(arguments: [1, 300]) func placesAreEveryPlaceWrittenInOrder(copies: Int) throws {
        let text = (1...copies).map(Self.article(copy:)).joined(separator: "\n\n")
        let paragraphs = FuzzTests.extractor.paragraphContexts(text)
        try #require(paragraphs.count == 3 * copies)
        let count = paragraphs.reduce(0) { $0 + $1.tokens.count }
        #expect(copies == 1 ? count <= SpeakerLimits.indexedArticleTokens : count > SpeakerLimits.indexedArticleTokens)
        let places = KeyPlaces(paragraphs: paragraphs)
        for token in paragraphs[0].tokens + paragraphs[1].tokens + paragraphs[2].tokens {
            #expect(places.places(of: token).map { [$0.paragraph, $0.position] } == Self.everyPlace(of: token, in: paragraphs), "\(token.key)")
        }
    }

    /// `BodySides` reads the article index's table (`KeyPlaces.tokenPlaces`) instead of making
    /// its own: the places of each name are those it finds with its own table, and after a
    /// `KeyPlaces` question the two read one table.
    @Test(arguments: [1, 300]) func bodySidesReadTheSharedTableAlike(copies: Int) throws {
        let text = (1...copies).map(Self.article(copy:)).joined(separator: "\n\n")
        let paragraphs = FuzzTests.extractor.paragraphContexts(text)
        try #require(paragraphs.count == 3 * copies)
        let places = KeyPlaces(paragraphs: paragraphs)
        _ = places.places(of: paragraphs[0].tokens[0])
        var shared = BodySides(places: places), own = BodySides()
        for written in ["Ron DeSantis", "DeSantis", "bão Milton", "Florida", "không có"] {
            let name = MatchKey.words(written)
            let found = shared.occurrences(of: name, in: paragraphs).map { [$0.paragraph, $0.token] }
            #expect(found == own.occurrences(of: name, in: paragraphs).map { [$0.paragraph, $0.token] }, "\(written)")
            #expect(written == "không có" ? found.isEmpty : found.count >= copies, "\(written)")
        }
    }
}
