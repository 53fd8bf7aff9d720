import Testing
@testable import VietQuote

/// `FunctionWords`: phrases of word classes, read forwards from a position and backwards
/// from one (`matchEnding`, by the phrases stored backwards).
@Suite struct FunctionWordsTests {
    static let words = try! FunctionWords(files: .builtIn)

    func tokens(_ text: String) -> [Token] {
        let source = SourceText(text)
        return Tokenizer.tokens(in: source, range: 0..<source.count)
    }

    /// `matchEnding` finds the longest phrase of the class that ends at a position: the
    /// subject's auxiliaries before a cue, a negator before it.
    @Test func phrasesEndingAtACue() throws {
        let tokens = tokens("Người phát ngôn Bộ Ngoại giao đã không ngay lập tức trả lời")
        let cue = try #require(tokens.firstIndex { $0.key == "trả" })
        let negator = try #require(tokens.firstIndex { $0.key == "không" })
        #expect(Self.words.matchEnding(.negator, in: tokens, at: negator + 1) == negator)
        #expect(Self.words.matchEnding(.negator, in: tokens, at: negator + 1, lowerBound: negator + 1) == nil)
        #expect(Self.words.matchEnding(.negator, in: tokens, at: cue) == nil)
        #expect(Self.words.matchEnding(.negator, in: tokens, at: tokens.count + 1) == nil)
        #expect(Self.words.matchEnding(.negator, in: tokens, at: 0) == nil)
    }

    /// Backwards, `matchEnding` answers as the forward trie does for every start a phrase
    /// may have: on real sentences, for every class and every end.
    @Test func matchEndingAgreesWithTheForwardTrie() {
        let sentences = [
            "Theo ông, nếu Mỹ không rút quân thì Nga sẽ phải đáp trả, người phát ngôn Điện Kremlin cho biết hôm 5/3.",
            "Bộ trưởng Ngoại giao Trung Quốc Vương Nghị hôm qua tuyên bố rằng Bắc Kinh luôn ủng hộ đối thoại.",
            "\"Chúng tôi sẽ không bao giờ chấp nhận điều đó\", bà nói với các phóng viên tại Hà Nội.",
            "Một số nguồn tin không chính thức cho rằng hai bên đã đạt được thỏa thuận về lệnh ngừng bắn.",
        ]
        for sentence in sentences {
            let tokens = tokens(sentence)
            for wordClass in WordClass.allCases {
                for end in 0...tokens.count + 1 {
                    for lowerBound in [0, max(0, end - 2)] {
                        var expected: Int?
                        var start = end - 1
                        while start >= max(lowerBound, end - FunctionWords.Limits.phraseWords) {
                            if let classes = Self.words.trie.value(in: tokens, range: start..<end), classes.contains(wordClass) { expected = start }
                            start -= 1
                        }
                        #expect(Self.words.matchEnding(wordClass, in: tokens, at: end, lowerBound: lowerBound) == expected,
                                "\(wordClass) ending at \(end) in \(sentence)")
                    }
                }
            }
        }
    }
}

extension FunctionWordsTests {
    /// `match` (filtered by the classes of the phrases a word starts) answers as the trie's
    /// longest match of the class does, at every position of real sentences.
    @Test func matchAgreesWithTheTrie() {
        let sentences = [
            "Theo ông, nếu Mỹ không rút quân thì Nga sẽ phải đáp trả, người phát ngôn Điện Kremlin cho biết hôm 5/3.",
            "Một số nguồn tin không chính thức cho rằng hai bên đã đạt được thỏa thuận trên mạng xã hội X.",
        ]
        for sentence in sentences {
            let tokens = tokens(sentence)
            for wordClass in WordClass.allCases {
                for index in -1...tokens.count + 1 {
                    for limit in [nil, index + 1] as [Int?] {
                        let expected = index < 0 ? nil
                            : Self.words.trie.longestMatch(in: tokens, at: index, limit: limit) { $0.contains(wordClass) }?.length
                        #expect(Self.words.match(wordClass, in: tokens, at: index, limit: limit) == expected,
                                "\(wordClass) at \(index) in \(sentence)")
                    }
                }
            }
        }
    }
}
