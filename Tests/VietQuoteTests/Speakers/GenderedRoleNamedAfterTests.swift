import Testing
@testable import VietQuote

/// `GenderedRoleNamedAfter`: a role opened by a gender word (`nam ca sĩ`) is not the article's
/// one person of that role when that person is named only after it.
@Suite struct GenderedRoleNamedAfterTests {
    // Silver 2024-09-16-kasim-hoang-vu: the one `ca sĩ` of the article, Trizzie Phương Trinh, is
    // named only in the paragraph after `nam ca sĩ cho biết`; the man named as a subject before speaks.
    @Test func roleOfAPersonNamedLaterIsTheSubjectBefore() throws {
        let found = SpeakerRuleProbe.decisions("""
            Kasim Hoàng Vũ từng phải thực hiện ca phẫu thuật nang xương hàm và cổ do mắc bệnh viêm khớp xương hàm.

            Khoảng 2 ngày trước, thông tin Kasim Hoàng Vũ phải nhập viện cấp cứu khiến đông đảo sao Việt và khán giả vô cùng lo lắng. Trên trang cá nhân, nam ca sĩ cho biết phải cấp cứu vì "không thể chịu nổi nữa". Do bị viêm khớp xương hàm, Kasim Hoàng Vũ từng phải phẫu thuật nang xương ở hàm và cổ.

            Mới đây, ca sĩ Trizzie Phương Trinh đã đăng tải dòng trạng thái chia sẻ cảm xúc về buổi biểu diễn có sự tham gia của Kasim Hoàng Vũ. Cô cho biết dù sức khỏe bị suy kiệt nhưng anh vẫn gắng gượng chịu đựng.
            """)
        let role = try #require(found.first { $0.speaker.mention == "nam ca sĩ" })
        #expect(role.speaker.name == "Kasim Hoàng Vũ")
        #expect(role.rules.contains(.genderedRoleNamedAfter))
        // Her own `Cô cho biết` is hers again: no man's spoken `nam ca sĩ` marks her.
        let pronoun = try #require(found.first { $0.speaker.mention == "Cô" })
        #expect(pronoun.speaker.name == "Trizzie Phương Trinh")
    }

    // Silver 2024-07-15-nsnd-thanh-dien: his late wife, `nghệ sĩ Thanh Kim Huệ`, is named only
    // further down; `nam nghệ sĩ` is the artist named before (`Nghệ sĩ Nhân dân Thanh Điền`).
    @Test func roleBeforeItsNamedPersonIsTheEpithetsPerson() throws {
        let found = SpeakerRuleProbe.decisions("""
            Mới đây, Nghệ sĩ Nhân dân Thanh Điền đã chia sẻ trên trang cá nhân về tình hình sức khỏe hiện tại sau 2 ngày nhập viện cấp cứu. Bài đăng của ông đã thu hút được sự quan tâm của nhiều người. Cụ thể, nam nghệ sĩ bày tỏ sự xúc động, cũng như gửi lời cảm ơn đến những khán giả đã lo lắng, quan tâm khi nghe tin ông nhập viện cấp cứu vào ngày 12/7 vừa qua.

            Cải lương không chỉ là niềm đam mê mà còn là "bà tơ" se duyên cho NSND Thanh Điền và NSND Thanh Kim Huệ. Thanh Kim Huệ từng là một trong những cô đào nổi tiếng bậc nhất của sân khấu cải lương phía Nam. Nữ nghệ sĩ từng đi hát từ năm 14 tuổi, sở hữu chất giọng kim vang, sáng với lối hát uyển chuyển, truyền cảm.

            Khi còn sinh thời, một trong những ước nguyện lớn nhất của Thanh Kim Huệ là được nhận danh hiệu Nghệ sĩ Nhân dân. Mới đây, mong ước này của bà đã thành hiện thực. Vì có nhiều cống hiến cho nghệ thuật nước nhà, nghệ sĩ Thanh Kim Huệ đã được truy tặng Nghệ sĩ Nhân dân năm 2023.
            """)
        let role = try #require(found.first { $0.speaker.mention == "nam nghệ sĩ" })
        #expect(role.speaker.name.hasSuffix("Thanh Điền"))
        #expect(role.rules.contains(.genderedRoleNamedAfter))
    }

    // Dev 308: `nữ phát ngôn viên` after `phát ngôn viên … Maria Zakharova` was named: she is named
    // before, the rule does not act.
    @Test func holderNamedBeforeKeepsTheRole() throws {
        let found = SpeakerRuleProbe.decisions("""
            Sau đó, phát ngôn viên Bộ Ngoại giao Nga Maria Zakharova nói ông Sikorski nên tiết lộ toàn bộ những thông tin mà Warsaw biết về các bình luận của Mỹ nhắc đến xung đột ở Ukraine.

            Bà Zakharova cũng cho rằng Ba Lan nên cung cấp mọi thông tin mà nước này có được xung quanh những vụ đánh bom hai đường ống dẫn khí đốt từ Nga sang châu Âu là Nord Stream 1 và 2.

            “Sẽ tốt hơn nếu ngoại trưởng Ba Lan kể hết những gì ông ấy biết về những vụ đánh bom đường ống Nord Stream 1, Nord Stream 2, cũng như vai trò của Washington trong những vụ việc này”, nữ phát ngôn viên Bộ Ngoại giao Nga nói với báo Izvestia ngày 26-5.
            """)
        let role = try #require(found.first { $0.speaker.mention.hasPrefix("nữ phát ngôn viên") })
        #expect(role.speaker.name == "Maria Zakharova")
        #expect(!found.contains { $0.rules.contains(.genderedRoleNamedAfter) })
    }
}
