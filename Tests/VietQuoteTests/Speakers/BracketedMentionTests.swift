import Testing
@testable import VietQuote

/// `BracketedMention`: a mention that stands inside a bracket closed right after it is the
/// writer's aside; the speaker is the phrase before the bracket.
@Suite struct BracketedMentionTests {
    // Silver 2024-05-24-chay-chung-cu (was `Hà Nội` → Việt Nam), 2024-07-31-hpg (was `HPG`): the
    // place or code after the bracket's last comma or colon is the writer's aside.
    @Test(arguments: [
        ("Ngày 25/5, chia sẻ với báo VietNamNet, bác sĩ Vũ Thị Nhung (40 tuổi, công tác tại Khoa Giải phẫu bệnh - Tế bào học, Bệnh viện Bạch Mai, Hà Nội) cho biết, sức khỏe của chị đã bình thường.",
         "Vũ Thị Nhung"),
        ("Tập đoàn Hòa Phát (HOSE: HPG) vừa công bố kết quả kinh doanh khả quan trong quý 2, với lãi ròng hơn 3300 tỷ đồng.",
         "Tập đoàn Hòa Phát"),
    ])
    func speakerStandsBeforeTheBracket(sentence: String, name: String) throws {
        let found = try #require(SpeakerRuleProbe.decisions(sentence).first)
        #expect(found.speaker.name == name)
        #expect(found.rules.contains(.beforeBracket))
    }

    // Silver 2024-09-10-lu (review9): the sentence alone gave the place `Phú Thọ`, then
    // (review10 S2) the ward `Dữu Lâu` as a person: the title joins the name before its comma.
    @Test func placeInTheBracketIsNoSpeaker() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Trao đổi với Tuổi Trẻ Online sáng 10-9, ông Phan Quốc Khánh, Chủ tịch phường Dữu Lâu (thành phố Việt Trì, tỉnh Phú Thọ) cho biết sáng nay, trên sông Lô có tàu, xà lan trôi tự do từ thượng lưu về mắc kẹt tại cầu Vĩnh Phú.").first)
        #expect(found.rules.contains(.beforeBracket))
        #expect(found.speaker.name == "Phan Quốc Khánh")
        #expect(found.speaker.kind == .person)
        #expect(found.speaker.mention == "Phan Quốc Khánh, Chủ tịch phường Dữu Lâu")
    }

    // A bracket inside the mention, opened after its first word, is no aside of it.
    @Test func bracketInsideTheMentionStays() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Tổ chức Y tế Thế giới (WHO) cho biết dịch bệnh đang lan rộng ở nhiều nước.").first)
        #expect(!found.rules.contains(.beforeBracket))
        #expect(found.speaker.name.contains("Y tế Thế giới"))
    }

    // A mention not followed by the closing bracket stays as the Quotes stage found it.
    @Test func mentionAfterAClosedBracketStays() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Trong cuộc họp (diễn ra sáng 10-9), ông Phan Quốc Khánh cho biết nước sông đang lên.").first)
        #expect(!found.rules.contains(.beforeBracket))
        #expect(found.speaker.name == "Phan Quốc Khánh")
    }

    // Silver 2024-06-04-dang-quoc-khanh: a place with an inner full stop (`TP.HCM`) in the
    // bracket after a deputy's name (was the city `TP.HCM`, kind organization). The Quotes stage
    // now reads the subject over the stop (`AbbreviationStopRule`, speakers24): the whole
    // `đại biểu Trần Kim Yến (TP.HCM)` is handed over, and no bracket needs reading back.
    @Test func placeWithAnInnerStopStaysInTheBracket() throws {
        let text = "Tương tự, đại biểu Trần Kim Yến (TP.HCM) cũng nêu vấn đề sử dụng cát biển thay cát sông có thể ảnh hưởng đến môi trường."
        let found = try #require(SpeakerRuleProbe.decisions(text).first)
        #expect(found.speaker.name == "Trần Kim Yến")
        #expect(found.speaker.kind == .person)
        // The path is the stop's reading, not the bracket's (review13 S8).
        let quote = try #require(SpeakerRuleProbe.extractor.extract(text, document: "test").quotes.first)
        #expect(quote.explanation.refinements.contains(.abbreviationStop))
    }
}
