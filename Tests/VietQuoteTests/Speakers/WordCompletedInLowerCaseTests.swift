import Testing
@testable import VietQuote

/// `WordCompletedInLowerCase`: a name's last capitalised syllable that starts a word written
/// on in lower case (`Tiểu` of `tiểu học`) is no end of the name.
@Suite struct WordCompletedInLowerCaseTests {
    // Silver 2024-05-06-vooc-dau-trang: the park's name went on past `Quốc` (was `Vườn Quốc`).
    @Test func nameGoesOnThroughTheWord() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Liên quan đến sự việc trên, trao đổi với phóng viên Dân trí, lãnh đạo Vườn Quốc gia Cát Bà (Hải Phòng) xác nhận thông tin và hình ảnh đàn voọc trên là ở đảo Cát Bà.").first)
        #expect(found.rules.contains(.wordCompletedInLowerCase))
        #expect(found.speaker.name == "Vườn Quốc gia Cát Bà")
    }

    // A name before a cue is read as before (the sentence of NameRule's documentation).
    @Test(arguments: [
        ("Ngoại trưởng Nga Sergei Lavrov tuyên bố Moscow sẽ đáp trả.", "Sergei Lavrov"),
    ])
    func nameBeforeACueIsReadAsBefore(sentence: String, name: String) throws {
        let found = try #require(SpeakerRuleProbe.decisions(sentence).first)
        #expect(!found.rules.contains(.wordCompletedInLowerCase))
        #expect(found.speaker.name == name)
    }
}
