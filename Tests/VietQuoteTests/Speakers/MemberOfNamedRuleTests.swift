import Testing
@testable import VietQuote

/// `MemberOfNamedRule`: people who belong to someone, opening a mention with `của` and a name
/// (`fan của X`, `quản lý của X`, `một CĐV của <team>`), speak, an unnamed source, not the one named.
@Suite struct MemberOfNamedRuleTests {
    // Silver 2024-07-06-thien-minh: the fans speak, not the late singer (was `Wanbi Tuấn Anh`).
    @Test func fansOfASingerSpeak() throws {
        try expectMembers("""
            Nhiều fan của Wanbi Tuấn Anh bồi hồi nhớ lại kỷ niệm 15 năm về trước, khen ngợi Thiên Minh hát cảm xúc khiến họ như được "sống lại tuổi thanh xuân".
            """, named: "Nhiều fan của Wanbi Tuấn Anh")
    }

    // Silver 2024-08-12-miu-le: the singer's manager speaks (was `Miu Lê`).
    @Test func managerOfASingerSpeaks() throws {
        try expectMembers("""
            Cùng lúc, quản lý của Miu Lê cho biết: “Miu Lê không có bầu, chắc là do mập thôi”.
            """, named: "quản lý của Miu Lê")
    }

    // Silver 2024-04-17-nguyen-ngoc-thang: a supporter of the team speaks (was the team).
    @Test func supporterOfATeamSpeaks() throws {
        try expectMembers("""
            "Một pha phạm lỗi quá ngớ ngẩn và khó chấp nhận. Cầu thủ chuyên nghiệp ăn tập ở đội tuyển mà không nhận thức được hành động của mình làm ảnh hưởng cả đội thật đáng chê trách", một CĐV của U23 Việt Nam tức giận bày tỏ sau khi chứng kiến pha phạm lỗi của trung vệ Ngọc Thắng.
            """, named: "một CĐV của U23 Việt Nam")
    }

    // Silver 2025-02-20-park-bom: a close friend, counted, speaks (was `Park Bom`).
    @Test func friendOfAnActressSpeaks() throws {
        try expectMembers("""
            Thời điểm đó, khi tin đồn hẹn hò nổ ra, một người bạn thân của Park Bom chia sẻ với Osen: "Có vẻ cô ấy chỉ đăng bài với tư cách người hâm mộ thôi".
            """, named: "một người bạn thân của Park Bom")
    }

    // Silver 2024-06-16-xoai-non: a page, no people, before `của`: not this rule.
    @Test func pageOfAPersonIsNoMember() throws {
        let found = SpeakerRuleProbe.decisions("""
            Trang cá nhân của Xoài Non gây chú ý khi đăng tải bài viết thông báo việc 'đường ai nấy đi' với streamer Xemesis.
            """)
        #expect(!found.contains { $0.rules.contains(.memberOfNamed) })
    }

    private func expectMembers(_ text: String, named name: String) throws {
        try SpeakerRuleProbe.expectUnnamedSource(text, named: name, by: .memberOfNamed)
    }
}
