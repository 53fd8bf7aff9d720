import Testing
@testable import VietQuote

@Suite struct UnnamedSourceRuleTests {
    // Silver 2024-07-19-thu-tuong: a legal document that speaks is a source (ANNOTATION.md),
    // not a person named `NĐ-CP`.
    @Test func legalDocumentIsASource() {
        let found = SpeakerRuleProbe.decisions(
            "Nghị định số 92/2024/NĐ-CP nêu rõ cơ quan đăng ký kinh doanh tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã là Phòng Tài chính - Kế hoạch thuộc UBND huyện.")
        #expect(found.first?.speaker.name == "Nghị định số 92/2024/NĐ-CP")
        #expect(found.first?.speaker.kind == .source)
        #expect(found.first?.rules == [.source])
    }

    // Silver 2024-11-11-lich-nghi-tet-2025: `Bộ` of `Bộ luật` heads no ministry.
    @Test func lawCodeIsASourceNotABody() {
        let found = SpeakerRuleProbe.decisions(
            "Bộ LĐ-TB&XH lý giải, theo khoản 1 Điều 112 Bộ luật Lao động quy định người lao động được nghỉ làm việc, hưởng nguyên lương trong những ngày lễ, tết.")
        let law = found.first { $0.speaker.name.hasPrefix("Bộ luật Lao động") }
        #expect(law?.speaker.kind == .source)
        #expect(!found.contains { $0.speaker.kind == .organization && $0.speaker.name.hasPrefix("Bộ luật") })
    }

    // dev 402, 419; silver 2024-11-06-donald-trump: a count before the source noun stays in
    // its name (numerals.tsv, or digits).
    @Test func countOfAnUnnamedSourceStaysInItsName() {
        let words = SpeakerRuleProbe.decisions("Ba nguồn tin am hiểu vấn đề cho biết hai nhân viên cấp cao đã bị cách chức.")
        #expect(words.first?.speaker.name == "Ba nguồn tin am hiểu vấn đề")
        #expect(words.first?.speaker.kind == .source)
        let digits = SpeakerRuleProbe.decisions("3 chuyên gia dữ liệu chính trị nhận định cuộc bầu cử sẽ rất sít sao.")
        #expect(digits.first?.speaker.name == "3 chuyên gia dữ liệu chính trị")
    }

    // dev 408.
    @Test func unnamedSourceKeepsAllItsWords() {
        let found = SpeakerRuleProbe.decisions(
            "Nguồn thạo tin của tờ USA Today cho biết các nhà chức trách tin rằng video này do Nga đứng sau dựa trên các chi tiết của video.")
        #expect(found.first?.rules == [.source])
        #expect(found.first?.speaker.name == "Nguồn thạo tin của tờ USA Today")
        #expect(found.first?.speaker.kind == .source)
    }

    @Test func theSameSourceWrittenShorterIsTheSameSpeaker() {
        let found = SpeakerRuleProbe.decisions("""
            Một nhà ngoại giao Ả Rập cho biết Iran đang tìm kiếm sự hỗ trợ.

            Nhà ngoại giao Ả Rập cũng cho biết các cuộc tiếp xúc sẽ tiếp tục.
            """)
        #expect(found.map(\.rules) == [[.source], [.sameSource]])
        #expect(found.map(\.speaker.name) == ["Một nhà ngoại giao Ả Rập", "Một nhà ngoại giao Ả Rập"])
    }

    // silver 2024-06-09: `quan chức` (an official) read inside `cơ quan chức năng` (the
    // authorities) starts with the head `cơ quan`.
    @Test func sourceNounInsideABodyHeadStartsWithTheHead() {
        let found = SpeakerRuleProbe.decisions(
            "Để đảm bảo an toàn, cơ quan chức năng khuyến cáo người dân hạn chế ra ngoài nếu không thật sự cần thiết.")
        #expect(found.first?.speaker.name == "cơ quan chức năng")
        #expect(found.first?.speaker.kind == .source)
    }
}
