import Testing
@testable import VietQuote

/// `MediumNameInSentenceCase`: a Vietnamese medium's name in sentence case (`báo Dân trí`)
/// keeps its lower-case syllables; a foreign name does not take the clause word after it.
@Suite struct MediumNameInSentenceCaseTests {
    /// Each sentence (silver) and the medium that speaks.
    static let cases: [(text: String, name: String)] = [
        // Silver 2024-11-13-can-ve-chu-tich-nuoc-luong-cuong (was `Chính`).
        ("Báo Chính phủ cho biết rằng Tổng thống Boric đã “nhiệt liệt chào mừng” ông Cường cùng đoàn đại biểu cấp cao Việt Nam thăm chính thức Chile.",
         "Chính phủ"),
        // Silver 2024-04-21-vuong-dinh-hue (was `Điện`): a capitalised part after one lower-case syllable.
        ("Trong vụ án này, theo báo Điện tử Chính phủ, Cơ quan cảnh sát điều tra Bộ Công an hôm 21/4 đã ra quyết định khởi tố bổ sung vụ án hình sự.",
         "Điện tử Chính phủ"),
        // Silver 2024-12-04-quan-khu-7-dien-tap-chet-nguoi (was `Tin`): `thuộc Thông Tấn Xã` is no part.
        ("Báo Tin tức thuộc Thông Tấn Xã Việt Nam cho biết: “Tổng số quân nhân mất tích là 12 đồng chí, hiện đã tìm thấy phần lớn thi thể của các quân nhân.”",
         "Tin tức"),
    ]

    @Test(arguments: cases) func sentenceCaseNameIsWhole(_ example: (text: String, name: String)) throws {
        let found = try #require(SpeakerRuleProbe.decisions(example.text).first)
        #expect(found.rules.contains(.mediumNameInSentenceCase))
        #expect(found.speaker.name == example.name)
        #expect(found.speaker.kind == .media)
    }

    // Silver 2024-12-18-vietnam: a foreign name ends at its capitals; `có` is the clause's.
    @Test func foreignNameTakesNoLowerCaseWord() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Tờ Tiebreakertimes có bài viết: \"Jarvey Gayoso tỏa sáng nhưng Philippines vẫn không thể nở nụ cười trước đội tuyển Việt Nam\".").first)
        #expect(!found.rules.contains(.mediumNameInSentenceCase))
        #expect(found.speaker.name == "Tiebreakertimes")
    }
}
