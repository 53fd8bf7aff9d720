import Foundation
import Testing
@testable import VietQuote

/// The performance-only parts of `ArticleIndex` say what the plain Swift they replace says:
/// `withoutLastLetter` cuts what `String(key.dropLast())` cuts (its fast path knows a few
/// grapheme rules by hand), `KeyChains` keeps per key what a dictionary of arrays keeps,
/// `RunWords` numbers keys as their bytes tell them apart, and `HashedPositions` admits what a
/// set admits — also when hashes collide and the tables grow.
@Suite struct ArticleIndexKeyTests {
    /// Keys where a hand-made grapheme break could go wrong: stacked marks (`á` + U+0323), a
    /// variation selector, a joiner, Hangul jamo, Cyrillic with a mark, a prepended mark, a
    /// spacing mark, an enclosing mark, an emoji modifier, a flag, CR LF, marks alone, one
    /// letter, Vietnamese keys with their tone marks decomposed (as `MatchKey` writes them).
    static let edgeKeys = [
        "", "a", "đ", "á\u{323}", "a\u{301}\u{323}", "a\u{FE0F}", "a\u{200D}b", "ab\u{200D}", "\u{1100}\u{1161}\u{11A8}",
        "x\u{1100}\u{1161}", "ка\u{301}", "ка\u{301}ж", "a\u{0600}b", "กำ", "ab\u{0E33}", "e\u{301}\u{20DD}",
        "e\u{20DD}", "x👍\u{1F3FD}", "🇻🇳", "a\r\n", "\u{301}", "\u{301}\u{300}", "ho\u{300}a\u{300}", "nguye\u{302}\u{303}n",
        "hoa\u{300}", "ươ\u{301}", "ǅemal", "œ", "café", "a-b", "d'ivoire", "ß", "z\u{36F}", "z\u{370}", "\u{1EF9}\u{300}",
        "\u{24F}\u{301}", "\u{250}\u{301}", "\u{7F}a", "\u{1F}a", "a\u{7F}",
    ]

    @Test func withoutLastLetterCutsWhatDropLastCuts() {
        for key in Self.edgeKeys {
            let cut = ArticleIndex.withoutLastLetter(key)
            #expect(cut.utf8.elementsEqual(String(key.dropLast()).utf8), "\(key.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// The keys of every token of the dev articles (each with its last letter cut: the keys
    /// `ArticleIndex` cuts are of names).
    @Test func withoutLastLetterCutsDevKeysAsDropLast() throws {
        let folder = ArticleCorpusTests.corpus
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        #expect(names.count >= 100)
        var keys = Set<String>()
        for name in names {
            let source = SourceText(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
            for token in Tokenizer.tokens(in: source, range: 0..<source.count) { keys.insert(token.key) }
        }
        #expect(keys.count > 3_000)
        let wrong = keys.filter { !ArticleIndex.withoutLastLetter($0).utf8.elementsEqual(String($0.dropLast()).utf8) }
        #expect(wrong.isEmpty, "\(wrong.sorted().prefix(10))")
    }

    /// Random keys of a small alphabet under a hash that collides often (the low two bits of
    /// `MatchKey.hash`), values repeated in a row, enough keys to grow the table several
    /// times: counts and values are a dictionary's, a value equal to the key's last not added.
    @Test func keyChainsKeepWhatADictionaryKeeps() {
        var generator = FuzzTests.Generator(state: 0x5EED_0017)
        let alphabet = ["a", "b", "đ", "ô\u{301}", "ng", "ươ"]
        let keys = (0..<400).map { _ in
            (0..<Int.random(in: 1...3, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
        }
        func hash(_ key: String) -> UInt32 { MatchKey.hash(key) & 0x3 }
        var chains = KeyChains()
        var reference: [String: [Int32]] = [:]
        for _ in 0..<3_000 {
            let key = keys.randomElement(using: &generator)!
            let value = Int32.random(in: 0..<4, using: &generator)
            chains.append(value, to: key, hash: hash(key))
            if reference[key]?.last != value { reference[key, default: []].append(value) }
        }
        #expect(Set(reference.keys).count > 100)
        for key in Set(keys).union(["x", "", "ab\u{301}"]) {
            #expect(chains.count(of: key, hash: hash(key)) == reference[key]?.count ?? 0, "\(key)")
            #expect(Array(chains.values(of: key, hash: hash(key))) == reference[key] ?? [], "\(key)")
        }
    }

    /// Tokens of random keys under a hash that collides often (the low two bits of
    /// `MatchKey.hash`), half of the keys with a word id and half without: `RunWords` gives
    /// two tokens one number exactly when their keys have the same bytes, and
    /// keeps per number what a dictionary of arrays keeps, through several growths.
    @Test func runWordsNumberKeysByTheirBytes() {
        var generator = FuzzTests.Generator(state: 0x5EED_0019)
        let alphabet = ["a", "b", "đ", "ô\u{301}", "ng", "ươ"]
        let keys = Array(Set((0..<400).map { _ in
            (0..<Int.random(in: 1...3, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
        }))
        let ids = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0 % 2 == 0 ? UInt32($0 + 1) : WordTable.unknown) })
        let tokens = (0..<3_000).map { _ in
            let key = keys.randomElement(using: &generator)!
            return Token(start: 0, end: 1, kind: .word, key: KeyBits(key), keyHash: MatchKey.hash(key) & 0x3, wordID: ids[key]!,
                         isCapitalized: true, spaceBefore: true)
        }
        var words = RunWords()
        var numbers: [String: Int32] = [:]
        var reference: [Int32: [Int32]] = [:]
        for position in tokens.indices {
            let number = words.number(tokens, at: position), key = tokens[position].key
            #expect(numbers[key, default: number] == number && words.key(number) == key, "\(key)")
            numbers[key] = number
            let run = Int32(position / 7)
            words.append(run, to: number)
            if reference[number]?.last != run { reference[number, default: []].append(run) }
        }
        #expect(Set(numbers.values).count == numbers.count && numbers.count > 100 && words.count == numbers.count)
        for (key, number) in numbers {
            #expect(words.count(of: number) == reference[number]?.count ?? 0, "\(key)")
            #expect(Array(words.runs(of: number)) == reference[number] ?? [], "\(key)")
        }
    }

    /// A word whose last letter may be doubled is numbered without it too, and `doubles`
    /// answers what the plain comparison of the two keys answers (`Zelenskyy` of `Zelensky`).
    @Test func runWordsTellDoubledLastLetters() {
        let source = SourceText("Zelenskyy Zelensky Rossii Rossi Nguyễn Nguyễ Hollanddd Anna Ann")
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
        var words = RunWords()
        let numbers = tokens.indices.map { words.number(tokens, at: $0) }
        for (position, number) in numbers.enumerated() {
            let key = tokens[position].key
            guard let short = words.shortened(number) else {
                #expect(!ArticleIndex.mayEndDoubled(key), "\(key)")
                continue
            }
            #expect(ArticleIndex.mayEndDoubled(key) && words.key(short) == ArticleIndex.withoutLastLetter(key), "\(key)")
            for (other, otherNumber) in numbers.enumerated() {
                let otherKey = tokens[other].key
                #expect(words.doubles(number, otherNumber) == RunWords.doubles(key, otherKey), "\(key) \(otherKey)")
            }
        }
        #expect(words.doubles(numbers[0], numbers[1]) && words.doubles(numbers[2], numbers[3]) && !words.doubles(numbers[0], numbers[2]))
        // Found by its key's bytes (and hash) alone, as a rule's keys are.
        #expect(words.number(of: tokens[1].key) == numbers[1] && words.number(of: "x") == nil)
        #expect(WordNumbers([tokens[4].key, tokens[0].key], in: words).map(Array.init) == [numbers[4], numbers[0]])
        #expect(WordNumbers([tokens[0].key, "x"], in: words) == nil)
        // More keys than are held in place: the numbers are those of the keys all the same.
        let many = Array(repeating: tokens.map(\.key), count: 2).joined()
        #expect(WordNumbers(Array(many), in: words).map(Array.init) == Array(repeating: numbers, count: 2).flatMap { $0 })
    }

    /// Items with hashes that collide (including negative and extreme ones): an item is
    /// admitted once, at the next position, as a set would admit it.
    @Test func hashedPositionsAdmitWhatASetAdmits() {
        var generator = FuzzTests.Generator(state: 0x5EED_0018)
        let hashes = [0, 1, -1, Int.min, Int.max, 64, 128, 0x7FFF_FFFF]
        var positions = HashedPositions()
        var stored: [Int] = []
        var reference = Set<Int>()
        for _ in 0..<2_000 {
            let item = Int.random(in: 0..<600, using: &generator)
            let added = positions.insert(hash: hashes[item % hashes.count], where: { stored[$0] == item })
            #expect(added == reference.insert(item).inserted, "\(item)")
            if added { stored.append(item) }
        }
        #expect(stored.count == reference.count && reference.count > 500)
    }

    /// `LowercaseOutsideLinks`'s table says what its reading of the paragraphs says (the
    /// article's first questions are answered by the reading, the next ones by the table), for
    /// words and pairs of the dev articles, and for a word written in lower case only in a link
    /// (silver 2024-11-13-phantom-wallet: `(@phantom)`).
    @Test func lowercaseTableAnswersAsTheReading() throws {
        let folder = ArticleCorpusTests.corpus
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        let phantom = """
            Please make sure you always… — Phantom (@phantom) November 13, 2024

            Phía Phantom đã lập tức phát hành bản cập nhật mới. Phantom nhấn mạnh tầm quan trọng của việc sao lưu.
            """
        var texts = [phantom]
        for name in names.prefix(20) { texts.append(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) }
        var asked = 0, found = 0
        for text in texts {
            let paragraphs = FuzzTests.extractor.paragraphContexts(text)
            let table = LowercaseOutsideLinks(paragraphs: paragraphs)
            for paragraph in paragraphs {
                let tokens = paragraph.tokens
                for position in stride(from: 0, to: tokens.count, by: 5) where tokens[position].kind == .word {
                    let token = tokens[position]
                    let written = LowercaseOutsideLinks.writes(token, in: paragraphs)
                    #expect(table.contains(token) == written, "\(token.key)")
                    guard let next = tokens[ifPresent: position + 1], next.kind == .word else { continue }
                    let pair = LowercaseOutsideLinks.writes(token, before: next, in: paragraphs)
                    #expect(table.contains(token, before: next) == pair, "\(token.key) \(next.key)")
                    asked += 1
                    if pair { found += 1 }
                }
            }
            if text == phantom {
                let word = try #require(paragraphs.flatMap(\.tokens).first { $0.key == "phantom" })
                #expect(!table.contains(word) && !LowercaseOutsideLinks.writes(word, in: paragraphs))
            }
        }
        #expect(asked > 1_000 && found > 100)
    }
}
