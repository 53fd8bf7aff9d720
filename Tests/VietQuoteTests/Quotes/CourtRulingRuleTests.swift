import Testing
@testable import VietQuote

/// `CourtRulingRule` (a ruling cue is a cue only after a court in its sentence) on sentences
/// from the dev articles (429, 411) and the silver corpus.
@Suite struct CourtRulingRuleTests: QuoteRuleSuite {
    // dev 429: `HĐXX tuyên` + what it decides is a quote of the panel, cue `tuyên`.
    @Test func courtsRulingIsAQuote() throws {
        let body = "Để đảm bảo nghĩa vụ thi hành án của bị cáo Trương Mỹ Lan, HĐXX tuyên giao cho SCB tiếp tục quản lý 1.122 mã tài sản đang được thế chấp."
        let found = try #require(quotes(body).first)
        #expect(quotes(body).count == 1)
        #expect(found.cue == "tuyên")
        #expect(found.content == "giao cho SCB tiếp tục quản lý 1.122 mã tài sản đang được thế chấp")
        #expect(found.speaker.mention == "HĐXX")
        #expect(refinements(body) == [[.courtRuling]])
    }

    // dev 411: `buộc` after an international court, its addressee in the content (read like `yêu cầu`).
    @Test func orderOfAnInternationalCourt() throws {
        let found = try #require(quotes("Trong phán quyết, ICJ buộc Israel phải mở cửa khẩu Rafah cho viện trợ nhân đạo.").first)
        #expect(found.cue == "buộc")
        #expect(found.content == "Israel phải mở cửa khẩu Rafah cho viện trợ nhân đạo")
    }

    // Without a court before it a ruling word is a plan or a tie, no saying; a court word that
    // names a building (`tòa nhà`) is no court; `tuyên thệ` is an oath.
    @Test func rulingWordWithoutACourtIsNoCue() {
        #expect(quotes("Chính phủ Nga quyết định rút quân khỏi khu vực này trong tháng tới.").isEmpty)
        #expect(quotes("Ban quản lý tòa nhà quyết định tăng phí gửi xe từ tháng sau.").isEmpty)
        #expect(quotes("Hai bên ràng buộc nhau bằng một hợp đồng dài hạn.").isEmpty)
        #expect(quotes("Chánh án TAND Tối cao Nguyễn Hòa Bình và Trưởng ban Tuyên giáo Trung ương Nguyễn Trọng Nghĩa dự hội nghị.").isEmpty)
        #expect(quotes("Tân Chánh án TAND Tối cao Lê Minh Trí tuyên thệ trước Quốc hội.").isEmpty)
    }

    // dev 429: the court's name holds an abbreviation's full stop (`TP.HCM`); the sentence is
    // the splitter's, so the court is still before the cue.
    @Test func courtNameWithAnAbbreviation() throws {
        let found = try #require(quotes("TAND TP.HCM xử sơ thẩm đã tuyên án tử hình bị cáo Trương Mỹ Lan về tội tham ô tài sản.").first)
        #expect(found.cue == "tuyên án")
        #expect(found.content.hasPrefix("tử hình bị cáo Trương Mỹ Lan"))
        // dev 429: a court in a relative clause names the verdict before it; nothing is decided.
        #expect(quotes("Ông Lợi cho biết bản án mà TAND TP.HCM tuyên chưa có hiệu lực pháp luật.").allSatisfy { $0.cue != "tuyên" })
    }

    // silver (review 3 m17): a ruling asked of a court is the appeal's content, not the court's ruling.
    @Test func rulingAskedOfACourtIsNoRuling() {
        #expect(quotes("Tại phiên tòa, đại diện Viện KSND đề nghị TAND Cấp cao tại Hà Nội giữ nguyên án sơ thẩm, tuyên phạt bị cáo 10 năm tù.").allSatisfy { $0.cue != "tuyên phạt" })
        #expect(quotes("Công ty ACBA khởi kiện yêu cầu tòa án hủy hợp đồng thuê đất, buộc Công ty Ngôi sao Sài Gòn giao trả đất.").allSatisfy { $0.cue != "buộc" })
    }

    // review3 m5: `tòa` is a court before a capital, a mark, an auxiliary or right before the
    // cue (silver: `tòa đã tuyên`, `Chủ tọa phiên tòa - thẩm phán … quyết định …`); before a
    // lower-case noun it is the classifier of buildings, with no list of buildings.
    @Test func courtWordOnlyWhereItNamesACourt() throws {
        #expect(quotes("Cư dân tòa chung cư quyết định khởi kiện chủ đầu tư ra tòa.").isEmpty)
        #expect(quotes("Người dân tòa cao ốc buộc chủ đầu tư phải sửa thang máy.").isEmpty)
        let auxiliary = try #require(quotes("Sau khi nghị án, Tòa đã tuyên phạt bị cáo 5 năm tù giam về tội lừa đảo.").first)
        #expect(auxiliary.cue == "tuyên phạt")
        #expect(auxiliary.content == "bị cáo 5 năm tù giam về tội lừa đảo")
        let dashed = try #require(quotes("Chủ tọa phiên tòa - thẩm phán Bùi Xuân Thường quyết định phiên tòa vẫn tiếp tục.").first)
        #expect(dashed.cue == "quyết định")
        #expect(dashed.content == "phiên tòa vẫn tiếp tục")
    }
}
