import Testing
@testable import VietQuote

/// Two titles before one name with a comma between them (Speakers/Titles/TitlePairs.swift).
@Suite struct TitlePairTests {
    // dev 401: a post with its body, then a rank: the post is the title.
    @Test func sidedPostThenRankKeepsThePost() {
        let found = SpeakerRuleProbe.decisions(
            "Tham mưu trưởng IDF, Trung tướng Herzi Halevi, cho biết Israel sẽ đáp trả cuộc tấn công của Iran.")
        #expect(found.first?.speaker.name == "Herzi Halevi")
        #expect(found.first?.speaker.title == "Tham mưu trưởng IDF")
        #expect(found.first?.speaker.affiliation == "Israel")
    }

    // dev 309: a bare post before a post with its body: one title held with another.
    @Test func barePostJoinsTheNextTitle() {
        let found = SpeakerRuleProbe.decisions(
            "Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn khẳng định Việt Nam coi trọng quan hệ với Trung Quốc.")
        #expect(found.first?.speaker.name == "Bùi Thanh Sơn")
        #expect(found.first?.speaker.title == "Phó Thủ tướng, Bộ trưởng Ngoại giao")
    }

    // dev 434 shape: the same title word twice (a place, then the title) is no joined title.
    @Test func sameTitleTwiceIsNotJoined() {
        let found = SpeakerRuleProbe.decisions("""
            Bên trong dinh tổng thống, Tổng thống Luis Arce tuyên bố: "Chúng tôi không thể để cho hành động này cướp đi cuộc sống của người dân".
            """)
        #expect(found.first?.speaker.name == "Luis Arce")
        #expect(found.first?.speaker.title?.contains(",") == false)
    }

    // dev 431: a sided title written with the name alone outranks one written before
    // another title and a comma (`Theo người phát ngôn Nhà Trắng, Tổng thống Joe Biden`).
    @Test func titleWrittenAloneOutranksTheCompanion() {
        let found = SpeakerRuleProbe.decisions("""
            Theo người phát ngôn Nhà Trắng, Tổng thống Joe Biden đã được báo cáo về vụ việc.

            Tổng thống Mỹ Joe Biden khẳng định: "Tại Mỹ, không có chỗ cho hành vi bạo lực như vậy".
            """)
        #expect(found.last?.speaker.name == "Joe Biden")
        #expect(found.last?.speaker.title == "Tổng thống Mỹ")
    }

    // dev 426: two titles in an apposition, the first bare: one title; a founder speaks for
    // no country; a caption's credit (`- Ảnh: VGP`) is no part of the body.
    @Test func appositionOfABareTitleAndAnother() {
        let found = SpeakerRuleProbe.decisions("""
            Thủ tướng tiếp ông Narayana Murthy, nguyên Chủ tịch, người sáng lập Tập đoàn Infosys - Ảnh: VGP

            Ông Narayana Murthy cho biết Infosys coi Việt Nam là đối tác rất tin cậy trong thời đại số hóa.
            """)
        #expect(found.last?.speaker.name == "Narayana Murthy")
        #expect(found.last?.speaker.title == "nguyên Chủ tịch, người sáng lập Tập đoàn Infosys")
        #expect(found.last?.speaker.affiliation == nil)
    }
}
