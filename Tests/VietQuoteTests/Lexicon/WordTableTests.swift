import Testing
@testable import VietQuote

/// `WordTable`: the word ids the tokenizer gives tokens, and that tries and word classes
/// compare instead of keys.
@Suite struct WordTableTests {
    static let cues = try! CueLexicon(files: .builtIn)

    func tokens(_ text: String) -> [Token] {
        let source = SourceText(text)
        return Tokenizer.tokens(in: source, range: 0..<source.count)
    }

    /// A word of a lexicon has the id of its key, whatever the tone placement or case;
    /// a word of no lexicon (a foreign name) has none, and is compared by its key.
    @Test func lexiconWordsHaveIdsAndOthersCompareByKey() {
        _ = Self.cues
        let tokens = tokens("Ông Zbigniew khẳng định: \"Zbigniew sẽ KHẲNG ĐỊNH lại\", ông Zbignieu nói.")
        let words = WordTable.shared
        let khang = tokens.filter { $0.key == MatchKey.fold("khẳng".unicodeScalars) }
        #expect(khang.count == 2)
        #expect(khang[0].wordID != WordTable.unknown)
        #expect(khang[0].wordID == khang[1].wordID)
        #expect(words.word(khang[0].wordID) == khang[0].key)
        #expect(khang[0].hasSameKey(as: khang[1]))
        let names = tokens.filter { $0.key.hasPrefix("zbignie") }
        #expect(names.count == 3)
        #expect(names.allSatisfy { $0.wordID == WordTable.unknown })
        #expect(names[0].hasSameKey(as: names[1]))
        #expect(!names[0].hasSameKey(as: names[2]))
        #expect(!names[0].hasSameKey(as: khang[0]))
    }

    /// The built-in table numbers the words of the lexicon files as interning every token
    /// of every file but its comment lines, in file name order, does: the same words, under
    /// the same ids.
    @Test func builtInWordsAreNumberedInFileOrder() {
        let table = WordTable.builtIn()
        var expected = WordTable()
        let files = LexiconFiles.builtIn.texts
        for name in files.keys.sorted() {
            let text = SourceText(WordTable.withoutComments(files[name]!))
            for token in Tokenizer.tokens(in: text, range: 0..<text.count, words: WordTable()) { expected.intern(token.key) }
        }
        #expect(table.count > 5000)
        #expect(table.count == expected.count)
        let differing = (1...expected.count).filter { table.word(UInt32($0)) != expected.word(UInt32($0)) }
        #expect(differing.isEmpty, "\(differing.prefix(5).map { expected.word(UInt32($0)) })")
        #expect(table.ellipsisID == expected.ellipsisID)
    }

    /// The lexicon text the built-in table reads: every line but the `#` comments, each
    /// ending in a line break (a blank line stays; `LexiconTable` skips it).
    @Test func builtInTextLeavesOutCommentLines() {
        let text = "# a comment\nphrase\tclass\n#another\n\nông\tperson\n# last"
        #expect(WordTable.withoutComments(text) == "phrase\tclass\n\nông\tperson\n")
        #expect(WordTable.withoutComments("") == "")
        #expect(WordTable.withoutComments("a\n#b") == "a\n")
    }

    /// The cue trie matches by ids: `khẳng định` is a cue of the lexicon.
    @Test func cueTrieMatchesByIds() throws {
        let tokens = tokens("Bộ trưởng khẳng định sẽ làm rõ")
        let match = try #require(Self.cues.match(in: tokens, at: 2))
        #expect(match.length == 2)
        #expect(Self.cues.match(in: tokens, at: 0) == nil)
    }

    /// Keys interned from several threads at once get one id each, the same on every
    /// thread, and the table gives the key back (the table is shared behind a lock).
    @Test func concurrentInterningGivesOneIdPerKey() async {
        let keys = (0..<400).map { "wordtabletest\($0 % 100)" }
        let results = await withTaskGroup(of: [UInt32].self) { group in
            for part in 0..<4 {
                group.addTask { WordTable.intern(Array(keys[(part * 100)..<(part * 100 + 100)].shuffled())) }
            }
            var all: [[UInt32]] = []
            for await ids in group { all.append(ids) }
            return all
        }
        #expect(results.count == 4)
        let words = WordTable.shared
        var seen: [String: UInt32] = [:]
        for key in keys {
            let id = words.id(of: key)
            #expect(id != WordTable.unknown)
            #expect(words.word(id) == key)
            if let earlier = seen[key] { #expect(earlier == id) }
            seen[key] = id
        }
        #expect(Set(seen.values).count == 100)
    }

    /// The id shares a word with the token's flags: setting a flag keeps the id, and a
    /// token still takes 32 bytes.
    @Test func flagsKeepTheIdAndTokenStaysSmall() {
        _ = Self.cues
        var token = tokens("khẳng")[0]
        let id = token.wordID
        #expect(id != WordTable.unknown)
        token.spaceBefore = false
        token.isAllCaps = true
        token.kind = .punctuation
        token.isCapitalized = true
        #expect(token.wordID == id)
        #expect(token.kind == .punctuation && token.isAllCaps && token.isCapitalized && !token.spaceBefore)
        #expect(MemoryLayout<Token>.size == 32)
    }

    /// Every kind fits the token's two kind bits: a fifth kind would spill into the
    /// capitalised bit, and this test would fail.
    @Test func everyKindFitsItsBits() {
        var token = tokens("khẳng")[0]
        for kind in Token.Kind.allCases {
            token.isCapitalized = false
            token.kind = kind
            #expect(token.kind == kind)
            #expect(!token.isCapitalized && !token.isAllCaps)
        }
    }

    /// The Article stage tokenizes a page with one copy of the table: a word numbered by
    /// another thread meanwhile (a lexicon loading) keeps id 0 in every line of that page,
    /// so one key has one id among an article's tokens (`TokenWordSet` relies on it).
    @Test func aPageKeepsTheTableItStartedWith() {
        let key = "wordtablepagetest"
        #expect(WordTable.shared.id(of: key) == WordTable.unknown)
        let page = SourceText("Ông Wordtablepagetest nói.\nBà Wordtablepagetest đáp.")
        let snapshot = WordTable.shared
        let first = Tokenizer.tokens(in: page, range: 0..<26, words: snapshot)
        WordTable.intern([key])
        let second = Tokenizer.tokens(in: page, range: 27..<page.count, words: snapshot)
        let ids = (first + second).filter { $0.key == key }.map(\.wordID)
        #expect(ids == [WordTable.unknown, WordTable.unknown])
        #expect(Tokenizer.tokens(in: page, range: 27..<page.count).contains { $0.key == key && $0.wordID != WordTable.unknown })
        #expect(ArticleSegmenter.lines(of: page).flatMap(\.tokens).filter { $0.key == key }.count == 2)
    }
    /// A lexicon with more new words than ids left fails at load with its file, line and
    /// reason (ids have 24 bits; here the limit is 5, so ids 1 to 4 are free).
    @Test func aFullTableIsALexiconErrorWithFileAndLine() throws {
        let text = "# test lexicon\nphrase\tclass\nmột hai\tx\nba bốn năm\ty\n"
        let table = try LexiconTable(file: "folder/test.tsv", text: text, expected: ["phrase", "class"])
        let rows = table.rows.map { (row: $0, keys: $0.fields.flatMap(MatchKey.words)) }
        var words = WordTable()
        #expect(throws: LexiconError(file: "folder/test.tsv", line: 4,
                                     reason: "'bôn\u{301}': the lexicons hold more than 4 distinct words (word ids have 24 bits)")) {
            try WordTable.numberWords(rows, in: &words, below: 5)
        }
        #expect(words.count == 4)
        #expect(words.id(of: "ba") == 4 && words.id(of: "x") == 3)
        var roomy = WordTable()
        try WordTable.numberWords(rows, in: &roomy, below: WordTable.idLimit)
        #expect(roomy.count == 7)
    }

    /// A folder lexicon's words are numbered when its table is read, so that the trie built
    /// from it interns no word (and cannot trap); the built-in lexicons need none: their
    /// words were numbered when the table loaded.
    @Test func folderLexiconsAreNumberedWhenRead() throws {
        let files = LexiconFiles(origin: "folder", texts: ["t.tsv": "# t\nphrase\nwordtablefoldertest một\n"])
        #expect(WordTable.shared.id(of: "wordtablefoldertest") == WordTable.unknown)
        _ = try files.table("t.tsv", columns: ["phrase"])
        #expect(WordTable.shared.id(of: "wordtablefoldertest") != WordTable.unknown)
        let builtIn = try LexiconFiles.builtIn.table("organizations.tsv", columns: ["phrase", "kind", "affiliation"])
        let words = WordTable.shared
        let keys = builtIn.rows.flatMap { $0.fields.flatMap(MatchKey.words) }
        #expect(keys.count > 1000)
        #expect(keys.allSatisfy { words.id(of: $0) != WordTable.unknown })
    }
    /// The look-up by word ids, without the table's lock, agrees with `value(for:)` on keys:
    /// by the ids tokens carry (also of tokens that do not stand side by side), by the ids of
    /// keys (`KeyIDs`), and on a sub-range of the ids.
    @Test func lockFreeTrieLookUpsAgree() {
        var trie = PhraseTrie<Int>()
        trie.insert(phrase: "khẳng định", value: 1)
        trie.insert(phrase: "định", value: 2)
        let tokens = tokens("Bộ trưởng khẳng định, rồi khẳng lại định")
        let keys = [tokens[2].key, tokens[3].key]
        #expect(trie.value(for: keys) == 1)
        #expect(trie.value(ids: KeyIDs(keys).ids, range: 0..<2) == 1)
        #expect(trie.value(ids: [tokens[6].wordID, tokens[8].wordID], range: 0..<2) == 1)
        let ids = tokens.map(\.wordID)
        #expect(trie.value(ids: ids, range: 2..<4) == 1 && trie.value(ids: ids, range: 3..<4) == 2)
        #expect(trie.value(ids: ids, range: 8..<9) == 2 && trie.value(ids: ids, range: 6..<7) == nil)
        #expect(trie.value(ids: [tokens[3].wordID, tokens[2].wordID], range: 0..<2) == nil && trie.value(ids: ids, range: 0..<1) == nil)
        #expect(trie.value(ids: ids, range: 8..<10) == nil)   // past the ids: not the phrase
    }
}
