import Testing
@testable import VietQuote

/// A title, `là` and a name in one mention: the name holds the title (Speakers/Mentions/CopulaHolder.swift).
@Suite struct CopulaHolderTests {
    // Silver 2024-05-16 (Barca): the sporting director is Deco, not the club inside his title.
    @Test func nameAfterTheCopulaHoldsTheTitle() {
        let found = SpeakerRuleProbe.decisions("""
            Trong cuộc gặp mới đây với đại diện của Inaki Pena, Giám đốc thể thao của Barca là Deco khẳng định \
            ông không muốn thủ môn mang áo số 13 chuyển đi nơi khác trong Hè này.
            """)
        #expect(found.first?.speaker.name == "Deco")
        #expect(found.first?.rules.contains(.copulaHolder) == true)
    }

    // No title before the copula: the mention is read as before, no holder.
    @Test func copulaWithoutTitleIsNoHolder() {
        let found = SpeakerRuleProbe.decisions(
            "Theo tờ AS, ông Deco khẳng định ông không muốn thủ môn mang áo số 13 chuyển đi nơi khác.")
        #expect(found.allSatisfy { !$0.rules.contains(.copulaHolder) })
    }
}
