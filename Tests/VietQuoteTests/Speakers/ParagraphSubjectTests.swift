import Testing
@testable import VietQuote

/// A pronoun follows the person its paragraph made the subject since the last speaker spoke
/// (Speakers/Rules/ParagraphSubject.swift, read by `PronounRule`).
@Suite struct ParagraphSubjectTests {
    // Dev 449: `Ông` is Phạm Nhật Vượng, whom the paragraph names as subject, not the analyst who spoke before.
    @Test func subjectOfTheParagraphOverTheLastSpeaker() {
        let found = SpeakerRuleProbe.decisions("""
            Tỷ phú Phạm Nhật Vượng, Chủ tịch Tập đoàn Vingroup, nói "cho đến khi tôi hết tiền thì thôi".

            Nhà phân tích Ken Foong của Bloomberg Intelligence nhận định VinFast cần xây dựng thương hiệu. "Sẽ không dễ để thành công tại Mỹ", ông nói.

            Trong video phỏng vấn, ông Vượng thể hiện sẽ không chùn bước trước những thách thức mà VinFast đang đối mặt. Ông cho biết mỗi sáng đều thức dậy và chơi cùng các cháu.
            """)
        #expect(found.last?.speaker.name == "Phạm Nhật Vượng")
        #expect(found.last?.rules == [.pronounParagraphSubject])
    }

    // A paragraph that names the last speaker again keeps the pronoun with the nearest speaker.
    @Test func lastSpeakerNamedAgainKeepsThePronoun() {
        let found = SpeakerRuleProbe.decisions("""
            Ông Nguyễn Văn Nam, Giám đốc Sở Y tế, cho biết bệnh viện đã đủ thuốc.

            Ông Trần Văn Bình, Chủ tịch UBND tỉnh, cho biết tỉnh sẽ hỗ trợ thêm.

            Theo ông Nam, ông Bình đã chỉ đạo các sở. "Chúng tôi sẽ làm ngay", ông Bình nói. "Các bệnh viện đủ giường", ông nói.
            """)
        #expect(found.last?.speaker.name == "Trần Văn Bình")
        #expect(found.last?.rules != [.pronounParagraphSubject])
    }
}
