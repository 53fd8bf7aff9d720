import Testing
@testable import VietQuote

/// `GenderAgreement`, read by `EpithetRule`: a gendered epithet stands for no earlier speaker
/// the article marks with the other gender.
@Suite struct GenderAgreementTests {
    // Silver 2024-07 Nine Naphat (review8 S3, 2169): the article calls him `Nam diễn viên`;
    // `nữ diễn viên` (Baifern, whose own words no quote holds) is not him.
    @Test func femaleEpithetSkipsAManMarkedBefore() throws {
        let found = SpeakerRuleProbe.decisions("""
            Ngày 4/7, diễn viên Nine Naphat tổ chức họp báo xác nhận chia tay mỹ nhân Baifern Pimchanok. Anh cảm ơn khán giả đã yêu thương ủng hộ cặp đôi suốt thời gian qua.

            Nam diễn viên chia sẻ: “Hiện tại, chúng tôi quay lại làm bạn bè.”

            Khi tham gia một sự kiện và được hỏi về "nửa kia", nữ diễn viên từ chối trả lời.
            """)
        let last = try #require(found.last)
        #expect(found.first?.speaker.name == "Nine Naphat")
        // (Review10 S4.) No earlier speaker is a woman: the epithet stays an unnamed source as
        // written (Baifern, whom it means, never spoke before it).
        #expect(last.speaker.mention == "nữ diễn viên")
        #expect(last.speaker.name == "nữ diễn viên")
        #expect(last.speaker.kind == .source)
        #expect(last.rules.first == .mention)
    }

    // An epithet of the speaker's own gender still stands for the nearest person.
    @Test func epithetOfTheSameGenderStandsForTheNearestPerson() throws {
        let found = SpeakerRuleProbe.decisions("""
            Diễn viên Nine Naphat tổ chức họp báo. Anh cảm ơn khán giả đã yêu thương ủng hộ cặp đôi.

            Sau đó nam diễn viên cho biết anh sẽ nghỉ ngơi một thời gian.
            """)
        let last = try #require(found.last)
        #expect(last.speaker.name == "Nine Naphat")
        #expect(last.rules.contains(.epithetNearest) || last.rules.contains(.titleNearest))
    }

    // The marks: an honorific opening the mention, `nam`/`nữ` before a lower-case noun;
    // `Nam Thư` (a name) and a pronoun (`Anh`: no row, see function_words.tsv) mark nothing.
    @Test func marksReadFromTheWrittenMention() {
        let agreement = GenderAgreement(words: SpeakerRuleProbe.extractor.speakers.words)
        #expect(agreement.gender(written: "ông Trump") == .male)
        #expect(agreement.gender(written: "Anh") == nil)
        #expect(agreement.gender(written: "Nam diễn viên") == .male)
        #expect(agreement.gender(written: "bà Zakharova") == .female)
        #expect(agreement.gender(written: "Nam Thư") == nil)
        #expect(agreement.gender(written: "Tổng thống Putin") == nil)
        // Review10 m6: an honorific opening a compound (`bà con`, "people") marks nobody;
        // before a demonstrative it is the pronoun (`bà ấy`).
        #expect(agreement.gender(written: "Bà con") == nil)
        #expect(agreement.gender(written: "bà con tiểu thương") == nil)
        #expect(agreement.gender(written: "bà ấy") == .female)
    }

    /// `firstWords` (performance only) gives the first two words that `split` gives, or leaves
    /// the text to `split` where a space may join a mark beside it into one Character.
    @Test func firstWordsAreTheFirstTwoOfTheSplit() {
        let texts = ArticleIndexKeyTests.edgeKeys.flatMap { key in
            ["ông \(key) Trump", "\(key) diễn viên", "  bà  \(key)", "Nam \(key)x y z", "\(key) \(key) \(key)", "\(key)"]
        } + ["ông Trump", "Nam diễn viên", "bà ấy", "", " ", "Tổng thống Putin", "bà Nguyễn Thị Quỳnh Vân"]
        for text in texts {
            guard let words = GenderAgreement.firstWords(text) else { continue }
            #expect(words == Array(text.split(separator: " ", maxSplits: 2).prefix(2)), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(GenderAgreement.firstWords("bà Nguyễn Thị Quỳnh Vân") == ["bà", "Nguyễn"])
        #expect(GenderAgreement.firstWords("bà \u{301}x") == nil)
    }
}
