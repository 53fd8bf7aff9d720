/// What the article says about people anywhere in it, captions included: every
/// capitalised name run and the titles written before it or after it as an apposition.
/// Used to give a mention the fullest name and title of its person.
/// (Not `Sendable`: its copies share the tables built at the first question, `AskedTables`;
/// an index lives in one call of `SpeakerResolver.resolve`.)
struct ArticleIndex {
    /// A name run as a rule reads it (`run(at:)`: made for the runs asked only).
    struct Run: Sendable {
        let keys: [String]
        /// Where it is written: its scalar range in the source. (Performance only: its `text` is
        /// made when a rule asks; most runs the article writes name no speaker.)
        let span: Range<Int>
        fileprivate let source: WrittenSource
        let order: Int
        /// Its position in `runs` (runs differ by their keys: one run per keys).
        let position: Int

        /// The run as written.
        var text: String { source.text.string(span) }
    }

    /// A name run as the index keeps it: where it is written (its paragraph, first token and
    /// length) and where its words' numbers start in `runWords`. (Performance only: no array of
    /// its keys, no reference counted; its keys are read for a run a rule asks, `run(at:)`.)
    private struct NameRun {
        var paragraph: Int32, start: Int32, count: Int32, firstWord: Int32, order: Int32

        /// Its words' range in `runWords`.
        var words: Range<Int> { Int(firstWord)..<Int(firstWord + count) }
    }
    struct TitleInfo: Sendable {
        var keys: [String]; var text: String; var kind: TitleKind; var affiliation: String?; var order: Int
        /// Written before another title of the name and a comma (`Titles/TitlePairs.swift`):
        /// the name's title, but no evidence that this name is the one person of that title.
        var companion = false
        /// Written after a companion (`Chủ tịch G20` of `Tổng thống Brazil, Chủ tịch G20 Lula`).
        var paired = false
        /// Where it is written: its scalar range in the source. (Performance only: a title
        /// read before a name gets its `text` when a name follows it, `written(_:)`; most
        /// titles the article writes stand before no name.) An apposition's is set too
        /// (`RoleHolder`: a title written at the mention itself is no evidence of its holder).
        var span = 0..<0
        /// Stated in a copula clause (`Đó là một nhà bình luận …`: `CopulaTitle.swift`).
        var copula = false
        /// How it was read (`explanation.title_rule`).
        var trace = TitleTrace(.article, .chain)

        /// This title with its text, read from `source`.
        func written(_ source: SourceText) -> TitleInfo {
            precondition(!span.isEmpty, "a title's text is read from its span: none set")
            var title = self
            title.text = source.string(span)
            return title
        }
    }

    /// The name runs, one per keys, in the order first written.
    private var runs: [NameRun] = []
    /// The first side the article names (only that one is read: the others were collected
    /// in a list before, at a look-up per token of the article).
    private var firstSide: String?

    /// The side a person of no stated side most likely speaks for: the first side the
    /// article names (its headline or lead names the article's main actor), else none.
    var contextSide: String? { firstSide }

    /// Whether the article writes `side` in a title (`Thủ tướng Anh`): its officials speak in it.
    func writesInTitle(_ side: String) -> Bool { titledSides.contains(side) }

    /// Title heads written with a side anywhere in the article, in order: where the head is
    /// (its paragraph, first token and length), its side, and where the title is written (its
    /// scalar range in the source; performance only: its text is made for the one title asked,
    /// not for each written). Read by head keys (`AskedTables.chains`) at the first question.
    private var sidedHeads: [SidedHead] = []
    private struct SidedHead { var paragraph: Int32; var start: Int32; var length: Int32; var side: String; var span: Range<Int> }
    /// The keys of words the article also writes in lower case (common words, not names).
    var lowercase = TokenWordSet()
    /// Titles by the keys of the name run they stand next to.
    /// (Performance only: by the run's position in `runs`, not by its keys, which were
    /// hashed, word by word, at each look-up.)
    private(set) var titles: [[TitleInfo]] = []
    /// The positions of the titled runs by the position of their fullest name run (see `title(of:)`).
    private var titledByFullest: [Int: [Int]] = [:]
    /// Performance only: the words of the runs, numbered, with the positions in `runs` of the
    /// runs that hold each word, in order, also under the last word without its final letter
    /// (see `holds`), so that `longerRun` reads only the runs that can hold a name (it read
    /// every run, for every quote: quadratic in a long article).
    private var words = RunWords(capacity: 0)
    /// The numbers (`words`) of each run's words, run after run (`NameRun.firstWord`).
    private var runWords: [Int32] = []
    /// The positions in `runs` of the runs that end in a company's designator, and the numbers
    /// of those designators (`CompanyNameRun`): no fuller form of a name that ends in none.
    private var companyRuns: Set<Int32> = []
    private var companyWords: Set<Int32> = []
    /// Whether the article writes a company's name with its designator (`CompanyNameRun`).
    var namesCompanies: Bool { !companyRuns.isEmpty }

    /// The names the article writes after a body's head (`Vingroup` of `Tập đoàn Vingroup`).
    private(set) var bodyNames = BodyNameAfterTitle.Names()
    /// The tables few mentions read (`person(titled:)`, `sidedTitle`), built at the first question.
    /// Filled after `init` only: every mutating method is private and called from `init`, so the
    /// index never changes after its first question; one that did would leave every copy a stale table.
    private let asked: AskedTables
    /// Where the article writes each word (`PlaceBeforePersonalName`, `CompanyAfterRole`).
    var keyPlaces: KeyPlaces { asked.keyPlaces }

    /// The keys of pronoun words (`speaker_pronouns.tsv`) the article writes after a side
    /// prefix (`phía Anh`): there they are sides.
    private var afterSidePrefix = TokenWordSet()
    /// The keys of capitalised words the article writes right after an honorific or a
    /// pronoun (`ông Thắng`, `chị Lan`): given names, whatever else they may be.
    private var afterHonorific = TokenWordSet()
    /// The keys of the second syllable of two-syllable runs opening with a family name that the
    /// article writes after a place head with no title before it (`tỉnh Đồng Nai`, `Công an tỉnh
    /// Lâm Đồng`): places, not officials (`OfficialAfterPlaceHead`).
    private var untitledPlaces = TokenWordSet()
    /// The keys of the third syllable of such runs of three capitalised syllables or more after a
    /// capitalised place head (`tại Thành phố Hồ Chí Minh`): a place's full name (`PlaceName`).
    private var untitledFullPlaces = TokenWordSet()
    /// The keys of the titles the article writes right before or beside a place only (`Luật sư
    /// TP Hà Nội`, `TP HCM, lãnh đạo Sở GTVT`): `PlaceRun` gave them to no one.
    private var placeTitles: Set<ByteKeys> = []
    /// The sides the article writes in a title (`Thủ tướng Anh`, `Người phát ngôn Bộ Ngoại giao Anh`).
    private var titledSides: Set<String> = []
    /// The resolver whose lexicon the index reads. (Performance only: a reference. The index
    /// kept a copy of the lexicon, and each mention's `MentionContext` copies the index: the
    /// lexicon's tries were retained and released, field by field, for every quote.)
    private let resolver: SpeakerResolver
    /// The article's source, which each run reads its text from.
    private let written: WrittenSource
    private var lexicon: SpeakerLexicon { resolver.lexicon }

    init(paragraphs: [ParagraphContext], source: SourceText, resolver: SpeakerResolver) {
        self.resolver = resolver
        asked = AskedTables(paragraphs: paragraphs)
        written = WrittenSource(source)
        let parser = resolver.parser
        // (Performance only: the lexicon held once, not read through `resolver` at each use:
        // each read retained and released it, several times a capitalised word.)
        let lexicon = resolver.lexicon
        var capitalized = 0
        for paragraph in paragraphs {
            // (Performance only: one pass, read by position, as `enumerated()` destroyed a
            // tuple of the position and a token copy at every token, through generic metadata.)
            let tokens = paragraph.tokens
            for position in tokens.indices {
                guard tokens[position].isCapitalized else {
                    if tokens[position].kind == .word { lowercase.insert(tokens, at: position) }
                    continue
                }
                capitalized += 1
                guard position > 0 else { continue }
                // (The word's own class first: an array look-up, where the pronoun is a trie walk.)
                if lexicon.words.isWord(tokens, at: position - 1, .sidePrefix),
                   lexicon.pronouns.value(in: tokens, range: position..<position + 1) != nil {
                    afterSidePrefix.insert(tokens, at: position)
                }
                if tokens[position].kind == .word, lexicon.words.isWord(tokens, at: position - 1, .honorific)
                    || lexicon.pronouns.value(in: tokens, range: position - 1..<position) != nil {
                    afterHonorific.insert(tokens, at: position)
                }
                if lexicon.startsPersonalName(tokens, at: position), lexicon.placeHeadEnds(tokens, before: position, from: 0),
                   !Self.isTitledPlaceHead(tokens, before: position, lexicon: lexicon) {
                    untitledPlaces.insert(tokens, at: position + 1)
                    if PlaceName.capitalisedHeadEnds(tokens, before: position, lexicon: lexicon, alone: true),
                       let third = tokens[ifPresent: position + 2], third.kind == .word, third.isCapitalized {
                        untitledFullPlaces.insert(tokens, at: position + 2)
                    }
                }
            }
            var index = 0
            while firstSide == nil, index < tokens.count {
                // (Performance only: a side starts with an actor's first word or a side prefix.)
                if lexicon.actors.mayStart(tokens[index])
                    || (lexicon.words.trie.mayStart(tokens[index]) && lexicon.words.match(.sidePrefix, in: tokens, at: index) != nil),
                   let side = lexicon.actor(in: tokens, at: index, limit: tokens.count),
                   !isInsideName(tokens, index, length: side.length),
                   // `ở bang Georgia, Mỹ`: a state's name is no side (SubnationalPlace.swift).
                   !lexicon.namesSubnationalPlace(tokens, at: index, limit: tokens.count) {
                    firstSide = side.entry.side
                }
                index += 1
            }
        }
        // (Performance only: the tables are made for as many words as the capitalised words, the
        // most an article's name runs hold but for particles: they seldom grow. A long page's
        // are made for `reservedWords` and grow: most of its names repeat.)
        let capacity = min(capitalized, Self.reservedWords)
        words = RunWords(capacity: capacity)
        runs.reserveCapacity(capacity)
        titles.reserveCapacity(capacity)
        runWords.reserveCapacity(capacity)
        var reader = Reader(capacity: capacity)
        for paragraph in paragraphs {
            read(paragraph.tokens, source: source, parser: parser, reader: &reader)
            reader.paragraph += 1
        }
        // Performance only: which titled name keys lead to each fullest name, computed once
        // (`title(of:)` asked `fullest` of every titled name for every quote: cubic in a long article).
        // (Performance only: the table is made at its size, not grown from empty.)
        titledByFullest.reserveCapacity(titles.reduce(0) { $1.isEmpty ? $0 : $0 + 1 })
        for (position, list) in titles.enumerated() where !list.isEmpty {
            if let run = fullest(words: runWords[runs[position].words]) { titledByFullest[run, default: []].append(position) }
        }
    }

    /// The most words and runs the tables are made for before the first run is read (performance
    /// only: more than a news article's capitalised words; a long page's tables grow past it).
    private static let reservedWords = 4_096

    /// Performance only: tables that only some mentions read, built at the first question and
    /// kept for the article's next ones (most articles ask none: hashing every title's words,
    /// with and without body heads, and every sided title's head was a tenth of the index).
    private final class AskedTables {
        /// The article's paragraphs (the tokens of `sidedHeads`).
        let paragraphs: [ParagraphContext]
        /// Title heads written with a side: head keys → side → where the title is written.
        var chains: [ByteKeys: [String: Range<Int>]]?
        /// The positions of the titled runs by the keys of each title written for them
        /// (`person(titled:)` read every title of the article, for every quote).
        var namesByTitle: [ByteKeys: [Int]]?
        /// The same by each title without the words of body heads (`chủ tịch vingroup` for `Chủ
        /// tịch Tập đoàn Vingroup`), made at the first question the exact title does not answer.
        var namesByBareTitle: [ByteKeys: [Int]]?
        /// The positions of the runs by each pair of adjacent keys (`runsByPair()`).
        var runsByPair: KeyChains?
        /// The keys asked last and their numbers (`numbers(of:)`).
        var lastNumbers: (keys: [String], numbers: WordNumbers?)?
        /// The words written in lower case outside links, alone and before the next word, and
        /// the questions asked of them before it was made.
        var lowercaseOutsideLinks: LowercaseOutsideLinks?
        var lowercaseQuestions = 0
        /// Whether the article writes the reverent pronoun inside a sentence (`ReverentPronoun`), read once.
        var writesReverentPronoun: Bool?
        /// The positions of the titled runs, in order, by the first key of each title written
        /// for them, a companion aside (`people(titled:where:)`: each role mention read every
        /// titled run of the article, a long page's quadratic cost).
        var runsByTitleStart: [String: [Int]]?
        /// The word ids of the titles `people(titled:where:)` read, by run position and the
        /// title's place in its list (a long page repeats its titles: each role mention made
        /// the ids of each again).
        var titleIDs: [TitleAt: [UInt32]] = [:]
        /// The fullest title of each person asked (`title(ofRunAt:)`), by the position of the
        /// fullest name run (a long page repeats a person's titles: each mention read them all).
        var fullestTitles: [Int: TitleInfo?] = [:]
        /// The leader asked of each side (`leader(of:)`: its run's position, or none), as each
        /// question read every title of the article.
        var leaders: [String: Int?] = [:]
        /// Where the article writes each word (`PlaceBeforePersonalName`), made at its first question.
        let keyPlaces: KeyPlaces

        init(paragraphs: [ParagraphContext]) { (self.paragraphs, keyPlaces) = (paragraphs, KeyPlaces(paragraphs: paragraphs)) }
    }

    /// `AskedTables.chains`, made at the first call.
    private func chains() -> [ByteKeys: [String: Range<Int>]] {
        if let known = asked.chains { return known }
        var chains: [ByteKeys: [String: Range<Int>]] = [:]
        for head in sidedHeads {
            let tokens = asked.paragraphs[Int(head.paragraph)].tokens
            chains[ByteKeys(tokens[Int(head.start)..<Int(head.start + head.length)].map(\.key)), default: [:]][head.side] = head.span
        }
        asked.chains = chains
        return chains
    }

    /// `AskedTables.runsByPair`, made at the first call: the positions of the runs under each
    /// pair of adjacent keys (`Self.pair`), and under the last pair with the last key without
    /// its final letter (see `holds`). Performance only: first asked by `fullest` once all
    /// runs are read (`init`'s last step).
    private func runsByPair() -> KeyChains {
        if let known = asked.runsByPair { return known }
        var pairs = KeyChains()
        for (run, position) in zip(runs, Int32(0)...) {
            let numbers = runWords[run.words]
            for index in numbers.indices.dropLast() {
                let pair = Self.pair(words.key(numbers[index]), words.key(numbers[index + 1]))
                pairs.append(position, to: pair, hash: MatchKey.hash(pair))
            }
            if numbers.count > 1, case let last = words.key(numbers[numbers.endIndex - 1]), Self.mayEndDoubled(last) {
                let pair = Self.pair(words.key(numbers[numbers.endIndex - 2]), Self.withoutLastLetter(last))
                pairs.append(position, to: pair, hash: MatchKey.hash(pair))
            }
        }
        asked.runsByPair = pairs
        return pairs
    }

    /// Two adjacent keys as one key of `runsByPair` (a key holds no control character).
    private static func pair(_ first: String, _ second: String) -> String { first + "\u{1F}" + second }

    /// `AskedTables.namesByTitle`, made at the first call.
    private func namesByTitle() -> [ByteKeys: [Int]] {
        if let known = asked.namesByTitle { return known }
        let names = titledNames { title in ByteKeys(title.keys) }
        asked.namesByTitle = names
        return names
    }

    /// `AskedTables.namesByBareTitle`, made at the first call.
    private func namesByBareTitle() -> [ByteKeys: [Int]] {
        if let known = asked.namesByBareTitle { return known }
        let names = titledNames { title in
            ByteKeys(BodyNameAfterTitle.withoutBodyHeads(title.keys, ids: KeyIDs(title.keys).ids, lexicon: lexicon))
        }
        asked.namesByBareTitle = names
        return names
    }

    /// The positions of the titled runs by `key` of each title written for them (a companion aside).
    private func titledNames(by key: (TitleInfo) -> ByteKeys) -> [ByteKeys: [Int]] {
        // (Performance only: the table is made at its size, not grown from empty.)
        let count = titles.reduce(0) { count, list in list.reduce(count) { $1.companion ? $0 : $0 + 1 } }
        var names = [ByteKeys: [Int]](minimumCapacity: count)
        for (position, list) in titles.enumerated() where !list.isEmpty {
            for title in list where !title.companion { names[key(title), default: []].append(position) }
        }
        return names
    }

    /// The state of the reading across paragraphs: the word order, the name runs seen.
    private struct Reader {
        var order = 0
        /// The position of the paragraph read.
        var paragraph = 0
        /// The runs of `runs` by `runHash` (a run's first form only is kept).
        var seenRuns: HashedPositions
        /// The title just read, waiting for its name (within a paragraph).
        var pendingTitle: TitleInfo?
        /// A sided title written before `pendingTitle` and a comma, not joined to it: the
        /// same person's too (`Tham mưu trưởng IDF, Trung tướng …`).
        var companion: TitleInfo?
        var pendingStart: Int?
        var pendingEnd: Int?
        /// The position in `runs` of the last name run read in this paragraph (`CopulaTitle`'s `Đó là …`).
        var lastRun: Int?
        /// The name runs read in this paragraph: the position in `runs`, where the name is
        /// written (its title included) and where the name starts (`CopulaTitle`'s `Ông là …`).
        var paragraphRuns: [(run: Int, written: Int, start: Int)] = []

        /// A reader for up to `capacity` name runs (performance only: its table is sized for `capacity`; it grows past it).
        init(capacity: Int) { seenRuns = HashedPositions(capacity: capacity) }

        /// The run that the anaphoric subject `anaphor` of the sentence at `index` stands for:
        /// after a demonstrative (`Đó là`) the last name run read; after an honorific (`Ông là`)
        /// the first name run of the sentence before written after the same honorific, its
        /// subject when it agrees (`Ông Lavrov đã điện đàm với ông Antony Blinken. Ông là …`: Lavrov).
        func run(of anaphor: CopulaTitle.Anaphor, at index: Int, _ tokens: [Token], copula: CopulaTitle) -> Int? {
            guard let honorific = anaphor.honorific else { return lastRun }
            let sentence = copula.previousSentenceStart(before: index, tokens)
            return paragraphRuns.first {
                $0.written >= sentence && copula.agrees(tokens, honorific: honorific, before: [$0.written, $0.start])
            }?.run
        }

        /// Forgets the pending title: a name did not follow it. (Performance only: it tests
        /// first, as assigning nil to an optional `TitleInfo` runs its outlined destroy even
        /// when it is nil, and this runs at most tokens of the article.)
        @inline(__always)
        mutating func dropPendingTitle() {
            if pendingTitle != nil { pendingTitle = nil }
        }

        /// Starts a paragraph: no title pending, no name run read in it yet.
        mutating func startParagraph() {
            dropPendingTitle()
            pendingStart = nil
            pendingEnd = nil
            lastRun = nil
            paragraphRuns.removeAll(keepingCapacity: true)
        }
    }

    /// Reads one paragraph: its titles, the name runs after them, and appositions.
    private mutating func read(_ tokens: [Token], source: SourceText, parser: MentionParser, reader: inout Reader) {
        // (Performance only: held once, as in `init`.)
        let lexicon = self.lexicon
        let limit = tokens.count
        var index = 0
        reader.startParagraph()
        let copula = CopulaTitle(parser: parser)
        while index < limit {
            reader.order += 1
            // (Performance only: a word in lower case that starts no title starts nothing below,
            // and only keeps or drops the pending title (`keepOrDropPendingTitle`: over a comma and
            // an honorific, `TitleBeforeHonorific`), as a word that starts no name does below; most
            // tokens are such.)
            if !tokens[index].isCapitalized, !lexicon.titles.mayStart(tokens[index]) {
                index = Self.keepOrDropPendingTitle(tokens, at: index, parser: parser, reader: &reader); continue
            }
            // `… ông Pete Hegseth …. Đó là một nhà bình luận …`: a title stated of the last name read;
            // `Ông Lavrov …. Ông là …`: of the sentence before's subject (`Reader.run(of:)`).
            if reader.lastRun != nil, tokens[index].isCapitalized, let anaphor = copula.anaphoricCopula(in: tokens, at: index),
               let run = reader.run(of: anaphor, at: index, tokens, copula: copula),
               let title = copula.title(in: tokens, at: anaphor.copula) {
                addCopulaTitle(title, of: run, tokens, source: source, order: reader.order)
                index = title.range.upperBound
                continue
            }
            // (`mayStart`: most tokens start no title, and are ruled out without a call; then
            // `title(in:at:limit:)`: most words that may start a title start none, and each call
            // of `titleChain` copies its parser.)
            // (Performance only: the head found is handed to `titleChain`, not looked up again.)
            if lexicon.titles.mayStart(tokens[index]), let head = parser.lexicon.title(in: tokens, at: index, limit: limit),
               let title = parser.titleChain(in: tokens, at: index, limit: limit, head: head) {
                index = readTitle(title, tokens, at: index, source: source, parser: parser, reader: &reader)
                continue
            }
            var start = index
            // (Performance only: a name run starts with a capitalised word; most tokens are none.)
            var run = tokens[index].kind == .word && tokens[index].isCapitalized ? parser.nameRun(in: tokens, at: index, limit: limit) : 0
            let isName = run > 0 && !Self.startsSide(tokens, at: index, limit: limit, lexicon: lexicon)
            let body = isName ? Self.bodyLength(tokens, at: index, limit: limit, lexicon: lexicon) : nil
            guard isName, body == nil else {
                if let body { bodyNames.record(body, tokens, at: index, lexicon: lexicon) }
                index = Self.keepOrDropPendingTitle(tokens, at: index, parser: parser, reader: &reader)
                continue
            }
            // A capitalised word opening a sentence may be a common word (none after `TP.`; before a side, `Tại Việt Nam`: no person, PeopleOfSide.swift).
            let sentenceStart = index == 0 || tokens[index - 1].kind != .word && !PlaceHeadAbbreviation.follows(tokens, at: index, lexicon: lexicon)
            if sentenceStart, reader.pendingTitle == nil, Self.isCommonWord(tokens, at: index, lowercase: lowercase, lexicon: lexicon) {
                if PeopleOfSide.side(after: index..<index + run, in: tokens, lexicon: lexicon) != nil { index += run; continue }
                start += 1; run -= 1
                if run == 0 { index += 1; continue }
            }
            // A word glued to a caption (`ĐứcHLV Edin Terzic`) is no part of the name.
            if case let glued = GluedCaption.nameStart(tokens, start..<start + run, source: source, lexicon: lexicon), glued > start {
                run -= glued - start; start = glued
                if run == 0 { index = glued; continue }
            }
            if let person = personAfterPlace(tokens, start..<start + run, reader: &reader) { run -= person - start; start = person }   // `Thống đốc Florida Ron DeSantis`
            // The first syllable of a word (`Giám đốc Công an tỉnh`): no name, and the title is no one's.
            if run == 1, !afterHonorific.contains(tokens, at: start), parser.isWordSyllable(tokens, start..<start + 1, limit: limit) {
                reader.dropPendingTitle()
                index = start + 1
                continue
            }
            // A place (`TP Hà Nội`, `Phường Nam Dương`, `TP. Hồ Chí Minh`): no person, no title its (PlaceRun.swift).
            if isPlaceRun(tokens, start..<start + run) {
                if let title = reader.pendingTitle.take() { placeTitles.insert(ByteKeys(title.keys)) }
                index = start + run
                if let apposition = PlaceRun.appositionTitle(after: index, in: tokens, parser: parser) {
                    placeTitles.insert(ByteKeys(apposition.keys))
                    index = apposition.end
                }
                continue
            }
            let position = addRun(tokens, start..<start + run, source: source, reader: &reader)
            // Where the name is written, its title included (`CopulaTitle` reads the word before).
            // (Performance only: the pending title is taken out of the reader, not copied: a copy
            // and the reader's own were each destroyed through the optional's generic witness.)
            let carried = reader.pendingTitle.take()
            let written = carried != nil ? reader.pendingStart ?? start : start
            if let title = carried {
                // The companion first, then the title (performance only: appended in place, no
                // array of the two built and compacted per titled name).
                if let companion = reader.companion { titles[position].append(companion.written(source)) }
                titles[position].append(title.written(source))
            }
            index = start + run
            reader.lastRun = position
            reader.paragraphRuns.append((position, written, start))
            // An apposition: `Name, title …` or `Name - title …`.
            if let end = readApposition(of: position, tokens, at: index, source: source, parser: parser, order: reader.order) {
                index = end
            } else if copula.isSubject(tokens, writtenAt: written), let title = copula.title(in: tokens, at: index) {   // `Name là Title.`
                addCopulaTitle(title, of: position, tokens, source: source, order: reader.order)
                index = title.range.upperBound
            } else if let title = carried {
                Self.passBodyName(title, tokens, name: start..<index, written: written, parser: parser, reader: &reader)
            }
        }
    }

    /// Where the person starts in the name run `run` after a place or club glued before the name
    /// (`PlaceBeforePersonalName`); the pending title written right before the run ends with it.
    /// After a word only (a title's, a body's or a lower-case one); a foreign name only a few words
    /// after a title (`Cựu hậu vệ của Arsenal Martin Keown`; not `dưới thời Nuno Espírito Santo`).
    private func personAfterPlace(_ tokens: [Token], _ run: Range<Int>, reader: inout Reader) -> Int? {
        let start = run.lowerBound
        // (Performance only: `personStart` takes no run of `foreignNameWords` words or fewer;
        // the titles before are read for the longer runs only.)
        guard start > 0, tokens[start - 1].kind == .word, run.count > SpeakerLimits.foreignNameWords else { return nil }
        let titled = Range(from: max(0, start - SpeakerLimits.postWordsBeforeName), to: start).contains {
            lexicon.titles.mayStart(tokens[$0]) && lexicon.title(in: tokens, at: $0, limit: start) != nil
        }
        guard let person = PlaceBeforePersonalName(lexicon: lexicon).personStart(tokens, run, written: asked.keyPlaces, foreign: titled)
        else { return nil }
        if let title = reader.pendingTitle, title.span.upperBound == tokens[start - 1].end {
            reader.pendingTitle?.keys += tokens[from: start, upTo: person].map(\.key)
            reader.pendingTitle?.span = Range(from: title.span.lowerBound, to: tokens[person - 1].end)
        }
        return person
    }

    /// At a word or mark `index` that starts no name: keeps the pending title over the comma
    /// that ends it (`giám đốc Roland Garros, Amelie Mauresmo`) and over the honorific after
    /// that comma (`Bí thư Tỉnh uỷ Quảng Ngãi, bà Bùi Thị Quỳnh Vân`: TitleBeforeHonorific.swift),
    /// drops it otherwise. Returns where reading goes on.
    private static func keepOrDropPendingTitle(_ tokens: [Token], at index: Int, parser: MentionParser, reader: inout Reader) -> Int {
        if reader.pendingEnd == index && tokens[index].key == "," { return index + 1 }
        if reader.pendingTitle != nil, let titleStart = reader.pendingStart, reader.pendingEnd == index - 1,
           let name = TitleBeforeHonorific(lexicon: parser.lexicon, parser: parser)
               .nameStart(in: tokens, titleStart: titleStart, comma: index - 1, limit: tokens.count) {
            reader.pendingTitle?.trace.insert(.beforeHonorific)
            return name
        }
        reader.dropPendingTitle()
        return index + 1
    }

    /// After the name run `name` that took the pending title `title` (written from `written`):
    /// `giám đốc Roland Garros, Amelie Mauresmo,` or `Chủ tịch Al Nassr, ông Ibrahim
    /// Al-Muhaidib`, the run is the title's body and the title with it the next name's
    /// (BodyNameBeforePerson.swift, TitleBeforeHonorific.swift).
    private static func passBodyName(_ title: TitleInfo, _ tokens: [Token], name: Range<Int>, written: Int, parser: MentionParser,
                                     reader: inout Reader) {
        let end = name.upperBound, limit = tokens.count
        guard BodyNameBeforePerson(lexicon: parser.lexicon, parser: parser).personStart(in: tokens, runEnd: end, limit: limit) != nil
            || TitleBeforeHonorific(lexicon: parser.lexicon, parser: parser).nameStart(in: tokens, titleStart: written, bodyRun: name, limit: limit) != nil
        else { return }
        var title = title
        title.keys += tokens[name].map(\.key)
        title.span = Range(from: title.span.lowerBound, to: tokens[end - 1].end)
        title.trace.insert(.bodyNameBeforePerson)
        reader.pendingTitle = title
        reader.pendingStart = written
        reader.pendingEnd = end
    }

    /// Reads the title chain `title` at `index` as the pending title of the name after it;
    /// returns where the name may start.
    private mutating func readTitle(_ title: ParsedMention.Title, _ tokens: [Token], at index: Int, source: SourceText,
                                    parser: MentionParser, reader: inout Reader) -> Int {
        let limit = tokens.count
        let end = title.range.upperBound
        let affiliation = title.affiliation
        // (Performance only: a side is hashed into the set once, not at every title written with it.)
        if let side = affiliation, !titledSides.contains(side) { titledSides.insert(side) }
        bodyNames.recordBodies(in: title.range, tokens, lexicon: lexicon)
        if let side = affiliation, let head = lexicon.title(in: tokens, at: index, limit: limit) {
            sidedHeads.append(SidedHead(paragraph: Int32(reader.paragraph), start: Int32(index), length: Int32(head.length), side: side,
                                        span: Range(from: tokens[index].start, to: tokens[end - 1].end)))
        }
        var own = title.principal ?? Range(from: index, to: end)
        var ownAffiliation = title.principal == nil ? affiliation : title.principalAffiliation
        // Two titles of one person: `Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn` (one
        // title), `Tham mưu trưởng IDF, Trung tướng Herzi Halevi` (two: Titles/TitlePairs.swift).
        reader.companion = nil
        var trace = title.trace.read(at: .article)
        if let previous = reader.pendingTitle, let previousStart = reader.pendingStart, title.principal == nil,
           index >= 1, tokens[index - 1].key == ",", reader.pendingEnd == index - 1 {
            let bare = lexicon.title(in: tokens, at: previousStart, limit: index - 1)?.length == index - 1 - previousStart
            if previous.joins(tokens[own].map(\.key), bare: bare) {
                own = Range(from: previousStart, to: end)
                ownAffiliation = ownAffiliation ?? previous.affiliation
                trace.insert(.pair)
            } else if !bare || previous.affiliation != nil {
                reader.companion = previous
                reader.companion?.companion = true
            }
        }
        // `Tiền vệ người Anh Ashley Young`, `Tác giả của nghiên cứu, Ashley Spillane` (TitleBeforeNameGap.swift).
        let gap = TitleBeforeNameGap(lexicon: lexicon, parser: parser).read(in: tokens, chainStart: index, chainEnd: end, limit: limit)
        if let gap {
            trace.insert(.complementBeforeName)
            if gap.complement > 0, title.principal == nil, reader.companion == nil { own = Range(from: own.lowerBound, to: end + gap.complement) }
        }
        // `Phó Chủ tịch UBND tỉnh Trần Đức Quý`, `Giám đốc thể thao Max Eberl` (TitleWordsBeforeName.swift).
        let words = gap == nil && title.principal == nil && reader.companion == nil
            ? TitleWordsBeforeName(lexicon: lexicon, parser: parser).nameStart(in: tokens, chainEnd: end, limit: limit) : nil
        if let words {
            trace.insert(.wordsBeforeName)
            own = Range(from: own.lowerBound, to: words)
        }
        reader.pendingTitle = TitleInfo(keys: tokens[own].map(\.key), text: "", kind: title.kind, affiliation: ownAffiliation,
                                        order: reader.order, paired: reader.companion != nil,
                                        span: Range(from: tokens[own.lowerBound].start, to: tokens[own.upperBound - 1].end),
                                        trace: trace)
        reader.pendingStart = own.lowerBound
        reader.pendingEnd = end
        if let gap { return gap.nameStart }
        if let words { return words }
        var next = end
        if let honorific = lexicon.words.match(.honorific, in: tokens, at: next, limit: limit) { next += honorific }
        // `Thủ tướng lâm thời Lebanon - Najib Mikati`: a dash between title and name.
        else if next + 1 < limit, tokens[next].kind == .punctuation, Marks.dashes.contains(tokens[next].key),
                parser.nameRun(in: tokens, at: next + 1, limit: limit) > 0 { next += 1 }
        return next
    }

    /// Whether the name run `run` is a place (`PlaceRun`, `PlaceHeadAbbreviation`), or the
    /// full name of one after a capitalised head that the article also writes with no title
    /// (`Ủy ban Nhân dân Thành phố Hồ Chí Minh` beside `tại Thành phố Hồ Chí Minh`: `PlaceName`).
    private func isPlaceRun(_ tokens: [Token], _ run: Range<Int>) -> Bool {
        PlaceRun.isPlace(tokens, run, lexicon: lexicon) || PlaceHeadAbbreviation.follows(tokens, at: run.lowerBound, lexicon: lexicon)
            || (run.count == SpeakerLimits.personalNameWords && PlaceName.capitalisedHeadEnds(tokens, before: run.lowerBound, lexicon: lexicon)
                && writesUntitledFullPlace(tokens, at: run.lowerBound))
    }

    /// Whether a side (`actors.tsv`) starts at `index`: no name. (Performance only: a side
    /// starts with an actor's first word or a side prefix (`phía`, read off the word's
    /// classes, as `firstSide` does); most capitalised words start none, and many that start
    /// a phrase of the function words (`Ông`, `Theo`) start no side prefix. Static: a method
    /// of the index copied the index to the stack at each call, at every capitalised word.)
    /// A word inside a country's name (`Quốc` of `Trung Quốc Shein`) starts no name either (CountryTailOpensNoName.swift).
    private static func startsSide(_ tokens: [Token], at index: Int, limit: Int, lexicon: SpeakerLexicon) -> Bool {
        (lexicon.actors.mayStart(tokens[index]) || lexicon.words.match(.sidePrefix, in: tokens, at: index, limit: limit) != nil)
            && lexicon.actor(in: tokens, at: index, limit: limit) != nil
            || CountryTailOpensNoName.applies(tokens, at: index, limit: limit, lexicon: lexicon)
    }

    /// The length of the organisation or body that starts at `index` (no name), if any.
    /// (Performance only: it starts with a first word of `organizations.tsv` or
    /// `body_heads.tsv`; most capitalised words start none. Static, as `startsSide`: a method
    /// of the index copied the index to the stack at each call, at every name run read.)
    private static func bodyLength(_ tokens: [Token], at index: Int, limit: Int, lexicon: SpeakerLexicon) -> Int? {
        let token = tokens[index]
        guard lexicon.organizations.mayStart(token) || lexicon.bodyHeads.mayStart(token) else { return nil }
        return lexicon.organization(in: tokens, at: index, limit: limit)?.length
    }

    /// Keeps a name run's first form only: `fullest` prefers the first of equally long runs,
    /// so later copies never win, and a long article repeats its names. Returns the run's
    /// position in `runs`. (Performance only: a run read before is found by its keys compared
    /// in place; the keys and the text of `range` are made for a first form only.)
    private mutating func addRun(_ tokens: [Token], _ range: Range<Int>, source: SourceText, reader: inout Reader) -> Int {
        // Its words' numbers, at the end of `runWords` (removed if the run was read before):
        // one look-up per word, by its token's key hash and word id; no array of the keys built.
        let firstWord = runWords.count
        var hash = range.count
        for token in range {
            let word = words.number(tokens, at: token)
            runWords.append(word)
            hash = hash &* 31 &+ Int(word)
        }
        var seen = -1
        let added = reader.seenRuns.insert(hash: hash, where: { position in
            let other = self.runs[position].words
            guard other.count == range.count, self.runWords[other].elementsEqual(self.runWords[firstWord...]) else { return false }
            seen = position
            return true
        })
        guard added else {
            // (Performance only: one by one, as `removeLast(_:)` ran unspecialised.)
            for _ in range { runWords.removeLast() }
            return seen
        }
        let position = Int32(runs.count)
        runs.append(NameRun(paragraph: Int32(reader.paragraph), start: Int32(range.lowerBound), count: Int32(range.count),
                            firstWord: Int32(firstWord), order: Int32(reader.order)))
        titles.append([])
        if CompanyNameRun.ends(tokens, range, lexicon: lexicon) {
            companyRuns.insert(position)
            companyWords.insert(runWords[runWords.count - 1])
        }
        for index in firstWord..<runWords.count { words.append(position, to: runWords[index]) }
        // Under the last word without its final letter, for a one-word name whose letter the run
        // doubles (`holds`): only a word that may end in a doubled letter can be found so.
        if let short = words.shortened(runWords[runWords.count - 1]) { words.append(position, to: short) }
        return Int(position)
    }

    /// The run at `position` of `runs` as a rule reads it: its keys and where it is written.
    private func run(at position: Int) -> Run {
        let run = runs[position], tokens = asked.paragraphs[Int(run.paragraph)].tokens
        let range = Int(run.start)..<Int(run.start + run.count)
        return Run(keys: tokens[range].map(\.key), span: Range(from: tokens[range.lowerBound].start, to: tokens[range.upperBound - 1].end),
                   source: written, order: Int(run.order), position: position)
    }

    /// Whether `key` may be a word of `SpeakerLimits.doubledLetterWordLength` letters with its last
    /// letter doubled (`Zelenskyy`, `holds`). Performance only, read off its last bytes: a key
    /// of no more bytes than those letters is shorter, and a last ASCII letter after another
    /// byte (an other ASCII letter, or a byte of a letter or mark beyond ASCII) is no doubling.
    static func mayEndDoubled(_ key: String) -> Bool {
        let utf8 = key.utf8
        guard utf8.count > SpeakerLimits.doubledLetterWordLength, let last = utf8.last else { return false }
        return last >= 0x80 || utf8[utf8.index(utf8.endIndex, offsetBy: -2)] == last
    }

    /// `String(key.dropLast())`; performance only: when the last letter and the scalar before
    /// it are letters that no grapheme rule joins to a neighbour (printable ASCII, Latin
    /// U+00C0–U+024F and U+1E00–U+1EFF), the last grapheme is cut without a break search.
    /// A key's tone mark (U+0300–U+036F, `MatchKey`) after that letter joins it, nothing else.
    static func withoutLastLetter(_ key: String) -> String {
        var bytes = key
        let cut = bytes.withUTF8 { utf8 -> String? in
            var end = utf8.count
            while let (value, start) = scalar(before: end, in: utf8), (0x300...0x36F).contains(value) { end = start }
            guard let (value, start) = scalar(before: end, in: utf8), isOwnGrapheme(value) else { return nil }
            if let (previous, _) = scalar(before: start, in: utf8), !isOwnGrapheme(previous), !(0x300...0x36F).contains(previous) {
                return nil
            }
            return String(decoding: UnsafeBufferPointer(rebasing: utf8[..<start]), as: UTF8.self)
        }
        return cut ?? String(key.dropLast())
    }

    /// The scalar of valid UTF-8 `utf8` that ends at byte `end`, and where it starts.
    private static func scalar(before end: Int, in utf8: UnsafeBufferPointer<UInt8>) -> (value: UInt32, start: Int)? {
        guard end > 0 else { return nil }
        var start = end - 1
        while start > 0, utf8[start] & 0xC0 == 0x80 { start -= 1 }
        let lead = UInt32(utf8[start])
        var value = lead >= 0xF0 ? lead & 0x07 : lead >= 0xE0 ? lead & 0x0F : lead >= 0xC0 ? lead & 0x1F : lead
        for position in start + 1..<end { value = value << 6 | UInt32(utf8[position] & 0x3F) }
        return (value, start)
    }

    private static func isOwnGrapheme(_ value: UInt32) -> Bool {
        (0x20..<0x7F).contains(value) || (0xC0...0x24F).contains(value) || (0x1E00...0x1EFF).contains(value)
    }

    /// An apposition after the name `keys` ending at `index` (`Name, title …`, `Name - title …`):
    /// records the title and returns where it ends, or nil.
    private mutating func readApposition(of run: Int, _ tokens: [Token], at index: Int, source: SourceText,
                                         parser: MentionParser, order: Int) -> Int? {
        let limit = tokens.count
        var position = index
        guard position < limit, tokens[position].kind == .punctuation, Self.commaOrDash.contains(tokens[position]) else { return nil }
        position += 1
        if let link = parser.lexicon.words.match(.appositionLink, in: tokens, at: position, limit: limit) { position += link }
        // The title with its pair and complement (Titles/AppositionTitle.swift).
        guard let (title, trace) = parser.appositionTitle(in: tokens, at: position, limit: limit) else { return nil }
        let end = title.range.upperBound
        bodyNames.recordBodies(in: title.range, tokens, lexicon: parser.lexicon)
        // `Name, Title Other-Name`: the title belongs to the next name.
        if parser.nameRun(in: tokens, at: end, limit: limit) > 0 { return nil }
        // A caption cut mid-word by the crawler (`… chính trị nộ](…)`) is no title (CutLinkTitle.swift).
        if CutLinkTitle.isCut(Range(from: tokens[position].start, to: tokens[end - 1].end), in: source) { return end }
        titles[run].append(TitleInfo(
            keys: tokens[from: position, upTo: end].map(\.key), text: Self.text(tokens, Range(from: position, to: end), source),
            kind: title.kind, affiliation: title.affiliation, order: order,
            span: Range(from: tokens[position].start, to: tokens[end - 1].end), trace: trace))
        // `Name, vợ cầu thủ Xuân Son,`: the related person's own title and name are read on as
        // they stand (Titles/KinApposition.swift), not skipped with the tie.
        return trace.contains(.kinTie) ? position : end
    }

    /// Records the title `title` stated by a copula of the name run at `run` of `runs` (`CopulaTitle.swift`).
    private mutating func addCopulaTitle(_ title: ParsedMention.Title, of run: Int, _ tokens: [Token], source: SourceText,
                                         order: Int) {
        titles[run].append(TitleInfo(
            keys: tokens[title.range].map(\.key), text: Self.text(tokens, title.range, source), kind: title.kind,
            affiliation: title.affiliation, order: order, copula: true, trace: TitleTrace(.article, .copula)))
    }

    /// `Marks.commaOrDash`, looked up by a token's key hash (performance only: no `String` hashing).
    static let commaOrDash = KeySet(Marks.commaOrDash)

    static func text(_ tokens: [Token], _ range: Range<Int>, _ source: SourceText) -> String {
        source.string(Range(from: tokens[range.lowerBound].start, to: tokens[range.upperBound - 1].end))
    }

    /// The fullest name run of the article that holds `keys`, followed on:
    /// `Lula` → `Luiz Inacio Lula` → `Luiz Inacio Lula da Silva`.
    /// With `preferTitled` false, runs are compared by length alone (`isFuller`): a different
    /// result shows that the titled run decided (`SpeakerRule.titledNameFuller`).
    /// A company's name (`CompanyNameRun`) is no fuller form of a name that ends in no
    /// designator; with `keepingCompanies` it is, and a different result shows that it decided.
    func fullest(_ keys: [String], preferTitled: Bool = true) -> Run? {
        // A key no run holds: no run holds the keys (`holds`: a doubled last letter is numbered too).
        fullest(numbered: numbers(of: keys), preferTitled: preferTitled, keepingCompanies: false)
    }

    /// `fullest(_:preferTitled:)` of the keys of `tokens` (performance only: their words are
    /// numbered by the tokens' key hashes and word ids, not by their keys hashed again).
    func fullest(_ tokens: ArraySlice<Token>, preferTitled: Bool = true, keepingCompanies: Bool = false) -> Run? {
        fullestPosition(tokens, preferTitled: preferTitled, keepingCompanies: keepingCompanies).map { run(at: $0) }
    }

    /// The position in `runs` of `fullest(_:preferTitled:keepingCompanies:)` of `tokens`: two
    /// readings name the same run when their positions are equal (one run per keys, `addRun`).
    /// (Performance only: no `Run` made, its keys an array of strings, for a reading that is
    /// only compared with another: `NameRule`.)
    func fullestPosition(_ tokens: ArraySlice<Token>, preferTitled: Bool = true, keepingCompanies: Bool = false) -> Int? {
        guard !tokens.isEmpty, let numbers = WordNumbers(tokens, in: words) else { return nil }
        return fullest(words: numbers, preferTitled: preferTitled, keepingCompanies: keepingCompanies)
    }

    /// The run of `fullest(words:preferTitled:)` of `numbers`, nil when a word has no number.
    private func fullest(numbered numbers: WordNumbers?, preferTitled: Bool, keepingCompanies: Bool) -> Run? {
        guard let numbers, let found = fullest(words: numbers, preferTitled: preferTitled, keepingCompanies: keepingCompanies)
        else { return nil }
        return run(at: found)
    }

    /// The position in `runs` of `fullest(_:preferTitled:)` of the words numbered `numbers` (`words`).
    private func fullest<Words: RandomAccessCollection<Int32>>(words numbers: Words, preferTitled: Bool = true,
                                                              keepingCompanies: Bool = false) -> Int?
    where Words.Index == Int {
        // The designator the name itself ends in keeps the company's runs (`SM Entertainment`), and
        // so does a name the article never titles (`VNG` → `VNG Corp`: the company's short name).
        let skipsCompanies = !keepingCompanies && !companyRuns.isEmpty && !numbers.isEmpty
            && !companyWords.contains(numbers[numbers.endIndex - 1]) && isTitledOutsideCompanies(numbers)
        var best = longerRun(of: numbers, preferTitled: preferTitled, skippingCompanies: skipsCompanies)
        for _ in 0..<SpeakerLimits.fullerFormSteps {
            guard let current = best,
                  let next = longerRun(of: runWords[runs[current].words], preferTitled: preferTitled, skippingCompanies: skipsCompanies),
                  runs[next].count > runs[current].count else { break }
            best = next
        }
        return best
    }

    /// Whether a run that holds the words numbered `numbers` and is no company's name is
    /// titled (`Diễn viên Nam Thư`, `cựu hậu vệ Gary Neville`): the words name a person.
    private func isTitledOutsideCompanies<Words: RandomAccessCollection<Int32>>(_ numbers: Words) -> Bool where Words.Index == Int {
        runsHolding(numbers).contains { position in
            !companyRuns.contains(Int32(position)) && holds(runWords[runs[Int(position)].words], numbers)
                && titles[Int(position)].contains { !$0.trace.contains(.kinTie) }
        }
    }

    /// The positions, in order, of runs among which are all the runs that hold the words
    /// numbered `numbers` (`holds`; `numbers` not empty).
    /// A run that holds the words holds their first word (or, for one word, its last word is
    /// that word with the final letter doubled), and every word but the last. (Performance
    /// only: the runs of the rarest of those are read: a long page's family name stands in
    /// thousands of runs.) A run that holds two words or more holds each pair of adjacent ones
    /// (the last pair perhaps with the last word doubled, under which `runsByPair` keeps it
    /// too): when the rarest word is in many runs, the runs of the rarest pair are read.
    /// With `rarest` false the first word stands for the words (the one run of them exactly).
    private func runsHolding<Words: RandomAccessCollection<Int32>>(_ numbers: Words, rarest: Bool = true) -> KeyChains.Values
    where Words.Index == Int {
        var word = numbers[numbers.startIndex], count = words.count(of: word)
        for other in numbers.dropFirst().dropLast() where rarest && count > 0 {
            let otherCount = words.count(of: other)
            if otherCount < count { (word, count) = (other, otherCount) }
        }
        guard count > SpeakerLimits.runsBeforePairIndex, numbers.count > 1 else { return words.runs(of: word) }
        let pairs = runsByPair()
        var fewest = (pair: "", hash: UInt32(0), count: Int.max)
        for index in numbers.indices.dropLast() {
            let pair = Self.pair(words.key(numbers[index]), words.key(numbers[index + 1])), pairHash = MatchKey.hash(pair)
            let pairCount = pairs.count(of: pair, hash: pairHash)
            if pairCount < fewest.count { fewest = (pair, pairHash, pairCount) }
        }
        return pairs.values(of: fewest.pair, hash: fewest.hash)
    }

    /// The position in `runs` of the run that holds the words numbered `numbers` and is fuller
    /// than any other (`isFuller`; with `preferTitled` false, longer), the first of equals.
    /// With `skippingCompanies`, a company's run longer than the name is none (`CompanyNameRun`).
    private func longerRun<Words: RandomAccessCollection<Int32>>(of numbers: Words, preferTitled: Bool,
                                                                skippingCompanies: Bool = false) -> Int? where Words.Index == Int {
        guard !numbers.isEmpty else { return nil }
        var best: Int?
        for position in runsHolding(numbers) {
            let run = runs[Int(position)]
            guard run.count >= numbers.count, run.count <= SpeakerLimits.nameRunWords, holds(runWords[run.words], numbers) else { continue }
            if skippingCompanies, run.count > numbers.count, companyRuns.contains(Int32(position)) { continue }
            if best == nil || (preferTitled ? isFuller(Int(position), than: best!) : run.count > runs[best!].count) { best = Int(position) }
        }
        return best
    }

    /// Whether `run` is a fuller name than `other`: the longer when one holds the other
    /// (`Anatoly Antonov` over `Antonov`); of two runs that only share words, one the article
    /// writes with a title (`Pavel Durov, nhà sáng lập …`) is the person's name, fuller than a
    /// longer one it never titles (`The Durov Code`, a book); then one not first written as a
    /// relative (`NamedAsRelative`: `Cha cô, ông John Molise Tau` beside `Michelle Tau`); else the
    /// longer. A family tie title does not count (`Logan Paul, anh trai Jake Paul,`: the tie names the other person of the
    /// shared name and says nothing of which of them a bare `Paul` is).
    private func isFuller(_ run: Int, than other: Int) -> Bool {
        let words = runWords[runs[run].words], otherWords = runWords[runs[other].words]
        if !holds(words, otherWords), !holds(otherWords, words) {
            let titled = titles[run].contains { !$0.trace.contains(.kinTie) }
            let otherTitled = titles[other].contains { !$0.trace.contains(.kinTie) }
            if titled != otherTitled { return titled }
            // `Cha cô, ông John Molise Tau` beside `Michelle Tau`: the relative is not the bare `Tau`.
            let relative = isFirstWrittenAsRelative(run), otherRelative = isFirstWrittenAsRelative(other)
            if relative != otherRelative { return otherRelative }
        }
        return words.count > otherWords.count
    }

    /// Whether the run at `position` of `runs` is first written after a family tie (`NamedAsRelative`;
    /// `NameRule`'s trace, with `fullestPosition`).
    func isFirstWrittenAsRelative(_ position: Int) -> Bool {
        let run = runs[position]
        return NamedAsRelative(lexicon: lexicon).isRelative(asked.paragraphs[Int(run.paragraph)].tokens, at: Int(run.start))
    }

    /// The fullest title written next to any form of the person whose fullest name is `canonical`.
    func title(of canonical: [String]) -> TitleInfo? {
        guard let fullest = run(withKeys: canonical) else { return nil }
        return title(ofRunAt: fullest)
    }

    /// `title(of: run.keys)` (performance only: the run is not looked up by its keys).
    func title(of run: Run) -> TitleInfo? { title(ofRunAt: run.position) }

    /// Every title written next to any form of the person whose fullest name is `run`
    /// (`PointingRole`: whether the article titles them with a role at all).
    func titles(of run: Run) -> [TitleInfo] {
        (titledByFullest[run.position] ?? []).flatMap { titles[$0] }
    }

    /// The fullest title of the person whose fullest name is the run at `fullest` of `runs`.
    /// (Performance only: past `SpeakerLimits.runsBeforeTitleTable` runs, kept once read.)
    private func title(ofRunAt fullest: Int) -> TitleInfo? {
        guard runs.count > SpeakerLimits.runsBeforeTitleTable else { return bestTitle(ofRunAt: fullest) }
        if let known = asked.fullestTitles[fullest] { return known }
        let best = bestTitle(ofRunAt: fullest)
        asked.fullestTitles[fullest] = best
        return best
    }

    /// `title(ofRunAt:)` read off the titles.
    /// (Performance only: the titles are read in place and the best one copied once, at the end;
    /// each test copied the best so far out of its optional, through a generic value witness.)
    private func bestTitle(ofRunAt fullest: Int) -> TitleInfo? {
        var best: (position: Int, index: Int)?
        for position in titledByFullest[fullest] ?? [] {
            for index in titles[position].indices {
                guard let (bestPosition, bestIndex) = best else { best = (position, index); continue }
                let title = titles[position][index], chosen = titles[bestPosition][bestIndex]
                if rank(title) > rank(chosen) || (rank(title) == rank(chosen) && title.order < chosen.order) {
                    best = (position, index)
                }
            }
        }
        return best.map { titles[$0.position][$0.index] }
    }

    /// `WordNumbers(keys, in: words)`, kept for the keys asked last (performance only: a
    /// mention asks `fullest` of its name twice and `title(of:)` of it, each numbering its
    /// keys by their hashes; the words are numbered in `init`, never after).
    private func numbers(of keys: [String]) -> WordNumbers? {
        if let last = asked.lastNumbers, last.keys.count == keys.count,
           keys.indices.allSatisfy({ ByteKey.sameBytes(last.keys[$0], keys[$0]) }) {
            return last.numbers
        }
        let numbers = WordNumbers(keys, in: words)
        asked.lastNumbers = (keys, numbers)
        return numbers
    }

    /// The position of the run whose keys are `keys`, if any (one run per keys: `addRun`).
    private func run(withKeys keys: [String]) -> Int? {
        guard !keys.isEmpty else { return nil }
        guard let numbers = numbers(of: keys) else { return nil }
        for position in runsHolding(numbers, rarest: false) where runWords[runs[Int(position)].words].elementsEqual(numbers) {
            return Int(position)
        }
        return nil
    }

    /// Whether `token` opens a sentence and is a common word: one the article also writes in
    /// lower case, or one news writes in lower case (`common_words.tsv`).
    /// The word after a place head written short (`TP. Hồ Chí Minh`: `PlaceHeadAbbreviation`) opens none.
    func isCommonWordOpening(_ tokens: [Token], at index: Int) -> Bool {
        (index == 0 || tokens[index - 1].kind != .word) && isCommonWord(tokens, at: index)
            && !PlaceHeadAbbreviation.follows(tokens, at: index, lexicon: lexicon)
    }

    private func isCommonWord(_ tokens: [Token], at index: Int) -> Bool {
        Self.isCommonWord(tokens, at: index, lowercase: lowercase, lexicon: lexicon)
    }

    /// `isCommonWord(_:at:)` with the index's `lowercase` words. (Performance only: static, as
    /// `startsSide`, for `read`: a method of the index copied the index to the stack at each call.)
    private static func isCommonWord(_ tokens: [Token], at index: Int, lowercase: TokenWordSet, lexicon: SpeakerLexicon) -> Bool {
        lowercase.contains(tokens, at: index) || lexicon.isCommonWord(tokens, at: index)
    }

    /// Whether the article writes the word of `token` in lower case somewhere.
    func writesLowercase(_ token: Token) -> Bool { lowercase.contains(token) }

    /// Whether the article writes the word of `token` in lower case outside links (`LinkOnlyLowercase`).
    func writesLowercaseOutsideLinks(_ token: Token) -> Bool {
        guard lowercase.contains(token) else { return false }
        guard let table = lowercaseOutsideLinks() else { return LowercaseOutsideLinks.writes(token, in: asked.paragraphs) }
        return table.contains(token)
    }

    /// Whether the article writes the word of `first` in lower case outside links right before
    /// the word of `next` (`thông tin`: `GivenNameOfNamedPerson.startsLowercaseWord`).
    func writesLowercaseOutsideLinks(_ first: Token, before next: Token) -> Bool {
        guard lowercase.contains(first) else { return false }
        guard let table = lowercaseOutsideLinks() else { return LowercaseOutsideLinks.writes(first, before: next, in: asked.paragraphs) }
        return table.contains(first, before: next)
    }

    /// `AskedTables.lowercaseOutsideLinks`, made at the question after the first
    /// `LowercaseOutsideLinks.questionsBeforeTable`; nil before. (Performance only: a word the
    /// article never writes in lower case, `lowercase`, is answered without it.)
    private func lowercaseOutsideLinks() -> LowercaseOutsideLinks? {
        if let known = asked.lowercaseOutsideLinks { return known }
        guard asked.lowercaseQuestions >= LowercaseOutsideLinks.questionsBeforeTable else {
            asked.lowercaseQuestions += 1
            return nil
        }
        let table = LowercaseOutsideLinks(paragraphs: asked.paragraphs)
        asked.lowercaseOutsideLinks = table
        return table
    }

    /// Whether the article writes the reverent pronoun (`Người`) capitalised inside a sentence
    /// (`ReverentPronoun`): read at the first question, once an article.
    func writesReverentPronoun() -> Bool {
        if let known = asked.writesReverentPronoun { return known }
        let writes = ReverentPronoun.writesInsideSentence(asked.paragraphs, words: resolver.words)
        asked.writesReverentPronoun = writes
        return writes
    }

    /// Whether the article writes `token` right after an honorific or pronoun (`ông Thắng`).
    func writesAfterHonorific(_ token: Token) -> Bool { afterHonorific.contains(token) }

    /// Whether the article writes the two-syllable run at `start` (its second syllable) after a
    /// place head with no title before it (`OfficialAfterPlaceHead`).
    func writesUntitledPlace(_ tokens: [Token], at start: Int) -> Bool { untitledPlaces.contains(tokens, at: start + 1) }

    /// Whether the article writes the three-syllable run at `start` (its second and third
    /// syllables) after a capitalised place head with no title before it (`tại Thành phố Hồ Chí
    /// Minh`: `PlaceName`).
    func writesUntitledFullPlace(_ tokens: [Token], at start: Int) -> Bool {
        untitledPlaces.contains(tokens, at: start + 1) && untitledFullPlaces.contains(tokens, at: start + 2)
    }

    /// The article's paragraphs (`PlaceBeforePersonalName` reads how it writes a place).
    var paragraphs: [ParagraphContext] { asked.paragraphs }

    /// Whether the article writes the title of `keys` right before or beside a place (`PlaceRun`).
    func writesTitleOfPlace(_ keys: [String]) -> Bool { placeTitles.contains(ByteKeys(keys)) }

    /// Whether a title starts in the `SpeakerLimits.titleWordsBeforePlaceHead` words before the
    /// place head that ends right before `position` (`Phó Chủ tịch UBND tỉnh`).
    private static func isTitledPlaceHead(_ tokens: [Token], before position: Int, lexicon: SpeakerLexicon) -> Bool {
        let from = max(0, position - 1 - SpeakerLimits.titleWordsBeforePlaceHead)
        return (from..<position).contains { lexicon.title(in: tokens, at: $0, limit: position) != nil }
    }

    /// Whether the article writes the side `side`, named by the pronoun word `token` (`Anh`),
    /// as a side somewhere: in a title (`Thủ tướng Anh`) or after a side prefix (`phía Anh`).
    func writesAsSide(_ side: String, _ token: Token) -> Bool {
        titledSides.contains(side) || afterSidePrefix.contains(token)
    }

    /// Whether a country word at `index` is no side but a syllable of a name: after a
    /// capitalised word (`Mỹ Anh`, `Phạm Nhật Vượng`, `Trần Đức Tài`) that does not end a
    /// title written in capitals (`Ngoại Trưởng Úc, Penny Wong`); or a pronoun opening a
    /// sentence (`Anh cho biết`); or the first syllable of a place's name after its head
    /// (`huyện Đức Cơ`: `CountryInsideName`).
    func isInsideName(_ tokens: [Token], _ index: Int, length: Int) -> Bool {
        if let previous = tokens[ifPresent: index - 1], previous.kind == .word {
            guard previous.isCapitalized else {
                return CountryInsideName.isPlaceSyllable(tokens, at: index, from: index, limit: tokens.count, lexicon: lexicon)
            }
            return !(max(0, index - SpeakerLimits.titleWordsBeforeSide)..<index).contains { start in
                lexicon.title(in: tokens, at: start, limit: index)?.length == index - start
            }
        }
        return length == 1 && lexicon.pronouns.value(in: tokens, range: index..<index + 1) != nil
    }

    /// The one title with a side that the article writes for this bare title
    /// (`Tổng thống` → `Tổng thống Mỹ`), when it writes only one.
    /// (Performance only: with few sided heads they are read in place, `sidedTitleReadInPlace`;
    /// the table of `chains()` is built for more.)
    func sidedTitle(_ keys: [String], source: SourceText) -> (text: String, side: String)? {
        guard !sidedHeads.isEmpty else { return nil }
        guard sidedHeads.count > SpeakerLimits.sidedHeadsBeforeTable else { return sidedTitleReadInPlace(keys, source: source) }
        guard let sides = chains()[ByteKeys(keys)], sides.count == 1, let only = sides.first else { return nil }
        return (source.string(only.value), only.key)
    }

    /// `sidedTitle(_:source:)` read off `sidedHeads` in order, as `chains()` keeps them: the
    /// heads whose keys are `keys`, when all have one side, with the last one's span.
    private func sidedTitleReadInPlace(_ keys: [String], source: SourceText) -> (text: String, side: String)? {
        var found: (side: String, span: Range<Int>)?
        for head in sidedHeads where Int(head.length) == keys.count {
            let tokens = asked.paragraphs[Int(head.paragraph)].tokens, start = Int(head.start)
            guard keys.indices.allSatisfy({ ByteKey.sameBytes(tokens[start + $0].key, keys[$0]) }) else { continue }
            if let known = found, known.side != head.side { return nil }
            found = (head.side, head.span)
        }
        return found.map { (source.string($0.span), $0.side) }
    }

    /// Whether the words `numbers` stand inside the run of words `run` as consecutive words
    /// (both numbered by `words`: two keys have one number exactly when their bytes are equal;
    /// match keys are folded from NFC text, so two keys are canonically equivalent only then).
    /// (Performance only: numbers compared in place, no array built per window.)
    private func holds<Words: RandomAccessCollection<Int32>>(_ run: ArraySlice<Int32>, _ numbers: Words) -> Bool where Words.Index == Int {
        guard !numbers.isEmpty, run.count >= numbers.count else { return false }
        let width = numbers.count, first = run.startIndex, own = numbers.startIndex
        for start in 0...(run.count - width) {
            if (0..<width).allSatisfy({ run[first + start + $0] == numbers[own + $0] }) { return true }
            // A transliteration that doubles the last letter (`Zelensky` / `Zelenskyy`, `RunWords.doubles`).
            if start + width == run.count, (0..<width - 1).allSatisfy({ run[first + start + $0] == numbers[own + $0] }),
               words.doubles(run[run.endIndex - 1], numbers[numbers.endIndex - 1]) {
                return true
            }
        }
        return false
    }

    /// Titles with their country or body rank first, then longer ones.
    /// A sided title the name was written with alone ranks above one written before another
    /// title and a comma (`Theo người phát ngôn Nhà Trắng, Tổng thống Joe Biden …` beside
    /// `Tổng thống Mỹ Joe Biden`: Titles/TitlePairs.swift).
    /// A family tie (`bố của bà Paetongtarn`, `Titles/KinApposition.swift`) stands below any
    /// other title: it is the person's title only when the article gives no post or role
    /// (`Cựu thủ tướng Thaksin Shinawatra, bố của bà Paetongtarn` keeps `Cựu thủ tướng`).
    private func rank(_ title: TitleInfo) -> (standing: Int, words: Int) {
        if title.trace.contains(.kinTie) { return (-1, title.keys.count) }
        return (title.affiliation == nil ? 0 : title.companion || title.paired ? 1 : 2, title.keys.count)
    }

    /// The one person (fullest name) the article titles with an office of `side` itself: the
    /// title names the side, with no prefix (`Phó`, `cựu`) and no body (`Bộ Ngoại giao`) in it.
    /// (Performance only: the answer for each side is kept, `AskedTables.leaders`.)
    func leader(of side: String) -> Run? {
        let only: Int?
        if let known = asked.leaders[side] {
            only = known
        } else {
            only = leaderRun(of: side)
            asked.leaders[side] = only
        }
        return only.map { run(at: $0) }
    }

    /// The position of `leader(of:)`'s run, read off the titles.
    private func leaderRun(of side: String) -> Int? {
        var found = OnePerson()
        for (position, list) in titles.enumerated()
        where list.contains(where: { $0.affiliation == side && $0.kind == .office && isOwnOffice($0.keys) }) {
            found.add(fullest(words: runWords[runs[position].words]))
        }
        return found.only
    }

    private func isOwnOffice(_ keys: [String]) -> Bool {
        let title = KeyIDs(keys), words = title.ids
        guard !keys.isEmpty, lexicon.titles.value(ids: words, range: 0..<1) != .prefix else { return false }
        return !lexicon.namesBody(title) && !words.indices.contains { lexicon.bodyHeads.value(ids: words, range: $0..<$0 + 1) != nil }
    }

    /// The person (fullest name) that the article gives exactly this title, if only one;
    /// else the one it gives this title with the same words but the heads of bodies
    /// (`Chủ tịch Vingroup` for `Chủ tịch Tập đoàn Vingroup`: `BodyNameAfterTitle.swift`).
    /// `words` are the title's tokens (their word ids: no look-up of the word table).
    func person(titled keys: [String], words: ArraySlice<Token>) -> Run? {
        person(titled: keys, ids: words.map(\.wordID))
    }

    /// The same for a title made of match keys only (`HeadOfBody`: `bộ trưởng bộ công an`).
    func person(titled keys: [String]) -> Run? {
        person(titled: keys, ids: KeyIDs(keys).ids)
    }

    private func person(titled keys: [String], ids: [UInt32]) -> Run? {
        if let exact = onePerson(runs.count > SpeakerLimits.runsBeforeTitleTable ? namesByTitle()[ByteKeys(keys)] ?? []
                                                                                 : namesReadInPlace(titled: keys)) { return exact }
        let bare = BodyNameAfterTitle.withoutBodyHeads(keys, ids: ids, lexicon: lexicon)
        return onePerson(namesByBareTitle()[ByteKeys(bare)] ?? [])
    }

    /// The people (fullest names, each once, in the order first titled) whom the article
    /// writes with a title that `accepts` takes, before the name, in an apposition or with a
    /// copula; a companion title (`TitlePairs`) does not count (`RoleHolder`: the one person of a role).
    /// Only the titles whose first key is `first` are asked, each with its keys' word ids.
    /// (Performance only: past `SpeakerLimits.runsBeforeTitleTable` runs, the runs so titled
    /// are read from a table made at the first question, `runsByTitleStart()`, and each
    /// title's ids are made once, `AskedTables.titleIDs`; a long page's role mentions read every
    /// titled run. Below it, the tables cost more than the reading.)
    func people(titled first: String, where accepts: (TitleInfo, [UInt32]) -> Bool) -> [Run] {
        let tabled = runs.count > SpeakerLimits.runsBeforeTitleTable
        var found: [Int] = []
        for position in tabled ? runsByTitleStart()[first] ?? [] : Array(titles.indices) {
            let list = titles[position]
            guard list.indices.contains(where: { place in
                guard !list[place].companion, list[place].keys.first == first else { return false }
                return accepts(list[place], tabled ? titleIDs(at: TitleAt(position, place)) : KeyIDs(list[place].keys).ids)
            }) else { continue }
            if let run = fullest(words: runWords[runs[position].words]), !found.contains(run) { found.append(run) }
        }
        return found.map { run(at: $0) }
    }

    /// A title of `titles`: its run's position and its place in the run's list.
    private struct TitleAt: Hashable {
        let run: Int32, place: Int32
        init(_ run: Int, _ place: Int) { self.run = Int32(run); self.place = Int32(place) }
    }

    /// The word ids of the keys of the title at `at`, made at the first call.
    private func titleIDs(at title: TitleAt) -> [UInt32] {
        if let known = asked.titleIDs[title] { return known }
        let ids = KeyIDs(titles[Int(title.run)][Int(title.place)].keys).ids
        asked.titleIDs[title] = ids
        return ids
    }

    /// `AskedTables.runsByTitleStart`, made at the first call.
    private func runsByTitleStart() -> [String: [Int]] {
        if let known = asked.runsByTitleStart { return known }
        var table: [String: [Int]] = [:]
        for (position, list) in titles.enumerated() where !list.isEmpty {
            for title in list where !title.companion {
                guard let first = title.keys.first else { continue }
                if table[first]?.last != position { table[first, default: []].append(position) }
            }
        }
        asked.runsByTitleStart = table
        return table
    }

    /// `namesByTitle()[keys]` read off `titles` in order, as `titledNames(by:)` keeps them
    /// (performance only: an article of few runs asks no table).
    private func namesReadInPlace(titled keys: [String]) -> [Int] {
        var names: [Int] = []
        for (position, list) in titles.enumerated() where !list.isEmpty {
            for title in list where !title.companion && title.keys.count == keys.count
                && keys.indices.allSatisfy({ ByteKey.sameBytes(title.keys[$0], keys[$0]) }) {
                names.append(position)
            }
        }
        return names
    }

    /// (`names` in order, a run once per title written for it: performance only, a run is read
    /// once, as a long page writes a title for its run again and again.)
    private func onePerson(_ names: [Int]) -> Run? {
        var found = OnePerson()
        var last: Int?
        for position in names where position != last {
            last = position
            found.add(fullest(words: runWords[runs[position].words]))
        }
        guard let only = found.only else { return nil }
        return run(at: only)
    }

    /// The runs found, told apart by their position (one run per keys: `addRun`); performance
    /// only: no dictionary of their keys.
    private struct OnePerson {
        var first: Int?
        var several = false

        mutating func add(_ run: Int?) {
            guard let run else { return }
            if let first { several = several || first != run } else { first = run }
        }

        /// The position of the one run found, if only one.
        var only: Int? { several ? nil : first }
    }
}

extension ByteKey {
    /// The key `string` whose `MatchKey.hash` is `hash` already (a token's `keyHash`).
    @inline(__always)
    init(_ string: String, hash: UInt32) {
        self.string = string
        bytesHash = hash
    }
}

/// An article's source held by reference: each name run of `ArticleIndex` reads its text from it
/// when asked (performance only: a copy of a run retains one reference, not the source's arrays).
private final class WrittenSource: Sendable {
    let text: SourceText

    init(_ text: SourceText) { self.text = text }
}
