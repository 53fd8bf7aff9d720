import Testing
@testable import VietQuote

/// The Segmentation stage: tokens, quotation pairing, sentences and longest-match lookup.
@Suite struct SegmentationTests {
    static let splitter = try! SentenceSplitter(files: .builtIn)

    func sentences(_ text: String) -> [String] {
        let source = SourceText(text)
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
        let quoted = QuotationPairing.spans(in: tokens, scalars: source.scalars)
        return Self.splitter.sentences(in: tokens, quoted: quoted).map { range in
            source.string(tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
        }
    }

    @Test func abbreviationsDatesAndNumbersDoNotEndSentences() {
        #expect(sentences("PGS.TS. Nguyễn Văn A làm việc tại TP. Hồ Chí Minh. Ông về hưu.").count == 2)
        #expect(sentences("Ngày 4/2 và 17/8 lúc 13h10, có 1.000 người và 2,5 tấn hàng. Hết.").count == 2)
        #expect(sentences("Các nước Anh, Pháp, Đức v.v. đều tham dự.").count == 1)
        #expect(sentences("Ông Rigoberto D. Tiglao cho biết như vậy.").count == 1)
    }

    @Test func aSiteKeepsItsDomain() {
        #expect(sentences("Trang tin tức Euractiv.com ngày 10/6 đưa tin như vậy. Hết.").count == 2)
        #expect(sentences("Theo tờ Tuoitre.vn và BBC.co.uk, hai bên đã gặp nhau.").count == 1)
        // A full stop before a capitalised word still ends the sentence.
        #expect(sentences("Ông đến Moscow.Ông Lavrov tiếp ông.").count == 2)
    }

    @Test func ellipsisBeforeLowerCaseGoesOn() {
        #expect(sentences("Ông nói rằng... chưa có gì chắc chắn. Sau đó ông rời đi.").count == 2)
    }

    @Test func aQuoteHoldsSeveralSentences() {
        let found = sentences(#"Ông nói: "Chúng tôi sẵn sàng. Chúng tôi chờ đợi." Sau đó ông rời đi."#)
        #expect(found == [#"Ông nói: "Chúng tôi sẵn sàng. Chúng tôi chờ đợi.""#, "Sau đó ông rời đi."])
    }

    @Test func pairingSurvivesMissingAndMixedMarks() {
        func spans(_ text: String) -> [QuotedSpan] {
            let source = SourceText(text)
            let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
            return QuotationPairing.spans(in: tokens, scalars: source.scalars).filter(\.isDouble)
        }
        // Curly opening, straight closing.
        #expect(spans("Ông nói “hòa bình\" rồi đi").count == 1)
        // No closing mark: the quote runs to the paragraph end.
        let open = spans("Ông nói: \"chúng tôi sẵn sàng đối thoại")
        #expect(open.count == 1 && open[0].close == nil)
        // No opening mark: the quote starts at the paragraph start.
        let close = spans("chúng tôi sẵn sàng\", ông nói.")
        #expect(close.count == 1 && close[0].open == nil && close[0].contentStart == 0)
    }

    @Test func longestMatchOverSyllables() {
        var trie = PhraseTrie<String>()
        trie.insert(phrase: "nói", value: "cue")
        trie.insert(phrase: "nói chung", value: "blocker")
        trie.insert(phrase: "bình thường", value: "ordinary")
        trie.insert(phrase: "bình thường hóa", value: "normalise")
        let source = SourceText("Nói chung hai nước sẽ bình thường hoá quan hệ, ông nói")
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
        let found = trie.matches(in: tokens, range: 0..<tokens.count).map(\.value)
        #expect(found == ["blocker", "normalise", "cue"])
    }

    /// `ByteKey.sameBytes` (which first compares the two words of a `String` when that is
    /// its layout) agrees with `==` and a byte-by-byte comparison: small and large keys,
    /// equal keys in different storage, equal prefixes of different lengths, non-ASCII.
    @Test func byteKeyComparisonAgreesWithPlainComparison() {
        #expect(ByteKey.representationIsTwoWords == (MemoryLayout<String>.size == 16))
        // review8 m6: the small-string bit is this platform's layout (else sameBytes compares bytes).
        #expect(ByteKey.smallBitHolds == ByteKey.representationIsTwoWords)
        let text = SourceText("Thứ trưởng Bộ Ngoại giao Nguyễn Minh Hằng cho biết: quan hệ đối tác chiến lược toàn diện Việt Nam – Hoa Kỳ.")
        var keys = Tokenizer.tokens(in: text, range: 0..<text.count).map(\.key)
        keys += ["thứ trưởng bộ ngoại giao", "thứ trưởng bộ ngoại gia", "quan hệ đối tác chiến lược toàn diện",
                 "quan hệ đối tác chiến lược toàn diệ", "a", "ab", "", "nguyễn", "nguyen", "ngoại giao", "ngoai giao"]
        // The same bytes in new storage (a different representation for large strings).
        var copies = keys.map { String(decoding: Array($0.utf8), as: UTF8.self) }
        // Short keys in large storage (not small strings), and marks of one byte and of three.
        keys += [",", ".", ":", "-", "\u{2013}", "\u{2014}", "\u{2026}"]
        for key in [",", ".", "\u{2013}", "ab", "nguyễn"] {
            var large = String()
            large.reserveCapacity(64)
            large += key
            copies.append(large)
        }
        for left in keys + copies {
            for right in keys + copies {
                let plain = Array(left.utf8) == Array(right.utf8)
                #expect(ByteKey.sameBytes(left, right) == plain, "\(left) | \(right)")
                #expect(ByteKey.sameBytesPlain(left, right) == plain)
                #expect((ByteKey(left) == ByteKey(right)) == plain)
            }
        }
    }

    @Test func namesWithHyphensAndApostrophesStayWhole() {
        let source = SourceText("Kim Hong-kyun gặp ông O'Brien")
        let keys = Tokenizer.tokens(in: source, range: 0..<source.count).map(\.key)
        #expect(keys == ["kim", "hong-kyun", "gặp".precomposedKey, "ông".precomposedKey, "o'brien"])
    }
}

extension String {
    /// The match key of one word.
    var precomposedKey: String { MatchKey.words(self)[0] }
}
