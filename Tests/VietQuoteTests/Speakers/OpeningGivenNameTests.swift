import Testing
@testable import VietQuote

/// A one-word given name opening a sentence before a lower-case word is a person, not a
/// word's syllable (Speakers/Mentions/OpeningGivenName.swift).
@Suite struct OpeningGivenNameTests {
    // Silver 2024-05-16-nguoi-mot-nha-tap-15 (a TV recap): the article names Diệp mid-sentence too.
    @Test func givenNameTheArticleUsesSpeaks() {
        let found = SpeakerRuleProbe.decisions("""
            Linh gọi anh là "anh Trí yêu" khiến Diệp ghen tuông. Không thể giấu mãi cảm xúc của mình, Diệp đã tâm sự \
            với Trí.

            Diệp nghẹn ngào: "Em chưa từng được ai quan tâm như vậy".
            """)
        let diep = found.first { $0.rules.contains(.openingGivenName) }
        #expect(diep?.speaker.name == "Diệp")
    }

    // `Đào tạo` is a common word: the syllable opening the sentence is no name.
    @Test func commonWordOpeningIsNoName() {
        let found = SpeakerRuleProbe.decisions("""
            Ông Đào Văn Nam làm việc tại trường. Đào tạo nghề cho rằng "sinh viên cần thực hành nhiều hơn".
            """)
        #expect(found.allSatisfy { !$0.rules.contains(.openingGivenName) })
    }
}
