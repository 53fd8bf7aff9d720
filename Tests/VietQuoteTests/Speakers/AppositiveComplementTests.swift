import Testing
@testable import VietQuote

/// A title in an apposition runs over its complement to the closing comma
/// (Speakers/Titles/AppositiveComplement.swift).
@Suite struct AppositiveComplementTests {
    /// A sentence and the title its speaker must get.
    static let titled: [(sentence: String, title: String)] = [
        // Dev 425: a head with a lower-case body and `của` + place.
        ("Ông Tamaz Gambarashvili, người đứng đầu cơ quan quản lý quân sự của Vovchansk, nói với hãng tin Reuters rằng thị trấn vẫn do Ukraine kiểm soát.",
         "người đứng đầu cơ quan quản lý quân sự của Vovchansk"),
        // Dev 414: a body title with its topic (`về` + country).
        ("Bà Jeanine Hennis-Plasschaert, điều phối viên đặc biệt của Liên Hợp Quốc về Lebanon, kêu gọi các bên kiềm chế.",
         "điều phối viên đặc biệt của Liên Hợp Quốc về Lebanon"),
        // Dev 302: a place after the body the chain read is where the body stands.
        ("Ông Hong Min, nhà nghiên cứu tại Viện Thống nhất Quốc gia Hàn Quốc ở Seoul, cho biết Bình Nhưỡng muốn gây sức ép.",
         "nhà nghiên cứu tại Viện Thống nhất Quốc gia Hàn Quốc"),
        // A title closed by its own comma is not run on.
        ("Ông Sergei Lavrov, Ngoại trưởng Nga, cho biết Moscow sẵn sàng đàm phán.", "Ngoại trưởng Nga"),
    ]

    @Test(arguments: titled) func titleRunsToTheComma(_ example: (sentence: String, title: String)) {
        #expect(SpeakerRuleProbe.decisions(example.sentence).first?.speaker.title == example.title)
    }

    // Dev 421: the side right before the comma is the title's side.
    @Test func sideBeforeTheCommaIsTheTitles() {
        let found = SpeakerRuleProbe.decisions(
            "Nghị sĩ David Arakhamia, lãnh đạo đảng Đầy tớ của nhân dân cầm quyền trong quốc hội Ukraine, cho biết nhiều bộ trưởng sẽ bị thay thế.")
        #expect(found.first?.speaker.title == "lãnh đạo đảng Đầy tớ của nhân dân cầm quyền trong quốc hội Ukraine")
        #expect(found.first?.speaker.affiliation == "Ukraine")
    }

    /// A sentence whose one quote's speaker keeps the title before words that are no
    /// complement of it, and that title.
    static let leftOut: [(sentence: String, title: String)] = [
        // A verb of saying before the next comma: the clause is the sentence's, not the title's.
        ("Ông Yasunari Ueno, chuyên gia kinh tế cho biết, ngân hàng trung ương sẽ tăng lãi suất.", "chuyên gia kinh tế"),
        // Silver 5833: after a whole organisation (`Bộ Công an`) the word before the comma is
        // the sentence's verb (`dự, chỉ đạo`), not part of the title.
        ("Sáng 7/1, Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an dự, chỉ đạo tại hội nghị tổng kết công tác tổ chức cán bộ lực lượng Công an nhân dân (CAND) năm 2024. Đại tướng Lương Tam Quang cho biết lực lượng sẽ tiếp tục tinh gọn bộ máy.",
         "Bộ trưởng Bộ Công an"),
        // Silver 2012: a complement with a quantifier (`các phòng nghiệp vụ`) names a group of
        // participants, not the post of the person before it.
        ("Tại buổi làm việc, dưới sự chủ trì của Thứ trưởng Trần Quốc Tỏ, đại diện các phòng nghiệp vụ, công an huyện, thành phố và công an xã đã báo cáo nhiều nội dung. Thứ trưởng Trần Quốc Tỏ cho biết công an các địa phương cần tiếp tục bảo đảm an ninh trật tự.",
         "Thứ trưởng"),
    ]

    @Test(arguments: leftOut) func wordsAfterTheTitleAreLeftOut(_ example: (sentence: String, title: String)) {
        let found = SpeakerRuleProbe.decisions(example.sentence)
        #expect(found.count == 1)
        #expect(found.first?.speaker.title == example.title)
    }

    // A person's name after the title ends the complement (`Chủ tịch Nghị viện châu Âu Roberta
    // Metsola,`); here it names the speaker again, so the title is hers (`SeveralNamesRule`:
    // one person and its apposition, not `Roberta Metsola, Roberta Metsola`).
    @Test func nameAfterTheTitleIsLeftOut() {
        let found = SpeakerRuleProbe.decisions(
            "Ông Charles Michel, Chủ tịch Hội đồng châu Âu, và bà Roberta Metsola, Chủ tịch Nghị viện châu Âu Roberta Metsola, cho biết bạo lực không thể biện minh.")
        #expect(found.count == 1)
        #expect(found.first?.speaker.name == "Roberta Metsola")
        #expect(found.first?.speaker.title == "Chủ tịch Nghị viện châu Âu")
    }

    // Silver 3727: a comma inside an open bracket does not close the title; no title ends
    // inside the bracket.
    @Test func commaInsideABracketDoesNotCloseTheTitle() {
        let found = SpeakerRuleProbe.decisions(
            "Trao đổi với Tuổi Trẻ Online sáng 10-9, ông Phan Quốc Khánh, Chủ tịch phường Dữu Lâu (thành phố Việt Trì, tỉnh Phú Thọ) cho biết sáng nay, trên sông Lô có tàu, xà lan trôi tự do từ thượng lưu về mắc kẹt tại cầu Vĩnh Phú.")
        #expect(!found.isEmpty)
        #expect(!found.contains { $0.speaker.title?.contains("(") == true })
    }

    // Dev 106: a complement of 14 tokens, bounded by its comma, not by a count; the later
    // mention of the person takes it.
    @Test func longComplementRunsToItsComma() {
        let found = SpeakerRuleProbe.decisions(
            "Quay lại bài viết nói trên của SCMP, ông Matteo Piasentini, nhà phân tích an ninh từ ban Trung Quốc và Ấn Độ Dương-Thái Bình Dương tại Geopolitica, một tổ chức nghiên cứu của Ý, có mặt tại hội thảo. Ông Piasentini cho rằng Manila đang đối mặt với nhiều thách thức.")
        #expect(found.last?.speaker.name == "Matteo Piasentini")
        #expect(found.last?.speaker.title == "nhà phân tích an ninh từ ban Trung Quốc và Ấn Độ Dương-Thái Bình Dương tại Geopolitica")
    }

    // Silver 3727: a cue right after the bracket closes ends the apposition before the
    // bracket (its comma left out); the next mention of the person takes that title.
    @Test func clauseAfterABracketEndsTheTitleBeforeIt() {
        let found = SpeakerRuleProbe.decisions(
            "Trao đổi với Tuổi Trẻ Online sáng 10-9, ông Phan Quốc Khánh, Chủ tịch phường Dữu Lâu (thành phố Việt Trì, tỉnh Phú Thọ) cho biết sáng nay, trên sông Lô có tàu, xà lan trôi tự do từ thượng lưu về mắc kẹt tại cầu Vĩnh Phú. Ông Khánh cho biết lực lượng chức năng đã có mặt tại hiện trường.")
        #expect(found.last?.speaker.name == "Phan Quốc Khánh")
        #expect(found.last?.speaker.title == "Chủ tịch phường Dữu Lâu")
    }

    // Silver 1849: a country right after `ở` is where the person was, not her side; a former
    // personal assistant (`trợ lý`, a post of any body: StateOfficeSide) takes none from the
    // article's context either.
    @Test func countryAfterAPlacePrepositionIsNoSide() {
        let found = SpeakerRuleProbe.decisions(
            "Cuốn sách mới của nhà báo Tom Bower gây chú ý tại Anh. Rebecca Loos, cựu trợ lý cá nhân cho David ở Tây Ban Nha, từng tuyên bố hẹn hò với cựu đội trưởng tuyển bóng đá Anh vào năm 2023, khẳng định với Bower đã bắt gặp ngôi sao bóng đá sinh năm 1975 trên giường với một người mẫu.")
        #expect(!found.isEmpty)
        #expect(found.first?.speaker.title == "cựu trợ lý cá nhân cho David ở Tây Ban Nha")
        #expect(found.first?.speaker.affiliation == nil)
        #expect(found.first?.speaker.affiliation != "Tây Ban Nha")
    }

    // Silver 3645: an organisation of `organizations.tsv` at the end of the complement gives
    // the title its side (`Ủy ban châu Âu` → EU).
    @Test func organisationAfterTheHeadGivesItsSide() {
        let found = SpeakerRuleProbe.decisions(
            "Theo ông Mauro Facchini, người đứng đầu bộ phận Copernicus tại Ủy ban châu Âu, Sentinel-2C sẽ được sử dụng để nghiên cứu tình trạng phá rừng.")
        #expect(found.count == 1)
        #expect(found.first?.speaker.title == "người đứng đầu bộ phận Copernicus tại Ủy ban châu Âu")
        #expect(found.first?.speaker.affiliation == "EU")
    }
}
