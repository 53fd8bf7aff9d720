import Testing
@testable import VietQuote

/// `ResidenceMention`: a place written after a person's name as where the person lives is no
/// speaker; the speaker is the clause before the residence.
@Suite struct ResidenceMentionTests {
    // Silver 2024-04-21-zalo-loi (was the place `TP.HCM`).
    @Test func personBeforeTheResidenceSpeaks() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Chị Huỳnh Vi, sống tại Quận 3, TP.HCM cho biết: \"Tôi không thể liên lạc với bạn bè qua Zalo\".").first)
        #expect(found.rules.contains(.beforeResidence))
        #expect(found.speaker.name == "Huỳnh Vi")
        #expect(found.speaker.kind == .person)
    }

    // A mention with a personal name of its own after the place stays the speaker.
    @Test func nameAfterThePlaceStays() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Chị Huỳnh Vi, sống tại Quận 3, ông Nguyễn Văn Hùng cho biết cửa hàng vẫn mở cửa.").first)
        #expect(!found.rules.contains(.beforeResidence))
        #expect(found.speaker.name == "Nguyễn Văn Hùng")
    }

    // A clause with no preposition opening a place is no residence.
    @Test func clauseWithoutPrepositionIsNoResidence() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Ông Nguyễn Văn Hùng, trong khi đó, Bộ Y tế cho biết dịch bệnh đang giảm.").first)
        #expect(!found.rules.contains(.beforeResidence))
    }

    // Silver 2025-02-03-usd-to-vnd: a time phrase with `qua` before the subject is no residence.
    @Test func timeBeforeTheSubjectIsNoResidence() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Như ông Trump đã hứa vào tháng trước, cuối tuần qua Mỹ đã tuyên bố áp thuế lên hàng hóa nhập khẩu.").first)
        #expect(!found.rules.contains(.beforeResidence))
    }

    // Silver 2024-05-10 (sample9 pattern 1): an address of two units with no preposition (was `TP Hà Nội`).
    @Test func addressWithoutPrepositionIsAResidence() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Chị Nông Thị Thúy Hiển, quận Hoàng Mai, thành phố Hà Nội cho biết con chị đã ôn thi suốt nhiều tháng.").first)
        #expect(found.rules.contains(.addressAfterPerson))
        #expect(found.speaker.name == "Nông Thị Thúy Hiển")
    }

    // Silver 2024-05-02-chu-tich-nuoc: the clause before the address is the title of the person
    // before it (was `Gia Lai`; speakers18 alone gave `Đức Cơ`, side Đức).
    @Test func titleClauseBeforeTheAddressLeadsToThePerson() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Ngày 2/5, ông Siu Luynh, Phó Chủ tịch UBND huyện Đức Cơ, tỉnh Gia Lai cho biết vừa có văn bản đến Sở Thông tin và Truyền thông tỉnh.").first)
        #expect(found.rules.contains(.titleBeforeAddress))
        #expect(found.speaker.name == "Siu Luynh")
        #expect(found.speaker.title == "Phó Chủ tịch UBND huyện Đức Cơ")
        #expect(found.speaker.affiliation != "Đức")
    }

    // A city that is the subject after a time clause is no address of a person.
    @Test func cityAfterATimeClauseStaysTheSpeaker() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Sau cuộc họp sáng nay, thành phố Hà Nội cho biết sẽ mở thêm trường học.").first)
        #expect(!found.rules.contains(.beforeResidence))
    }

    // Silver 2024-04-14-xoi, 2024-07-19-thanh-duy (speakers28): a hamlet or village (`thôn`, `xóm`
    // of place_heads.tsv) is an address unit too (were `huyện Bình Gia`, `xã Kỳ Tân`).
    @Test(arguments: [
        ("Bà Lâm Thị Nhung, thôn Pác Khuông, xã Thiện Thuật, huyện Bình Gia cho biết: Từ khi còn nhỏ, tôi đã được bà và mẹ dạy cách làm xôi lá sau sau.",
         "Lâm Thị Nhung"),
        ("Ông Võ Văn Cảnh, xóm Tân Sơn, xã Kỳ Tân đề nghị làm rõ việc đề bù đất rừng của gia đình bị thu hồi khi làm Quốc lộ 7C.",
         "Võ Văn Cảnh"),
    ])
    func hamletIsAnAddressUnit(sentence: String, name: String) throws {
        let found = try #require(SpeakerRuleProbe.decisions(sentence).first)
        #expect(found.rules.contains(.addressAfterPerson))
        #expect(found.speaker.name == name)
    }

    // Silver 2024-05-10-ti-le-choi-vao-lop-10-nam-2024-ha-noi (speakers31): a bare place after an
    // address unit ends the address; `thầy` before the name is read as `cô` is (was `Hà Nội`, side Việt Nam).
    @Test func barePlaceAfterAnAddressEndsIt() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Chia sẻ với PV báo Dân Việt, thầy Nguyễn Minh Phi, Hiệu trưởng Trường THPT Hoàng Văn Thụ, quận Hoàng Mai, Hà Nội cho hay: \"Năm nay nhà trường có nhiều học sinh đăng ký NV1 với 1.607\".").first)
        #expect(found.rules.contains(.titleBeforeAddress))
        #expect(found.speaker.name == "Nguyễn Minh Phi")
    }

    // Silver 2024-07-16-tiem-chung-benh-bach-hau, 2024-08-21-danh-thue-doc-than (speakers31): a job
    // of a few words held at a place, then a bare place (were `Hà Nội`, side Việt Nam).
    @Test(arguments: [
        ("Trao đổi với phóng viên Báo Đầu tư, bác sĩ Bùi Thị Việt Hoa, cán bộ tiêm chủng tại Trung tâm Tiêm chủng Safpo/Potec Xuân Đỉnh, Hà Nội cho hay, những ngày vừa qua, số lượng người đi tiêm vắc-xin bạch hầu tăng gấp 2-3 lần.",
         "Bùi Thị Việt Hoa"),
        ("Đồng quan điểm, chị Lê Phương Liên (34 tuổi), nhân viên bán hàng tại Hoàng Mai, Hà Nội chia sẻ: “Ở độ tuổi của mình, hầu hết bạn bè đã có hai con”.",
         "Lê Phương Liên"),
    ])
    func jobAtAPlaceBeforeABarePlace(sentence: String, name: String) throws {
        let found = try #require(SpeakerRuleProbe.decisions(sentence).first)
        #expect(found.rules.contains(.beforeResidence))
        #expect(found.speaker.name == name)
    }

    // A body after an address stays the speaker (`Ban Giao thông` is no bare place).
    @Test func bodyAfterAnAddressStays() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Nút giao An Phú, quận 2, Ban Giao thông cho biết sẽ hoàn thành trong năm nay.").first)
        #expect(!found.rules.contains(.addressAfterPerson))
        #expect(!found.rules.contains(.titleBeforeAddress))
    }
}
