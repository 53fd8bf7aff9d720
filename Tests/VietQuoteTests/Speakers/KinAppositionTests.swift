import Testing
@testable import VietQuote

/// A family tie in an apposition after a name is the speaker's title, with the person it
/// relates to (Speakers/Titles/KinApposition.swift).
@Suite struct KinAppositionTests {
    // Dev 412: the sister of a state's leader; his title is not hers.
    @Test func sisterOfALeader() {
        let found = SpeakerRuleProbe.decisions(
            "Ngày 14-10, bà Kim Yo Jong, em gái của nhà lãnh đạo Triều Tiên Kim Jong Un, nhấn mạnh các vụ drone xâm nhập là \"một khiêu khích ác ý, không thể tha thứ\" với Bình Nhưỡng.")
        #expect(found.first?.speaker.name == "Kim Yo Jong")
        #expect(found.first?.speaker.title == "em gái của nhà lãnh đạo Triều Tiên Kim Jong Un")
        #expect(found.first?.speaker.affiliation == "Triều Tiên")
    }

    // Silver 2024-09-20-nguyen-dinh-dau: the daughter of a scholar, no side.
    @Test func daughterOfAScholar() {
        let found = SpeakerRuleProbe.decisions(
            "Bà Nguyễn Thị Diễm Trang, con gái nhà nghiên cứu Nguyễn Đình Đầu, cho biết cha bà đã ra đi thanh thản.")
        #expect(found.first?.speaker.name == "Nguyễn Thị Diễm Trang")
        #expect(found.first?.speaker.title == "con gái nhà nghiên cứu Nguyễn Đình Đầu")
        #expect(found.first?.speaker.affiliation == nil)
    }

    // Silver 2024-11-16-mike-tyson: a tie right before the name.
    @Test func brotherNamedRightAfterTheTie() {
        let found = SpeakerRuleProbe.decisions(
            "Logan Paul, anh trai Jake Paul, chia sẻ rằng em trai anh đã chuẩn bị rất kỹ cho trận đấu.")
        #expect(found.first?.speaker.title == "anh trai Jake Paul")
    }

    // Silver 2025-01-05 (Xuân Son): the related person's own title inside the tie (`cầu thủ Xuân
    // Son`) stays his, for his quotes elsewhere in the article.
    @Test func relatedPersonKeepsHisOwnTitle() {
        let found = SpeakerRuleProbe.decisions("""
            Hành động dán lá cờ đỏ sao vàng hình trái tim lên má và dòng chữ "Việt Nam vô địch" lên tay của Marcele Seippel - vợ cầu thủ Xuân Son - là một hành động như thế.

            Anh đã tự hào chia sẻ trên trang Facebook cá nhân: "Nice to meet you, my name is: Nguyễn Xuân Son".
            """)
        let quote = found.first { $0.speaker.name.hasSuffix("Xuân Son") }
        #expect(quote?.speaker.title == "cầu thủ")
    }

    // A tie with no name after it is no title of this reading.
    @Test func tieWithNoNameIsNotRead() {
        let parser = MentionParser(lexicon: SpeakerRuleProbe.extractor.speakers.lexicon)
        let source = SourceText("vợ của một cầu thủ, cho biết")
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
        #expect(KinApposition(parser: parser).read(in: tokens, at: 0, limit: tokens.count) == nil)
    }
}
