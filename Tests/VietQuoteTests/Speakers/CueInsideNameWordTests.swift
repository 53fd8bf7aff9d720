import Testing
@testable import VietQuote

/// A cue that is the second syllable of a blocked word opened by a capitalised syllable is
/// inside a name and does not end the mention (Speakers/Mentions/CueInsideNameWord.swift).
@Suite struct CueInsideNameWordTests {
    // Silver 2024-09-02-ngay-bac-ho-mat: the mention was cut at `nói` to `Đài Tiếng`, speaker `Tiếng`.
    @Test func radioNameKeepsItsWord() throws {
        let quote = try #require(SpeakerRuleProbe.decisions(
            "Sáng sớm ngày 4/9, trong chương trình Thời sự, Đài Tiếng nói Việt Nam thông báo chính thức Bác mất.").first)
        #expect(quote.speaker.mention.hasPrefix("Đài Tiếng nói"))
        #expect(quote.speaker.name != "Tiếng")
    }

    // A capitalised syllable that makes no blocked word with the cue: the cue ends the mention.
    @Test func nameBeforeACueIsCutAsBefore() throws {
        let tokens = SpeakerRuleProbe.tokens("Lan nói rằng cô sẽ trở lại.")
        let lexicon = SpeakerRuleProbe.extractor.speakers.lexicon
        #expect(!CueInsideNameWord.isInside(tokens, at: 1, cues: lexicon.cues))
    }
}
