import Testing
@testable import VietQuote

@Suite struct MediumOfCountrySyllableTests {
    // Silver 2024-05-22-jung-joon-young: `Hàn` (of `Hàn Quốc`) after a medium head is the
    // country's press written short, not a medium named `Hàn`.
    @Test func countrySyllableAfterTheHeadKeepsItsWords() {
        let found = SpeakerRuleProbe.decisions(
            "Theo truyền thông Hàn, Jung Joon Young đang tìm cách quay lại làng giải trí bằng cách gặp gỡ các chuyên gia trong lĩnh vực âm nhạc.")
        #expect(found.first?.rules.first == .mediumCountrySyllable)
        #expect(found.first?.speaker.name == "truyền thông Hàn")
        #expect(found.first?.speaker.kind == .media)
    }

    // Silver 2024-08-10-suga: the quantifier before the head stays with the words.
    @Test func quantifiedHeadKeepsTheQuantifier() {
        let found = SpeakerRuleProbe.decisions(
            "Nhiều tờ báo Hàn cho rằng, Suga sẽ phải đối diện với mức phạt nghiêm trọng, có thể cả phạt tù.")
        #expect(found.first?.rules.first == .mediumCountrySyllable)
        #expect(found.first?.speaker.name == "Nhiều tờ báo Hàn")
    }

    // Silver 2024-11-02-pham-nhat-vuong: a name that opens no side (`báo Dân Trí`) is the
    // medium's own name, no country's syllable.
    @Test func ownNameIsNoSyllable() {
        let named = SpeakerRuleProbe.decisions(
            "Thông tin từ báo Dân Trí cho biết, báo cáo tài chính hợp nhất quý III của Công ty cổ phần Quốc Cường Gia Lai đã được công bố.")
        #expect(named.first?.speaker.name == "Dân Trí")
        #expect(named.allSatisfy { $0.rules.first != .mediumCountrySyllable })
    }
}
