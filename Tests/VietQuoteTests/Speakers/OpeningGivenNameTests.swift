import Testing
@testable import VietQuote

/// A one-word given name opening a sentence before a lower-case word is a person, not a
/// word's syllable (Speakers/Mentions/OpeningGivenName.swift).
@Suite struct OpeningGivenNameTests {
    // Silver 2024-10-07-di-giua-troi-ruc-ro-tap-50 (a TV recap): the article names Thái mid-sentence too.
    @Test func givenNameTheArticleUsesSpeaks() {
        let found = SpeakerRuleProbe.decisions("""
            Bảo Anh bất chấp tất cả để có thể trở thành vợ Thái (Vương Anh Ole). Bảo Anh ngả bài: "Gia đình em và \
            anh môn đăng hậu đối". Thái lạnh lùng nói: "Sẽ không có chuyện đó".
            """)
        let thai = found.first { $0.rules.contains(.openingGivenName) }
        #expect(thai?.speaker.name == "Thái", "\(found.map(\.speaker.name))")
    }

    // `Đào tạo` is a common word: the syllable opening the sentence is no name.
    @Test func commonWordOpeningIsNoName() {
        let found = SpeakerRuleProbe.decisions("""
            Ông Đào Văn Nam làm việc tại trường. Đào tạo nghề cho rằng "sinh viên cần thực hành nhiều hơn".
            """)
        #expect(found.allSatisfy { !$0.rules.contains(.openingGivenName) })
    }
}
