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
/// (Not `Sendable`: its copies share the cache of match keys, `HistoryKeys`; a history lives
/// in one call of `SpeakerResolver.resolve`.)
struct SpeakerHistory {
    private(set) var speakers: [Speaker] = []
    /// Each speaker's kind.
    private(set) var kinds: [SpeakerKind] = []
    /// The match keys of the speakers' titles and sources' names, read when a rule first asks.
    private let keys = HistoryKeys()

    func nearest(_ target: AnaphorTarget) -> Speaker? {
        speakers.last { target.accepts($0) && !$0.name.isEmpty }
    }

    /// The nearest earlier speaker whose position `accept` takes (it reads `kinds`,
    /// `sourceNameKeys(at:)` and `speakers` at that position: no speaker is copied per step).
    func last(where accept: (Int) -> Bool) -> Speaker? {
        speakers.indices.reversed().first(where: accept).map { speakers[$0] }
    }

    /// The nearest earlier speaker whose title starts with the words `keys` and whose
    /// position `accept` takes.
    func last(titledWith keys: [String], where accept: (Int) -> Bool) -> Speaker? {
        guard let head = keys.first else { return last { speakers[$0].title != nil && accept($0) } }
        self.keys.readTitles(speakers)
        for position in (self.keys.byTitleHead[ByteKey(head)] ?? []).reversed()
        where position < speakers.count && self.keys.titles[position]?.starts(with: keys) == true && accept(position) {
            return speakers[position]
        }
        return nil
    }

    /// The nearest earlier source whose name ends with the words `keys` and holds more words
    /// (`UnnamedSourceRule`: `Nhà ngoại giao Ả Rập` after `Một nhà ngoại giao Ả Rập`). Performance only: the
    /// sources are read by the last word of their names (each unnamed source read every speaker
    /// before it: quadratic in a long page; past `SpeakerLimits.speakersBeforeSourceTable`
    /// speakers only, as the table costs more than the reading in a news article.)
    func lastSource(endingWith keys: [String]) -> Speaker? {
        guard let end = keys.last, speakers.count > SpeakerLimits.speakersBeforeSourceTable else {
            return last { position in
                guard kinds[position] == .source else { return false }
                let name = sourceNameKeys(at: position)
                return name.count > keys.count && name.suffix(keys.count) == ArraySlice(keys)
            }
        }
        self.keys.readSources(speakers)
        for position in (self.keys.sourcesByLastKey[end] ?? []).reversed() where position < speakers.count {
            let name = self.keys.sourceName(at: position, speakers)
            if name.count > keys.count && name.suffix(keys.count) == ArraySlice(keys) { return speakers[position] }
        }
        return nil
    }

    /// The match keys of the name of the speaker at `position` when it is a source
    /// (`UnnamedSourceRule`), else none.
    func sourceNameKeys(at position: Int) -> [String] {
        kinds[position] == .source ? keys.sourceName(at: position, speakers) : []
    }

    /// The genders the speakers' mentions mark (`mark`: `GenderAgreement.gender(written:)`,
    /// of the one lexicon the article is read with), by speaker name. Performance only: each
    /// mention is read once, when a rule first asks after its speaker joined (every mention of
    /// the history was read for every epithet: quadratic in a long page).
    func genderMarks(_ mark: (Speaker) -> GenderAgreement.Gender?) -> [String: Set<GenderAgreement.Gender>] {
        keys.genderMarks(speakers, mark)
    }

    mutating func add(_ speaker: Speaker) {
        speakers.append(speaker)
        kinds.append(speaker.kind)
    }
}

/// The match keys of the titles of a history's speakers, with their positions by the first
/// word, and of its sources' names. Performance only: they are read when a rule first asks (a
/// role without a name, `RoleRule`; an unnamed source, `UnnamedSourceRule`), not as each
/// speaker is added (`MatchKey.words` of every title and source, for every quote, and most
/// articles never ask); the positions by first word spare the look-back a reading of every
/// speaker before, for every quote. One cache serves the copies of a history: each copy is a
/// prefix of the article's one history, and reads the positions it holds.
private final class HistoryKeys {
    private(set) var titles: [[String]?] = []
    private(set) var byTitleHead: [ByteKey: [Int]] = [:]
    private var sourceNames: [Int: [String]] = [:]
    /// The positions of the sources by the last key of their names, of the first `sourcesRead` speakers.
    private(set) var sourcesByLastKey: [String: [Int]] = [:]
    private var sourcesRead = 0
    /// The match keys of each name or title text read so far (an article repeats its
    /// speakers, and `MatchKey.words` normalises and tokenises the text).
    private var keysOfText: [ByteKey: [String]] = [:]

    /// Reads the titles of the speakers not read yet.
    func readTitles(_ speakers: [Speaker]) {
        while titles.count < speakers.count {
            let title = speakers[titles.count].title.map { words(of: $0) }
            if let head = title?.first { byTitleHead[ByteKey(head), default: []].append(titles.count) }
            titles.append(title)
        }
    }

    /// Reads the sources' names of the speakers not read yet.
    func readSources(_ speakers: [Speaker]) {
        while sourcesRead < speakers.count {
            if speakers[sourcesRead].kind == .source, let end = sourceName(at: sourcesRead, speakers).last {
                sourcesByLastKey[end, default: []].append(sourcesRead)
            }
            sourcesRead += 1
        }
    }

    /// `genderMarks` of the speakers read so far, and how many were read.
    private var marked: [String: Set<GenderAgreement.Gender>] = [:]
    private var markedCount = 0

    /// `SpeakerHistory.genderMarks` of `speakers`: the speakers not read yet are added to the
    /// marks kept. (A copy of the history holds a prefix of the speakers read: one with fewer
    /// is read afresh.)
    func genderMarks(_ speakers: [Speaker], _ mark: (Speaker) -> GenderAgreement.Gender?) -> [String: Set<GenderAgreement.Gender>] {
        guard markedCount <= speakers.count else { return HistoryKeys().genderMarks(speakers, mark) }
        while markedCount < speakers.count {
            let speaker = speakers[markedCount]
            if let gender = mark(speaker) { marked[speaker.name, default: []].insert(gender) }
            markedCount += 1
        }
        return marked
    }

    /// The match keys of the name of the speaker at `position` of `speakers`.
    func sourceName(at position: Int, _ speakers: [Speaker]) -> [String] {
        if let known = sourceNames[position] { return known }
        let name = words(of: speakers[position].name)
        sourceNames[position] = name
        return name
    }

    /// `MatchKey.words(text)`, read once per text.
    func words(of text: String) -> [String] {
        let key = ByteKey(text)
        if let known = keysOfText[key] { return known }
        let keys = MatchKey.words(text)
        keysOfText[key] = keys
        return keys
    }
}
