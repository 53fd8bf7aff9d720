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
        let lexicon = SpeakerRuleProbe.extractor.speakers.lexicon
        #expect(MatchKey.words("Nguyễn").allSatisfy(lexicon.isVietnameseSyllable))
        #expect(!MatchKey.words("Jong").allSatisfy(lexicon.isVietnameseSyllable))
    }

    // A company named in the title speaks for no country: no home side from the title.
    @Test func companyInTheTitleGivesNoHomeSide() throws {
        let lexicon = SpeakerRuleProbe.extractor.speakers.lexicon
        #expect(lexicon.compatriotSide(ofHolder: MatchKey.words("Phạm Nhật Vượng"), titleKeys: MatchKey.words("Chủ tịch Tập đoàn Vingroup"),
                                       kind: .office) == nil)
        #expect(lexicon.compatriotSide(ofHolder: MatchKey.words("Phạm Minh Chính"), titleKeys: MatchKey.words("Thủ tướng"), kind: .office) == "Việt Nam")
    }

    // silver (typhoon stories that name Trung Quốc or Hồng Kông first): a state organ read by
    // its head gives a Vietnamese holder the home side, not the article's first country.
    @Test func vietnameseHolderOfAStateOrganSpeaksForTheHomeSide() {
        let found = SpeakerRuleProbe.decisions("""
            Bão Trà Mi đổ bộ vào Trung Quốc và Philippines.

            Ông Mai Văn Khiêm, Giám đốc Trung tâm Dự báo khí tượng thủy văn quốc gia, cho biết bão sẽ suy yếu.
            """)
        #expect(found.last?.speaker.name == "Mai Văn Khiêm")
        #expect(found.last?.speaker.affiliation == "Việt Nam")
        let lexicon = SpeakerRuleProbe.extractor.speakers.lexicon
        #expect(lexicon.compatriotSide(ofHolder: MatchKey.words("Nguyễn Văn Hưởng"), titleKeys: MatchKey.words("Giám đốc Công an tỉnh Sơn La"),
                                       kind: .office) == "Việt Nam")
        // The first body decides: a hospital of a province speaks for no country.
        #expect(lexicon.compatriotSide(ofHolder: MatchKey.words("Nguyễn Văn Đưởng"),
                                       titleKeys: MatchKey.words("Phó giám đốc Bệnh viện Đa khoa tỉnh Bắc Ninh"), kind: .office) == nil)
    }

    // syllable_shape.tsv: a vowel of two letters or a letter outside a–z fails with its line.
    @Test func badSyllableShapeRowFailsWithItsLine() {
        for bad in ["vowel\ta ee", "onset\tng đ"] {
            let files = LexiconFiles(origin: "test", texts: [SyllableShape.fileName: "# header\npart\tletters\n\(bad)\n"])
            #expect(throws: LexiconError.self) { try SyllableShape(files: files) }
            do { _ = try SyllableShape(files: files) } catch { #expect(error.line == 3) }
        }
    }
}
