import Testing
@testable import VietQuote

/// The subject named first speaks, not a longer name in its object (Speakers/Mentions/SubjectName.swift).
@Suite struct SubjectNameTests {
    // Silver 2025-02-20-park-bom: Lee Min Ho is only the possessor in the object.
    @Test func subjectOverLongerPossessorInTheObject() {
        let found = SpeakerRuleProbe.decisions("""
            Park Bom đăng ảnh của Lee Min Ho lên trang cá nhân và viết: "Anh ấy là chồng tôi".
            """)
        #expect(found.first?.speaker.name == "Park Bom")
        #expect(found.first?.rules.contains(.subjectBeforeObject) == true)
    }

    // Silver 2024-12-27-le-quoc-hung: the President congratulates the general and speaks.
    @Test func titledSubjectOverLongerObject() {
        let found = SpeakerRuleProbe.decisions("""
            Chủ tịch nước Lương Cường chúc mừng Thượng tướng Lê Quốc Hùng và nói rằng Bộ Công an cần tiếp tục \
            nâng cao năng lực chiến đấu.
            """)
        #expect(found.first?.speaker.name == "Lương Cường")
    }

    // Coordinated names: no verb after the first, the rule does not apply.
    @Test func coordinatedNamesAreNotSubjectAndObject() {
        let found = SpeakerRuleProbe.decisions("""
            Messi và Cristiano Ronaldo cho biết họ sẽ tiếp tục thi đấu thêm một mùa giải nữa.
            """)
        #expect(found.allSatisfy { !$0.rules.contains(.subjectBeforeObject) })
    }
}
