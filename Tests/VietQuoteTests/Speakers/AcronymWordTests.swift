import Testing
@testable import VietQuote

/// An acronym ends a body's capitalised word: no lower-case syllable of its own follows it
/// (Titles/BodyNames.swift `complementEnd`); and the court's trial panel speaks for Việt Nam.
@Suite struct AcronymWordTests {
    // Dev 429, silver 2024-05-22: `xử` is the verb, not a syllable of `TP.HCM`.
    @Test func verbAfterAnAcronymIsNoPartOfTheBody() {
        let found = SpeakerRuleProbe.decisions("TAND TP.HCM xử sơ thẩm và cho biết bị cáo phải bồi hoàn toàn bộ số tiền.")
        #expect(found.first?.speaker.name == "TAND TP.HCM")
    }

    // Dev 407, silver 2024-10-03: a whole two-syllable word or a place head after the acronym stays.
    @Test func wholeWordOrPlaceHeadAfterAnAcronymStays() {
        let company = SpeakerRuleProbe.decisions(
            "Tổng Giám đốc Công ty GSM toàn cầu Nguyễn Văn Thanh cho biết hãng sẽ mở rộng sang Lào.")
        #expect(company.first?.speaker.title == "Tổng Giám đốc Công ty GSM toàn cầu")
        let office = SpeakerRuleProbe.decisions(
            "Văn phòng UBND tỉnh cho biết, sẽ có 11 điểm tổ chức bắn pháo hoa đêm giao thừa Tết Nguyên đán.")
        #expect(office.first?.speaker.name == "Văn phòng UBND tỉnh")
    }

    // Dev 429, silver: `HĐXX` (organizations.tsv, home side) is a state organ.
    @Test func trialPanelSpeaksForItsCountry() {
        let found = SpeakerRuleProbe.decisions("HĐXX tuyên buộc bị cáo bồi hoàn cho ngân hàng hơn 673.800 tỉ đồng.")
        #expect(found.first?.speaker.name == "HĐXX")
        #expect(found.first?.speaker.affiliation == "Việt Nam")
    }
}
