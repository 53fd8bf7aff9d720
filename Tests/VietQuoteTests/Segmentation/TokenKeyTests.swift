import Testing
@testable import VietQuote

/// The tokenizer writes a word's match key while it reads the word (`ScalarFacts`,
/// `KeyBytes`) and looks marks up by their scalar: every key, hash and id must be the ones
/// the scalar-by-scalar fold (`MatchKey.foldScalars`) and the word table's own look-up give.
@Suite struct TokenKeyTests {
    static let cues = try! CueLexicon(files: .builtIn)

    /// Words of every path: both tone placements, capitals, inner apostrophes and hyphens,
    /// domains, numbers with separators, a Latin letter the fold tables lack (`ǅ`), Cyrillic
    /// and Greek (folded scalar by scalar), a word longer than the key buffer, and marks
    /// (quotes of each shape, an ellipsis, a run of dashes, a non-ASCII dash).
    static let text = """
        Ông Nguyễn Văn HOÀ nói hòa bình, KHỎE khoẻ: "Côte d'Ivoire và O’Brien đã đến Tuoitre.vn …" \
        Jae-myung -- 1.000 đồng, 13h10 ngày 12/3; «Москва» và Ελλάδα — ǅemal \
        \(String(repeating: "ươ", count: 40)) \(String(repeating: "abc", count: 20)) ‘‘ờ’’ 'x' \
        \(String(repeating: "ư", count: 60)) \(String(repeating: "ư", count: 61)) \(String(repeating: "Ư", count: 62)) \
        \(String(repeating: "a", count: 120)) \(String(repeating: "a", count: 121)) \(String(repeating: "ừ", count: 59))
        """

    @Test func keysHashesAndIdsAgreeWithTheScalarFold() {
        _ = Self.cues
        let source = SourceText(Self.text)
        let words = WordTable.shared
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
        #expect(tokens.count > 40)
        for token in tokens {
            let scalars = source.scalars[token.range]
            let expected: String
            switch token.kind {
            case .word, .number: expected = MatchKey.foldScalars(scalars)
            case .quote: expected = "\""
            case .punctuation: expected = scalars.count > 1 && scalars.first == "." ? "…" : String(scalars.first!)
            }
            #expect(token.key == expected, "\(String(String.UnicodeScalarView(scalars)))")
            #expect(token.key.utf8.elementsEqual(expected.utf8))
            #expect(token.keyHash == MatchKey.hash(expected))
            #expect(token.wordID == words.id(of: expected))
        }
        let known = tokens.filter { $0.wordID != WordTable.unknown }
        #expect(known.contains { $0.kind == .quote } && known.contains { $0.key == "hoa\u{300}" })
        #expect(tokens.contains { $0.key == "москва" } && tokens.contains { $0.key.utf8.count > 120 })
    }

    /// A word of two or more letters is all capitals when none of the letters it reads as
    /// letters is lower case (digits and inner marks do not count; nor do the letters of a
    /// domain suffix, read with its dot).
    @Test func allCapitalsCountTheWordsOwnLetters() {
        let cases: [(String, Bool)] = [
            ("UN", true), ("ICC", true), ("Un", false), ("HOÀ", true), ("KHỎE", true), ("Ông", false),
            ("G7", true), ("A", false), ("O'BRIEN", true), ("O'Brien", false), ("JAE-MYUNG", true),
            ("Jae-MYUNG", false), ("VNEXPRESS.net", true), ("ĐBQH", true), ("ĐBQh", false), ("7UP", false),
        ]
        for (word, allCaps) in cases {
            let source = SourceText(word)
            let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
            #expect(tokens.count == 1 && tokens[0].isAllCaps == allCaps, "\(word)")
        }
    }
}
