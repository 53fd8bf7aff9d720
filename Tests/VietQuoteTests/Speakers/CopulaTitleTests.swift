import Testing
@testable import VietQuote

/// A title stated with a copula (Speakers/Coreference/CopulaTitle.swift).
@Suite struct CopulaTitleTests {
    // Dev 423: the person named in one sentence, the title stated in the next (`Đó là …`).
    @Test func titleInTheNextSentenceIsTheLastNamedPersons() {
        let found = SpeakerRuleProbe.decisions("""
            Tổng thống đắc cử Hoa Kỳ Donald Trump hôm 12/11 cho biết ông đã chọn ông Pete Hegseth làm Bộ trưởng Quốc phòng. \
            Đó là một nhà bình luận kỳ cựu của đài Fox News.

            "Chúng ta cần thay đổi", ông Hegseth nói.
            """)
        let hegseth = found.first { $0.speaker.name == "Pete Hegseth" }
        #expect(hegseth?.speaker.title == "nhà bình luận kỳ cựu của đài Fox News")
        #expect(hegseth?.rules.contains(.copulaTitle) == true)
        // A described title gives no side of its own: the person's side is read as for an untitled person.
        #expect(hegseth?.speaker.affiliation == "Mỹ")
    }

    // Review 4 S3: `Ông là` continues the sentence before's subject (Lavrov), not the person named
    // last (Blinken, the object); when the subject's honorific differs (`Bà … ông …. Ông là`), the `ông`.
    @Test func honorificSubjectContinuesTheSentenceBeforesSubject() {
        let found = SpeakerRuleProbe.decisions("""
            Ông Lavrov đã điện đàm với ông Antony Blinken. Ông là Ngoại trưởng Nga.

            "Nga sẵn sàng đối thoại", ông Lavrov nói. "Chúng tôi sẽ xem xét đề xuất", ông Blinken nói.
            """)
        let lavrov = found.first { $0.speaker.name == "Lavrov" }
        let blinken = found.first { $0.speaker.name == "Antony Blinken" }
        #expect(lavrov?.speaker.title == "Ngoại trưởng Nga")
        #expect(lavrov?.speaker.affiliation == "Nga")
        #expect(blinken != nil)
        #expect(blinken?.speaker.title == nil)
        let other = SpeakerRuleProbe.decisions("""
            Bà Zakharova đã gặp ông Antony Blinken. Ông là Ngoại trưởng Mỹ.

            "Nga sẵn sàng đối thoại", bà Zakharova nói. "Chúng tôi sẽ xem xét đề xuất", ông Blinken nói.
            """)
        #expect(other.first { $0.speaker.name == "Zakharova" }?.speaker.title == nil)
        #expect(other.first { $0.speaker.name == "Antony Blinken" }?.speaker.title == "Ngoại trưởng Mỹ")
    }

    // Silver 2024-10-31-luu-hieu-khanh: `Name là title` in one clause.
    @Test func titleAfterTheNameAndTheCopula() {
        let found = SpeakerRuleProbe.decisions("""
            Ông Nguyễn Văn An là Giám đốc Sở Y tế tỉnh Nghệ An. "Chúng tôi đã chuẩn bị đủ thuốc", ông An cho biết.
            """)
        #expect(found.first?.speaker.name == "Nguyễn Văn An")
        #expect(found.first?.speaker.title == "Giám đốc Sở Y tế tỉnh Nghệ An")
        #expect(found.first?.rules.contains(.copulaTitle) == true)
    }

    // Silver 2024-04-21-chi-trung: the name is a possessor; the title is the girlfriend's.
    @Test func possessorIsNoSubject() {
        let found = SpeakerRuleProbe.decisions("""
            Bạn gái của NSƯT Chí Trung là doanh nhân, một người hoạt động lâu năm trong lĩnh vực làm đẹp. \
            "Tôi rất hạnh phúc", NSƯT Chí Trung nói.
            """)
        #expect(found.first?.speaker.title == "NSƯT")
        #expect(found.first?.rules.contains(.copulaTitle) == false)
    }

    // Silver: a past post runs on into the clause; a title followed by a name is that name's.
    @Test func titleThatRunsOnOrPrecedesANameIsNotStated() {
        let found = SpeakerRuleProbe.decisions("""
            Ông Lê Văn Minh từng công tác nhiều năm. Ông là Bộ trưởng Bộ Quốc phòng từ năm 1980 đến năm 1986. \
            "Chúng tôi đã làm hết sức", ông Minh nói.
            """)
        #expect(found.first?.speaker.name == "Lê Văn Minh")
        #expect(found.first?.speaker.title == nil)
    }
}
