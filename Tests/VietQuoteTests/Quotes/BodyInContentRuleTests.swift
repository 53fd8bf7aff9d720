import Testing
@testable import VietQuote

/// `BodyInContentRule` (a body written with no name as a subject inside a named speaker's
/// content is part of that content) on silver and dev sentences.
@Suite struct BodyInContentRuleTests: QuoteRuleSuite {
    // Silver 2024-05-08-mot-thoang-ta-ruc-ro-nhan-gian: the procedure is Nguyễn Nguyên's words.
    @Test func bodyInsideANamedSpeakersContentIsNoSpeaker() {
        let body = "Ông Nguyễn Nguyên cũng cho biết, về nguyên tắc quản lý, khi có dư luận về bất kỳ cuốn sách nào đó, cơ quan quản lý sẽ thông tin cho nhà xuất bản và yêu cầu nhà xuất bản cung cấp đầy đủ thông tin cho cơ quan quản lý."
        #expect(rule(deciding: "thông tin", in: body) == .bodyInContent)
        #expect(quotes(body).first?.content.hasSuffix("cơ quan quản lý sẽ thông tin cho nhà xuất bản") == true)
    }

    // Silver 2025-02-04-thoi-tiet-da-nang: `bà Tâm cho hay` runs on over `đơn vị quản lý dự án cam kết`.
    @Test func bodyAddressedInsideTheContentDoesNotCutIt() {
        let body = "Để đạt được các mốc tiến độ giải ngân vốn đầu tư công theo kế hoạch, bà Tâm cho hay, sở đã tham mưu UBND thành phố yêu cầu các chủ đầu tư, đơn vị quản lý dự án cam kết về tiến độ giải ngân, tăng cường đôn đốc, kiểm tra và xử lý nghiêm các trường hợp chậm trễ."
        #expect(rule(deciding: "cam kết", in: body) == .bodyInContent)
        #expect(quotes(body).map(\.cue) == ["cho hay"])
        #expect(quotes(body).first?.content.hasSuffix("xử lý nghiêm các trường hợp chậm trễ") == true)
    }

    // Silver 2024-12-10-juventus-dau-voi-man-city: the earlier subject names no one; the board speaks.
    @Test func bodyAfterAnUnnamedSubjectSpeaks() {
        let body = "Trong lúc các CĐV Man City đòi bỏ về, ban tổ chức sân nói qua thiết bị thu phát thanh rằng họ phải ở lại xem hết trận."
        #expect(rule(deciding: "nói", in: body) != .bodyInContent)
        #expect(quotes(body).contains { $0.cue == "nói" })
    }

    // Dev 444: a body opening its own sentence speaks.
    @Test func bodyOpeningItsSentenceSpeaks() {
        let body = "Để khai thác bất đồng nội bộ này, cơ quan điều tra thông báo sẽ nương tay với các nhân viên PSS đồng ý phối hợp khi giới chức thực thi lệnh bắt, đồng thời đe dọa sẽ bắt những người có hành vi cản trở."
        #expect(rule(deciding: "thông báo", in: body) != .bodyInContent)
        #expect(quotes(body).first?.speaker.mention == "cơ quan điều tra")
    }

    // Silver 2025-01-04-tong-thong-han-quoc-yoon-suk-yeol: `cơ quan này` is an anaphor of a body
    // named before, no unnamed body: CIO's appeal ends before it.
    @Test func anaphorOfABodyIsLeft() {
        let body = "Mặc dù CIO đã yêu cầu PSS hợp tác, nhưng cơ quan này còn trích dẫn Đạo luật An ninh của Tổng thống để từ chối cho phép khám xét nơi ở."
        #expect(rule(deciding: "trích dẫn", in: body) != .bodyInContent)
    }
}
