import Testing
@testable import VietQuote

/// A token holds its key as `KeyBits`: the bits of a small string, or the number of a long
/// key in the `ArticleKeys` of the article being read. The key read back must be the key,
/// equal bits must mean equal bytes, and the long keys must not outlive their article.
@Suite struct KeyBitsTests {
    /// Short and long words, the same word twice in each, words of the same letters with
    /// other tones (`hoà`, `hóa`), a non-ASCII dash, and a sum in đồng of 17 bytes.
    static let text = """
        Hoà hòa hóa HÓA nói — \(String(repeating: "nghiêng", count: 3)) \(String(repeating: "nghiêng", count: 3)) \
        internationalization Internationalisation 1.000.000.000.000.000 Euractiv.com 1.500.000.000.000 đồng
        """

    @Test func theLayoutCheckHoldsOnThisPlatform() {
        #expect(KeyBits.smallStringsAreBits)
    }

    @Test func theKeyReadBackIsTheKeyAndEqualBitsAreEqualBytes() {
        let source = SourceText(Self.text)
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
        #expect(tokens.contains { $0.key.utf8.count > 15 } && tokens.contains { $0.key.utf8.count <= 15 })
        for token in tokens {
            let scalars = source.scalars[token.range]
            let expected = token.kind == .punctuation ? String(scalars.first!) : MatchKey.foldScalars(scalars)
            #expect(token.key.utf8.elementsEqual(expected.utf8))
            #expect(KeyBits(expected) == KeyBits(token.key))
            for other in tokens {
                #expect(token.hasSameKey(as: other) == token.key.utf8.elementsEqual(other.key.utf8))
            }
        }
    }

    /// A token's bits are those `KeyBits.short` makes of its key, so a `KeySet` made at
    /// lexicon load compares a token's short key by bits; a long key, by bytes.
    @Test func keySetsFindShortKeysByBitsAndLongKeysByBytes() {
        let source = SourceText(Self.text)
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
        for token in tokens where token.key.utf8.count <= 15 {
            #expect(KeyBits.short(token.key) == token.keyBits)
        }
        let long = tokens.first { $0.key.utf8.count > 15 }!, short = tokens.first { $0.key == "hoa\u{300}" }!
        let set = KeySet([long.key, "hoa\u{300}"])
        #expect(set.contains(long) && set.contains(short))
        #expect(!set.contains(tokens.first { $0.key == "hoa\u{301}" }!))
        #expect(!KeySet(["internationalisation"]).contains(long))
    }

    @Test func aLongKeyKeepsItsNumberInItsArticle() {
        let key = String(repeating: "ươ", count: 20)
        let bits = KeyBits(key)
        #expect(bits.isLong)
        #expect(bits.string == key)
        #expect(KeyBits(key + "") == bits)
        #expect(KeyBits(key + "x") != bits)
    }

    /// The pipeline drops the long keys of the thread's earlier articles as it starts the
    /// next one: a page of many distinct long numbers leaves only its own keys, and the next
    /// page none (memory holds one article's long keys, never the input's).
    @Test func theLongKeysOfAnArticleAreDroppedWithIt() throws {
        let extractor = try QuoteExtractor()
        let sums = (0..<300).map { "Ông Nam nói: \"Dự án cần 1.\($0 + 100).000.000.000 đồng\"." }
        _ = extractor.extract(sums.joined(separator: "\n"), document: "sums")
        #expect(ArticleKeys.current.keyCount >= 300)
        let serial = ArticleKeys.current.serial
        _ = extractor.extract("Ông Nam nói: \"Dự án cần 5 tỷ đồng\".", document: "short")
        #expect(ArticleKeys.current.keyCount == 0)
        #expect(ArticleKeys.current.serial != serial)
    }
}
