import Testing
@testable import VietQuote

@Suite struct BareHeadBodyTests {
    // Silver 2024-06-01-moca: `Công ty` alone is the company named before with that head.
    @Test func bareHeadIsTheBodyNamedBefore() {
        let found = SpeakerRuleProbe.decisions("""
            Thông báo này vừa được Công ty Công nghệ và Dịch vụ Moca - đơn vị quản lý ứng dụng Ví điện tử Moca - công bố. \
            Công ty cho biết "đã có những đánh giá cẩn trọng" và đưa ra quyết định tái cấu trúc.
            """)
        #expect(found.last?.rules.first == .pronounBodyBefore)
        #expect(found.last?.speaker.name == "Công ty Công nghệ và Dịch vụ Moca")
        #expect(found.last?.speaker.kind == .organization)
    }

    // Silver 2024-05-06-openai: the company before has no head (`Apex`), but it is the subject
    // of the sentence before, and the article's lead calls it `Công ty khởi nghiệp an ninh mạng
    // Apex`: a private body's head stands for it (`BodySubjectBefore`, speakers25; this test
    // asserted the unnamed `Công ty` before).
    @Test func bodyWithoutTheHeadIsTheSubjectBefore() {
        let found = SpeakerRuleProbe.decisions("""
            Apex đã tiến hành chạy thử nghiệm với một số công ty trong nhóm Fortune 500. \
            Công ty cho biết các quỹ mới sẽ hướng tới việc đẩy nhanh phát triển sản phẩm.
            """)
        #expect(found.last?.rules.first == .pronounBodySubjectBefore)
        #expect(found.last?.speaker.name == "Apex")
    }

    // Silver 2024-12-05-btc: the head stands in lower case before the company's own name.
    @Test func headBeforeTheNameInLowerCaseNamesTheBody() {
        let found = SpeakerRuleProbe.decisions("""
            Cổ phiếu của công ty công nghệ Meitu tăng mạnh trong phiên sáng.             Công ty nhấn mạnh việc bán toàn bộ lượng crypto nhằm tăng tính thanh khoản.
            """)
        #expect(found.last?.rules.first == .pronounBodyBefore)
        #expect(found.last?.speaker.name == "Meitu")
        #expect(found.last?.speaker.kind == .organization)
    }

    // Silver 2024-08-26-nghi-le-2-9: `bộ trưởng` + a name is a minister, not the body `Bộ`.
    @Test func titleOpeningWithTheHeadNamesNoBody() {
        let found = SpeakerRuleProbe.decisions("""
            Văn bản do bộ trưởng Đào Ngọc Dung ký ban hành.             Bộ sẽ phối hợp với các cơ quan liên quan nghiên cứu, đánh giá toàn diện các tác động.
            """)
        #expect(found.last?.speaker.name != "Đào Ngọc Dung")
    }

    // Silver 2024-05-08-astrazeneca: an earlier speaker of another head (`Cục Quản lý Dược`)
    // no longer stands for `Hãng` when the article names `hãng AstraZeneca` before it.
    @Test func headBeforeAnEarlierSpeakerOfAnotherHead() {
        let found = SpeakerRuleProbe.decisions("""
            Trước thông tin từ hãng dược AstraZeneca cho biết đang thực hiện quy trình xin rút giấy phép vaccine phòng \
            COVID-19 tại các khu vực, quốc gia còn lại trên toàn thế giới, Cục Quản lý Dược-Bộ Y tế cũng cho biết hiện \
            Việt Nam đã không còn sử dụng loại vaccine này.

            Thông tin hãng AstraZeneca, từ ngày 7/5, loại vaccine này không còn được sử dụng trong Liên minh châu Âu (EU).

            AstraZeneca cho biết việc thu hồi vaccine này là vì lý do thương mại. Hãng nói rằng, hiện đã có nhiều dòng vaccine             khác hữu hiệu hơn.
            """)
        #expect(found.last?.rules.first == .pronounBodyBefore)
        #expect(found.last?.speaker.name == "AstraZeneca")
    }
}
