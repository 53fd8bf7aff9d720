import Testing
@testable import VietQuote

/// `RoleAsPossessor`, read by `RoleRule`: a role that belongs to the mention's head (a noun
/// before `của`, a family tie) names no speaker; the head speaks, an unnamed source.
@Suite struct RoleAsPossessorTests {
    // Silver 2024-05-23-ho-yeu-tieu-hong-nuong: the fans speak, not an actor (was `diễn viên`).
    @Test func fansOfTheCastSpeak() throws {
        let found = SpeakerRuleProbe.decisions("""
            Người hâm mộ của dàn diễn viên cũng lên tiếng bênh vực cho bộ phim, cho rằng Hồ yêu tiểu hồng nương: Nguyệt hồng thiên chỉ mới bắt đầu phát sóng.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.name == "Người hâm mộ của dàn diễn viên")
        #expect(quote.speaker.kind == .source)
        #expect(quote.rules.first == .roleAsPossessor)
    }

    // Silver 2024-11-26-lee-dong-hwi: a number of holders between `của` and the role.
    @Test func agencyOfTwoActorsSpeaks() throws {
        let found = SpeakerRuleProbe.decisions("""
            Sau khi truyền thông đưa tin, công ty quản lý của 2 diễn viên cũng chính thức xác nhận: "Đúng là Jung Ho Yeon và Lee Dong Hwi đã chia tay. Họ quyết định vẫn sẽ là những người đồng nghiệp tốt của nhau".
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.name == "công ty quản lý của 2 diễn viên")
        #expect(quote.rules.first == .roleAsPossessor)
    }

    // Silver 2024-08-10-justin-bieber: a family tie (two: the couple) before a gendered role.
    @Test func coupleOfTheSingerSpeaks() throws {
        let found = SpeakerRuleProbe.decisions("""
            Vợ chồng nam ca sĩ thông báo tin vui mang thai vào tháng 5 qua loạt ảnh và video ghi lại cảnh họ lặp lại lời thề ở Hawaii.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.name == "Vợ chồng nam ca sĩ")
        #expect(quote.rules.first == .roleAsPossessor)
    }

    // Silver 2024-05-07-luong-bich-huu: a role that heads its mention is read by `RoleRule` as before.
    @Test func roleHeadingTheMentionIsNotOwned() throws {
        let found = SpeakerRuleProbe.decisions("""
            Theo ca sĩ, khi nhận tin cô khá sốc. Tuy nhiên, bác sĩ chẩn đoán đây là khối u lành, có từ lâu trong cơ thể.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.name == "ca sĩ")
        #expect(!found.contains { $0.rules.contains(.roleAsPossessor) })
    }

    // Silver 2024-06-02-gia-vang-mieng-sjc: an opinion noun before `của` is the role's words:
    // the role speaks.
    @Test func opinionOfTheRoleIsTheRoles() throws {
        let found = SpeakerRuleProbe.decisions("""
            Theo nhận định của Phó Thống đốc NHNN, bên cạnh các yếu tố mang tính thị trường như quan hệ cung - cầu, không loại trừ khả năng có các hành vi đầu cơ, thao túng.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.name == "Phó Thống đốc NHNN")
        #expect(!found.contains { $0.rules.contains(.roleAsPossessor) })
    }
}
