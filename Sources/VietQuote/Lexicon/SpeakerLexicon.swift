/// The kind of a side of `actors.tsv` (its `kind` column).
enum ActorKind: String, Sendable, Hashable, CaseIterable {
    case country, metonym, bloc, group, territory

    /// The kind of speaker the side is when it speaks alone: a bloc or an armed group speaks
    /// as an organisation, a country, metonym or territory as a country.
    var speakerKind: SpeakerKind { self == .bloc || self == .group ? .organization : .country }
}

/// A side of `actors.tsv`: its canonical name and kind (country, metonym, bloc …).
struct ActorEntry: Sendable, Hashable {
    var side: String
    var kind: ActorKind
    var origin: String
    /// Written in capitals (`UN`, `EU`): matches only a word in capitals (`Kim Jong Un` is no UN).
    var isAcronym = false
}

/// Whether a lexicon phrase is one word of two or more capital letters (`UN`, `ICC`).
func isAcronym(_ phrase: String) -> Bool {
    phrase.count >= 2 && !phrase.contains(" ") && phrase.allSatisfy { !$0.isLetter || $0.isUppercase }
        && phrase.filter(\.isLetter).count >= 2
}

/// A row of `organizations.tsv`: organization, media, source or statement.
struct OrganizationEntry: Sendable, Hashable {
    enum Kind: String, Sendable, CaseIterable { case organization, media, source, statement }
    var kind: Kind
    /// The side the phrase itself implies, or nil ("-", "(Side)", "self").
    var affiliation: String?
    /// A head's side when neither the mention nor the article gives it one ("(Side)").
    var homeSide: String? = nil
    /// An international body that speaks for itself ("self"): its own side in the stance.
    var standsAlone = false
    var origin: String
    /// Written in capitals (`WHO`): matches only a word in capitals.
    var isAcronym = false
}

/// A row of `titles.tsv`.
enum TitleKind: String, Sendable, CaseIterable { case office, expert, prefix, suffix }

/// The speaker lexicons, each as a phrase trie over token keys.
struct SpeakerLexicon: Sendable {
    let actors: PhraseTrie<ActorEntry>
    let organizations: PhraseTrie<OrganizationEntry>
    let titles: PhraseTrie<TitleKind>
    let words: FunctionWords

    init(files: LexiconFiles, words: FunctionWords) throws(LexiconError) {
        self.words = words
        var actors = PhraseTrie<ActorEntry>()
        let actorTable = try files.table("actors.tsv", columns: ["phrase", "side", "kind"])
        for row in actorTable.rows {
            let phrase = try row.required("phrase")
            let kind = ActorKind(rawValue: try row.choice("kind", in: Set(ActorKind.allCases.map(\.rawValue))))!
            actors.insert(phrase: phrase, value: ActorEntry(side: try row.required("side"), kind: kind, origin: "actors.tsv:\(row.line)",
                                                            isAcronym: isAcronym(phrase)))
        }
        self.actors = actors
        var organizations = PhraseTrie<OrganizationEntry>()
        let orgTable = try files.table("organizations.tsv", columns: ["phrase", "kind", "affiliation"])
        for row in orgTable.rows {
            let phrase = try row.required("phrase")
            let kind = OrganizationEntry.Kind(rawValue: try row.choice("kind", in: Set(OrganizationEntry.Kind.allCases.map(\.rawValue))))!
            let affiliation = try row.required("affiliation")
            var entry = OrganizationEntry(kind: kind, affiliation: affiliation, origin: "organizations.tsv:\(row.line)",
                                          isAcronym: isAcronym(phrase))
            if affiliation == "-" {
                entry.affiliation = nil
            } else if affiliation == "self" {
                entry.affiliation = nil
                entry.standsAlone = true
            } else if affiliation.hasPrefix("(") {
                guard affiliation.hasSuffix(")"), affiliation.count > 2 else {
                    throw LexiconError(file: "\(files.origin)/organizations.tsv", line: row.line,
                                       reason: "affiliation \"\(affiliation)\" opens a parenthesis it does not close")
                }
                entry.affiliation = nil
                entry.homeSide = String(affiliation.dropFirst().dropLast())
            }
            organizations.insert(phrase: phrase, value: entry)
        }
        self.organizations = organizations
        var titles = PhraseTrie<TitleKind>()
        let titleTable = try files.table("titles.tsv", columns: ["title", "kind"])
        for row in titleTable.rows {
            let title = try row.required("title")
            let kind = TitleKind(rawValue: try row.choice("kind", in: Set(TitleKind.allCases.map(\.rawValue))))!
            titles.insert(phrase: title, value: kind)
        }
        self.titles = titles
    }

    /// A side named at `index`: an actor phrase, optionally after a side prefix (`phía Nga`).
    /// Words that are also common words count only when capitalised (one word of the
    /// phrase at least: `phương Tây`).
    func actor(in tokens: [Token], at index: Int, limit: Int) -> (length: Int, entry: ActorEntry)? {
        var start = index
        if let prefix = words.match(.sidePrefix, in: tokens, at: index, limit: limit) { start += prefix }
        guard start < limit, tokens[ifPresent: start]?.kind == .word,
              let match = actors.longestMatch(in: tokens, at: start, limit: limit, where: { !$0.isAcronym || tokens[start].isAllCaps }),
              tokens[from: start, upTo: start + match.length].contains(where: \.isCapitalized) else { return nil }
        return (start - index + match.length, match.value)
    }

    func organization(in tokens: [Token], at index: Int, limit: Int) -> (length: Int, entry: OrganizationEntry)? {
        guard index < limit, let match = organizations.longestMatch(
            in: tokens, at: index, limit: limit, where: { !$0.isAcronym || tokens[index].isAllCaps }) else { return nil }
        return (match.length, match.value)
    }
}
