/// What the article says about people anywhere in it, captions included: every
/// capitalised name run and the titles written before it or after it as an apposition.
/// Used to give a mention the fullest name and title of its person.
struct ArticleIndex: Sendable {
    struct Run: Sendable { var keys: [String]; var text: String; var order: Int }
    struct TitleInfo: Sendable { var keys: [String]; var text: String; var kind: TitleKind; var affiliation: String?; var order: Int }

    var runs: [Run] = []
    /// The first side the article names (only that one is read: the others were collected
    /// in a list before, at a look-up per token of the article).
    private var firstSide: String?

    /// The side a person of no stated side most likely speaks for: the first side the
    /// article names (its headline or lead names the article's main actor), else none.
    var contextSide: String? { firstSide }

    /// Title heads written with a side anywhere in the article: head keys → side → title text.
    var chains: [ByteKeys: [String: String]] = [:]
    /// The keys of words the article also writes in lower case (common words, not names).
    var lowercase = KeySet()
    /// Titles by the keys of the name run they stand next to.
    var titles: [ByteKeys: [TitleInfo]] = [:]
    /// The keys of `titles` by the keys of their fullest name run (see `title(of:)`).
    private var titledByFullest: [ByteKeys: [ByteKeys]] = [:]
    /// Performance only: the positions in `runs` of the runs that hold each key, in order,
    /// also under the last key without its final letter (see `contains`), so that
    /// `longerRun` reads only the runs that can hold a name (it read every run, for every
    /// quote: quadratic in a long article).
    private var runsByKey: [ByteKey: [Int32]] = [:]
    /// Performance only: the keys of `titles` by the keys of each title written for them
    /// (`person(titled:)` read every title of the article, for every quote).
    private var namesByTitle: [ByteKeys: [ByteKeys]] = [:]

    init(paragraphs: [ParagraphContext], source: SourceText, parser: MentionParser) {
        let lexicon = parser.lexicon
        var order = 0
        var seenRuns = Set<ByteKeys>()
        for paragraph in paragraphs {
            for token in paragraph.tokens where token.kind == .word && !token.isCapitalized { lowercase.insert(token) }
            var index = 0
            while firstSide == nil, index < paragraph.tokens.count {
                if let side = lexicon.actor(in: paragraph.tokens, at: index, limit: paragraph.tokens.count) {
                    firstSide = side.entry.side
                }
                index += 1
            }
        }
        for paragraph in paragraphs {
            let tokens = paragraph.tokens
            let limit = tokens.count
            var index = 0
            var pendingTitle: TitleInfo?
            var pendingStart: Int?
            var pendingEnd: Int?
            while index < limit {
                order += 1
                // (`mayStart`: most tokens start no title, and are ruled out without a call.)
                if lexicon.titles.mayStart(tokens[index]), let title = parser.titleChain(in: tokens, at: index, limit: limit) {
                    let end = title.range.upperBound
                    let affiliation = title.affiliation
                    if let side = affiliation, let head = lexicon.title(in: tokens, at: index, limit: limit) {
                        chains[ByteKeys(tokens[index..<index + head.length].map(\.key)), default: [:]][side] = Self.text(tokens, index..<end, source)
                    }
                    var own = title.principal ?? index..<end
                    var ownAffiliation = title.principal == nil ? affiliation : title.principalAffiliation
                    // Two titles of one person: `Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn`.
                    if let previous = pendingTitle, let previousStart = pendingStart, title.principal == nil,
                       index >= 1, tokens[index - 1].key == ",", pendingEnd == index - 1 {
                        own = previousStart..<end
                        ownAffiliation = ownAffiliation ?? previous.affiliation
                    }
                    pendingTitle = TitleInfo(keys: tokens[own].map(\.key), text: Self.text(tokens, own, source),
                                             kind: title.kind, affiliation: ownAffiliation, order: order)
                    pendingStart = own.lowerBound
                    pendingEnd = end
                    index = end
                    if let honorific = lexicon.words.match(.honorific, in: tokens, at: index, limit: limit) { index += honorific }
                    // `Thủ tướng lâm thời Lebanon - Najib Mikati`: a dash between title and name.
                    else if index + 1 < limit, tokens[index].kind == .punctuation, Marks.dashes.contains(tokens[index].key),
                            parser.nameRun(in: tokens, at: index + 1, limit: limit) > 0 { index += 1 }
                    continue
                }
                var start = index
                var run = parser.nameRun(in: tokens, at: index, limit: limit)
                guard run > 0, lexicon.actor(in: tokens, at: index, limit: limit) == nil,
                      lexicon.organization(in: tokens, at: index, limit: limit) == nil else {
                    if !(pendingEnd == index && tokens[index].key == ",") { pendingTitle = nil }
                    index += 1
                    continue
                }
                // A capitalised word opening a sentence may be a common word.
                let sentenceStart = index == 0 || tokens[index - 1].kind != .word
                if sentenceStart, pendingTitle == nil, lowercase.contains(tokens[index]) {
                    start += 1; run -= 1
                    if run == 0 { index += 1; continue }
                }
                let keys = tokens[start..<start + run].map(\.key)
                // Only a name's first form is kept: `fullest` prefers the first of equally
                // long runs, so later copies never win, and a long article repeats its names.
                if seenRuns.insert(ByteKeys(keys)).inserted {
                    runs.append(Run(keys: keys, text: Self.text(tokens, start..<start + run, source), order: order))
                    let position = Int32(runs.count - 1)
                    for key in keys + [String(keys[keys.count - 1].dropLast())] where runsByKey[ByteKey(key)]?.last != position {
                        runsByKey[ByteKey(key), default: []].append(position)
                    }
                }
                if let title = pendingTitle { titles[ByteKeys(keys), default: []].append(title) }
                pendingTitle = nil
                index = start + run
                // An apposition: `Name, title …` or `Name - title …`.
                var position = index
                if position < limit, tokens[position].kind == .punctuation, Marks.commaOrDash.contains(tokens[position].key) {
                    position += 1
                    if let link = lexicon.words.match(.appositionLink, in: tokens, at: position, limit: limit) { position += link }
                    if let title = parser.titleChain(in: tokens, at: position, limit: limit) {
                        let end = title.range.upperBound
                        let affiliation = title.affiliation
                        // `Name, Title Other-Name`: the title belongs to the next name.
                        if parser.nameRun(in: tokens, at: end, limit: limit) > 0 { continue }
                        titles[ByteKeys(keys), default: []].append(TitleInfo(
                            keys: tokens[position..<end].map(\.key), text: Self.text(tokens, position..<end, source),
                            kind: title.kind, affiliation: affiliation, order: order))
                        index = end
                    }
                }
            }
        }
        // Performance only: which titled name keys lead to each fullest name, computed once
        // (`title(of:)` asked `fullest` of every titled name for every quote: cubic in a long article).
        for keys in titles.keys {
            if let run = fullest(keys.keys) { titledByFullest[ByteKeys(run.keys), default: []].append(keys) }
        }
        for (nameKeys, list) in titles {
            for title in list { namesByTitle[ByteKeys(title.keys), default: []].append(nameKeys) }
        }
    }

    static func text(_ tokens: [Token], _ range: Range<Int>, _ source: SourceText) -> String {
        source.string(tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }

    /// The fullest name run of the article that holds `keys`, followed on:
    /// `Lula` → `Luiz Inacio Lula` → `Luiz Inacio Lula da Silva`.
    func fullest(_ keys: [String]) -> Run? {
        var best = longerRun(of: keys)
        for _ in 0..<3 {
            guard let current = best, let next = longerRun(of: current.keys), next.keys.count > current.keys.count else { break }
            best = next
        }
        return best
    }

    private func longerRun(of keys: [String]) -> Run? {
        // A run that holds `keys` holds their first key (or, for one key, its last key is that
        // key with the final letter doubled).
        guard let first = keys.first else { return nil }
        var best: Run?
        for position in runsByKey[ByteKey(first)] ?? [] {
            let run = runs[Int(position)]
            guard run.keys.count >= keys.count, run.keys.count <= 6, Self.contains(run.keys, keys) else { continue }
            if best == nil || run.keys.count > best!.keys.count { best = run }
        }
        return best
    }

    /// The fullest title written next to any form of the person whose fullest name is `canonical`.
    func title(of canonical: [String]) -> TitleInfo? {
        var best: TitleInfo?
        for keys in titledByFullest[ByteKeys(canonical)] ?? [] {
            let list = titles[keys] ?? []
            for title in list where best == nil || rank(title) > rank(best!)
                || (rank(title) == rank(best!) && title.order < best!.order) {
                best = title
            }
        }
        return best
    }

    /// Whether `token` opens a sentence and is a word the article also writes in lower case.
    func isCommonWordOpening(_ tokens: [Token], at index: Int) -> Bool {
        (index == 0 || tokens[index - 1].kind != .word) && lowercase.contains(tokens[index])
    }

    /// The one title with a side that the article writes for this bare title
    /// (`Tổng thống` → `Tổng thống Mỹ`), when it writes only one.
    func sidedTitle(_ keys: [String]) -> (text: String, side: String)? {
        guard let sides = chains[ByteKeys(keys)], sides.count == 1, let only = sides.first else { return nil }
        return (only.value, only.key)
    }

    /// Whether `keys` stands inside `run` as consecutive words.
    static func contains(_ run: [String], _ keys: [String]) -> Bool {
        guard !keys.isEmpty, run.count >= keys.count else { return false }
        for start in 0...(run.count - keys.count) {
            let window = run[start..<start + keys.count]
            if Array(window) == keys { return true }
            // A transliteration that doubles the last letter (`Zelensky` / `Zelenskyy`).
            if start + keys.count == run.count, Array(window.dropLast()) == Array(keys.dropLast()),
               let last = keys.last, let full = window.last, last.count >= 5,
               full.count == last.count + 1, full.hasPrefix(last), full.last == last.last {
                return true
            }
        }
        return false
    }

    /// Titles with their country or body rank first, then longer ones.
    private func rank(_ title: TitleInfo) -> Int {
        (title.affiliation != nil ? 100 : 0) + title.keys.count
    }

    /// The person (fullest name) that the article gives exactly this title, if only one.
    func person(titled keys: [String]) -> Run? {
        var found: [ByteKeys: Run] = [:]
        for nameKeys in namesByTitle[ByteKeys(keys)] ?? [] {
            if let run = fullest(nameKeys.keys) { found[ByteKeys(run.keys)] = run }
        }
        return found.count == 1 ? found.first!.value : nil
    }
}

/// The kinds of speaker an anaphor can stand for (`ông ấy` a person, `nước này` a country).
enum AnaphorTarget: Sendable {
    case person, country, organization, source, any

    func accepts(_ speaker: Speaker) -> Bool {
        switch self {
        case .person: speaker.kind == .person
        case .country: speaker.kind == .country
        case .organization: speaker.kind == .organization || speaker.kind == .country
        case .source: speaker.kind == .source
        case .any: true
        }
    }
}

/// The speakers resolved so far in the article, for pronouns and anaphors.
struct SpeakerHistory: Sendable {
    private(set) var speakers: [Speaker] = []
    /// Each speaker's kind, and the match keys of its name and title, read once (not at every lookup).
    private(set) var kinds: [SpeakerKind] = []
    private(set) var nameKeys: [[String]] = []
    private(set) var titleKeys: [[String]?] = []
    /// Performance only: the positions of the speakers by the first word of their title
    /// (the title look-back read every speaker before, for every quote).
    private var byTitleHead: [ByteKey: [Int]] = [:]

    func nearest(_ target: AnaphorTarget) -> Speaker? {
        speakers.last { target.accepts($0) && !$0.name.isEmpty }
    }

    /// The nearest earlier speaker whose position `accept` takes (it reads `kinds`,
    /// `nameKeys`, `titleKeys` and `speakers` at that position: no speaker is copied per step).
    func last(where accept: (Int) -> Bool) -> Speaker? {
        speakers.indices.reversed().first(where: accept).map { speakers[$0] }
    }

    /// The nearest earlier speaker whose title starts with the words `keys` and whose
    /// position `accept` takes.
    func last(titledWith keys: [String], where accept: (Int) -> Bool) -> Speaker? {
        guard let head = keys.first else { return last { titleKeys[$0] != nil && accept($0) } }
        for position in (byTitleHead[ByteKey(head)] ?? []).reversed()
        where titleKeys[position]?.starts(with: keys) == true && accept(position) {
            return speakers[position]
        }
        return nil
    }

    mutating func add(_ speaker: Speaker) {
        speakers.append(speaker)
        kinds.append(speaker.kind)
        nameKeys.append(MatchKey.words(speaker.name))
        let title = speaker.title.map(MatchKey.words)
        titleKeys.append(title)
        if let head = title?.first { byTitleHead[ByteKey(head), default: []].append(speakers.count - 1) }
    }
}
