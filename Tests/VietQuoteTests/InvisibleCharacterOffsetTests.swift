import Testing
@testable import VietQuote

/// Offsets into the input as given, when the Text stage removes or replaces characters before
/// or inside a quote: zero-width characters, soft hyphens, the BOM (U+FEFF, found mid-text in
/// real pages such as silver `2024-04-24-premier`), CR LF and lone CR, NBSP, decomposed
/// letters. The input's text at each quote's offsets, normalised, must be its content.
@Suite struct InvisibleCharacterOffsetTests {
    static let extractor = try! QuoteExtractor()

    /// A real paragraph pair (silver `2024-04-24-premier`): a caption that opens with a BOM,
    /// then a paragraph whose quote must be found at the right offsets.
    static let article = "Cầu thủ này mới 19 tuổi.\n\nHai cầu thủ Premier League bị bắt giữ vì cáo buộc cưỡng hiếp. ẢNH: GETTY\n\n"
        + "Một phát ngôn viên cảnh sát cho biết: “Cảnh sát đã bắt giữ hai người đàn ông sau khi nhận được trình báo về một vụ hiếp dâm.”"

    static let invisibles: [(name: String, text: String)] = [
        ("BOM", "\u{FEFF}"), ("zero-width space", "\u{200B}"), ("ZWNJ", "\u{200C}"), ("ZWJ", "\u{200D}"),
        ("word joiner", "\u{2060}"), ("soft hyphen", "\u{00AD}"), ("two BOMs", "\u{FEFF}\u{FEFF}"),
        ("BOM and soft hyphen", "\u{FEFF}\u{00AD}\u{200B}"),
    ]

    /// The article's one quote, checked against the input.
    func checkedQuote(_ text: String, _ label: String) -> Quote? {
        let result = Self.extractor.extract(text, document: label)
        #expect(QuoteSpanCheck.problems(in: result, input: text) == [], "\(label)")
        let quote = result.quotes.first { $0.content.hasPrefix("Cảnh sát đã bắt giữ") }
        #expect(quote != nil, "\(label): the quote was not found")
        return quote
    }

    @Test(arguments: invisibles.map(\.text))
    func invisibleCharacterBeforeTheQuote(_ invisible: String) {
        // At the start of the caption (as in the real page), and right before the opening mark.
        let before = Self.article.replacingOccurrences(of: "Hai cầu thủ", with: invisible + "Hai cầu thủ")
        let plain = checkedQuote(Self.article, "plain")
        let quote = checkedQuote(before, "before")
        if let plain, let quote {
            let shift = invisible.unicodeScalars.count
            #expect(quote.start == plain.start + shift && quote.end == plain.end + shift)
        }
        _ = checkedQuote(Self.article.replacingOccurrences(of: "“Cảnh", with: invisible + "“Cảnh"), "before the mark")
    }

    @Test(arguments: invisibles.map(\.text))
    func invisibleCharacterInsideTheQuote(_ invisible: String) {
        let inside = Self.article.replacingOccurrences(of: "hai người", with: "hai\(invisible) người")
            .replacingOccurrences(of: "trình báo", with: "trình\(invisible)báo")
        guard let quote = checkedQuote(inside, "inside") else { return }
        #expect(quote.content.contains("hai người") && quote.content.contains("trìnhbáo"))
        // The span ends at the closing mark: the input's last scalar before it is the quote's last.
        let scalars = Array(inside.unicodeScalars)
        #expect(scalars[quote.end] == "”" && scalars[quote.start] == "C")
    }

    @Test func invisibleCharacterAtTheQuoteEdges() {
        for invisible in Self.invisibles.map(\.text) {
            let edged = Self.article.replacingOccurrences(of: "“Cảnh", with: "“\(invisible)Cảnh")
                .replacingOccurrences(of: "hiếp dâm.”", with: "hiếp dâm.\(invisible)”")
            _ = checkedQuote(edged, "edges \(invisible.unicodeScalars.map(\.value))")
        }
    }

    @Test func lineBreaksOfEveryKindBeforeAndInsideTheQuote() {
        for lineBreak in ["\r\n", "\r", "\u{2028}", "\r\n\r\n"] {
            let text = Self.article.replacingOccurrences(of: "\n\n", with: lineBreak + lineBreak)
            _ = checkedQuote(text, "line break \(lineBreak.unicodeScalars.map(\.value))")
        }
        // A hard-wrapped quote with CR LF inside it.
        let wrapped = Self.article.replacingOccurrences(of: "sau khi nhận", with: "sau khi\r\nnhận")
        _ = checkedQuote(wrapped, "CR LF inside")
    }

    @Test func decomposedLettersAndSpacesBesideInvisibles() {
        let decomposed = Self.article.decomposedStringWithCanonicalMapping
            .replacingOccurrences(of: "đàn ông", with: "đàn\u{00A0}\u{FEFF}ông")
        _ = checkedQuote("\u{FEFF}" + decomposed, "NFD with NBSP and BOM")
    }

    /// The offset map itself: each normalised position maps back to the scalar it came from.
    @Test func theOffsetMapSkipsEveryRemovedCharacter() {
        let text = "a\u{FEFF}b\u{00AD}c\r\nd\u{200B}\u{200B}e\u{00A0}f\u{FEFF}"
        let source = SourceText(text)
        #expect(source.normalized == "abc\nde f")
        let scalars = Array(text.unicodeScalars)
        for (position, letter) in source.scalars.enumerated() where letter != "\n" && letter != " " {
            let range = source.originalRange(position..<(position + 1))
            #expect(range.count == 1 && scalars[range.lowerBound] == letter, "position \(position)")
        }
        #expect(source.originalRange(3..<4) == 5..<7)   // CR LF: one line break from two scalars
        #expect(source.originalRange(0..<8) == 0..<13)
    }
}
