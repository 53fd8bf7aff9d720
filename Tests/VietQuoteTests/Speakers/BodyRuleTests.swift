import Testing
@testable import VietQuote

@Suite struct BodyRuleTests {
    @Test func bodyTakesTheCountryAfterIt() {
        let found = SpeakerRuleProbe.decisions("Bộ Ngoại giao Nga cho biết Moscow sẽ đáp trả các biện pháp trừng phạt mới.")
        #expect(found.map(\.rules) == [[.organization]])
        #expect(found.first?.speaker == Speaker(name: "Bộ Ngoại giao Nga", mention: "Bộ Ngoại giao Nga", kind: .organization,
                                                affiliation: "Nga"))
    }

    // dev 412: an abbreviation of organizations.tsv.
    @Test func abbreviatedBodyIsTheSpeaker() {
        let found = SpeakerRuleProbe.decisions(#"JCS cũng cho rằng những tuyên bố của Triều Tiên là "vô lý"."#)
        #expect(found.first?.rules.first == .organization)
        #expect(found.first?.speaker.name == "JCS")
    }

    @Test func bodyInsideATitleDoesNotSpeak() {
        let found = SpeakerRuleProbe.decisions(
            "Người phát ngôn Bộ Ngoại giao Nga Maria Zakharova phát biểu tại họp báo rằng Nga sẵn sàng đối thoại.")
        #expect(found.first?.rules.contains(.organization) == false)
        #expect(found.first?.speaker.name == "Maria Zakharova")
    }

    // Silver court stories: `VKS` (the procuracy, 31 times) is a state organ with the home side, no person.
    @Test func procuracyByItsShortFormIsAHomeBody() {
        let found = SpeakerRuleProbe.decisions("VKS đề nghị HĐXX tuyên phạt bị cáo từ 3 đến 4 năm tù về tội lừa đảo.")
        #expect(found.first?.speaker.name == "VKS")
        #expect(found.first?.speaker.kind == .organization)
        #expect(found.first?.speaker.affiliation == "Việt Nam")
    }
}
