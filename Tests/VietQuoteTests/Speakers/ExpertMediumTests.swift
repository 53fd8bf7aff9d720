import Testing
@testable import VietQuote

/// The medium an expert's title names after `của` (Speakers/Titles/ExpertMedium.swift).
@Suite struct ExpertMediumTests {
    // Silver 2024-08-27-harris: a reporter of a newspaper.
    @Test func reporterOfANewspaper() {
        let found = SpeakerRuleProbe.decisions(
            "Ông Dan Morain, cựu phóng viên của tờ Los Angeles Times, cho biết bà Harris luôn chuẩn bị kỹ.")
        #expect(found.first?.speaker.name == "Dan Morain")
        #expect(found.first?.speaker.title == "cựu phóng viên của tờ Los Angeles Times")
        #expect(found.first?.speaker.affiliation == nil)
    }

    // Silver 2025-01-14-vtc: a medium's name cut inside a word is no medium of the title.
    @Test func mediumNameCutInsideAWordIsLeftOut() {
        let found = SpeakerRuleProbe.decisions(
            "BTV Phú Dũng, MC của Đài Truyền hình Kỹ thuật số VTC, cho biết chương trình sẽ dừng phát sóng.")
        #expect(found.first?.speaker.title?.hasSuffix("Kỹ") != true)
    }

    // An office title keeps its own link reading (`người phát ngôn của Bộ Ngoại giao Nga`).
    @Test func officeTitleIsNotReadAsAnExperts() {
        let found = SpeakerRuleProbe.decisions(
            "Người phát ngôn của Bộ Ngoại giao Nga cho biết Moscow sẽ đáp trả.")
        #expect(found.first?.speaker.affiliation == "Nga")
    }
}
