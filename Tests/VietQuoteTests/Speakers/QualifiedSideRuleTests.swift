import Testing
@testable import VietQuote

@Suite struct QualifiedSideRuleTests {
    // dev 302: lawmakers of a country are an unnamed source of that side, not the country.
    @Test func nounsBeforeTheCountryAreTheSpeaker() {
        let found = SpeakerRuleProbe.decisions(
            "Các nhà lập pháp Hàn Quốc cho biết Triều Tiên đã gửi quân tới Nga.")
        #expect(found.first?.rules.first == .sideQualifiesNoun)
        #expect(found.first?.speaker.name == "Các nhà lập pháp Hàn Quốc")
        #expect(found.first?.speaker.kind == .source)
        #expect(found.first?.speaker.affiliation == "Hàn Quốc")
    }

    // silver 2024-09-26-concert-anh-trai-say-hi: `Anh` of a TV show's name is no United Kingdom.
    @Test func countryWordAfterACommonNounIsNoCountrySpeaker() {
        let found = SpeakerRuleProbe.decisions(
            "Chương trình Anh trai vượt ngàn chông gai vừa thông báo tổ chức đêm concert vào ngày 19-10.")
        #expect(found.first?.rules.first == .sideQualifiesNoun)
        #expect(found.first?.speaker.kind == .source)
        #expect(found.first?.speaker.name != "Anh")
    }

    // The side alone, after `phía`, or after a noun that names a bloc's, group's or
    // territory's own kind is still the side.
    @Test func sideAloneOrOfItsOwnKindIsTheSide() {
        for (sentence, side) in [("Phía Nga cho biết sẽ đáp trả các lệnh trừng phạt mới.", "Nga"),
                                 ("Lực lượng Hezbollah cho biết đã phóng tên lửa vào miền bắc Israel.", "Hezbollah"),
                                 ("Vùng lãnh thổ Kosovo tuyên bố sẽ không rút cảnh sát khỏi miền bắc.", "Kosovo")] {
            let found = SpeakerRuleProbe.decisions(sentence)
            #expect(found.first?.rules.first == .side, "\(sentence)")
            #expect(found.first?.speaker.name == side, "\(sentence)")
        }
    }

    // A function word between the nouns and the country: the nouns do not describe the speaker.
    @Test func functionWordBeforeTheCountryKeepsTheSide() {
        let found = SpeakerRuleProbe.decisions("Theo thống kê của Israel, hơn 200 tên lửa đã được phóng.")
        #expect(found.first?.rules.first != .sideQualifiesNoun)
    }

    // silver 2024-11-09-fmovies: a body head opening the nouns makes a body of that country.
    @Test func bodyHeadBeforeTheCountryIsABody() {
        let found = SpeakerRuleProbe.decisions("Công an Hà Nội cho biết đã bắt giữ các đối tượng điều hành trang web.")
        #expect(found.first?.rules.first == .sideQualifiesNoun)
        #expect(found.first?.speaker.kind == .organization)
        #expect(found.first?.speaker.affiliation == "Việt Nam")
    }
}
