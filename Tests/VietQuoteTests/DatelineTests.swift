import Testing
@testable import VietQuote

/// The page's dateline (`Dates/Dateline.swift`), the calendar under it, and the date an
/// extracted article carries.
@Suite struct DatelineTests {
    let finder: DatelineFinder

    init() throws {
        finder = try DatelineFinder(files: .builtIn)
    }

    func date(_ text: String) -> String? { finder.date(in: text)?.iso }

    /// A headline, the line under test, and a sentence of body text.
    func page(_ line: String) -> String {
        "Nhật triệu tập đại sứ Trung Quốc sau bước đi tương tự phía Bắc Kinh\n\n\(line)\n\n"
            + "Trung Quốc và Nhật đã triệu tập đại sứ của nhau sau căng thẳng liên quan phát ngôn của Thủ tướng Nhật."
    }

    // MARK: - Each form

    @Test(arguments: [
        ("Thứ Hai, 17/11/2024 10:00", "2024-11-17"),
        ("17/11/2024", "2024-11-17"),
        ("ngày 17-11-2024", "2024-11-17"),
        ("2024-11-17", "2024-11-17"),
        ("17.11.2024", "2024-11-17"),
        ("Chủ nhật, 3/11/2024", "2024-11-03"),
        ("29/02/2024", "2024-02-29"),
    ])
    func eachFormIsRead(line: String, iso: String) {
        #expect(date(page(line)) == iso)
    }

    @Test func realDatelinesAreRead() {
        // dev 105: the date and time end the headline's line.
        #expect(date("Nhật triệu tập đại sứ Trung Quốc sau bước đi tương tự phía Bắc Kinh 15/11/2025 06:15\n\n(PLO)- Nhật triệu tập đại sứ Trung Quốc") == "2025-11-15")
        // dev 317: a byline.
        #expect(date(page("Đặng Cường | 09/10/2023, 09:56")) == "2023-10-09")
        // dev 303: outlet, weekday, `ngày`, time and zone.
        #expect(date(page("Đàm Linh (Theo AP)-Thứ bảy, ngày 31/08/2024 21:00 GMT+7")) == "2024-08-31")
        // silver: the time before `ngày`.
        #expect(date(page("Từ 06:06 ngày 19-04-2024")) == "2024-04-19")
        // dev 325: time first, on a line of its own.
        #expect(date("11:06 02/11/2022\n\nVenezuela, Colombia cam kết thúc đẩy quan hệ song phương") == "2022-11-02")
    }

    /// A weekday phrase is no text word: four words of byline beside it and the date keep
    /// the line short. A phrase that shares only its first word with a weekday (`Thứ Tám`,
    /// `Chủ tịch`) counts as text, and the line is too long.
    @Test(arguments: [
        ("Phóng viên Đàm Linh | Chủ Nhật 03/11/2024", "2024-11-03"),
        ("Phóng viên Đàm Linh | Chủ tịch 03/11/2024", nil),
        ("Đàm Linh, Hà Nội - Thứ Bảy 02/11/2024", "2024-11-02"),
        ("Đàm Linh, Hà Nội - thứ 7 02/11/2024", "2024-11-02"),
        ("Đàm Linh, Hà Nội - Thứ Tám 02/11/2024", nil),
    ] as [(String, String?)])
    func weekdayPhrasesAreNoText(line: String, expected: String?) {
        #expect(date(page(line)) == expected)
    }

    // MARK: - What is not a dateline

    @Test(arguments: [
        "ngày 17/11",            // no year
        "31/02/2024",            // no such day
        "29/02/2023",            // not a leap year
        "12/10/5563",            // a number from a photo's name, not a year of the press
        "17/11-2024",            // two separators
        "2024-13-01",
    ])
    func wrongDatesAreNoDate(line: String) {
        #expect(date(page(line)) == nil)
    }

    @Test func datesInRunningTextAreNoDateline() {
        // dev 315: the talks' day in the lead's first sentence.
        #expect(date(page("Ngày 12/4/2025, Mỹ và Iran tiến hành đàm phán cấp cao gián tiếp tại Oman nhằm thúc đẩy các cuộc thương lượng về chương trình hạt nhân của Tehran.")) == nil)
        // silver: a weekday inside a sentence.
        #expect(date(page("Như vậy, học sinh sẽ được nghỉ hai ngày liên tục bắt đầu từ thứ ba 30/4/2024 đến hết thứ Tư 1/5/2024 theo đúng quy định.")) == nil)
        // silver: a match's hour is not a clock time of the page.
        #expect(date(page("Borussia Dortmund vs Real Madrid THỜI GIAN: 2h00 ngày 2/6/2024.")) == nil)
    }

    @Test func datesInURLsAreNoDateline() {
        // dev 309: the photo's path holds 2024/12/10 and 12/10/5563…
        let text = "[Việt Nam đề nghị Trung Quốc đẩy nhanh kết nối đường sắt](https://vnexpress.net/viet-nam-de-nghi-4826246.html)\n\n"
            + "![Việt Nam đề nghị Trung Quốc](https://i2-vnexpress.vnecdn.net/2024/12/10/5563187178137268609a-173383849.jpg?w=1200)\n\n"
            + "Phó thủ tướng Bùi Thanh Sơn đề nghị Trung Quốc đẩy nhanh kết nối đường sắt. https://example.vn/17/11/2024"
        #expect(date(text) == nil)
    }

    @Test func aDateBelowTheHeadIsNotTheArticles() {
        let body = (1...DatelineFinder.Limits.headLines).map { "Đoạn \($0) của bài viết về quan hệ hai nước." }
        #expect(date((body + ["17/11/2024"]).joined(separator: "\n")) == nil)
        #expect(date((body.dropLast() + ["17/11/2024"]).joined(separator: "\n")) == "2024-11-17")
    }

    // MARK: - Lines read off their bytes

    /// The words `PlainLine` reads off a line's bytes, or nil when the line is not plain.
    func plainWords(_ line: String) -> [String]? {
        var line = line
        return line.withUTF8 { PlainLine.words(of: $0, limit: .max) }
    }

    @Test(arguments: [
        "Đàm Linh (Theo AP)-Thứ bảy, ngày 31/08/2024 21:00 GMT+7",
        "Lữ Phong | 20:07 13/04/2024",
        "[Việt Nam đề nghị Trung Quốc](https://vnexpress.net/viet-nam-4826246.html) – “Tin mới” — 17/11/2024.",
        "![Ảnh](https://i2-vnexpress.vnecdn.net/2024/12/10/5563.jpg?w=1200 \"chú thích\") www.tuoitre.vn ...",
        "Trang chủ\u{00A0}|\u{3000}Thời sự\u{2003}Thế giới\t(PLO)-",
        "Việt Nam NFD: Vie\u{0302}\u{0323}t Nam, ho\u{0300}a bi\u{0300}nh",
    ])
    func plainLinesGiveTheWordsOfTheirCharacters(line: String) throws {
        let words = try #require(plainWords(line))
        #expect(words == DatelineFinder.words(of: line[...]))
    }

    @Test(arguments: [
        "Giá: 10\u{0301}.000 đồng",      // a combining mark on a cut mark: one character
        "Tin \u{0301}nóng",               // a combining mark on a space
        "Hỏi\u{037E} đáp",                // a question mark equal to `;`
        "\u{0600} 2024",                   // a prepended mark before a space
    ])
    func linesWhereCharactersJoinAreNotPlain(line: String) {
        #expect(plainWords(line) == nil)
        #expect(!DatelineFinder.words(of: line[...]).isEmpty)
    }

    /// `DatelineFinder.date(_:)` reads a word's bytes: it gives the date the scalar reading
    /// gives, on the words of real datelines and on words near a date's shape.
    @Test(arguments: [
        "17/11/2024", "17-11-2024", "17.11.2024", "2024-11-17", "3/11/2024", "29/02/2024", "31/02/2024",
        "2024-02-30", "12/10/5563", "84-0-1131", "1/1/1900", "31/12/2100", "17/11-2024", "17/11/20245",
        "17/11/202", "117/11/2024", "17//2024", "1.500.000", "10:00:00", "2024/11/17", "17/11/2024,",
        "17/11/２０２４", "17/1ı/2024", "2024-11-17T", "20241117", "17–11–2024", "0/0/0000", "09/10/2023",
    ])
    func datesReadOffBytesAgreeWithScalars(word: String) {
        #expect(DatelineFinder.date(word) == Self.dateByScalars(word))
    }

    /// The reference implementation: `DatelineFinder.date(_:)` as first written, on scalars
    /// (`date(_:)` reads bytes and must agree with it).
    static func dateByScalars(_ word: String) -> CalendarDate? {
        guard (8...10).contains(word.utf8.count), let first = word.utf8.first, (0x30...0x39).contains(first) else { return nil }
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 8, scalars.count <= 10 else { return nil }
        if let iso = CalendarDate(iso: word), scalars.count == 10 { return iso }
        let separator = scalars.first { !("0"..."9").contains($0) }
        guard let separator, "/-.".unicodeScalars.contains(separator) else { return nil }
        let parts = word.unicodeScalars.split(separator: separator, omittingEmptySubsequences: false).map { Array($0) }
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              let day = CalendarDate.number(parts[0][...]), let month = CalendarDate.number(parts[1][...]),
              let year = CalendarDate.number(parts[2][...]) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }


    // MARK: - The calendar

    @Test(arguments: [
        ("2024-11-17", 2024, 46), ("2024-12-30", 2025, 1), ("2021-01-03", 2020, 53),
        ("2026-01-01", 2026, 1), ("2027-01-01", 2026, 53), ("2015-12-31", 2015, 53), ("2016-01-03", 2015, 53),
    ])
    func isoWeeksCrossTheYearsEnd(iso: String, year: Int, week: Int) throws {
        let date = try #require(CalendarDate(iso: iso))
        #expect(date.isoWeek.year == year)
        #expect(date.isoWeek.week == week)
    }

    @Test func isoDatesAndDateTimesAreRead() {
        #expect(CalendarDate(iso: "2024-11-17T10:00:00+07:00")?.iso == "2024-11-17")
        #expect(CalendarDate(iso: "2024-02-30") == nil)
        #expect(CalendarDate(iso: "17/11/2024") == nil)
        #expect(CalendarDate(iso: "2024-11-17x") == nil)
        #expect(CalendarDate(iso: "2024-11-17")?.weekday == 7)   // a Sunday
    }

    // MARK: - The date an article carries

    @Test func extractCarriesTheGivenDateOrTheDateline() throws {
        let extractor = try QuoteExtractor()
        let text = page("Đặng Cường | 09/10/2023, 09:56")
        let given = extractor.extract(text, document: "a", date: "2024-11-17T10:00:00+07:00")
        #expect(given.date == "2024-11-17T10:00:00+07:00")
        #expect(given.dateSource == "input")
        let read = extractor.extract(text, document: "a")
        #expect(read.date == "2023-10-09")
        #expect(read.dateSource == "text")
        let wrong = extractor.extract(text, document: "a", date: "hôm qua")
        #expect(wrong.date == "2023-10-09")
        let none = extractor.extract(page("Hà Nội"), document: "a")
        #expect(none.date == nil)
        #expect(none.dateSource == nil)
        let line = try none.jsonLine()
        #expect(line.contains("\"date\":null") && line.contains("\"date_source\":null"))
    }
}
