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
    /// Each speaker's kind, the match keys of a source's name (`UnnamedSourceRule`; empty for
    /// a speaker of another kind: `MatchKey.words` per quote was a tenth of the stage), and
    /// the match keys of each title, read once (not at every lookup).
    private(set) var kinds: [SpeakerKind] = []
    private(set) var sourceNameKeys: [[String]] = []
    private(set) var titleKeys: [[String]?] = []
    /// Performance only: the positions of the speakers by the first word of their title
    /// (the title look-back read every speaker before, for every quote).
    private var byTitleHead: [ByteKey: [Int]] = [:]
    /// Performance only: the match keys of each name or title text read so far (an article
    /// repeats its speakers, and `MatchKey.words` normalises and tokenises the text).
    private var keysOfText: [ByteKey: [String]] = [:]

    func nearest(_ target: AnaphorTarget) -> Speaker? {
        speakers.last { target.accepts($0) && !$0.name.isEmpty }
    }

    /// The nearest earlier speaker whose position `accept` takes (it reads `kinds`,
    /// `sourceNameKeys`, `titleKeys` and `speakers` at that position: no speaker is copied per step).
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
        sourceNameKeys.append(speaker.kind == .source ? keys(of: speaker.name) : [])
        let title = speaker.title.map { keys(of: $0) }
        titleKeys.append(title)
        if let head = title?.first { byTitleHead[ByteKey(head), default: []].append(speakers.count - 1) }
    }

    /// `MatchKey.words(text)`, read once per text.
    private mutating func keys(of text: String) -> [String] {
        let key = ByteKey(text)
        if let known = keysOfText[key] { return known }
        let keys = MatchKey.words(text)
        keysOfText[key] = keys
        return keys
    }
}
