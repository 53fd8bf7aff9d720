import Testing
@testable import VietQuote

/// `RolePossessor`: the name after `của`/`tại` closing a role is the role's team, body or
/// principal, never the speaker (silver audit10 §3, sample11 §5).
@Suite struct RolePossessorTests {
    // Silver 2024-04-19-u23-thai-lan (audit10 #53): the coach speaks, his team joins the title.
    @Test func namedHolderSpeaksAndTheTeamJoinsTheTitle() throws {
        let found = SpeakerRuleProbe.decisions("""
            HLV Issara Sritharo của U23 Thái Lan cho biết sau trận thắng U23 Iraq: "Tôi xin cảm ơn Liên đoàn bóng đá Thái Lan đã giúp chúng tôi có sự chuẩn bị tốt nhất cho giải đấu lần này".
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.name == "Issara Sritharo")
        #expect(quote.speaker.title == "HLV của U23 Thái Lan")
        #expect(quote.speaker.kind == .person)
        #expect(quote.rules.contains(.roleOfPossessor))
    }

    // Silver 2024-07-09-morata (audit10 #139): no name in the mention, the role speaks, not the club.
    @Test func unnamedRoleSpeaksNotItsClub() throws {
        let found = SpeakerRuleProbe.decisions("""
            Morata sẽ dẫn dắt ĐT Tây Ban Nha ra sân ở vòng bán kết tại Munich, nhưng chân sút này đang mất tập trung trước những lùm xùm gần đây. Tiền đạo 31 tuổi của Atletico Madrid thừa nhận sẽ "dễ dàng hơn" nếu anh chia tay ĐTQG và xuất ngoại thi đấu ở cấp CLB.
            """)
        let quote = try #require(found.first { $0.speaker.mention.hasPrefix("Tiền đạo") })
        #expect(quote.speaker.name != "Atletico Madrid")
        #expect(quote.speaker.title == "Tiền đạo 31 tuổi của Atletico Madrid")
        #expect(quote.rules.contains(.roleOfPossessor))
    }

    // Silver 2025-02-07-gia-vang-hom-nay-7-2-2025 (audit10 #40): in a dash apposition the
    // person before it speaks, the company is part of the title.
    @Test func personBeforeADashAppositionSpeaks() throws {
        let found = SpeakerRuleProbe.decisions("""
            Bernard Dahdah - chuyên gia phân tích kim loại quý tại Natixis - cho rằng giá vàng có thể đạt đỉnh trong năm nay.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.name == "Bernard Dahdah")
        #expect(quote.speaker.title == "chuyên gia phân tích kim loại quý tại Natixis")
    }

    // Silver 2024-05-10-ty-gia-usd-vnd: a comma apposition, a place after the company
    // (`ở New York`) is no speaker either and stays out of the title.
    @Test func placeAfterTheCompanyIsNoSpeaker() throws {
        let found = SpeakerRuleProbe.decisions("""
            Marc Chandler, giám đốc chiến lược gia thị trường tại Bannockburn Global Forex ở New York cho biết: “CPI, tôi không nghĩ nó sẽ thay đổi quan điểm của mọi người”.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.name == "Marc Chandler")
        #expect(quote.speaker.title == "giám đốc chiến lược gia thị trường tại Bannockburn Global Forex")
    }

    // Silver 2024-05-29-shein: the spokesperson of the company, an unnamed role (was `Quốc Shein`, Hàn Quốc).
    @Test func spokespersonOfACompanyIsTheRole() throws {
        let found = SpeakerRuleProbe.decisions("""
            Về thông báo mới của các nhà chức trách Seoul, phát ngôn viên của Shein khẳng định họ đã lập tức gỡ bỏ những sản phẩm được yêu cầu.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.name == "phát ngôn viên của Shein")
        #expect(quote.speaker.affiliation == nil)
    }

    // Silver 2024-04-23-dong-dat-dai-loan: the holder named after the possessor speaks, the
    // title runs to his name (was cut inside the faculty's name).
    @Test func holderAfterThePossessorClosesTheTitle() throws {
        let found = SpeakerRuleProbe.decisions("""
            Trả lời phỏng vấn của giới truyền thông, Giáo sư danh dự tại Khoa Địa chất Đại học Đài Loan Trần Văn Sơn (23/4) cho biết các dư chấn mạnh trong hai ngày qua là “động đất chùm” do lớp vỏ trái đất bị nứt vỡ.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.name == "Trần Văn Sơn")
        #expect(quote.speaker.title == "Giáo sư danh dự tại Khoa Địa chất Đại học Đài Loan")
    }

    // A quantified role is a source named as written (silver 2024-05-20-pep-guardiola).
    @Test func quantifiedRoleOfAClubIsASource() throws {
        let found = SpeakerRuleProbe.decisions("""
            Một cựu cầu thủ của Man City cho biết Pep Guardiola luôn đòi hỏi rất cao ở các học trò.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.name == "Một cựu cầu thủ của Man City")
        #expect(quote.speaker.kind == .source)
    }

    // Dev 437: a name after the body the title's link names is the holder of the whole title
    // (`Kyrylo Budanov`); `thuộc` is no role link, and the title keeps its body.
    @Test func holderAfterTheLinkedBodyKeepsTheTitle() throws {
        let found = SpeakerRuleProbe.decisions("""
            Giám đốc Tổng cục Tình báo thuộc Bộ Quốc phòng Ukraine Kyrylo Budanov cho biết khoảng 11.000 binh sĩ Triều Tiên đang huấn luyện tại miền đông nước Nga.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.name == "Kyrylo Budanov")
        #expect(quote.speaker.title == "Giám đốc Tổng cục Tình báo thuộc Bộ Quốc phòng Ukraine")
        #expect(!quote.rules.contains(.roleOfPossessor))
    }

    // A title chain that already holds the link and its body: the name after it is the holder
    // (silver 2024-04-21-chu-tich-quoc-hoi-vuong-dinh-hue), not this rule.
    @Test func chainWithItsBodyIsNotAPossessor() throws {
        let found = SpeakerRuleProbe.decisions("""
            Chủ nhiệm Ủy ban Kinh tế của Quốc hội Vũ Hồng Thanh cho biết dự án luật đã được chỉnh lý nhiều lần.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.name == "Vũ Hồng Thanh")
        #expect(!quote.rules.contains(.roleOfPossessor))
    }

    // No role before the link (silver 2024-11-29 `Phát biểu tại hội nghị, Thượng tướng …`): not this rule.
    @Test func linkWithoutARoleIsNoPossessor() throws {
        let found = SpeakerRuleProbe.decisions("""
            Phát biểu tại Hội nghị, Thượng tướng Trịnh Văn Quyết ghi nhận những kết quả mà cơ quan báo chí đã đạt được.
            """)
        #expect(!found.contains { $0.rules.contains(.roleOfPossessor) })
    }

    // Silver 2024-07-11-jude-bellingham (speakers28): `thuộc biên chế` links the role to its club
    // (was `Real Madrid`, 5 quotes).
    @Test func roleOnTheBooksOfAClubSpeaksNotTheClub() throws {
        let found = SpeakerRuleProbe.decisions("""
            Trao đổi sau trận thắng ĐT Hà Lan, Jude Bellingham đã dành lời khen ngợi đến Ollie Watkins, đồng thời đưa ra nhận định về tuyển Tây Ban Nha. Tiền vệ thuộc biên chế Real Madrid chia sẻ:

            "Tôi rất mừng cho Ollie. Anh ấy vào sân, tận dụng cơ hội của mình và tôi thực sự không thể tự hào hơn về anh ấy."
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.name != "Real Madrid")
        #expect(quote.rules.contains(.roleOfPossessor))
    }
}
