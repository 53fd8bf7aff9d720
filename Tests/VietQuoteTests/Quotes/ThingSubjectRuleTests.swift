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

    // silver (Liverpool, West Ham): `sau trận` glued to the subject; the coach after it speaks.
    @Test func nameAfterTheHeadSpeaks() {
        let body = "Trong trận gặp West Ham của Liverpool, trung vệ Joe Gomez đã phải rời sân giữa chừng và sau trận HLV Arne Slot xác nhận anh đã bị chấn thương dây chằng."
        let found = quotes(body)
        #expect(found.count == 1)
        #expect(found.first?.speaker.name.contains("Slot") == true)
        #expect(decisions(body).map(\.rule).contains(.thingSubject) == false)
    }

    // silver: a comma between the time phrase and the title.
    @Test func titleAfterACommaSpeaks() {
        #expect(quotes("Sau trận, HLV Arne Slot xác nhận Joe Gomez đã bị chấn thương dây chằng.").count == 1)
    }

    // review7 S2: an honorific before a name after the head is the speaker, as a title is
    // (`sau trận đấu` glued to the subject).
    @Test func honorificAndNameAfterTheHeadSpeak() {
        let body = "Sau trận đấu ông Klopp cho biết đội bóng đã chơi rất tốt."
        #expect(quotes(body).map(\.speaker.name) == ["Klopp"])
        #expect(decisions(body).map(\.rule).contains(.thingSubject) == false)
    }

    // silver: a pronoun after the head opens a relative clause (the story she shared), and a
    // capitalised word names the thing (a number of a show): both stay no quote.
    @Test func relativeClauseAndThingNameAreNoQuote() {
        #expect(quotes("Câu chuyện chị chia sẻ là của một người quen tại Đắk Nông.").isEmpty)
        #expect(quotes("Tiết mục Hoa xương rồng đòi hỏi nhiều vũ đạo.").isEmpty)
    }

    // An operator is a person: `điện thoại viên` is a title, not the thing `điện thoại`.
    @Test func operatorSpeaks() {
        #expect(quotes("Điện thoại viên tổng đài cho biết sự cố đã được khắc phục.").count == 1)
    }

    // A thing with no one after it stays rejected.
    @Test func phoneAsSubjectIsNoQuote() {
        #expect(quotes("Điện thoại này cho thấy pin vẫn còn 80% sau một ngày sử dụng.").isEmpty)
    }

    // silver 2024-07 (transfer news), review7 m7: `dù vậy` ("even so") is a sentence adverb, so
    // the subject is `con số này` (a figure) and not `vậy con số này`; `yêu cầu` is a noun here.
    @Test func sentenceAdverbBeforeTheHeadIsSkipped() {
        let body = "MU đã đưa ra lời đề nghị 70 triệu euro cho tiền vệ 19 tuổi, dù vậy con số này vẫn thấp hơn nhiều mức phí giải phóng hợp đồng 120 triệu euro lẫn yêu cầu 100 triệu euro từ đội bóng Bồ Đào Nha."
        #expect(quotes(body).isEmpty)
        // The same adverb before a person: the person speaks, without the adverb.
        let person = quotes("Djokovic thua trận, dù vậy Djokovic vẫn đáp lại: \"Hôm nay cậu ấy chơi rất hay\".")
        #expect(person.map(\.speaker.mention) == ["Djokovic"])
    }
}
