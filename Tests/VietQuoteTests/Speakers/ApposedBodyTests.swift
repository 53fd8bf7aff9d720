import Testing
@testable import VietQuote

/// An apposition's bare title runs over the body it heads to the apposition's end
/// (Speakers/Titles/ApposedBody.swift).
@Suite struct ApposedBodyTests {
    /// The speaker's title of the first quote of `text`, with the title rules.
    static func titled(_ text: String) -> (title: String?, rules: [TitleRule])? {
        SpeakerRuleProbe.extractor.extract("Tin trong nước\n\n" + text, document: "t").quotes.first.map {
            ($0.speaker.title, $0.speaker.titleTrace?.rules ?? [])
        }
    }

    /// A text and the title its first quote's speaker must get.
    static let bodies: [(text: String, title: String)] = [
        // Silver 2024-10-13-chuc-mung-ngay-doanh-nhan: a body named with a number.
        ("Thiếu tướng Nguyễn Ngọc Hà, Phó Tư lệnh Quân khu 4 cho biết lực lượng vũ trang sẽ hỗ trợ người dân.",
         "Phó Tư lệnh Quân khu 4"),
    ]

    @Test(arguments: bodies) func bareHeadRunsOverItsBody(_ example: (text: String, title: String)) {
        let found = Self.titled(example.text)
        #expect(found?.title == example.title)
        #expect(found?.rules.contains(.apposedBody) == true)
    }

    /// A text whose first quote's speaker keeps a title without the words after it.
    static let rejected: [String] = [
        // A person's full name after the body head: the sentence goes on to another person.
        "Ông Trần Văn Bình, Giám đốc Sở cùng ông Nguyễn Văn An cho biết sẽ tiếp tục hỗ trợ.",
        // The words after the head end lower-case: the sentence's own words.
        "Ông Trần Văn Bình, Giám đốc Sở du lịch cùng đoàn công tác cho biết sẽ tiếp tục hỗ trợ.",
        // Silver 2024-10-13: a verb between two bodies, not one body's name.
        "Thiếu tướng Nguyễn Ngọc Hà, Phó Tư lệnh Quân khu chúc mừng Tổng Công ty HTKT và cho biết đơn vị đã hoàn thành nhiệm vụ.",
    ]

    @Test(arguments: rejected) func noBodyToTheEnd(_ text: String) {
        #expect(Self.titled(text)?.rules.contains(.apposedBody) != true)
    }
}
