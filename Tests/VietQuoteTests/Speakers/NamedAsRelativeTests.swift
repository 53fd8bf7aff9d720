import Testing
@testable import VietQuote

/// `NamedAsRelative`: a person named through a family tie or inside a quotation is a poor
/// antecedent for a pronoun, and a shared short name is not the relative's.
@Suite struct NamedAsRelativeTests {
    static let lexicon = SpeakerRuleProbe.extractor.speakers.lexicon

    /// Whether the name starting with the word `name` in `text` is written as a relative.
    static func isRelative(_ text: String, name: String) -> Bool {
        let source = SourceText(text)
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
        guard let start = tokens.firstIndex(where: { source.string($0.start..<$0.end) == name }) else { return false }
        return NamedAsRelative(lexicon: lexicon).isRelative(tokens, at: start)
    }

    // Silver 2024-07-25-olympics and 2024-07-12-thanh-dien: the tie, then whose relative, then the name.
    @Test func tieBeforeTheRelativesName() {
        #expect(Self.isRelative("Cha cô, ông John Molise Tau, huyền thoại taekwondo quốc gia, đã qua đời khi Tay còn nhỏ.", name: "John"))
        #expect(Self.isRelative("Vợ ông - NSND Thanh Kim Huệ - đã mất cách đây 3 năm, còn con gái mất cách đây 26 năm.", name: "Thanh"))
        #expect(Self.isRelative("Ông cũng không quên bày tỏ nỗi nhớ thương với người vợ quá cố NSND Thanh Kim Huệ.", name: "Thanh"))
    }

    // Silver 2025-01-13-kai-havertz: `Vợ Sophia` (the tie right before the name) names either;
    // the subject of a sentence is no relative.
    @Test func tieRightBeforeTheNameOrNoTie() {
        #expect(!Self.isRelative("Vợ Sophia cùng đứa con chưa chào đời của tiền đạo Kai Havertz bị dọa giết.", name: "Sophia"))
        #expect(!Self.isRelative("Sophia đăng ảnh chụp màn hình hai tin nhắn mà cô nhận được trên Instagram.", name: "Sophia"))
        #expect(!Self.isRelative("Tau xuất thân từ gia đình có truyền thống taekwondo.", name: "Tau"))
    }

    // Silver 2025-01-05 (Xuân Son, as in KinAppositionTests): a title right after the tie is read as
    // a name right after it: `vợ cầu thủ Xuân Son` is the player's wife, he no relative (the `Anh` after is him).
    @Test func tieRightBeforeATitle() {
        #expect(!Self.isRelative("Hành động dán lá cờ đỏ sao vàng lên má của Marcele Seippel - vợ cầu thủ Xuân Son - là một hành động như thế.", name: "Xuân"))
        #expect(Self.isRelative("Ông cũng không quên bày tỏ nỗi nhớ thương với người vợ quá cố NSND Thanh Kim Huệ.", name: "Thanh"))
    }

    // Silver 2024-06-13-cau-chuyen-hoa-hong: the words after the tie end its clause; Rose is
    // the subject of the next one, no relative.
    @Test func tieWhoseClauseEndsBeforeTheName() {
        #expect(!Self.isRelative("Minh chứng những trăn trở của anh trai là đúng, Rose vướng phải rắc rối tình cảm với một kiến trúc sư.", name: "Rose"))
    }

    // Silver 2024-07-12-thanh-dien: `Ông bày tỏ` after a quotation that names his late wife
    // (`tôi nhớ Huệ quá`) is Thanh Điền, named with his title before the quotation.
    @Test func pronounSkipsANameInsideAQuotation() throws {
        let found = SpeakerRuleProbe.decisions("""
            Trước đêm bước vào ca phẫu thuật, NSND Thanh Điền đã có vài dòng tâm sự trên mạng xã hội. Ông ghi : “Đêm nay, ngồi trên giường bệnh, tôi chuẩn bị bước vào ca mổ ngày mai. Bác sĩ nói rằng tôi nhớ Huệ quá nên nhõng nhẽo, phải cấp cứu đến ba lần mới phát hiện ra bệnh.

            Mỗi ảo giác như từng nhát dao cứa vào tim tôi, khiến tôi đau đớn tột cùng cộng với nỗi đau thể xác, mình chịu đựng thua xa Huệ hồi đó vậy mà. Giờ đây, chỉ còn lại những ký ức loè nhoè trong tâm trí đầy ảo giác của tôi".

            Ông bày tỏ mong muốn sớm bình phục để về nhà thắp nén nhang cho vợ và con gái. Vợ ông - NSND Thanh Kim Huệ - đã mất cách đây 3 năm, còn con gái mất cách đây 26 năm.
            """)
        let quote = try #require(found.first { $0.speaker.mention == "Ông" })
        #expect(quote.speaker.name == "Thanh Điền")
        #expect(quote.rules.contains(.pronounSkipsRelative))
    }

    // Silver 2024-07-25-olympics: a bare `Tau` is Michelle Tau, not her late father, whose
    // longer name the article writes only after `Cha cô`.
    @Test func sharedShortNameIsNotTheRelatives() throws {
        let found = SpeakerRuleProbe.decisions("""
            Michelle Tau là VĐV đặc biệt tại Olympic Paris 2023, từng đăng quang Hoa hậu Lesotho rồi trở thành võ sĩ taekwondo đầu tiên của quốc gia châu Phi này dự Thế vận hội sau 20 năm.

            Tau xuất thân từ gia đình có truyền thống taekwondo và lớn lên trong một phòng tập môn võ xuất xứ Hàn Quốc này. Cha cô, ông John Molise Tau, huyền thoại taekwondo quốc gia, đã qua đời khi Tay còn nhỏ. Nhưng cô lớn lên với niềm ngưỡng mộ những huy chương của người cha quá cố.

            "Mẹ tôi lên tuyển quốc gia cùng bố", Tau nói với phóng viên Olympic từ nơi tập luyện ở Alcobendas, ngoại ô Madrid Tây Ban Nha, trước khi lên đường sang Paris.
            """)
        let quote = try #require(found.first { $0.speaker.mention == "Tau" })
        #expect(quote.speaker.name == "Michelle Tau")
        #expect(quote.rules.contains(.sharedNameNotRelative))
    }
}
