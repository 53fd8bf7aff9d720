import Testing
@testable import VietQuote

/// `WordCompletedInLowerCase`: a name's last capitalised syllable that starts a word written
/// on in lower case (`Tiểu` of `tiểu học`) is no end of the name.
@Suite struct WordCompletedInLowerCaseTests {
    // Silver 2024-10-20-hoa-dep: the school's name went on past `Tiểu` (was `Trường Tiểu`).
    @Test func nameGoesOnThroughTheWord() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Phó Hiệu trưởng Trường Tiểu học Tân Hải cho biết, dù thường xuyên bệnh tật nhưng cô Vũ Thị Cành luôn nỗ lực trong công tác.").first)
        #expect(found.rules.contains(.wordCompletedInLowerCase))
        #expect(found.speaker.name == "Trường Tiểu học Tân Hải")
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
