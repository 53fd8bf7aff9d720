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

    // Review6 S3, silver 2024-04-15-erik-ten-hag, 2024-08-10-suga, 2024-04-22-lich-nghi-le-30-4:
    // a player, an audience or a company of a country do not speak for it: no side.
    @Test(arguments: [
        ("Ngôi sao Brazil cho rằng, anh xứng đáng được đá chính nên đã tỏ thái độ với ông thầy người Hà Lan.",
         "Ngôi sao Brazil"),
        ("Khán giả Hàn Quốc cho rằng vụ việc này cũng làm hoen ố hình ảnh nghĩa vụ quân sự mẫu mực.",
         "Khán giả Hàn Quốc"),
        ("Công ty cổ phần bến xe Hà Nội yêu cầu các bến xe trực thuộc chuẩn bị đầy đủ hạ tầng.",
         "Công ty cổ phần bến xe Hà Nội"),
    ])
    func privateNounsBeforeTheCountryHaveNoSide(sentence: String, name: String) throws {
        let found = try #require(SpeakerRuleProbe.decisions(sentence).first)
        #expect(found.rules.first == .sideQualifiesPrivateNoun)
        #expect(found.speaker.name == name)
        #expect(found.speaker.affiliation == nil)
    }

    // Silver 2024-06-30-trump, 2024-07-25-vov, 2024-11-13-can-ve-chu-tich-nuoc: intelligence,
    // politicians and a court of a country act for it (class `official_group`, a state body's head).
    @Test(arguments: [
        ("Giới tình báo Mỹ đánh giá rằng các lãnh đạo Trung Quốc không ưa thích ứng cử viên nào hơn.", "Giới tình báo Mỹ", "Mỹ"),
        ("Một số chính trị gia Iraq đã yêu cầu Mỹ rút quân hoàn toàn khỏi nước này.", "Một số chính trị gia Iraq", "Iraq"),
        ("Một tòa án Chile đã ra lệnh cho một thành viên trong đội an ninh phải rời khỏi đất nước này.", "Một tòa án Chile", "Chile"),
    ])
    func officialNounsBeforeTheCountryKeepItsSide(sentence: String, name: String, side: String) throws {
        let found = try #require(SpeakerRuleProbe.decisions(sentence).first)
        #expect(found.rules.first == .sideQualifiesNoun)
        #expect(found.speaker.name == name)
        #expect(found.speaker.affiliation == side)
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
