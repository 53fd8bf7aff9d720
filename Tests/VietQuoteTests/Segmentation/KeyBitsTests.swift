import Testing
@testable import VietQuote

/// A token holds its key as `KeyBits`: the bits of a small string, or the number of a long
/// key. The key read back must be the key, and equal bits must mean equal bytes.
@Suite struct KeyBitsTests {
    /// Short and long words, the same word twice in each, words of the same letters with
    /// other tones (`hoà`, `hóa`), and a non-ASCII dash.
    static let text = """
        Hoà hòa hóa HÓA nói — \(String(repeating: "nghiêng", count: 3)) \(String(repeating: "nghiêng", count: 3)) \
        internationalization Internationalisation 1.000.000.000.000.000 Euractiv.com
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

    @Test func aLongKeyKeepsItsNumber() {
        let key = String(repeating: "ươ", count: 20)
        let bits = KeyBits(key)
        #expect(bits.high == 0)
        #expect(bits.string == key)
        #expect(KeyBits(key + "") == bits)
        #expect(KeyBits(key + "x") != bits)
    }
}
