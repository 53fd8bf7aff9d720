import Testing
@testable import VietQuote

@Suite struct PronounGenderTests {
    // Silver 2024-07-25-olympics: `Tau` speaks, read with the fullest name the article writes,
    // her father's (`ông John Molise Tau`, a man); `"…", cô nói` is not him.
    private static let tau = """
        Tau xuất thân từ gia đình có truyền thống taekwondo và lớn lên trong một phòng tập môn võ xuất xứ Hàn Quốc này. Cha cô, ông John Molise Tau, huyền thoại taekwondo quốc gia, đã qua đời khi Tay còn nhỏ. Nhưng cô lớn lên với niềm ngưỡng mộ những huy chương của người cha quá cố.

        "Mẹ tôi lên tuyển quốc gia cùng bố", Tau nói với phóng viên Olympic từ nơi tập luyện ở Alcobendas, ngoại ô Madrid Tây Ban Nha, trước khi lên đường sang Paris.

        Tau đáp rằng phụ nữ cũng có thể rất mạnh mẽ. "Khi bước lên sàn đấu, tôi là con người khác so với ngoài đời", cô nói.
        """

    @Test func aWomansPronounSkipsAManMarkedWithOng() {
        let found = SpeakerRuleProbe.decisions(Self.tau)
        let co = found.last { $0.speaker.mention == "cô" }
        #expect(co != nil)
        #expect(co?.rules.contains(.pronounOfItsGender) == true)
        #expect(co?.speaker.name != "John Molise Tau")
    }
}
