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
        guard let index = tokens.firstIndex(where: { $0.key == MatchKey.fold(word.unicodeScalars) }) else {
            Issue.record("no word \(word)")
            return nil
        }
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

    /// Whether the apposition whose title opens at the last word `word` of `text` is read over
    /// a unit's name (Titles/AppositionTitle.swift).
    static func readsUnit(_ text: String, at word: String) -> Bool {
        let source = SourceText(text)
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
        guard let index = tokens.lastIndex(where: { $0.key == MatchKey.fold(word.unicodeScalars) }) else {
            Issue.record("no word \(word)")
            return false
        }
        guard let (_, trace) = JoinedOfficesTests.parser.appositionTitle(in: tokens, at: index, limit: tokens.count) else { return false }
        return trace.contains(.apposedUnitName)
    }

    /// Review15 M3: a unit is read only after a person's name, not after a run that goes on from
    /// a body's name or a possessor after `của` (they became titled persons `Nam TP HCM`, `Chỉle`).
    static let notAfterPersons: [(text: String, word: String)] = [
        // Silver 2024-09-01-nguyen-thi-ngoc-phuong.
        ("Bà từng là Viện trưởng Viện Tim TP HCM, nguyên Phó chủ tịch Hội Nạn nhân chất độc da cam/dioxin Việt Nam TP HCM, nguyên Chủ tịch Hội Hữu nghị Việt Mỹ TP HCM.",
         "nguyên"),
        // Silver 2024-11-10-luong-cuong.
        ("Sau khi tới thủ đô Santiago của Chỉle, người đứng đầu Nhà nước Việt Nam đã đến thăm đại sứ quán và gặp gỡ kiều bào trong chiều 9-11 (giờ Chile).",
         "người"),
    ]

    @Test(arguments: notAfterPersons) func noUnitAfterANonPerson(_ example: (text: String, word: String)) {
        #expect(!Self.readsUnit(example.text, at: example.word))
    }

    // The unit's own words are still read there: what rejects them is the run before the comma.
    @Test func unitWordsAloneStillRead() {
        #expect(Self.unit(Self.notAfterPersons[1].text, at: "nhà") == 4)
    }

    /// After a person's name: an honorific before it, a family name opening a full name in it.
    static let afterPersons: [(text: String, word: String)] = [
        // Silver 2024-07-24-olympic-paris-2024: an honorific, a name particle in the name.
        ("Lá cờ do ông Pierre de Coubertin, người sáng lập Thế vận hội Olympic hiện đại, tạo ra vào năm 1914, gồm 5 vòng tròn liên kết với các màu xanh dương, vàng, đen, xanh lá, đỏ trên nền màu trắng.",
         "người"),
        // Silver 2024-05-15-sau-rieng: a person's pronoun opening the run, a glued apostrophe in it.
        ("Chị Kơ Liêng K’Rim - Chủ tịch Hội Nông dân xã Liêng S'rônh, huyện Đam Rông chia sẻ, nông dân vùng sâu giờ cũng đã có ý thức trong việc ứng dụng kỹ thuật tưới nước tiết kiệm.",
         "chủ"),
        // Silver 2024-06-02-cat: a family name opening a full name after a capitalised title.
        ("Chia sẻ với PV, BSCKI Đặng Thế Cường – trưởng khoa Phụ sản (BV Nam Thăng Long) cho biết: \"Do khối u xơ tử cung có kích thước lớn hơn 20cm, nặng 2kg, chèn ép các ...",
         "trưởng"),
    ]

    @Test(arguments: afterPersons) func unitAfterAPerson(_ example: (text: String, word: String)) {
        #expect(Self.readsUnit(example.text, at: example.word))
    }
}
