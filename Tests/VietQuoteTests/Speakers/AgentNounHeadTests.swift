import Testing
@testable import VietQuote

/// An apposition's head that `titles.tsv` does not list, read by its agent syllable
/// (Speakers/Titles/AgentNounHead.swift).
@Suite struct AgentNounHeadTests {
    // Dev 405: a member of a parliament, with its country: an office of that side.
    @Test func memberOfAParliamentSpeaksForItsState() {
        let found = SpeakerRuleProbe.decisions(
            "Cụ thể, Hãng thông tấn TASS (Nga) mới đây còn dẫn lời Viktor Vodolatsky, một thành viên Hạ viện Nga, khẳng định các lực lượng Nga đã kiểm soát hơn một nửa lãnh thổ của thị trấn Vovchansk.")
        #expect(found.first?.speaker.name == "Viktor Vodolatsky")
        #expect(found.first?.speaker.title == "thành viên Hạ viện Nga")
        #expect(found.first?.speaker.affiliation == "Nga")
    }

    // Dev 420: a research fellow of an institute: an expert's title, no side.
    @Test func researchFellowIsAnExpert() {
        let found = SpeakerRuleProbe.decisions(
            "Joseph Dempsey, cộng tác viên nghiên cứu về phân tích quốc phòng và quân sự tại Viện Nghiên cứu chiến lược quốc tế, thông tin, cuộc tập trận phản công hạt nhân cho thấy mong muốn thể hiện uy tín.")
        #expect(found.first?.speaker.title == "cộng tác viên nghiên cứu về phân tích quốc phòng và quân sự tại Viện Nghiên cứu chiến lược quốc tế")
        #expect(found.first?.speaker.affiliation == nil)
    }

    // Dev 450: one of a group (`một trong những`, an apposition link) before the head.
    @Test func oneOfAGroup() {
        let found = SpeakerRuleProbe.decisions(
            "Anton Rozenberg, một trong những nhân viên đầu tiên của VK, kể với Telegraph năm 2021 rằng trong nhà của Durov có tranh của Mikhail Vrubel.")
        #expect(found.first?.speaker.title == "nhân viên đầu tiên của VK")
    }

    // Silver 2024-12-08-8wonder: a student, with where she lives.
    @Test func studentWithAComplement() {
        let found = SpeakerRuleProbe.decisions(
            "Bạn Khánh Phương, sinh viên sống ở Thủ Đức, chia sẻ rằng mình không hay tham gia concert.")
        #expect(found.first?.speaker.title == "sinh viên sống ở Thủ Đức")
        #expect(found.first?.speaker.affiliation == nil)
    }

    // The agent syllable alone is a classifier (`viên đạn`), and a quantifier makes a group
    // (`các thành viên`): no head.
    @Test func rejectsTheSyllableAloneAndAGroup() {
        let head = AgentNounHead(lexicon: SpeakerRuleProbe.extractor.speakers.lexicon)
        func read(_ phrase: String) -> Int? {
            let source = SourceText(phrase)
            let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
            return head.read(in: tokens, at: 0, limit: tokens.count)?.length
        }
        for phrase in ["viên đạn pháo", "các thành viên của nhóm", "Hội đồng thành viên"] {
            #expect(read(phrase) == nil, "\(phrase)")
        }
        // Dev 442: a prefix of titles.tsv before the noun.
        #expect(read("cựu tùy viên quốc phòng") == 3)
    }
}
