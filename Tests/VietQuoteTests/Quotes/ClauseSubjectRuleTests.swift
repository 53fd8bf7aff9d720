import Testing
@testable import VietQuote

/// `ClauseSubjectRule` (`S aux V O, cue content`: the cue goes on the subject of the clause
/// before the comma) on sentences from the dev articles (439, 443) or written like them.
@Suite struct ClauseSubjectRuleTests: QuoteRuleSuite {
    @Test func cueAfterACommaTakesTheClausesSubject() {
        let body = "Quân đội Israel chưa bình luận thông tin này, nói rằng sẽ đưa ra tuyên bố về hoạt động ở Rafah vào thời điểm khác."
        #expect(subject(of: "nói", in: body) == .clauseSubject)
        let found = quotes(body)
        #expect(found.map(\.content) == ["sẽ đưa ra tuyên bố về hoạt động ở Rafah vào thời điểm khác"])
        #expect(found.first?.speaker.mention == "Quân đội Israel")
        let later = quotes("Trước đó vào ngày 10-9, Đại sứ Marc Knapper cũng gửi lời chia buồn, cho biết Đại sứ quán Mỹ đang theo dõi sát sao tình hình.")
        #expect(later.first?.speaker.mention == "Đại sứ Marc Knapper")
    }

    @Test func clauseWithoutATenseWordGivesNoSubject() {
        #expect(quotes("Sau cuộc họp kéo dài hai ngày, cho biết giá xăng sẽ giảm.").isEmpty)
    }

    // dev 430, 102: `, đồng thời` between the comma and the cue joins a second predicate of the clause's subject.
    @Test func coordinatorAfterTheComma() {
        let found = quotes("Nhà lãnh đạo Triều Tiên Kim Jong-un hôm 24.8 đã thị sát cuộc thử nghiệm nhiều loại máy bay không người lái, đồng thời kêu gọi phát triển và sản xuất thêm UAV tự sát.")
        #expect(found.map(\.content) == ["phát triển và sản xuất thêm UAV tự sát"])
        #expect(found.first?.speaker.mention == "Nhà lãnh đạo Triều Tiên Kim Jong-un")
    }

    // dev 426 (a government report's list of predicates): a semicolon joins them like a comma,
    // and with no tense word a title that opens the clause is its subject (silver: `Chủ tịch
    // nước Lương Cường …, khẳng định …`); a clause that opens with no title names no one.
    @Test func titledSubjectWithoutATenseWordAndASemicolon() {
        // After `;` the walk goes back past the clauses whose subject names no one (`Ấn Độ
        // không ngừng được củng cố`, `Đối tác … Việt Nam`) to the titled one.
        let found = quotes("Thủ tướng vui mừng trước quan hệ hữu nghị truyền thống, Đối tác Chiến lược Toàn diện Việt Nam - Ấn Độ không ngừng được củng cố và phát triển trên các lĩnh vực; cho biết, thời gian qua, Thủ tướng và Thủ tướng Ấn Độ Narendra Modi đã có một số cuộc gặp song phương.")
        #expect(found.map(\.content) == ["thời gian qua, Thủ tướng và Thủ tướng Ấn Độ Narendra Modi đã có một số cuộc gặp song phương"])
        #expect(found.first?.speaker.mention == "Thủ tướng")
        // silver: a tense word (`cũng`) and a clause after a comma between.
        let walked = quotes("Ông Nguyễn Văn Dũng cũng chỉ đạo Cục Thuế theo dõi các Chi cục Thuế quận, huyện, khu vực; đồng thời yêu cầu doanh nghiệp áp dụng giải pháp kết nối tự động.")
        #expect(walked.first?.speaker.mention == "Ông Nguyễn Văn Dũng")
        #expect(subject(of: "cho biết", in: "Thủ tướng vui mừng trước quan hệ hữu nghị truyền thống giữa hai nước; cho biết, hai bên đã gặp nhau.") == .clauseSubject)
        let comma = quotes("Chủ tịch nước Lương Cường chúc mừng các đồng chí, khẳng định đây là sự ghi nhận của Đảng.")
        #expect(comma.first?.speaker.mention == "Chủ tịch nước Lương Cường")
        #expect(quotes("Một số người dân vui mừng trước tin này, cho biết giá xăng sẽ giảm.").isEmpty)
    }
}
