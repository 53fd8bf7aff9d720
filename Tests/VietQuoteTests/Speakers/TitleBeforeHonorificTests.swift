import Testing
@testable import VietQuote

/// A title that opens its clause, then a comma, an honorific and the name: the person's title
/// (Speakers/Titles/TitleBeforeHonorific.swift).
@Suite struct TitleBeforeHonorificTests {
    /// The speaker's name and title of each quote of `text`, with the title rules.
    static func titled(_ text: String) -> [(name: String, title: String?, rules: [TitleRule])] {
        SpeakerRuleProbe.extractor.extract("Tin trong nước\n\n" + text, document: "t").quotes.map {
            ($0.speaker.name, $0.speaker.title, $0.speaker.titleTrace?.rules ?? [])
        }
    }

    // Silver 2024-06-14-so-giao-duc-va-dao-tao: after a fronted phrase's comma (before: no title).
    @Test func titleAfterAFrontedPhraseIsTheNamesOwn() {
        let first = Self.titled("""
            Trao đổi tại buổi làm việc, Bí thư Tỉnh uỷ Quảng Ngãi, bà Bùi Thị Quỳnh Vân khẳng định tỉnh Quảng Ngãi rất quan tâm tới công tác giáo dục và đào tạo, chất lượng giáo dục của tỉnh ngày càng đi lên, cơ sở vật chất ngày càng tốt hơn.
            """).first
        #expect(first?.name == "Bùi Thị Quỳnh Vân")
        #expect(first?.title?.hasPrefix("Bí thư Tỉnh") == true)
        #expect(first?.rules.contains(.beforeHonorific) == true)
    }

    // Silver 2024-07-25-al-nassr: a post any body has, with its club's name, opening the paragraph.
    @Test func postWithItsBodysNameIsTheNamesOwn() {
        let first = Self.titled("""
            Chủ tịch Al Nassr, ông Ibrahim Al-Muhaidib đã đe dọa sẽ từ chức vì câu lạc bộ đang gặp khó khăn về ngân sách.
            """).first
        #expect(first?.name == "Ibrahim Al-Muhaidib")
        #expect(first?.title == "Chủ tịch Al Nassr")
    }

    /// A text whose quote's speaker must not get the title before the comma.
    static let rejected: [(text: String, name: String)] = [
        // Silver 2024-06-02-mina-dating-cafe: the title is the object of `với` (a reporter).
        ("""
            Ngày 2-6, trao đổi với phóng viên Báo Người Lao Động, bà Nguyễn Thị Quỳnh Triều cho biết phường vừa kiểm tra quán cà phê và lập biên bản xử phạt vi phạm hành chính.
            """, "Nguyễn Thị Quỳnh Triều"),
        // Dev 446: the title is the apposition of the name before its comma.
        ("""
            Trong cuộc đối thoại với giới CNTT Việt Nam dưới sự dẫn dắt của ông Trương Gia Bình, Chủ tịch FPT, ông Narayana Murthy khẳng định gần đây Việt Nam nổi lên như một điểm đến công nghệ toàn cầu.
            """, "Narayana Murthy"),
    ]

    @Test(arguments: rejected) func titleThatDoesNotOpenItsClauseIsNotTheNames(_ example: (text: String, name: String)) {
        let found = Self.titled(example.text).first { $0.name == example.name }
        #expect(found != nil)
        #expect(found?.rules.contains(.beforeHonorific) != true)
        #expect(found?.title?.contains("phóng viên") != true)
        #expect(found?.title?.contains("FPT") != true)
    }
}
