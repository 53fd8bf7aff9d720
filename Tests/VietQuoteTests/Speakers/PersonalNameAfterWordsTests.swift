import Testing
@testable import VietQuote

/// `PersonalNameAfterWords`: a Vietnamese personal name of three syllables glued after other
/// capitalised words starts a name of its own.
@Suite struct PersonalNameAfterWordsTests {
    // Silver 2024-08-28-thuong-toa-thich-chan-quang (was `Vũng Tàu Nguyễn Duy Bắc`).
    @Test func personalNameAfterAPlaceStartsItsOwnName() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Ngày 28/8, trao đổi với PV Dân Việt, Giám đốc Ban Quản lý rừng phòng hộ tỉnh Bà Rịa - Vũng Tàu Nguyễn Duy Bắc cho biết, đơn vị đã phối hợp với chính quyền địa phương lập biên bản.").first)
        #expect(found.speaker.name == "Nguyễn Duy Bắc")
        #expect(found.rules.contains(.personalNameAfterWords))
    }

    // Silver 2024-07-14-tu-long: a family name with one syllable after it is a stage name's
    // part (`Soobin Hoàng Sơn`), no name of its own.
    @Test func twoSyllablesAfterAWordStayInTheName() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Sau khi thuyết phục được Tự Long, Soobin Hoàng Sơn nói: \"Bản thân tôi được truyền nhiều cảm hứng.\"").first)
        #expect(found.speaker.name == "Soobin Hoàng Sơn")
        #expect(!found.rules.contains(.personalNameAfterWords))
    }

    // A run that opens with a family name is one person with two family names.
    @Test func twoFamilyNamesStayOneName() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Bà Trần Nguyễn Minh Anh cho biết công ty sẽ mở thêm hai cửa hàng trong năm nay.").first)
        #expect(found.speaker.name == "Trần Nguyễn Minh Anh")
        #expect(!found.rules.contains(.personalNameAfterWords))
    }

    // Review10 S1, silver 5773: a medium the lexicons read whole (`An Ninh Thủ Đô`,
    // organizations.tsv) is not cut at its family-name-shaped word (was `Ninh Thủ Đô`).
    @Test func aLexiconNameIsNotCut() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Báo An Ninh Thủ Đô cho biết: \"Lực lượng chức năng đã có mặt tại hiện trường từ sáng sớm.\"").first)
        #expect(found.speaker.name == "An Ninh Thủ Đô")
        #expect(!found.rules.contains(.personalNameAfterWords))
    }

    // Review10 S1, silver 3122: a baptismal name (Vietnamese syllables written as one word, with a
    // Vietnamese mark) before the Vietnamese name is the person's own (was `Đức Tổng Giám`).
    @Test func aBaptismalNameStaysWithTheName() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Đức Tổng Giám mục Phaolô Nguyễn Văn Bình lúc ấy đã đề nghị: \"Chúng ta hãy cầu nguyện cho hòa bình.\"").first)
        #expect(found.speaker.name == "Phaolô Nguyễn Văn Bình")
        #expect(!found.rules.contains(.personalNameAfterWords))
    }

    // Silver 2024-08-24-mc: an English word that splits into syllables but has no Vietnamese mark
    // (`Piano`) is no baptismal name: the name starts after it.
    @Test func anEnglishWordBeforeTheNameIsCut() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Nghệ sĩ Piano Nguyễn Lệ Thuyên Hà cho biết buổi hòa nhạc sẽ diễn ra vào tối thứ bảy.").first)
        #expect(found.speaker.name == "Nguyễn Lệ Thuyên Hà")
        #expect(found.rules.contains(.personalNameAfterWords))
    }
}
