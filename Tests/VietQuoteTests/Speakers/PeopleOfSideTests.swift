import Testing
@testable import VietQuote

/// `PeopleOfSide`: a people, fans or a team of a country is an unnamed group that keeps its
/// words, not the country and not the person before it.
@Suite struct PeopleOfSideTests {
    // Silver 2024-08-08-ngay-that-tich (was the person `Việt Nam`).
    @Test func peopleOpeningTheSentenceIsAGroup() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Mùng 7/7 Âm lịch hàng năm được gọi là ngày Thất tịch. Người Việt Nam còn gọi đây là ngày ông Ngâu bà Ngâu hay ngày Ngưu lang Chức nữ gặp nhau.").first)
        #expect(found.rules.contains(.peopleOfSide))
        #expect(found.speaker.name == "Người Việt Nam")
        #expect(found.speaker.kind == .source)
        #expect(found.speaker.affiliation == nil)
    }

    // Silver 2025-01-05-que-ngoc-hai (was the person `Việt Nam`): a team word before the country.
    @Test func teamOpeningTheSentenceIsNoCountry() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Tuyển Việt Nam cho rằng Thái Lan nên trả bóng sau khi các cầu thủ áo đỏ chủ động đá bóng ra ngoài để tạm dừng trận đấu.").first)
        #expect(found.speaker.name == "Tuyển Việt Nam")
        #expect(found.speaker.kind != .country)
        #expect(found.speaker.affiliation == nil)
    }

    // Silver 2024-08-08-ngay-that-tich (was the person who spoke before): a demonym opening the mention.
    @Test func demonymOpeningTheMentionIsThePeople() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Tại Nhật Bản, vào ngày Thất tịch, người Nhật Bản sẽ viết ước nguyện của mình lên những mảnh giấy ngũ sắc hình nhữ nhật (tanzaku) và treo lên cành tre.").first)
        #expect(found.rules.first == .peopleOfSide)
        #expect(found.speaker.name == "người Nhật Bản")
        #expect(found.speaker.kind == .source)
    }

    // Silver 2024-06-04-westlife (was `Việt Nam`): `Tại Việt Nam,` writes no person `Việt Nam`,
    // so the `Việt` of `fan Việt` does not grow into it.
    @Test func sideAfterAnOpeningWordIsNoFullerName() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Tại Việt Nam, Westlife đã mời 911 làm khách mời. Đó là đêm diễn mà suốt 100 phút, fan Việt không ngừng hô vang \"Westlife, we love you\".").last)
        #expect(found.speaker.name != "Việt Nam")
    }

    // Silver 2024-04-25-u23-han-quoc-dau-voi-u23-indonesia: a nationality after a role stays
    // the epithet of the person before (`EpithetRule`).
    @Test func nationalityAfterARoleIsNoPeople() {
        let found = SpeakerRuleProbe.decisions("""
            HLV Shin Tae Yong cho biết các cầu thủ Indonesia đã chuẩn bị rất kỹ cho trận đấu.

            Chiến lược gia người Hàn Quốc khẳng định đội bóng của ông không sợ đối thủ.
            """)
        #expect(found.last?.rules.contains(.peopleOfSide) == false)
        #expect(found.last?.speaker.name == found.first?.speaker.name)
    }
}
