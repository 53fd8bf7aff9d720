import Testing
@testable import VietQuote

@Suite struct DescribedAnaphorRuleTests {
    // Silver 2024-05-02-lich-nghi-he-2024: `Sở này` is the Sở named before (was the source `Sở này`).
    @Test func bodyHeadAndDemonstrativeIsTheBodyNamedBefore() {
        let found = SpeakerRuleProbe.decisions("""
            Tất cả các cấp học của Hà Nội sẽ kết thúc năm học vào ngày 31/5. Sở GD-ĐT Hà Nội cũng đặc biệt nhấn mạnh, \
            các cơ sở giáo dục công lập không được cắt xén nội dung chương trình.

            Sở này cũng cho biết, từ nay tới cuối năm học, sở và các phòng GD-ĐT sẽ tăng cường tổ chức kiểm tra thường xuyên, đột xuất các trường học thuộc phạm vi quản lý.
            """)
        #expect(found.last?.rules.first == .anaphorBodyBefore)
        #expect(found.last?.speaker.name == "Sở GD-ĐT")
        #expect(found.last?.speaker.kind == .organization)
    }

    // Silver 2024-05-31-hagl: `Nhà cầm quân này` is the coach named with his title before.
    @Test func personNounIsThePersonNamedBefore() {
        let found = SpeakerRuleProbe.decisions("""
            Đáng chú ý, HLV Vũ Tiến Thành tố trọng tài “cướp bàn thắng của HAGL” ngay sau khi vừa bị phạt 20 triệu đồng.

            Nhà cầm quân này đã chỉ trích trọng tài và chê bai lãnh đạo của VPF sau trận HAGL thua CLB TP.HCM 1-4 tại vòng 21 V-League.
            """)
        #expect(found.last?.rules.first == .anaphorPersonBefore)
        #expect(found.last?.speaker.name == "Vũ Tiến Thành")
        #expect(found.last?.speaker.kind == .person)
    }

    // Silver 2024-07-18-ro: the same noun with a name after it before the anaphor.
    @Test func sameNounWithANameAfterIt() {
        let found = SpeakerRuleProbe.decisions("""
            Nhà phân tích Jorge Leon của công ty nghiên cứu năng lượng Rystad Energy nhận định, biến đổi khí hậu đặt ra rủi ro chính trên thị trường dầu mỏ.

            Cũng theo nhà phân tích này, ít nhất một phần rủi ro địa chính trị có thể được các chủ thể khác nhau tháo gỡ, như ngoại giao quốc tế có thể giúp ngăn chặn xung đột.
            """)
        #expect(found.last?.rules.first == .anaphorNamedAfterNoun)
        #expect(found.last?.speaker.name == "Jorge Leon")
    }

    // Silver 2024-05-08-mot-thoang-ta-ruc-ro-nhan-gian: `một phụ huynh` was never named: a source.
    @Test func nounIntroducedWithoutANameStaysASource() {
        let found = SpeakerRuleProbe.decisions("""
            Vào ngày 2/5, một phụ huynh đăng bài lên mạng xã hội phản ánh việc giáo viên trường Quốc tế TP Hồ Chí Minh \
            phát cho con chị cuốn sách để đọc trong kỳ nghỉ. Phụ huynh này cho rằng, tác phẩm có "ngôn từ đồi truỵ, nhớp nhúa".
            """)
        #expect(found.last?.rules.first == .anaphorUnnamedBefore)
        #expect(found.last?.speaker.name == "Phụ huynh này")
        #expect(found.last?.speaker.kind == .source)
    }

    // Silver 2024-05-03-ocean-vuong: a thing (`Cuốn tiểu thuyết này`) is no described anaphor of this rule.
    @Test func thingNounIsNotRead() {
        let found = SpeakerRuleProbe.decisions("""
            Cuốn tiểu thuyết này nói về các vấn đề tổn thương, giới tính, nghinej ngập và cả tình dục dưới dạng bức thư \
            của cậu con trai người Mỹ gốc Việt Little Dog gửi cho người mẹ không biết đọc của mình.
            """)
        #expect(found.allSatisfy { !$0.rules.contains(.anaphorPersonBefore) && !$0.rules.contains(.anaphorBodyBefore) })
    }

    // Silver 2024-11-12-chu-tich-nuoc-luong-cuong: `bà này` had the name `này`; the person named
    // with the honorific before is the one (not `Bộ Phụ`, a body after her title).
    @Test func honorificAndDemonstrativeIsThePersonNamedBefore() {
        let found = SpeakerRuleProbe.decisions("""
            Bà Antonia Orellana, Bộ trưởng Bộ Phụ nữ và Bình đẳng giới của Chile xác nhận rằng nạn nhân đã được hỗ trợ pháp lý, \
            bà này cho biết thêm bộ sẽ cung cấp sự hỗ trợ tâm lý xã hội bổ sung nếu nạn nhân yêu cầu.
            """)
        #expect(found.last?.speaker.name == "Antonia Orellana")
        #expect(found.allSatisfy { $0.speaker.name != "này" })
    }

    // Silver 2024-06-23-euro-23-6 (review13 M3): `Tam` of `đội trưởng Tam sư` (the Three Lions'
    // captain) is one word after a title, no person: `ông này` took it over the nearer
    // `Gary Lineker`.
    @Test func syllableAfterATitleIsNoPerson() {
        let found = SpeakerRuleProbe.decisions("""
            Thông qua cuộc phỏng vấn với Sky News, đội trưởng Tam sư đã có màn đáp trả tiền bối Gary Lineker bối khi ông này \
            chỉ trích nặng nề lối chơi của họ.
            """)
        #expect(found.allSatisfy { $0.speaker.name != "Tam" })
    }

    // Silver 2025-02-06-dam-vinh-hung: the singer named nearer as a possessor (`chấn thương của
    // Đàm Vĩnh Hưng`) is passed; `Người này` is the man introduced before without a name.
    @Test func nearerPossessorIsPassedForTheManIntroducedBefore() {
        let found = SpeakerRuleProbe.decisions("""
            Cũng trong video livestream này, một người đàn ông tiết lộ chấn thương của Đàm Vĩnh Hưng thực chất nghiêm trọng \
            hơn những gì công chúng biết thời gian qua. Người này khẳng định Đàm Vĩnh Hưng đứt từ ngón cái tới ngón út, dập nát các ngón chân.
            """)
        #expect(found.last?.rules.first == .anaphorUnnamedBefore)
        #expect(found.last?.speaker.name == "Người này")
    }

    // Silver 2024-06-17-ronaldinho: the nearer `Ronaldinho` is written with no title, the
    // older one with a title: the same person, taken.
    @Test func nearerUntitledNameOfTheSamePersonIsTaken() {
        let found = SpeakerRuleProbe.decisions("""
            Bài đăng của Ronaldinho gây tranh cãi lớn trong cộng đồng bóng đá Brazil. Ngôi sao Barcelona, Raphinha là cầu thủ \
            đầu tiên lên tiếng phản bác Ronaldinho. Anh cho biết Ronaldinho thậm chí vừa nhắn tin cho Vinicius để xin vé xem \
            Brazil tại Copa America 2024.

            Đến sáng nay (16/6), Ronaldinho đăng tải một bài viết khác nhằm đính chính. Huyền thoại này cho biết những gì anh \
            nói trước đó là… bình luận của một người hâm mộ Brazil trên mạng.
            """)
        #expect(found.last?.speaker.name == "Ronaldinho")
    }
}
