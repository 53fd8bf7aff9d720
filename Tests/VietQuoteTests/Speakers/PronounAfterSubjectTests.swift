import Testing
@testable import VietQuote

@Suite struct PronounAfterSubjectTests {
    // Silver 2024-07-13-euro: the article writes `Thủ tướng Anh`, yet `Anh` opening the sentence
    // after `Alcaraz đã để lại phát biểu …` is Alcaraz, not the United Kingdom.
    private static let euro = """
        Thủ tướng Anh Keir Starmer xuất hiện trên khán đài sân Olympiastadion - Ảnh: GETTY

        Trận chung kết Wimbledon vừa kết thúc chứng kiến tay vợt người Tây Ban Nha Carlos Alcaraz giành chức vô địch. Anh giành chiến thắng dễ dàng trước Novak Djokovic chỉ sau 3 ván (6-2, 6-2, 7-6).

        Trước đó, khi giành chiến thắng ở bán kết, Alcaraz đã để lại phát biểu hài hước liên quan đến Euro 2024. Anh nói rằng: "Đó sẽ là một ngày đặc biệt với Tây Ban Nha, khi tôi đánh chung kết Wimbledon còn đội tuyển bóng đá thi đấu chung kết Euro 2024".
        """

    @Test func pronounAfterAPersonSubjectIsThatPerson() {
        let found = SpeakerRuleProbe.decisions(Self.euro)
        let anh = found.first { $0.speaker.mention == "Anh" }
        #expect(anh?.rules.first == .pronounAfterSubject)
        #expect(anh?.speaker.kind == .person)
        #expect(anh?.speaker.name.hasSuffix("Alcaraz") == true)
    }
}
