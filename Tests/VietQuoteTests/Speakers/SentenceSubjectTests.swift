import Testing
@testable import VietQuote

@Suite struct SentenceSubjectTests {
    // silver 2024-04-27-championship: the passive agent of the sentence before is the person.
    @Test func pronounIsThePassiveAgentBefore() {
        let found = SpeakerRuleProbe.decisions("""
            Tuyên bố đầu quân cho ONE Championship được Masaaki Noiri chính thức xác nhận trên các tài khoản mạng xã hội cá nhân. Anh cho biết: "Tôi đã ký hợp đồng cùng ONE Championship. Đây là khởi đầu cho chương cuối cùng".
            """)
        #expect(found.first?.rules == [.pronounSubjectBefore])
        #expect(found.first?.speaker.name == "Masaaki Noiri")
        #expect(found.first?.speaker.mention == "Anh")
    }

    // silver 2024-11-03-adriano: a one-word foreign name opening the sentence before.
    @Test func pronounIsTheSubjectOpeningTheSentenceBefore() {
        let found = SpeakerRuleProbe.decisions("""
            Adriano sẽ chơi cho cả hai bên ở trận này. Anh nói về sự trở lại sắp tới của mình như sau: "Nhiều người yêu cầu tôi nói lời tạm biệt".
            """)
        #expect(found.first?.rules == [.pronounSubjectBefore])
        #expect(found.first?.speaker.name == "Adriano")
    }

    // silver 2025-01-29-cach-chuc-tet: `Trà xanh` is a common word, and a name inside a
    // clause (`của Arsenal`) is no subject: the pronoun stays unresolved.
    @Test func commonSyllableOrNameInsideAClauseIsNoSubject() {
        let found = SpeakerRuleProbe.decisions("""
            Trà xanh thì đắng, ngọt ngào là lịch sử của Arsenal. Anh cho biết sẽ luôn ở bên em.
            """)
        #expect(found.first?.rules == [.pronounUnresolved])
    }
}
