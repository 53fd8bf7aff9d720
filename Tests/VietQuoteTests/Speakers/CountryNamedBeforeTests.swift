import Testing
@testable import VietQuote

@Suite struct CountryNamedBeforeTests {
    // dev 314: the minister's country stands for `nước này`, no country spoke before.
    @Test func countryAnaphorIsTheCountryNamedBefore() {
        let found = SpeakerRuleProbe.decisions(
            "Bộ trưởng Ai Cập cho biết, nước này phản đối dứt khoát biện pháp đơn phương của Ethiopia.")
        let anaphor = found.first { $0.speaker.mention == "nước này" }
        #expect(anaphor?.rules.first == .pronounCountryBefore)
        #expect(anaphor?.speaker.name == "Ai Cập")
        #expect(anaphor?.speaker.kind == .country)
    }

    // No country named before: the anaphor keeps its words, no country is made up.
    @Test func countryAnaphorWithNoCountryBeforeKeepsItsWords() {
        let found = SpeakerRuleProbe.decisions(
            "Nước này cho biết sẽ tiếp tục đàm phán về con đập trên sông Nile.")
        #expect(found.first?.rules.first == .pronounUnresolved)
        #expect(found.first?.speaker.name == "Nước này")
    }
}
