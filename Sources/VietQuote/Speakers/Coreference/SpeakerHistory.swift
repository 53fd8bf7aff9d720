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
/// (Not `Sendable`: its copies share the cache of title keys, `TitleKeys`; a history lives in
/// one call of `SpeakerResolver.resolve`.)
struct SpeakerHistory {
    private(set) var speakers: [Speaker] = []
    /// Each speaker's kind, and the match keys of a source's name (`UnnamedSourceRule`; empty
    /// for a speaker of another kind: `MatchKey.words` per quote was a tenth of the stage).
    private(set) var kinds: [SpeakerKind] = []
    private(set) var sourceNameKeys: [[String]] = []
    /// The match keys of the speakers' titles, read when a rule first looks a title up.
    private let titles = TitleKeys()

    func nearest(_ target: AnaphorTarget) -> Speaker? {
        speakers.last { target.accepts($0) && !$0.name.isEmpty }
    }

    /// The nearest earlier speaker whose position `accept` takes (it reads `kinds`,
    /// `sourceNameKeys` and `speakers` at that position: no speaker is copied per step).
    func last(where accept: (Int) -> Bool) -> Speaker? {
        speakers.indices.reversed().first(where: accept).map { speakers[$0] }
    }

    /// The nearest earlier speaker whose title starts with the words `keys` and whose
    /// position `accept` takes.
    func last(titledWith keys: [String], where accept: (Int) -> Bool) -> Speaker? {
        guard let head = keys.first else { return last { speakers[$0].title != nil && accept($0) } }
        titles.read(speakers)
        for position in (titles.byHead[ByteKey(head)] ?? []).reversed()
        where position < speakers.count && titles.keys[position]?.starts(with: keys) == true && accept(position) {
            return speakers[position]
        }
        return nil
    }

    mutating func add(_ speaker: Speaker) {
        speakers.append(speaker)
        kinds.append(speaker.kind)
        sourceNameKeys.append(speaker.kind == .source ? titles.words(of: speaker.name) : [])
    }
}

/// The match keys of the titles of a history's speakers, and their positions by the first
/// word. Performance only: they are read when a rule first looks a title up (a role without a
/// name, `RoleRule`), not as each speaker is added (`MatchKey.words` of every title, for every
/// quote, and most articles never look one up); the positions by first word spare the
/// look-back a reading of every speaker before, for every quote. One cache serves the copies
/// of a history: each copy is a prefix of the article's one history, and reads the positions
/// it holds.
private final class TitleKeys {
    private(set) var keys: [[String]?] = []
    private(set) var byHead: [ByteKey: [Int]] = [:]
    /// The match keys of each name or title text read so far (an article repeats its
    /// speakers, and `MatchKey.words` normalises and tokenises the text).
    private var keysOfText: [ByteKey: [String]] = [:]

    /// Reads the titles of the speakers not read yet.
    func read(_ speakers: [Speaker]) {
        while keys.count < speakers.count {
            let title = speakers[keys.count].title.map { words(of: $0) }
            if let head = title?.first { byHead[ByteKey(head), default: []].append(keys.count) }
            keys.append(title)
        }
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
