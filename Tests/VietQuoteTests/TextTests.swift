import Foundation
import Testing
@testable import VietQuote

/// The Text stage: normalisation with a map back to the input, and match keys.
@Suite struct TextTests {
    func slice(_ text: String, _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: Array(text.unicodeScalars)[range])
        return String(view)
    }

    /// The fold's letter tables, made from one decomposition and one composition of all the
    /// letters, hold what each letter gives alone: lower case, NFD, the tone mark taken out,
    /// NFC of the rest when that is one scalar.
    @Test func letterTablesHoldWhatEachLetterGivesAlone() {
        for (range, flat) in [(UInt32(0x00C0)...0x024F, MatchKey.latinLetters), (0x1E00...0x1EFF, MatchKey.vietnameseLetters)] {
            for value in range {
                var expected: UInt64 = 0
                if let scalar = Unicode.Scalar(value) {
                    var tone: UInt32 = 0
                    var rest = String.UnicodeScalarView()
                    for part in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
                        if MatchKey.toneMarks.contains(part.value) { tone = part.value } else { rest.append(part) }
                    }
                    let base = Array(String(rest).precomposedStringWithCanonicalMapping.unicodeScalars)
                    if base.count == 1 { expected = UInt64(base[0].value) | UInt64(tone) << 32 }
                }
                #expect(flat[Int(value - range.lowerBound)] == expected, "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func decomposedInputIsComposedAndMapsBack() {
        let input = "Tổng thống nói: hòa bình".decomposedStringWithCanonicalMapping
        let text = SourceText(input)
        #expect(text.normalized == "Tổng thống nói: hòa bình")
        #expect(input.unicodeScalars.count > text.count)
        // "hòa" in the normalised text maps to the decomposed letters of the input.
        let start = text.normalized.unicodeScalars.count - 8
        let original = text.originalRange(start..<start + 3)
        #expect(slice(input, original).precomposedStringWithCanonicalMapping == "hòa")
    }

    @Test func lineBreaksSpacesAndInvisibleCharacters() {
        let input = "Nga\r\ncho\u{00A0}biết\u{200B} hôm\rnay\u{FEFF}"
        let text = SourceText(input)
        #expect(text.normalized == "Nga\ncho biết hôm\nnay")
        // "biết" still maps to its place in the input as given.
        let normalized = Array(text.normalized.unicodeScalars)
        let start = (0..<normalized.count).first { String(String.UnicodeScalarView(normalized[$0..<$0 + 4])) == "biết" }!
        #expect(slice(input, text.originalRange(start..<start + 4)) == "biết")
        // "nay" comes after a lone CR and before a BOM: offsets skip neither.
        let nay = normalized.count - 3
        #expect(slice(input, text.originalRange(nay..<nay + 3)) == "nay")
    }

    /// NFC makes some scalars longer (U+0344, the Greek dialytika tonos, becomes U+0308
    /// U+0301): a text of many of them has more scalars normalised than given, and still
    /// comes out whole, each piece mapping back to its scalar.
    @Test func textThatNFCLengthensComesOutWhole() {
        let input = "Nga " + String(repeating: "\u{0344}", count: 40) + " nói"
        let text = SourceText(input)
        let composed = Array(input.precomposedStringWithCanonicalMapping.unicodeScalars)
        #expect(text.scalars == composed)
        #expect(text.count > input.unicodeScalars.count + 16)
        #expect(slice(input, text.originalRange(text.count - 3..<text.count)) == "nói")
        #expect(text.originalRange(0..<3) == 0..<3)
        #expect(text.originalCount == input.unicodeScalars.count)
    }

    /// Runs of printable ASCII of every length up to 17 (the normaliser copies up to eight
    /// at once), each ended by a marked letter, a line break, a tab or a no-break space:
    /// every scalar comes out as the general rules say, at its own offset.
    @Test func asciiRunsOfEveryLengthEndWhereTheyShould() {
        let enders = ["ệ", "\n", "\t", "\u{00A0}", "Đ"]
        var input = "", expected = ""
        for length in 0...17 {
            for ender in enders {
                let run = String("Nguyen Van A noi: \"".prefix(length))
                input += run + ender
                expected += run + (ender == "\t" || ender == "\u{00A0}" ? " " : ender)
            }
        }
        let text = SourceText(input)
        #expect(text.normalized == expected)
        #expect(text.count == input.unicodeScalars.count)
        for position in stride(from: 0, to: text.count, by: 7) {
            #expect(text.originalRange(position..<position + 1) == position..<position + 1)
        }
    }

    @Test func textThatNeedsNoChangeMapsToItself() {
        let text = SourceText("Ngoại trưởng Lavrov tuyên bố.")
        #expect(text.originalRange(3..<9) == 3..<9)
    }

    @Test func tonePlacementsFoldToOneKey() {
        #expect(MatchKey.words("hoà") == MatchKey.words("hòa"))
        #expect(MatchKey.words("thuý") == MatchKey.words("thúy"))
        #expect(MatchKey.words("khoẻ") == MatchKey.words("khỏe"))
        #expect(MatchKey.words("Hoà Bình") == MatchKey.words("hòa bình"))
        #expect(MatchKey.words("hòa") != MatchKey.words("hoa"))
        #expect(MatchKey.words("đối") != MatchKey.words("dối"))
    }

    @Test func quotationMarksAreUnified() {
        for mark in ["\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "«", "»", "\u{201E}", "'"] {
            #expect(QuoteMark.unified(mark.unicodeScalars.first!) == "\"")
        }
        #expect(QuoteMark.unified("a") == nil)
        let tokens = Tokenizer.tokens(in: SourceText("«Nga» “Mỹ”"), range: 0..<10)
        #expect(tokens.filter { $0.kind == .quote }.count == 4)
        #expect(Set(tokens.filter { $0.kind == .quote }.map(\.key)) == ["\""])
    }

    /// The fast paths of `MatchKey.fold` and of the tokenizer's character classes give
    /// the same answers as the general code for every scalar they cover.
    @Test func fastPathsAgreeWithTheGeneralCode() {
        for value in UInt32(0)..<0x2100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(MatchKey.fold([scalar]) == MatchKey.foldScalars([scalar]), "U+\(String(value, radix: 16))")
            #expect(MatchKey.fold(["a", scalar, "b"]) == MatchKey.foldScalars(["a", scalar, "b"]))
            #expect(Tokenizer.isLetter(scalar) == Tokenizer.propertiesSayLetter(scalar))
            if value >= 0x80 {
                #expect(Tokenizer.isUppercase(scalar) == scalar.properties.isUppercase)
                #expect(Tokenizer.isWhitespace(scalar) == scalar.properties.isWhitespace)
                #expect(Tokenizer.isLowercase(scalar) == scalar.properties.isLowercase)
            }
        }
        let word = Array("Nguyễn".unicodeScalars)
        #expect(MatchKey.fold(word) == MatchKey.foldScalars(word))
        #expect(MatchKey.hash(MatchKey.fold(word)) == Tokenizer.tokens(in: SourceText("Nguyễn"), range: 0..<6)[0].keyHash)
    }

    /// Lexicon files read byte by byte give the fields that reading them by `Character` gives.
    @Test func lexiconLinesReadByBytesAsByCharacters() {
        for (name, text) in LexiconFiles.builtIn.texts {
            let fast = LexiconTable.fieldsOfLinesByBytes(text)
            #expect(fast != nil, "\(name)")
            #expect(fast.map { $0.elementsEqual(LexiconTable.fieldsOfLinesByCharacters(text), by: ==) } ?? false, "\(name)")
        }
        #expect(LexiconTable.fieldsOfLinesByBytes("a\tb\r\nc\td") == nil)
        #expect(LexiconTable.fieldsOfLinesByBytes("#\u{301}x\ty") == nil)
        #expect(LexiconTable.fieldsOfLinesByBytes(" a \t b\n#c\n \t\n") ?? [] == [["a", "b"], nil, nil, nil])
    }

    /// Every word of a text with CR LF, decomposed letters, no-break spaces, soft hyphens
    /// and zero-width spaces maps back to the input piece it came from.
    @Test func everyWordMapsBackThroughMixedChanges() {
        let words = ["Tổng", "thống", "nói", "hòa", "bình", "Nguyễn", "Việt", "x"]
        var input = ""
        for (index, word) in words.enumerated() {
            let variant = index % 3 == 0 ? word.decomposedStringWithCanonicalMapping : word
            input += variant + ["\r\n", "\u{00A0}", " \u{00AD}", "\u{200B} "][index % 4]
        }
        let text = SourceText(input)
        let tokens = Tokenizer.tokens(in: text, range: 0..<text.count)
        #expect(tokens.map { text.string($0.range) } == words)
        for token in tokens {
            let back = slice(input, text.originalRange(token.range))
            #expect(back.precomposedStringWithCanonicalMapping == text.string(token.range))
        }
        #expect(text.originalRange(text.count..<text.count) == text.originalCount..<text.originalCount)
    }

    /// A word class's index is its place in `allCases` (read from the case's storage), its bit
    /// `1 << (n % 64)` in the word of `WordClasses` its index picks, and each case has a bit of
    /// its own: a set of one class holds that class and no other.
    @Test func wordClassBitsFollowTheCaseOrder() {
        #expect(WordClass.allCases.count <= WordClasses.capacity)
        #expect(WordClass.fitsInBits)
        var all = WordClasses()
        for (index, wordClass) in WordClass.allCases.enumerated() {
            #expect(wordClass.index == index)
            #expect(wordClass.bit == UInt64(1) << UInt64(index % UInt64.bitWidth))
            var one = WordClasses()
            one.insert(wordClass)
            #expect(WordClass.allCases.filter { one.contains($0) } == [wordClass])
            all.formUnion(one)
        }
        #expect(all.low.nonzeroBitCount + all.high.nonzeroBitCount == WordClass.allCases.count)
    }

    /// Every index the set can hold, `high` included (no class has an index >= 64 yet): a set
    /// of one index holds that index and no other, in the word its index picks, and the union
    /// of all holds every bit, 64 in each word.
    @Test func wordClassesHoldEveryIndex() {
        #expect(WordClasses.capacity == 128)
        var all = WordClasses()
        for index in 0..<WordClasses.capacity {
            var one = WordClasses()
            one.insert(index: index)
            #expect((0..<WordClasses.capacity).filter { one.contains(index: $0) } == [index])
            #expect(index < 64 ? (one.high == 0 && one.low.nonzeroBitCount == 1) : (one.low == 0 && one.high.nonzeroBitCount == 1))
            all.formUnion(one)
        }
        #expect(all.low == UInt64.max && all.high == UInt64.max)
        #expect(WordClass.allCases.allSatisfy { all.contains($0) })
    }
}
