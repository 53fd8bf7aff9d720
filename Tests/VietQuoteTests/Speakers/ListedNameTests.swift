import Testing
@testable import VietQuote

/// `ListedName`: a list's third or later member is a weaker antecedent for a pronoun than a
/// person named on their own before it in the paragraph.
@Suite struct ListedNameTests {
    // Silver 2024-08-30-son-ngoc-minh: `Anh cho biết` after a sentence whose subject is Sơn Ngọc Minh
    // and whose object lists three hosts, the last `nghệ sĩ Cát Tường`.
    @Test func pronounSkipsTheListForTheSubject() throws {
        let found = SpeakerRuleProbe.decisions("""
            Ca sĩ Sơn Ngọc Minh. (Ảnh: FBNV)

            Vào tháng 10/2017, Sơn Ngọc Minh thổ lộ câu chuyện riêng trên chương trình Người kết nối với những người thực hiện gồm MC Nguyên Khang, Thanh Thảo Hugo, nghệ sĩ Cát Tường. Anh cho biết, có thời điểm mình chỉ còn đúng 25.000 đồng trong túi mà không biết con đường tương lai phía trước đi đâu về đâu.
            """)
        let quote = try #require(found.first { $0.speaker.mention == "Anh" })
        #expect(quote.speaker.name == "Sơn Ngọc Minh")
        #expect(quote.rules.contains(.pronounSkipsListed))
    }

    /// Whether the name with the word `name` (its `occurrence`-th) in `text` is a list's later member.
    static func isListed(_ text: String, name: String, occurrence: Int = 0) -> Bool {
        let source = SourceText(text)
        let tokens = SpeakerRuleProbe.tokens(text)
        let starts = tokens.indices.filter { source.string(tokens[$0].start..<tokens[$0].end) == name }
        guard starts.indices.contains(occurrence) else { return false }
        return ListedName.isListed(tokens, at: starts[occurrence], lexicon: SpeakerRuleProbe.extractor.speakers.lexicon)
    }

    // The same sentence: each member of the three (from any of its words) is listed, the subject is not;
    // silver 2024-08-30-son-ngoc-minh `Sơn Ngọc Minh và Erik vướng phải tin đồn`: no list of three.
    @Test func thirdMemberIsListedNotTheFirstTwo() {
        let text = "Vào tháng 10/2017, Sơn Ngọc Minh thổ lộ câu chuyện riêng trên chương trình Người kết nối với những người thực hiện gồm MC Nguyên Khang, Thanh Thảo Hugo, nghệ sĩ Cát Tường. Cũng trong năm 2017, Sơn Ngọc Minh và Erik vướng phải tin đồn tình cảm."
        #expect(Self.isListed(text, name: "Cát"))
        #expect(Self.isListed(text, name: "Tường"))
        #expect(Self.isListed(text, name: "Thanh"))
        #expect(Self.isListed(text, name: "Nguyên"))
        #expect(!Self.isListed(text, name: "Sơn"))
        #expect(!Self.isListed(text, name: "Erik"))
        #expect(!Self.isListed(text, name: "Sơn", occurrence: 1))
    }

    // Silver 2024-06-02-mina-dating-cafe: the medium she talked to, her name, then her title after
    // the comma (an apposition, not a third member): she is no list's member (review18).
    @Test func nameBetweenAMediumAndItsTitleIsNoListMember() {
        let text = "Ngày 2-6, trao đổi với phóng viên Báo Người Lao Động, bà Nguyễn Thị Quỳnh Triều, Chủ tịch UBND phường Bến Thành, quận 1, TP HCM, cho biết phường vừa kiểm tra quán cà phê \"hẹn hò\" Mina Dating Cafe và lập biên bản xử phạt vi phạm hành chính."
        #expect(!Self.isListed(text, name: "Nguyễn"))
        #expect(!Self.isListed(text, name: "Quỳnh"))
    }
}
