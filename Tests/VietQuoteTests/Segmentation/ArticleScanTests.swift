import Testing
@testable import VietQuote

/// The Article stage's scans written for speed give what the plain loops gave: the line
/// feeds (`memchr`), a word key's hash (four bytes a step), and the first token that may
/// start a phrase of a trie (through buffers). Text: the top of dev article 001.
@Suite struct ArticleScanTests {
    static let page = """
        Nga kêu gọi Mỹ từ bỏ đối đầu để hợp tác

        Ngày 17/8, người phát ngôn Bộ Ngoại giao Nga Maria Zakharova đã kêu gọi Mỹ cải thiện quan hệ với Nga.\u{20}
        Theo dõi Baoquocte.vn trên
        TIN LIÊN QUAN
        nga keu goi my tu bo doi dau de hop tac Mỹ ưu tiên tạo áp lực ngoại giao và kinh tế với Triều Tiên
        """

    @Test func lineFeedsAreThoseOfAScalarLoop() {
        for text in [Self.page, "", "\n", "a", "\n\n\nb\n", Self.page + "\n", String(repeating: "ươ\n", count: 9),
                     "Ċ\u{200A}\u{030A}Ȋ\nḊ\u{200A}\n\u{0A0A}x"] {
            let scalars = Array(text.unicodeScalars)
            scalars.withUnsafeBufferPointer { buffer in
                for start in 0...scalars.count {
                    let expected = scalars[start...].firstIndex(of: "\n") ?? scalars.count
                    #expect(ArticleSegmenter.lineFeed(buffer, from: start) == expected)
                }
            }
        }
    }

    @Test func bufferHashIsTheByteHash() {
        let bytes = Array(Self.page.utf8)
        for start in stride(from: 0, to: bytes.count, by: 7) {
            for count in 0...min(20, bytes.count - start) {
                let slice = Array(bytes[start..<(start + count)])
                let hash = slice.withUnsafeBufferPointer { MatchKey.hash(buffer: $0) }
                #expect(hash == MatchKey.hash(slice))
            }
        }
        #expect(MatchKey.hash(buffer: UnsafeBufferPointer(start: nil, count: 0)) == MatchKey.hash([UInt8]()))
    }

    @Test func firstPossibleStartIsTheFirstTokenThatMayStart() {
        var trie = PhraseTrie<Int>()
        trie.insert(phrase: "TIN LIÊN QUAN", value: 1)
        trie.insert(phrase: "Theo dõi", value: 2)
        trie.insert(phrase: "ngoại giao", value: 3)
        let source = SourceText(Self.page)
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
        #expect(tokens.contains { trie.mayStart($0) })
        for start in 0...tokens.count + 1 {
            let expected = tokens.indices.first { $0 >= start && trie.mayStart(tokens[$0]) }
            #expect(trie.firstPossibleStart(in: tokens, from: start) == expected)
        }
        #expect(trie.firstPossibleStart(in: [], from: 0) == nil)
    }
}
