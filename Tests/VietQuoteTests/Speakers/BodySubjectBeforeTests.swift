import Testing
@testable import VietQuote

@Suite struct BodySubjectBeforeTests {
    // Silver 2024-12-12-tpbank-loi: `Ngân hàng` was the unnamed source `Ngân hàng`.
    @Test func bankHeadIsTheBrandSubjectBefore() {
        let found = SpeakerRuleProbe.decisions("""
            Trong thông báo trên trang mạng xã hội chính thức, TPBank ghi nhận sự cố gián đoạn giao dịch trên một số kênh \
            do quá trình nâng cấp hệ thống từ rạng sáng ngày 12.12. Ngân hàng cho biết đang nỗ lực tối đa để khắc phục \
            và mong khách hàng thông cảm cho bất tiện xảy ra.
            """)
        #expect(found.last?.rules.first == .pronounBodySubjectBefore)
        #expect(found.last?.speaker.name == "TPBank")
        #expect(found.last?.speaker.kind == .organization)
    }

    // Silver 2024-11-13-phantom-wallet: the company named by its brand as a subject.
    @Test func companyHeadIsTheBrandSubjectBefore() {
        let found = SpeakerRuleProbe.decisions("""
            Phía Phantom đã lập tức phát hành bản cập nhật mới để ngăn sự cố này tiếp diễn. Phantom nhấn mạnh tầm quan trọng \
            của việc sao lưu cụm khóa khôi phục ở nơi an toàn. Công ty cam kết sẽ cố gắng không để tình trạng này tái diễn.
            """)
        #expect(found.last?.speaker.name == "Phantom")
    }

    // Silver 2024-04-19-bitcoin-halving: Bernstein is a possessor, no subject: `Công ty` stays unnamed.
    @Test func possessorIsNoSubject() {
        let found = SpeakerRuleProbe.decisions("""
            Tóm lại, phân tích của Bernstein nhấn mạnh sự ổn định của Bitcoin bất chấp sự biến động của thị trường. \
            Công ty khuyên "các nhà đầu tư nên cân nhắc mua cổ phiếu của RIOT, CLSK ngay bây giờ".
            """)
        #expect(found.last?.rules.first != .pronounBodySubjectBefore)
        #expect(found.last?.speaker.name != "Bernstein")
    }

    // Silver 2024-08-08-volvo (review13 S10): `Hiệp hội` is no company's head: it took the car
    // `Volvo XC90`, the subject before it.
    @Test func associationHeadTakesNoBrand() {
        let found = SpeakerRuleProbe.decisions("""
            Cũng phải nói thêm, Volvo XC90 đã được chấm điểm tuyệt đối 100% về công nghệ hỗ trợ an toàn, 97% trong hạng mục \
            bảo vệ người lớn và đạt số điểm an toàn tổng thể cao nhất trong năm 2015 do Hiệp hội đánh giá xe hơi châu Âu NCAP đánh giá.
            """)
        #expect(found.allSatisfy { !$0.rules.contains(.pronounBodySubjectBefore) && $0.speaker.name != "Volvo XC90" })
    }
}
