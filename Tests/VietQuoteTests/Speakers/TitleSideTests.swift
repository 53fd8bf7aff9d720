import Testing
@testable import VietQuote

/// The home side of a Vietnamese holder's bare office title (Speakers/Titles/TitleSides.swift).
@Suite struct TitleSideTests {
    // dev 436: an article on a visit to Dominica; the Prime Minister's title names no country.
    @Test func vietnameseHolderOfABareOfficeSpeaksForTheHomeSide() {
        let found = SpeakerRuleProbe.decisions("""
            Cộng hòa Dominica muốn thúc đẩy hợp tác với Việt Nam.

            Thủ tướng Phạm Minh Chính cho biết Việt Nam sẵn sàng mở rộng hợp tác nông nghiệp với Dominica.
            """)
        #expect(found.last?.speaker.name == "Phạm Minh Chính")
        #expect(found.last?.speaker.affiliation == "Việt Nam")
        #expect(found.last?.rules.contains(.compatriotTitleSide) == true)
    }

    // dev 420: `Kim` is a Vietnamese family name, `Kim Jong Un` no Vietnamese name.
    @Test func foreignNameWithAFamilySyllableKeepsItsSide() {
        let found = SpeakerRuleProbe.decisions(
            "Nhà lãnh đạo Triều Tiên Kim Jong Un cho biết nước này sẽ tăng cường năng lực hạt nhân.")
        #expect(found.first?.speaker.affiliation == "Triều Tiên")
        #expect(MatchKey.words("Nguyễn").allSatisfy(SpeakerLexicon.isVietnameseSyllable))
        #expect(!MatchKey.words("Jong").allSatisfy(SpeakerLexicon.isVietnameseSyllable))
    }

    // A company named in the title speaks for no country: no home side from the title.
    @Test func companyInTheTitleGivesNoHomeSide() throws {
        let lexicon = SpeakerRuleProbe.extractor.speakers.lexicon
        #expect(lexicon.compatriotSide(ofHolder: MatchKey.words("Phạm Nhật Vượng"), titleKeys: MatchKey.words("Chủ tịch Tập đoàn Vingroup"),
                                       kind: .office) == nil)
        #expect(lexicon.compatriotSide(ofHolder: MatchKey.words("Phạm Minh Chính"), titleKeys: MatchKey.words("Thủ tướng"), kind: .office) == "Việt Nam")
    }
}
