import Testing
@testable import VietQuote

/// A common word opening the sentence that is the last of a person's name written before, or
/// a name the article writes alone elsewhere, names that person
/// (Speakers/Mentions/GivenNameOfNamedPerson.swift).
@Suite struct GivenNameOfNamedPersonTests {
    // Silver 2024-09-16-tet-trung-thu: `thành` is a common word (`thành phố`), but the article named Phạm Đức Thành.
    @Test func givenNameIsThePersonNamedBefore() {
        let found = SpeakerRuleProbe.decisions("""
            Dịp Tết Trung thu, bố, mẹ bận tham gia cùng các lực lượng khắc phục hậu quả của bão lụt nhưng em Phạm Đức \
            Thành (phường Hiến Nam, thành phố Hưng Yên) không hề thấy buồn. Thành chia sẻ: Em mong muốn cuộc sống của \
            gia đình các bạn trong vùng ngập lụt sẽ sớm ổn định, các bạn sẽ sớm vượt qua khó khăn để đón Trung thu trọn vẹn hơn.
            """)
        let thanh = found.first { $0.rules.contains(.givenNameOfNamedPerson) }
        #expect(thanh?.speaker.name == "Phạm Đức Thành", "\(found.map(\.speaker.name))")
    }

    // Silver 2024-04-25-nguoi-mot-nha'-tap-9 (a TV recap): no fuller name, but `Tuệ thương Trí` writes Trí as a name.
    @Test func givenNameWrittenAloneBefore() {
        let found = SpeakerRuleProbe.decisions("""
            Tuệ thương Trí, khuyên anh trai về nhà ở.

            Ở một diễn biến khác, Tuệ thương Trí vất vả, không đồng ý cho anh trai đi làm công việc xe ôm nữa. Tuy nhiên, \
            Trí gạt bỏ đề nghị của em trai vì muốn sống tử tế đến cùng.
            """)
        let tri = found.first { $0.rules.contains(.givenNameWrittenAsName) }
        #expect(tri?.speaker.name == "Trí", "\(found.map(\.speaker.name))")
    }

    // Silver 2024-04-30-giai-phong-mien-nam: `Người` (Hồ Chí Minh, reverently) is a function word, no given name.
    @Test func functionWordIsNoGivenName() {
        let found = SpeakerRuleProbe.decisions("""
            Tháng 8/1969, Bác nằm trên giường bệnh nhưng vẫn nghe báo cáo tình hình chiến trường, vẫn theo dõi bản đồ chiến \
            sự miền Nam. Trước lúc đi xa, trong Bản Di chúc, Người đã dành tình cảm, niềm tin mãnh liệt cho đồng bào miền \
            Nam, cho sự nghiệp giải phóng Tổ quốc. Người viết: “Dù khó khăn gian khổ đến mấy, Nhân dân ta nhất định sẽ hoàn \
            toàn thắng lợi.”
            """)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { !$0.rules.contains(.givenNameOfNamedPerson) && !$0.rules.contains(.givenNameWrittenAsName) })
    }

    // Silver 2024-09-24-fc-mobile: the writer's `Xin nhắc lại` stays unattributed.
    @Test func writersWordsStayUnattributed() {
        let found = SpeakerRuleProbe.decisions("""
            Xin nhắc lại, OVR của Đội hình thi đấu của bạn vào ngày 26 tháng 9 sẽ quyết định phần thưởng bạn nhận được cho mùa giải mới.
            """)
        #expect(found.allSatisfy { $0.speaker.name.isEmpty }, "\(found.map(\.speaker.name))")
    }

    // review12 S7 (made up: no silver article both names a `… Thông` and opens a quote with `Thông tin`,
    // which opens thousands of news sentences): the article writes `thông tin` in lower case, so
    // `Thông` starts that word, no given name.
    @Test func syllableOfALowercaseWordIsNoGivenName() {
        let found = SpeakerRuleProbe.decisions("""
            Ông Nguyễn Văn Thông có mặt tại hiện trường để nắm thông tin. Thông tin ban đầu cho biết vụ cháy bắt nguồn từ tầng 2.
            """)
        #expect(!found.contains { $0.speaker.name == "Nguyễn Văn Thông" }, "\(found.map(\.speaker.name))")
        #expect(!found.contains { $0.rules.contains(.givenNameOfNamedPerson) })
    }

    // Silver 2024-04-21-kate (its headline and the sentence at 1248): `Vương phi` is a title (titles.tsv), not the given name `Vương`.
    @Test func consortTitleIsNoGivenName() {
        let found = SpeakerRuleProbe.decisions("""
            Tình trạng bệnh ung thư của Vương phi Kate

            Tháng trước, Vương phi nước Anh gây sốc khi thông báo mắc bệnh ung thư.
            """)
        #expect(!found.contains { $0.speaker.name == "Vương" }, "\(found.map(\.speaker.name))")
    }
}
