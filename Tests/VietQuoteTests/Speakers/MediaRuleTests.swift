import Testing
@testable import VietQuote

@Suite struct MediaRuleTests {
    @Test func namedMediumIsTheSpeaker() {
        let found = SpeakerRuleProbe.decisions("Tờ Kommersant cho biết hai bên đã nhất trí về lịch trình.")
        #expect(found.map(\.rules) == [[.media]])
        #expect(found.first?.speaker == Speaker(name: "Kommersant", mention: "Tờ Kommersant", kind: .media))
    }

    // dev 405.
    @Test func agencyAfterTheoIsTheSpeaker() {
        let found = SpeakerRuleProbe.decisions(
            "Theo Reuters, thông tin ông Zelensky thông báo nêu trên có phần lạc quan và trái ngược với những gì phía Nga đưa ra về Kharkov.")
        #expect(found.first?.rules == [.media])
        #expect(found.first?.speaker.name == "Reuters")
    }

    @Test func mediumPassingWordsOnIsNotTheSpeaker() {
        let found = SpeakerRuleProbe.decisions(
            "Báo Nga Izvestia dẫn nguồn tin ngoại giao cho biết Washington có thể hạn chế hoạt động của các nhà ngoại giao Nga.")
        #expect(found.first?.rules.first == .source)
        #expect(found.first?.speaker.kind == .source)
    }

    // Silver 2024-07-29-amee: the medium is the person's employer, inside his title.
    @Test func mediumInAPersonsTitleIsNotTheSpeaker() {
        let found = SpeakerRuleProbe.decisions(
            "Tại sự kiện giải trí San Diego Comic-Con diễn ra ở Mỹ ngày 28-7, ông Kevin Feige - chủ tịch Hãng Marvel - thông báo rằng những thành công đó đã góp phần giúp MCU trở thành thương hiệu đầu tiên.")
        // The person before the apposition speaks (`AppositionChain`), not the medium in his title.
        // Its title runs over the body it heads (`ApposedBody`).
        #expect(found.map(\.rules) == [[.name, .noContextSideBodyTitle, .appositionChain]])
        #expect(found.first?.speaker.name == "Kevin Feige")
        #expect(found.first?.speaker.title == "chủ tịch Hãng Marvel")
        #expect(found.first?.speaker.kind == .person)
    }

    // Silver 2025-01-28-anh-tet: `trang` heads media names (`trang Axios`); after a title it is a name.
    @Test func mediaHeadAfterATitleIsNotTheSpeaker() {
        let found = SpeakerRuleProbe.decisions(
            "Ca sĩ Trang Pháp, 36 tuổi, nói vui vì được gặp lại người thân dịp Tết nhưng áp lực khi chưa thể trả lời câu hỏi từ năm này qua năm khác.")
        #expect(found.map(\.rules) == [[.roleWithoutName, .roleOfNamedBody]])
        #expect(found.first?.speaker.name == "Ca sĩ Trang Pháp")   // the words after the title kept (`RoleOfNamedBody`)
        #expect(found.first?.speaker.title == "Ca sĩ")
        #expect(found.first?.speaker.kind == .person)
    }
}
