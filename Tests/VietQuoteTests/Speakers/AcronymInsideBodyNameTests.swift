import Testing
@testable import VietQuote

/// An abbreviation in brackets of the words before it inside a body's name
/// (Speakers/Titles/AcronymInsideBodyName.swift).
@Suite struct AcronymInsideBodyNameTests {
    // Silver 2024-10-06-minh-du: the name stopped at the bracket (`Ban Giám đốc`).
    @Test func nameGoesOnPastItsAbbreviation() throws {
        let quote = try #require(SpeakerRuleProbe.extractor.extract(
            "Về vụ việc trên, Ban Giám đốc (BGĐ) Sân khấu Thế giới Trẻ cho biết đã nhận được thông tin, xác định đây là vấn đề giữa cá nhân với nhau.",
            document: "test").quotes.first)
        #expect(quote.speaker.name.hasSuffix("Sân khấu Thế giới Trẻ"))
        #expect(quote.speaker.kind == .organization)
        #expect(quote.explanation.speakerRule.contains(AcronymInsideBodyName.id))
    }

    // Silver 2024-08-19-sieu-trang-xanh-2024: `HAS` abbreviates the English name, not the words
    // before it; and an abbreviation with nothing capitalised after it ends the name.
    @Test func otherBracketsEndTheName() throws {
        let tokens = SpeakerRuleProbe.tokens("Hội Thiên văn Hà Nội (HAS) cũng cho biết")
        #expect(AcronymInsideBodyName.length(tokens, at: 5, limit: tokens.count) == nil)
        let end = SpeakerRuleProbe.tokens("Ban Giám đốc (BGĐ) cho biết")
        #expect(AcronymInsideBodyName.length(end, at: 3, limit: end.count) == nil)
        let body = SpeakerRuleProbe.tokens("Ban Giám đốc (BGĐ) Sân khấu")
        #expect(AcronymInsideBodyName.length(body, at: 3, limit: body.count) == 3)
    }
}
