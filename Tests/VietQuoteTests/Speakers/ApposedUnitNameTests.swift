import Testing
@testable import VietQuote

/// An apposition's bare title runs over the unit it leads, named with no body head, to the
/// apposition's end (Speakers/Titles/ApposedUnitName.swift).
@Suite struct ApposedUnitNameTests {
    /// A text and the title its first quote's speaker must get.
    static let units: [(text: String, title: String)] = [
        // Silver 2024-10-04-zona-than-kinh: a department, then its company after `của`.
        ("Bà Vũ Thị Thu Hà, Giám đốc Cung ứng của Hệ thống tiêm chủng VNVC cho biết, thủy đậu là bệnh lây nhiễm hàng đầu.",
         "Giám đốc Cung ứng của Hệ thống tiêm chủng VNVC"),
        // Silver 2025-01-22-hau-a-lenh: a department in sentence case, closed by the comma.
        ("Ông Phan Đình Trạc, Trưởng ban Nội chính Trung ương, nhận xét ông Hầu A Lềnh là cán bộ được đào tạo bài bản.",
         "Trưởng ban Nội chính Trung ương"),
        // Silver 2025-01-28-nam-2024-la-nam-con-gi: an association (`Hội` is no body head: a
        // given name too), closed by the verb after a capitalised word.
        ("Ông Đặng Vũ Tuấn Sơn, Chủ tịch Hội Thiên văn và Vũ trụ học Việt Nam cho biết, mặc dù những khái niệm can-chi quen thuộc với người Việt Nam tới nỗi gần như không có ai không biết tới, nhưng thực tế là đa số người Việt Nam không hề biết tới ý nghĩa thật sự của chúng.",
         "Chủ tịch Hội Thiên văn và Vũ trụ học Việt Nam"),
    ]

    @Test(arguments: units) func bareHeadRunsOverItsUnit(_ example: (text: String, title: String)) {
        let found = ApposedBodyTests.titled(example.text)
        #expect(found?.title == example.title)
        #expect(found?.rules.contains(.apposedUnitName) == true)
    }

    /// A text whose first quote's speaker keeps a title without the words after it.
    static let rejected: [String] = [
        // Silver 2024-04-27-fulham: a person's name after the bare head, all capitalised.
        "Theo phóng viên Fabrizio Romano, trung vệ Tosin Adarabioyo - mục tiêu của Man United - sẽ rời Fulham vào mùa hè này.",
        // Silver 2024-10-15-bamboo-airways: a company's name in title case is left out with names.
        "Theo ông Lương Hoài Nam, Tổng giám đốc Bamboo Airways, sự kiện lần này đánh dấu cột mốc quan trọng.",
        // Silver 2024-06-14-so-giao-duc-va-dao-tao: a body head (`Sở`) is ApposedBody's, and two
        // lower-case words after it are left out there.
        "Ông Nguyễn Ngọc Thái, Giám đốc Sở giáo dục đào tạo tỉnh Quảng Ngãi cho biết toàn tỉnh hiện có 584 đơn vị.",
        // Review15 M1, silver 2024-04-30-dortmund: the medium got the title `tiền vệ Brian
        // Farinas của Barcelona` (capitalised words alone, then a link).
        "Theo thông tin từ Caught Offside, tiền vệ Brian Farinas của Barcelona đang được Arsenal và Borussia Dortmund theo dõi sát sao.",
    ]

    @Test(arguments: rejected) func noUnitToTheEnd(_ text: String) {
        #expect(ApposedBodyTests.titled(text)?.rules.contains(.apposedUnitName) != true)
    }

    /// The unit `ApposedUnitName` reads at the word `word` (right after a bare head) of `text`.
    static func unit(_ text: String, at word: String) -> Int? {
        let source = SourceText(text)
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
        guard let index = tokens.firstIndex(where: { $0.key == word }) else { return nil }
        return ApposedUnitName(lexicon: JoinedOfficesTests.parser.lexicon).read(in: tokens, at: index, limit: tokens.count)
    }

    // Review15 M1, silver 2024-04-30-dortmund: capitalised words alone before `của` are a
    // person's name, not a unit (the link is no sentence case).
    @Test func capitalisedWordsBeforeALinkAreNoUnit() {
        #expect(Self.unit("Theo thông tin từ Caught Offside, tiền vệ Brian Farinas của Barcelona đang được Arsenal và Borussia Dortmund theo dõi sát sao.",
                          at: "brian") == nil)
        // Silver 2024-10-04-zona-than-kinh: a word in sentence case before the link, as before.
        #expect(Self.unit(Self.units[0].text, at: "cung") == 8)
    }
}
