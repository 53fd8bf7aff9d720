import Testing
@testable import VietQuote

/// `AgentOfOwnerRule`: an unnamed agent opening a mention (`đại diện`, `công ty quản lý`)
/// speaks, an unnamed source, not the person or company named after it.
@Suite struct AgentOfOwnerRuleTests {
    // Silver 2024-06-25-chau-bui-camera: the model's representative speaks (was Châu Bùi, titled `đại diện`).
    @Test func representativeOfAPersonSpeaks() throws {
        try expectAgent("""
            "Châu Bùi hy vọng không có thêm một ai phải ở trong tình huống như Châu", đại diện Châu Bùi nói.
            """, named: "đại diện Châu Bùi")
    }

    // Silver 2024-08-01-tivi: a company's representative (was `Xiaomi Việt Nam`, a person).
    @Test func representativeOfACompanySpeaks() throws {
        try expectAgent("""
            "Độ sâu lên tới 1.07 tỷ màu giúp mọi điểm ảnh tái hiện sống động", đại diện Xiaomi Việt Nam nói.
            """, named: "đại diện Xiaomi Việt Nam")
    }

    // Silver 2024-06-27-linh-ka: `của` between the agent and the owner.
    @Test func representativeWithOf() throws {
        try expectAgent("""
            Không để dân tình "đoán già đoán non", đại diện của Linh Ka đã lên tiếng xác nhận: “Mối quan hệ của Will và Linh Ka đã dừng lại. Hiện Linh Ka đang tập trung vào công việc”.
            """, named: "đại diện của Linh Ka")
    }

    // Silver 2024-07-08-hyuna: a management agency before a title and its holder (was the singer).
    @Test func managementAgencyOfASingerSpeaks() throws {
        try expectAgent("""
            Công ty quản lý của ca sĩ Yong Jun Hyung cho biết: “Yong Jun Hyung và HyunA với tình cảm sâu sắc và tin tưởng dành cho nhau đã quyết định tổ chức đám cưới”.
            """, named: "Công ty quản lý của ca sĩ Yong Jun Hyung")
    }

    // Silver 2024-08-07-tuan-tran: a body's words before the name: the name is the agent himself.
    @Test func nameAfterTheOwnersWordsIsTheAgent() throws {
        let found = SpeakerRuleProbe.decisions("""
            Tại buổi ra mắt, đại diện nhà sản xuất Võ Nguyên Đán chia sẻ, ý tưởng bộ phim xuất phát từ một người làm nghề đạo tỳ.
            """)
        #expect(!found.contains { $0.rules.contains(.agentOfOwner) })
    }

    // Dev 110: an office that opens with the agent's words, and its holder.
    @Test func longerOfficeIsNoAgent() throws {
        let found = SpeakerRuleProbe.decisions("""
            "EU vừa thông qua một trong những gói trừng phạt mạnh tay nhất từ trước đến nay nhằm vào Nga," Đại diện Cấp cao về Chính sách An ninh và Đối ngoại của EU Kaja Kallas thông báo trên mạng xã hội X, đồng thời cảnh báo rằng EU sẽ tiếp tục đưa ra các biện pháp như trên cho đến khi Nga ngừng chiến dịch tại Ucraina.
            """)
        #expect(!found.isEmpty)
        #expect(!found.contains { $0.rules.contains(.agentOfOwner) })
        #expect(found.allSatisfy { $0.speaker.name == "Kaja Kallas" })
    }

    private func expectAgent(_ text: String, named name: String) throws {
        try SpeakerRuleProbe.expectUnnamedSource(text, named: name, by: .agentOfOwner)
    }
}
