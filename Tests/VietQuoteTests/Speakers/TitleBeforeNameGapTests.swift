import Testing
@testable import VietQuote

/// A title before a name over a nationality or a linked complement reaches the person's later
/// mentions (Speakers/Titles/TitleBeforeNameGap.swift).
@Suite struct TitleBeforeNameGapTests {
    /// The speaker's name and title of each quote of `text`, with the title rules.
    static func titled(_ text: String) -> [(name: String, title: String?, rules: [TitleRule])] {
        SpeakerRuleProbe.extractor.extract("Tin thể thao\n\n" + text, document: "t").quotes.map {
            ($0.speaker.name, $0.speaker.title, $0.speaker.titleTrace?.rules ?? [])
        }
    }

    /// A text whose last quote is spoken at a later mention, and the title it must get.
    static let reached: [(text: String, title: String)] = [
        // Silver 2024-05-07-man-utd: a nationality between title and name.
        ("Tiền vệ người Anh Ashley Young thừa nhận thất vọng về mùa giải. Young tiết lộ rằng các cầu thủ đã thảo luận nhiều lần về lối chơi.",
         "Tiền vệ"),
        // Silver 2024-10-21-bbc: the title's complement linked by `của`, closed by a comma.
        ("Tác giả của nghiên cứu, Ashley Spillane, nói với BBC rằng người nổi tiếng có ảnh hưởng lớn. Bà Spillane nhận định người dân cảm thấy họ chân thành.",
         "Tác giả của nghiên cứu"),
        // Silver 2025-01-23-tottenham: a club after `của`.
        ("HLV của Tottenham, Ange Postecoglou, đã lên tiếng sau trận thua. Postecoglou cho biết đội bóng cần thêm thời gian.",
         "HLV của Tottenham"),
    ]

    @Test(arguments: reached) func titleReachesTheLaterMention(_ example: (text: String, title: String)) {
        let last = Self.titled(example.text).last
        #expect(last?.title == example.title)
        #expect(last?.rules.contains(.complementBeforeName) == true)
    }

    /// A text whose last quote's speaker must not get a title from words before the name.
    static let rejected: [(text: String, name: String)] = [
        // Dev 440: a bare lower-case run after the title is the sentence's (`diễn ra`).
        ("Trong bối cảnh chỉ còn 8 ngày là cuộc bầu cử Tổng thống Mỹ diễn ra, bà Kamala Harris đã đáp lại tuyên bố của đối thủ. Bà Harris nói rằng bà sẵn sàng làm bài kiểm tra.",
         "Kamala Harris"),
        // A cue before the comma: the clause is the sentence's, no complement of the title.
        ("Một chuyên gia cho biết, Ashley Spillane đã hoàn thành nghiên cứu. Bà Spillane nhận định người dân cảm thấy họ chân thành.",
         "Ashley Spillane"),
    ]

    @Test(arguments: rejected) func wordsBeforeTheNameGiveNoTitle(_ example: (text: String, name: String)) {
        let last = Self.titled(example.text).last
        #expect(last?.name == example.name)
        #expect(last?.rules.contains(.complementBeforeName) != true)
    }

    // Silver 2024-08-27-harris: a possessor that is a pronoun points back; the complement is
    // not read (the title stays the chain's, `cựu cố vấn an ninh quốc gia`).
    @Test func pronounPossessorIsNoComplement() {
        let found = Self.titled("Cựu cố vấn an ninh quốc gia của bà, Halie Soifer, đã làm việc nhiều năm. Bà Soifer cho biết chiến dịch rất tự tin.")
        #expect(found.last?.name == "Halie Soifer")
        #expect(found.last?.title?.hasSuffix("của bà") != true)
    }
}
