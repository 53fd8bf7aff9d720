import Testing
@testable import VietQuote

@Suite struct ThingSubjectRuleTests: QuoteRuleSuite {
    // silver 2024-04 (FA Cup preview): a match "estimates", no one speaks.
    @Test func matchAsSubjectIsNoQuote() {
        let body = "Trận đấu này ước tính sẽ mang về 140 triệu bảng cho đội thắng."
        #expect(quotes(body).isEmpty)
        #expect(decisions(body).map(\.rule) == [.thingSubject])
    }

    // silver: a quantifier before the thing's head noun; `kể tới` lists roles.
    @Test func thingAfterAQuantifierIsNoQuote() {
        let body = "Những vai diễn gắn liền với tên tuổi của cô kể tới Vương Ngữ Yên trong Thiên long bát bộ."
        #expect(quotes(body).isEmpty)
        #expect(decisions(body).first?.rule == .thingSubject)
    }

    // silver: a figure "stresses" (shows) something.
    @Test func figureAsSubjectIsNoQuote() {
        #expect(quotes("Con số này nhấn mạnh hiệu quả của công ty trong việc quản lý giá vốn hàng bán.").isEmpty)
    }

    // People and reports still speak: the rule reads only a thing's head noun.
    @Test func peopleAndReportsSpeak() {
        #expect(quotes("Một số chuyên gia cho rằng giá vàng sẽ còn tăng trong quý tới.").count == 1)
        #expect(quotes("Báo cáo của Ngân hàng Thế giới nhận định tăng trưởng sẽ chậm lại.").count == 1)
        #expect(quotes("Câu lạc bộ Hà Nội cho biết đội bóng sẽ sang Nhật Bản tập huấn.").count == 1)
    }
}
