import Testing
@testable import VietQuote

/// `TimeClauseEndRule` (a cue in a time clause: its content ends at the clause's first mark)
/// on sentences from the silver articles.
@Suite struct TimeClauseEndRuleTests: QuoteRuleSuite {
    // silver 2024-10-21-bbc (read16 #7): the content ran over the comma into the visitors' count.
    @Test func contentEndsWithTheTimeClause() {
        let body = "Trong vòng 24 giờ sau khi Taylor Swift tuyên bố ủng hộ bà Harris trên Instagram, gần 340.000 người đã truy cập trang web bầu cử vote.gov bằng liên kết tùy chỉnh mà nữ ca sĩ tạo ra."
        let found = quotes(body)
        #expect(found.first?.content == "ủng hộ bà Harris trên Instagram")
        #expect(refinements(body).first?.contains(.timeClauseEnd) == true)
    }

    // silver 2024-05-14-phuong-oanh: `Sau khi` opening the sentence.
    @Test func frontedSauKhi() {
        let found = quotes("Sau khi Phương Oanh thông báo cặp sinh đôi chào đời khỏe mạnh, cô nhận nhiều lời chúc mừng từ bạn diễn trong phim \"Quỳnh búp bê\".")
        #expect(found.first?.content == "cặp sinh đôi chào đời khỏe mạnh")
    }

    // silver 2024-10-21-hoai-linh: `Trong khi` at the sentence's start is fronted too.
    @Test func frontedTrongKhi() {
        let found = quotes("Trong khi Juky San thừa nhận từng yêu Song Luân, nam diễn viên không phản hồi về tin đồn này.")
        #expect(found.first?.content == "từng yêu Song Luân")
    }

    // silver 2024-06-30-dai-hoc-vinuni: `trong khi` inside the sentence is "whereas": its clause
    // runs to the sentence's end, a list with commas included.
    @Test func whereasInsideTheSentenceRunsOn() {
        let body = "Các trường đều đánh giá cao sinh viên VinUni ở niềm đam mê khoa học, tư duy sáng tạo, tầm nhìn rộng mở và khả năng phản biện sắc bén, trong khi các doanh nghiệp nhận định sinh viên VinUni tự tin, năng động, hiểu biết công nghệ số, tư duy logic có nhiều trải nghiệm và khao khát lớn lao."
        let found = quotes(body)
        #expect(found.last?.content == "sinh viên VinUni tự tin, năng động, hiểu biết công nghệ số, tư duy logic có nhiều trải nghiệm và khao khát lớn lao")
        #expect(refinements(body).last?.contains(.timeClauseEnd) == false)
    }

    // silver 2024-09-21-rap-viet-mua-4: `Trong khi đó` ("meanwhile") opens no time clause; the
    // content runs over the comma of its own inner `khi` clause.
    @Test func meanwhileIsNoTimeClause() {
        let found = quotes("Trong khi đó Karik tiết lộ mình đã biết đến 7dnight qua 1 bản rap được BigDaddy chia sẻ và hơn thế nữa khi biết B Ray cực kỳ yêu thích nam thí sinh, anh đã không lựa chọn để nhường cho đàn em của mình.")
        #expect(found.contains { $0.content.hasSuffix("anh đã không lựa chọn để nhường cho đàn em của mình") })
    }

    // dev 419: a time clause after its main clause runs to the sentence's end, commas included.
    @Test func timeClauseAfterItsMainClauseRunsOn() {
        let found = quotes("Những bình luận trên được đưa ra vài giờ sau khi các quan chức giấu tên của Iran nói với hãng tin Reuters rằng Tehran có thể hoãn các cuộc tấn công trả đũa để tạo điều kiện cho các cuộc đàm phán, ngay cả khi Hamas không tham dự các cuộc đàm phán.")
        #expect(found.first?.content == "Tehran có thể hoãn các cuộc tấn công trả đũa để tạo điều kiện cho các cuộc đàm phán, ngay cả khi Hamas không tham dự các cuộc đàm phán")
    }
}
