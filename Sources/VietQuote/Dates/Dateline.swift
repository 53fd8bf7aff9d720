/// The article's own date, read from its page's dateline.
///
/// Recognises, in the first `Limits.headLines` non-blank lines of the page (the headline,
/// the byline, the lead), outside links and URLs, a full date written `17/11/2024`,
/// `17-11-2024`, `17.11.2024` or `2024-11-17`, alone or after `ngày`, that reads as a
/// dateline: a clock time beside it (`15/11/2025 06:15`, `Lữ Phong | 20:07 13/04/2024`),
/// or a short line of its own, a weekday, times and time zones not counted
/// (`Thứ Hai, 17/11/2024`, `17/11/2024`, `Đặng Cường | 09/10/2023`). The first such date
/// is the article's.
///
/// Real example (dev 317): `Đặng Cường | 09/10/2023, 09:56` → 2023-10-09.
///
/// Rejects: a date without a year (`ngày 17/11`), a day that does not exist (`31/02/2024`),
/// a date in running text (dev 315: `Ngày 12/4/2025, Mỹ và Iran tiến hành đàm phán…` is the
/// talks' day, not a dateline; silver: `… bắt đầu từ thứ ba 30/4/2024 đến hết thứ Tư…`),
/// an event's hour written `2h00 ngày 2/6/2024` (a dateline's time is `hh:mm`), a date
/// further down the page (dev 002: `15/3/2026` at line 39), and the dates of photo and
/// link URLs (`cdn1.tuoitre.vn/…/2024/10/12/…`).
struct DatelineFinder: Sendable {
    static let fileName = "datelines.tsv"
    static let columns = ["words", "kind"]

    enum Limits {
        /// The headline, the byline and the lead: a dateline stands there, the dates of
        /// the body's events further down (dev 002, 407).
        static let headLines = 15
        /// A byline (`Đặng Cường | 09/10/2023`) has a few words beside its date; a sentence
        /// of the lead, or a list row (`Kết quả Xổ số Đồng Tháp ngày 27/5/2024`), has more.
        static let shortLineWords = 4
        /// A time belongs to the date when at most this many words stand between them
        /// (`Từ 06:06 ngày 19-04-2024`).
        static let timeDistance = 2
    }

    enum Kind: String, CaseIterable { case weekday, marker, zone }

    /// Lowercased words of each weekday phrase, longest first.
    private var weekdays: [[String]] = []
    /// The positions in `weekdays` of the phrases that start with each first word, in order
    /// (a word of a line is looked up once, not compared with every phrase).
    private var weekdaysByFirstWord: [String: [Int]] = [:]
    private var markers: Set<String> = []
    private var zones: Set<String> = []
    /// Per byte, whether a weekday phrase, a marker or a time zone starts with it: a word
    /// that starts with none is looked up in none of them (each look-up hashes the word).
    private var listedFirstBytes = [Bool](repeating: false, count: 256)

    init(files: LexiconFiles) throws(LexiconError) {
        let table = try files.table(Self.fileName, columns: Self.columns)
        for row in table.rows {
            let words = try row.required("words").lowercased().split(separator: " ").map(String.init)
            switch Kind(rawValue: try row.choice("kind", in: Set(Kind.allCases.map(\.rawValue))))! {
            case .weekday: weekdays.append(words)
            case .marker, .zone:
                guard words.count == 1 else { throw row.error("a \(row["kind"]) is one word") }
                if row["kind"] == Kind.marker.rawValue { markers.insert(words[0]) } else { zones.insert(words[0]) }
            }
        }
        weekdays.sort { $0.count > $1.count }
        for (index, phrase) in weekdays.enumerated() { weekdaysByFirstWord[phrase[0], default: []].append(index) }
        for word in weekdays.map({ $0[0] }) + markers + zones {
            if let first = word.utf8.first { listedFirstBytes[Int(first)] = true }
        }
    }

    /// The date of the first dateline of `text`, or nil.
    func date(in text: String) -> CalendarDate? {
        var bytes = text
        return bytes.withUTF8 { utf8 in
            var seen = 0
            // Lines are found in the UTF-8 bytes, one by one from the top: the page's body is
            // never split. Only a line that may hold a date is read into words; of any other
            // line, only whether it has a word (it counts among the head lines).
            var start = 0
            while start < utf8.count {
                let (end, next) = Self.lineEnd(utf8, from: start)
                defer { start = next }
                let bytes = UnsafeBufferPointer(rebasing: utf8[start..<end])
                let mayHoldDate = Self.mayHoldDate(bytes)
                func line() -> Substring {
                    let lower = text.utf8.index(text.utf8.startIndex, offsetBy: start)
                    return text[lower..<text.utf8.index(lower, offsetBy: end - start)]
                }
                guard mayHoldDate else {
                    // Of a line without a date, only whether it has a word (no word made a `String`).
                    if PlainLine.hasWord(bytes) ?? !Self.words(of: line(), limit: 1).isEmpty {
                        seen += 1
                        if seen > Limits.headLines { return nil }
                    }
                    continue
                }
                // (A plain line's words as byte ranges: a word is made a `String` only when
                // read, and most words of a long line are not.)
                let words = PlainLine.wordRanges(of: bytes, limit: .max).map { LineWords($0, in: bytes) }
                    ?? LineWords(Self.words(of: line()))
                guard words.count > 0 else { continue }
                seen += 1
                if seen > Limits.headLines { return nil }
                if let date = dateline(words) { return date }
            }
            return nil
        }
    }

    /// The end of the line that starts at byte `start` (at the first newline: LF, VT, FF,
    /// CR, NEL, LINE or PARAGRAPH SEPARATOR, as `Character.isNewline`), and the start of the
    /// next one (CR LF is one newline). Eight bytes at a time while none of them may start
    /// a newline (a byte below 0x0E, 0xC2 or 0xE2).
    static func lineEnd(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, next: Int) {
        var block = start
        while block < utf8.count {
            block = ByteWords.skip(UnsafeRawBufferPointer(utf8), from: block) { word in
                ByteWords.hasByte(word, below: 0x0E) || ByteWords.hasByte(word, equalTo: 0xC2) || ByteWords.hasByte(word, equalTo: 0xE2)
            }
            for index in block..<min(block + 8, utf8.count) {
                switch utf8[index] {
                case 0x0A, 0x0B, 0x0C: return (index, index + 1)
                case 0x0D: return (index, index + 1 < utf8.count && utf8[index + 1] == 0x0A ? index + 2 : index + 1)
                case 0xC2 where index + 1 < utf8.count && utf8[index + 1] == 0x85: return (index, index + 2)
                case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                    return (index, index + 3)
                default: continue
                }
            }
            block += 8
        }
        return (utf8.count, utf8.count)
    }

    /// Whether the bytes of a line may hold a date of `date(_:)`: a digit, a separator,
    /// one or two digits, the same separator and two digits or more (`17/11/2024`,
    /// `2024-11-17`). A line without one holds no date. Every byte of such a date is a
    /// digit or a separator (`-./0…9`, 0x2D–0x39): eight bytes without one are skipped.
    static func mayHoldDate(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        func isDigit(_ index: Int) -> Bool { index < utf8.count && utf8[index] >= 0x30 && utf8[index] <= 0x39 }
        var block = 0
        while block < utf8.count {
            block = ByteWords.skip(UnsafeRawBufferPointer(utf8), from: block) { ByteWords.hasByte($0, in: 0x2D...0x39) }
            for index in max(block, 1)..<min(block + 8, utf8.count) where index + 4 < utf8.count {
                let separator = utf8[index]
                guard separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-") || separator == UInt8(ascii: "."),
                      isDigit(index - 1) else { continue }
                var digits = index + 1
                while isDigit(digits) { digits += 1 }
                if (1...2).contains(digits - index - 1), digits < utf8.count, utf8[digits] == separator,
                   isDigit(digits + 1), isDigit(digits + 2) { return true }
            }
            block += 8
        }
        return false
    }

    /// The date of a line's first date that reads as a dateline.
    func dateline(_ words: [String]) -> CalendarDate? {
        dateline(LineWords(words))
    }

    /// `dateline(_:)` of the words of a line. (Only a word that starts with a digit is read
    /// whole: no other word is a date or a time.)
    func dateline(_ words: LineWords) -> CalendarDate? {
        var lowered: LoweredWords?
        for index in 0..<words.count where words.startsWithDigit(index) {
            guard let date = Self.date(words[index]) else { continue }
            let near = Range(from: index - Limits.timeDistance, to: index + Limits.timeDistance + 1).clamped(toCount: words.count)
            if near.contains(where: { words.startsWithDigit($0) && Self.isTime(words[$0]) }) { return date }
            if lowered == nil { lowered = LoweredWords(words) }
            if textWords(&lowered!, besides: index, upTo: Limits.shortLineWords) <= Limits.shortLineWords { return date }
        }
        return nil
    }

    /// The words of a line: the `String`s of `words(of:)`, or the byte ranges of a plain
    /// line's words in its UTF-8 (`PlainLine.wordRanges`), each made a `String` when read.
    /// A value of the second kind lives only while the line's bytes do (inside `date(in:)`).
    struct LineWords {
        private let strings: [String]
        private let ranges: [Range<Int>]
        private let bytes: UnsafeBufferPointer<UInt8>?

        init(_ strings: [String]) {
            self.strings = strings
            ranges = []
            bytes = nil
        }

        init(_ ranges: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) {
            strings = []
            self.ranges = ranges
            self.bytes = bytes
        }

        var count: Int { bytes == nil ? strings.count : ranges.count }

        subscript(index: Int) -> String {
            guard let bytes else { return strings[index] }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[ranges[index]]), as: UTF8.self)
        }

        /// Whether the word at `index` starts with an ASCII digit (a date and a time do).
        func startsWithDigit(_ index: Int) -> Bool {
            let first = bytes.map { $0[ranges[index].lowerBound] } ?? strings[index].utf8.first
            return first.map { (0x30...0x39).contains($0) } ?? false
        }
    }

    /// The number of words of the line that are text: not the date at `index`, not a
    /// weekday, a marker (`ngày`), a time zone, a time or another date; counted no further
    /// than `limit` + 1.
    func textWords(_ words: inout LoweredWords, besides index: Int, upTo limit: Int = .max) -> Int {
        var count = 0
        var position = 0
        while position < words.count, count <= limit {
            // The first phrase of `weekdays` whose words stand here (its first word does).
            let word = words[position]
            let listed = word.utf8.first.map { listedFirstBytes[Int($0)] } ?? false
            let weekday = !listed ? nil : weekdaysByFirstWord[word]?.lazy.map { weekdays[$0] }.first { phrase in
                position + phrase.count <= words.count && phrase.indices.dropFirst().allSatisfy { words[position + $0] == phrase[$0] }
            }
            if let weekday {
                position += weekday.count
                continue
            }
            if position != index, !isFurniture(word, listed: listed) { count += 1 }
            position += 1
        }
        return count
    }

    /// The words of a line in lower case, each lowered when first read (a line is read
    /// only as far as its text words are few).
    struct LoweredWords {
        private let words: LineWords
        private var lowered: [String?]
        init(_ words: LineWords) {
            self.words = words
            lowered = Array(repeating: nil, count: words.count)
        }
        var count: Int { words.count }
        subscript(index: Int) -> String {
            mutating get {
                if let word = lowered[index] { return word }
                let word = words[index].lowercased()
                lowered[index] = word
                return word
            }
        }
    }

    /// A word that is not text on a byline: a marker, a time zone, a time, another date.
    /// `listed`: whether a marker or a zone may start with the word's first byte (see
    /// `listedFirstBytes`).
    func isFurniture(_ word: String, listed: Bool = true) -> Bool {
        (listed && (markers.contains(word) || zones.contains(word))) || Self.isTime(word) || Self.date(word) != nil
    }

    /// The words of a line, URLs and link targets left out, edge punctuation trimmed.
    /// Reads no further than `limit` words.
    static func words(of line: Substring, limit: Int = .max) -> [String] {
        var kept: [String] = []
        var inTarget = false
        var rest = line[...]
        while kept.count < limit {
            // The next run of characters that are not white space (as `split` gives them).
            guard let start = rest.firstIndex(where: { !$0.isWhitespace }) else { break }
            let end = rest[start...].firstIndex(where: \.isWhitespace) ?? rest.endIndex
            var word = rest[start..<end]
            rest = rest[end...]
            if inTarget {
                guard let close = word.firstIndex(of: ")") else { continue }
                word = word[word.index(after: close)...]
                inTarget = false
            }
            // Byte tests first: the substring searches below are costly, and most words
            // have neither a `]` nor a `:`.
            if word.utf8.contains(UInt8(ascii: "]")), let open = word.firstRange(of: "](") {
                let rest = word[open.upperBound...]
                if !rest.contains(")") { inTarget = true }
                word = word[..<open.lowerBound]
            }
            if word.utf8.contains(UInt8(ascii: ":")), word.contains("://") { continue }
            if word.hasPrefix("www.") { continue }
            while let first = word.first, edgePunctuation.contains(first) { word = word.dropFirst() }
            while let last = word.last, edgePunctuation.contains(last) { word = word.dropLast() }
            if !word.isEmpty { kept.append(String(word)) }
        }
        return kept
    }

    static let edgePunctuation: Set<Character> = [",", ";", "|", "(", ")", "[", "]", "!", "–", "—", "-", "\"", "'", "“", "”", ".", ":"]

    /// `17/11/2024`, `17-11-2024`, `17.11.2024` (one separator throughout) or `2024-11-17`.
    static func date(_ word: String) -> CalendarDate? {
        // Every date of these forms is 8 to 10 ASCII characters, the first a digit.
        guard (8...10).contains(word.utf8.count), let first = word.utf8.first, (0x30...0x39).contains(first) else { return nil }
        // ... and each of them a digit or the separator (`-./`, 0x2D–0x2F): any other word
        // is read no further. Such a word is ASCII, its bytes its scalars: read as bytes.
        var word = word
        return word.withUTF8 { utf8 in
            utf8.allSatisfy { (0x2D...0x39).contains($0) } ? date(ascii: utf8) : nil
        }
    }

    /// `date(_:)` of a word of 8 to 10 bytes, each a digit or `-./`, the first a digit.
    private static func date(ascii utf8: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
        func number(_ range: Range<Int>) -> Int? {
            guard !range.isEmpty, utf8[range].allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
            return utf8[range].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        let dash = UInt8(ascii: "-")
        if utf8.count == 10, utf8[4] == dash, utf8[7] == dash, let year = number(0..<4), let month = number(5..<7),
           let day = number(8..<10), let iso = CalendarDate(year: year, month: month, day: day) { return iso }
        // The first byte that is not a digit is the separator; its three parts: 1–2, 1–2, 4 digits.
        guard let first = utf8.firstIndex(where: { $0 < 0x30 }) else { return nil }
        let separator = utf8[first]
        guard let second = utf8[(first + 1)...].firstIndex(of: separator),
              !utf8[(second + 1)...].contains(separator),
              (1...2).contains(first), (1...2).contains(second - first - 1), utf8.count - second - 1 == 4,
              let day = number(0..<first), let month = number(first + 1..<second), let year = number(second + 1..<utf8.count)
        else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// A clock time: `10:00`, `9:56:03`.
    static func isTime(_ word: String) -> Bool {
        // A time is 3 to 8 ASCII digits and colons, a digit first: any other word is not one.
        guard (3...8).contains(word.utf8.count), let first = word.utf8.first, (0x30...0x39).contains(first) else { return false }
        let scalars = Array(word.unicodeScalars)
        guard let mark = scalars.firstIndex(of: ":") else { return false }
        let hours = CalendarDate.number(scalars[from: 0, upTo: mark])
        let minutes = CalendarDate.number(scalars[from: mark + 1, upTo: mark + 3])
        guard let hours, let minutes, (1...2).contains(mark), hours < 24, minutes < 60 else { return false }
        let rest = scalars[from: mark + 3, upTo: scalars.count]
        return rest.isEmpty || (rest.count == 3 && rest.first == ":"
            && (CalendarDate.number(rest.dropFirst()) ?? 60) < 60)
    }
}
