import Testing
@testable import VietQuote

/// `PointingRole`, read by `RoleRule`: a bare role with an age or a demonstrative stands for the
/// nearest person before whom the article titles with a compatible role.
@Suite struct PointingRoleTests {
    // Silver 2024-12-29-ac-milan: a `tiền đạo` is a `cầu thủ` (role_kinds.tsv `member`); the
    // untitled Robert Lewandowski, named nearer, is passed.
    @Test func demonstrativeRoleIsThePersonBeforeOfAKindOfIt() throws {
        let found = SpeakerRuleProbe.decisions("""
            Theo tờ Marca, ban lãnh đạo Barcelona loại Jonathan David khỏi danh sách thay thế lão tướng Lewandowski. Chủ tịch Joan Laporta của FC Barcelona đã quyết định không chiêu mộ tiền đạo Jonathan David để thay thế Robert Lewandowski, mặc dù cầu thủ này đã bày tỏ nguyện vọng gia nhập đội bóng xứ Catalunya. Thay vào đó, Barcelona sẽ tập trung vào việc thương thảo với Viktor Gyokeres, ngôi sao đang chơi cực kỳ nổi bật trong màu áo Sporting Lisbon.
            """)
        let quote = try #require(found.first { $0.speaker.mention == "cầu thủ này" })
        #expect(quote.speaker.name == "Jonathan David")
        #expect(quote.rules.first == .pointingRoleBefore)
    }

    // Silver 2025-01-04-chelsea: `HLV` is `huấn luyện viên` written short (role_kinds.tsv `same`);
    // the players named nearer, with no title, are passed.
    @Test func demonstrativeRoleIsThePersonBeforeOfThatRole() throws {
        let found = SpeakerRuleProbe.decisions("""
            Wesley Fofana có thể sẽ vắng mặt hết mùa giải sau khi bị chấn thương cơ gân khoeo trong trận thắng Aston Villa vào tháng 12. Huấn luyện viên Enzo Maresca xác nhận rằng chấn thương của Fofana nghiêm trọng hơn dự đoán ban đầu và có thể yêu cầu phẫu thuật.

            Đây là tổn thất lớn đối với Chelsea, khi Fofana đã bỏ lỡ mùa giải trước vì chấn thương dây chằng đầu gối. Maresca cũng không có Fofana và Benoit Badiashile trong đội hình, điều này khiến Chelsea gặp khó khăn trong việc duy trì phong độ. HLV này nhấn mạnh sự thiếu vắng của Fofana và Badiashile là một mất mát lớn và đội bóng sẽ phải tìm cách ứng phó.
            """)
        let quote = try #require(found.first { $0.speaker.mention == "HLV này" })
        #expect(quote.speaker.name == "Enzo Maresca")
        #expect(quote.rules.first == .pointingRoleBefore)
    }

    // Silver 2024-07-15-di-maria: Messi has no title in the article, and the coach Lionel Scaloni
    // holds another role: the role stays.
    @Test func untitledPersonIsNoHolder() throws {
        let found = SpeakerRuleProbe.decisions("""
            Phát biểu trong cuộc họp báo trước trận chung kết Copa America 2024, huấn luyện viên Lionel Scaloni không đảm bảo rằng Di Maria sẽ ra sân ngay từ đầu.

            Argentina đã tiến vào trận chung kết Copa America 2024 trong bối cảnh Messi không đạt phong độ tốt nhất. Tiền đạo của Inter Miami đang phải vật lộn với chấn thương ở chân.

            Trước trận chung kết gặp Colombia, cầu thủ 37 tuổi cho biết bản thân đã phải vật lộn với cảm giác khó chịu trong suốt giải đấu.
            """)
        let quote = try #require(found.first { $0.speaker.mention == "cầu thủ 37 tuổi" })
        #expect(quote.speaker.name == "cầu thủ")
        #expect(!quote.rules.contains(.pointingRoleBefore))
    }

    // Silver 2024-05-02-do-thi-ha: a gendered role with no speaker before it (`EpithetRule`) is
    // the person named before in that role, not Đỗ Thị Hà, named before with no title.
    @Test func genderedRoleWithNoSpeakerBeforeIsThePersonOfThatRole() throws {
        let found = SpeakerRuleProbe.decisions("""
            (VTC News) - Đỗ Thị Hà khoe vóc dáng gợi cảm khi diện bikini, diễn viên Thu Quỳnh chuẩn bị tinh thần vui tươi trước ngày lâm bồn.

            Thu Quỳnh đăng tải hình ảnh tươi tắn khi mang bụng bầu lớn. Nữ diễn viên viết: "Chào tháng 5 yêu thương, tháng sinh ra hai "tài sản" lớn nhất của mẹ Quỳnh".
            """)
        let quote = try #require(found.first { $0.speaker.mention == "Nữ diễn viên" })
        #expect(quote.speaker.name == "Thu Quỳnh")
        #expect(quote.rules.first == .pointingEpithetBefore)
    }
}
