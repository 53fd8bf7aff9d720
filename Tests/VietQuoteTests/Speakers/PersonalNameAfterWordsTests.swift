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
}
