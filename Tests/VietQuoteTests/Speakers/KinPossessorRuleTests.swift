import Testing
@testable import VietQuote

/// `KinPossessorRule`: a family tie opening a mention makes the relative the speaker, not the
/// person named after the tie.
@Suite struct KinPossessorRuleTests {
    // Silver 2024-10-01-minh-du (audit #64): the husband speaks, not his wife Phương Lan.
    @Test func husbandOfTheActressSpeaks() throws {
        let found = SpeakerRuleProbe.decisions("""
            'Minh Dự, Nam Thư, Hoàng Phi là các cá nhân làm tôi buồn' - Chồng Phương Lan bày tỏ.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.name == "Chồng Phương Lan")
        #expect(quote.speaker.kind == .source)
        #expect(quote.rules.first == .kinOfPerson)
    }

    // Silver 2024-09-03-me-ruot: a two-word tie (`Mẹ ruột`) before the daughter's name.
    @Test func motherOfTheSingerSpeaks() throws {
        let found = SpeakerRuleProbe.decisions("""
            Vợ chồng ông Sỹ An cũng là những người chứng kiến hành trình 20 năm sự nghiệp đầy thăng trầm của Hồ Ngọc Hà.

            Mẹ ruột Hồ Ngọc Hà tâm sự: “20 năm 1 chặng đường, đủ hết mọi vui buồn sướng khổ. Thời gian qua thật nhanh”.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.name == "Mẹ ruột Hồ Ngọc Hà")
        #expect(quote.rules.first == .kinOfPerson)
    }

    // `của` between the tie and the person (silver 2024-07-29-soobin-hoang-son).
    @Test func tieWithOfBeforeThePerson() throws {
        let found = SpeakerRuleProbe.decisions("""
            Bố của Soobin Hoàng Sơn cho biết: "Soobin học rất nhanh, bố dạy như chơi mà con học cũng như chơi".
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.name == "Bố của Soobin Hoàng Sơn")
        #expect(quote.speaker.kind == .source)
    }

    // Two ties in a row (silver 2024-07-28-mc `Vợ chồng Ốc Thanh Vân`): the couple, the
    // actress among them — not this rule.
    @Test func coupleIsNotARelative() throws {
        let found = SpeakerRuleProbe.decisions("""
            Vợ chồng Ốc Thanh Vân cho biết: "Chúng tôi vẫn sống hạnh phúc".
            """)
        let quote = try #require(found.first)
        #expect(!quote.rules.contains(.kinOfPerson))
    }

    // A tie before a lower-case word (silver 2025-02-13 `Vợ chỉ muốn`): no person is related.
    @Test func tieBeforeAVerbIsNoRelation() throws {
        let found = SpeakerRuleProbe.decisions("""
            Con chỉ muốn nói với mẹ rằng con rất yêu mẹ.
            """)
        #expect(!found.contains { $0.rules.contains(.kinOfPerson) })
    }

    // Silver 2024-12-29-shark: `Ông xã` (the husband) is a tie, not the honorific `Ông` before the wife's name.
    @Test func colloquialHusbandSpeaks() throws {
        let found = SpeakerRuleProbe.decisions("""
            Ông xã Phương Oanh bày tỏ: "Cuối cùng ai cũng hướng đến hạnh phúc".
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.name == "Ông xã Phương Oanh")
        #expect(quote.speaker.kind == .source)
        #expect(quote.rules.first == .kinOfPerson)
    }

    // Silver 2024-11-06-joe-biden: a grandchild tie (`cháu gái`) before the grandfather's title
    // and name: the granddaughter speaks (was `Joe Biden`).
    @Test func granddaughterOfThePresidentSpeaks() throws {
        let found = SpeakerRuleProbe.decisions("""
            Trong một khoảnh khắc ấm lòng giữa cuộc bầu cử căng thẳng, cháu gái của Tổng thống Joe Biden đã thông báo cô đang mang thai.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.name == "cháu gái của Tổng thống Joe Biden")
        #expect(quote.speaker.kind == .source)
        #expect(quote.rules.first == .kinOfPerson)
    }

    // Silver 2024-10-09-chi-trung: a partner is a tie with `của` (was `Chí Trung`).
    @Test func girlfriendOfTheActorIsNotHim() throws {
        let found = SpeakerRuleProbe.decisions("""
            Mãi đến năm 2020, thông tin trên được Ý Lan - bạn gái của Chí Trung tiết lộ.
            """)
        #expect(!found.contains { $0.speaker.name == "Chí Trung" })
    }

    // Silver 2024-05-29-ngoc-phuoc: `bạn thân` with no `của` names the friend herself.
    @Test func closeFriendWithoutOfIsTheFriend() throws {
        let found = SpeakerRuleProbe.decisions("""
            Giữa lúc dư luận đang xôn xao, bạn thân BB Trần nhanh chóng lên tiếng làm rõ thực hư.
            """)
        #expect(!found.contains { $0.rules.contains(.kinOfPerson) })
    }
}
