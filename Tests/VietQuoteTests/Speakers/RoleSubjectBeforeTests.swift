import Testing
@testable import VietQuote

/// `RoleSubjectBefore`, read by `RoleRule`: a bare role, with at most the person's country after
/// it, stands for the person the text made the subject before it, when no other person is between.
@Suite struct RoleSubjectBeforeTests {
    // Silver 2024-11-02-ac-milan: the subject opens its clause after an adverbial and is apposed
    // after a dash; the club `Milan`, named nearer, is passed.
    @Test func roleWithDemonymIsTheApposedSubjectBefore() throws {
        let found = SpeakerRuleProbe.decisions("""
            So với mùa giải trước, Olivier Giroud – người đóng vai trò trung phong chính của Milan – đã ghi được ba bàn chỉ trong hai trận đầu tiên của mùa giải 2023/24.

            Cầu thủ người Pháp tiếp tục khẳng định phong độ cao khi có pha lập công thứ tư ở trận đấu thứ ba.
            """)
        let quote = try #require(found.first { $0.speaker.mention == "Cầu thủ người Pháp" })
        #expect(quote.speaker.name == "Olivier Giroud")
        #expect(quote.rules.first == .roleSubjectBefore)
    }

    // Silver 2024-06-15-lamine-yamal: `của Croatia` is the person's country, no body.
    @Test func roleOfACountryIsTheSubjectOfTheSentenceBefore() throws {
        let found = SpeakerRuleProbe.decisions("""
            Trước thềm trận đấu với Tây Ban Nha, Luka Modric nhận được câu hỏi liên quan tới cầu thủ mà anh lo ngại nhất bên phía đối phương. Đội trưởng của Croatia không ngần ngại chỉ ra đó là Lamine Yamal.
            """)
        let quote = try #require(found.first { $0.speaker.mention == "Đội trưởng của Croatia" })
        #expect(quote.speaker.name == "Luka Modric")
        #expect(quote.rules.first == .roleSubjectBefore)
    }

    // Silver 2024-11-19-trung-quoc-dau-voi-nhat-ban: the role's sentence opens with a clause of
    // its own (`Tình huống diễn ra …, nhưng`): the player booked before is no referee.
    @Test func roleAfterAClauseOfItsOwnStays() throws {
        let found = SpeakerRuleProbe.decisions("""
            Xie Wenneng nhận thẻ vàng vì pha phạm lỗi từ phía sau với Minamino. Tình huống diễn ra ở giữa sân, nhưng trọng tài cho rằng cầu thủ Trung Quốc đã chơi nguy hiểm.
            """)
        let quote = try #require(found.first { $0.speaker.mention == "trọng tài" })
        #expect(quote.speaker.name == "trọng tài")
        #expect(!quote.rules.contains(.roleSubjectBefore))
    }

    // Silver 2025-01-07-luu-binh-nhuong: the subject's sentence writes the role as someone else
    // (`Trả lời luật sư, Cường …`): the lawyer who asks is not the defendant.
    @Test func roleWrittenBesideTheSubjectIsAnotherPerson() throws {
        let found = SpeakerRuleProbe.decisions("""
            Trả lời luật sư, Cường cho hay việc bảo kê đã được thỏa thuận từ trước nên "cứ thế mà làm".

            "Vậy công an huyện, công an xã hay chính quyền địa phương có yêu cầu bị cáo dừng việc cưỡng đoạt tiền không? Khi nhờ can thiệp giúp về hành vi sai trái, bị cáo Nhưỡng có can ngăn bị cáo không?", luật sư hỏi.
            """)
        let quote = try #require(found.first { $0.speaker.mention == "luật sư" })
        #expect(quote.speaker.name == "luật sư")
        #expect(!quote.rules.contains(.roleSubjectBefore))
    }
}
