import Testing
@testable import VietQuote

/// `HonouredOpeningWord`: the opening word of a name run that the article writes after an
/// honorific is the given name's first syllable, not a common word to cut.
@Suite struct HonouredOpeningWordTests {
    // Silver 2024-09-26-concert-anh-trai-say-hi (was `Linh`): `mỹ` is written in lower case
    // (`thiết kế mỹ thuật`), and `Mỹ` after `chị`.
    static let article = """
        Ngày 26-9, phim Ngày xưa có một chuyện tình công bố tập hậu trường về bối cảnh và thiết kế mỹ thuật.

        Lâm Vỹ Dạ xúc động: "Em bất ngờ quá, lần đầu được gặp chị Mỹ Linh bằng da bằng thịt". Hứa Minh Đạt khẳng định Mỹ Linh chính là thần tượng từ khi còn rất nhỏ.

        Chia sẻ với Lâm Vỹ Dạ, Mỹ Linh nói đây là lần đầu tiên cô tham gia một chương trình truyền hình thực tế ở ngoài.
        """

    @Test func openingWordWrittenAfterAnHonorificStays() throws {
        let found = try #require(SpeakerRuleProbe.decisions(Self.article).last)
        #expect(found.rules.contains(.honouredOpeningWord))
        #expect(found.speaker.name == "Mỹ Linh")
    }

    // Without `chị Mỹ Linh` the article never writes `Mỹ` after an honorific: the word is cut as before.
    @Test func openingWordNeverHonouredIsCut() throws {
        let found = try #require(SpeakerRuleProbe.decisions("""
            Ngày 26-9, phim Ngày xưa có một chuyện tình công bố tập hậu trường về bối cảnh và thiết kế mỹ thuật.

            Chia sẻ với Lâm Vỹ Dạ, Mỹ Linh nói đây là lần đầu tiên cô tham gia một chương trình truyền hình thực tế ở ngoài.
            """).last)
        #expect(!found.rules.contains(.honouredOpeningWord))
    }
}
