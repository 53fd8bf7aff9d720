import Testing
@testable import VietQuote

/// A title with a body's name, then a comma and the person: the person's title at every later
/// mention (Speakers/Titles/BodyNameBeforePerson.swift).
@Suite struct BodyNameBeforePersonTests {
    /// The speaker's name and title of each quote of `text`, with the title rules.
    static func titled(_ text: String) -> [(name: String, title: String?, rules: [TitleRule])] {
        SpeakerRuleProbe.extractor.extract("Tin thể thao\n\n" + text, document: "t").quotes.map {
            ($0.speaker.name, $0.speaker.title, $0.speaker.titleTrace?.rules ?? [])
        }
    }

    // Silver 2024-05-27-roland-garros: the person after the comma closes the apposition with a comma.
    @Test func personClosedByACommaGetsTheTitle() {
        let last = Self.titled("Theo giám đốc Roland Garros, Amelie Mauresmo, huyền thoại Rafael Nadal không muốn ban tổ chức chia tay. Mauresmo xác nhận rằng giải đấu sẽ không tổ chức buổi lễ.").last
        #expect(last?.name == "Amelie Mauresmo")
        #expect(last?.title == "giám đốc Roland Garros")
        #expect(last?.rules.contains(.bodyNameBeforePerson) == true)
    }

    // Silver 2024-10-14-saka: the person followed by a verb of saying.
    @Test func personBeforeACueGetsTheTitle() {
        let last = Self.titled("Chia sẻ với talkSPORT, cựu cầu thủ Tottenham Hotspur, Darren Bent đưa ra quan điểm: \"Chúng ta ít khi thấy Real Madrid thất bại\". Bent cho rằng Arsenal sẽ giữ chân được Saka.").last
        #expect(last?.title == "cựu cầu thủ Tottenham Hotspur")
    }

    /// A text whose last quote's speaker must not get the title of the name before the comma.
    static let rejected: [(text: String, name: String)] = [
        // Silver 2024-10-25-u17-viet-nam: the person has a title of his own after the comma.
        ("Về những sai sót mắc phải của các cầu thủ U17 Việt Nam, HLV Cristiano Roland chia sẻ rằng đội cần tiến bộ. Ông Roland cho biết các em đã cố gắng.",
         "Cristiano Roland"),
        // A clause whose subject is another person (no comma closing, no verb of saying).
        ("Theo HLV Hansi Flick, Lamine Yamal cần nghỉ ngơi sau giải đấu. Yamal cho biết cậu muốn thi đấu tiếp.", "Lamine Yamal"),
    ]

    @Test(arguments: rejected) func otherNamesGetNoTitle(_ example: (text: String, name: String)) {
        let last = Self.titled(example.text).last
        #expect(last?.name == example.name)
        #expect(last?.rules.contains(.bodyNameBeforePerson) != true)
    }
}
