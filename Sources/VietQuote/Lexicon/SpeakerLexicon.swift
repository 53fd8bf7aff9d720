/// The kind of a side of `actors.tsv` (its `kind` column).
enum ActorKind: String, Sendable, Hashable, CaseIterable {
    case country, metonym, bloc, group, territory

    /// The kind of speaker the side is when it speaks alone: a bloc or an armed group speaks
    /// as an organisation, a country, metonym or territory as a country.
    var speakerKind: SpeakerKind { self == .bloc || self == .group ? .organization : .country }
}

/// A side of `actors.tsv`: its canonical name and kind (country, metonym, bloc …).
/// (Performance only: its fields live in one `Row` of constants, so that a copy, at every
/// look-up of a side (`SpeakerLexicon.actor(in:at:limit:)`, mostly asked whether there is
/// one), is one retain and its end one release; it retained and released two strings.)
struct ActorEntry: Sendable, Hashable {
    private final class Row: Sendable {
        let side: String, kind: ActorKind, origin: String, isAcronym: Bool

        init(side: String, kind: ActorKind, origin: String, isAcronym: Bool) {
            (self.side, self.kind, self.origin, self.isAcronym) = (side, kind, origin, isAcronym)
        }
    }

    private let row: Row

    var side: String { row.side }
    var kind: ActorKind { row.kind }
    var origin: String { row.origin }
    /// Written in capitals (`UN`, `EU`): matches only a word in capitals (`Kim Jong Un` is no UN).
    var isAcronym: Bool { row.isAcronym }

    init(side: String, kind: ActorKind, origin: String, isAcronym: Bool = false) {
        row = Row(side: side, kind: kind, origin: origin, isAcronym: isAcronym)
    }

    static func == (lhs: ActorEntry, rhs: ActorEntry) -> Bool {
        lhs.row === rhs.row || (lhs.side == rhs.side && lhs.kind == rhs.kind && lhs.origin == rhs.origin && lhs.isAcronym == rhs.isAcronym)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(side)
        hasher.combine(kind)
        hasher.combine(origin)
        hasher.combine(isAcronym)
    }
}

/// Whether a lexicon phrase is one word of two or more capital letters (`UN`, `ICC`).
func isAcronym(_ phrase: String) -> Bool {
    // (A `Character`'s letter and case properties cost thousands of instructions a phrase:
    // its bytes answer first when they can.)
    if let answer = asciiAcronymAnswer(Array(phrase.utf8)) { return answer }
    return phrase.count >= 2 && !phrase.contains(" ") && phrase.allSatisfy { !$0.isLetter || $0.isUppercase }
        && phrase.filter(\.isLetter).count >= 2
}

/// `isAcronym` read off the UTF-8 bytes, or nil when they do not tell. A lower-case ASCII
/// letter that starts a character (the text's first byte, or after an ASCII byte: no
/// grapheme joins an ASCII scalar to a letter after it) is a lower-case letter: no acronym.
/// An ASCII phrase without a carriage return has one character a byte, and its only
/// letters are `A`–`Z` and `a`–`z`.
private func asciiAcronymAnswer(_ bytes: [UInt8]) -> Bool? {
    var isASCII = true, capitals = 0
    for (index, byte) in bytes.enumerated() {
        if byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z"), index == 0 || bytes[index - 1] < 0x80 { return false }
        if byte >= 0x80 || byte == 0x0D { isASCII = false }
        if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { capitals += 1 }
    }
    guard isASCII else { return nil }
    return bytes.count >= 2 && !bytes.contains(UInt8(ascii: " ")) && capitals >= 2
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
    /// Written in lower case (`hãng`, `tờ báo`, `truyền thông`): a head or a collective noun,
    /// not the name of one body or medium (`Reuters`, `Tuổi Trẻ`).
    var isGenericHead = false
}

/// A row of `titles.tsv`.
enum TitleKind: String, Sendable, CaseIterable { case office, expert, prefix, suffix }

/// The speaker lexicons, each as a phrase trie over token keys.
/// (Performance only: its tables live in one `Storage` of constants, so that a copy of the
/// lexicon, at every call that takes it or a `MentionParser` by value, is one retain; it
/// copied 544 bytes and retained each trie's arrays, field by field.)
struct SpeakerLexicon: Sendable {
    private final class Storage: Sendable {
        let actors: PhraseTrie<ActorEntry>
        let organizations: PhraseTrie<OrganizationEntry>
        let titles: PhraseTrie<TitleKind>
        let words: FunctionWords
        let commonWords: PhraseTrie<Double>
        let pronouns: PhraseTrie<String>
        let bodyHeads: PhraseTrie<BodyHead>
        let bodyWords: PhraseTrie<Int>
        let numerals: PhraseTrie<Bool>
        let familyNames: PhraseTrie<String>
        let placeHeads: PhraseTrie<Bool>
        let issuerLinks: PhraseTrie<Bool>
        let nameGovernors: PhraseTrie<Bool>
        let homeSide: String?
        let syllableShape: SyllableShape
        let cues: CueLexicon
        let lowercasePairs: PhraseTrie<Int>
        let roleKinds: [String: RoleKind]
        let kindNouns: PhraseTrie<KindNoun>
        let pronounGenders: PhraseTrie<GenderAgreement.Gender>
        let headTitles: PhraseTrie<HeadTitle>
        let subnational: PhraseTrie<SubnationalPlace.Kind>

        init(actors: PhraseTrie<ActorEntry>, organizations: PhraseTrie<OrganizationEntry>, titles: PhraseTrie<TitleKind>,
             words: FunctionWords, commonWords: PhraseTrie<Double>, pronouns: PhraseTrie<String>, bodyHeads: PhraseTrie<BodyHead>,
             bodyWords: PhraseTrie<Int>, numerals: PhraseTrie<Bool>, familyNames: PhraseTrie<String>, homeSide: String?,
             syllableShape: SyllableShape, cues: CueLexicon, placeHeads: PhraseTrie<Bool>, issuerLinks: PhraseTrie<Bool>,
             nameGovernors: PhraseTrie<Bool>, lowercasePairs: PhraseTrie<Int>, roleKinds: [String: RoleKind],
             kindNouns: PhraseTrie<KindNoun>, pronounGenders: PhraseTrie<GenderAgreement.Gender>,
             headTitles: PhraseTrie<HeadTitle>, subnational: PhraseTrie<SubnationalPlace.Kind>) {
            (self.actors, self.organizations, self.titles, self.words) = (actors, organizations, titles, words)
            (self.commonWords, self.pronouns, self.bodyHeads, self.bodyWords) = (commonWords, pronouns, bodyHeads, bodyWords)
            (self.numerals, self.familyNames, self.homeSide) = (numerals, familyNames, homeSide)
            (self.syllableShape, self.cues, self.placeHeads, self.issuerLinks) = (syllableShape, cues, placeHeads, issuerLinks)
            self.nameGovernors = nameGovernors
            self.lowercasePairs = lowercasePairs
            self.roleKinds = roleKinds
            self.kindNouns = kindNouns
            self.pronounGenders = pronounGenders
            self.headTitles = headTitles
            self.subnational = subnational
        }
    }

    private let storage: Storage

    var actors: PhraseTrie<ActorEntry> { storage.actors }
    var organizations: PhraseTrie<OrganizationEntry> { storage.organizations }
    var titles: PhraseTrie<TitleKind> { storage.titles }
    var words: FunctionWords { storage.words }
    /// `common_words.tsv`: each word's share of capitalised free occurrences in the silver
    /// corpus (a low share: a common word, not a name, when it opens a sentence).
    var commonWords: PhraseTrie<Double> { storage.commonWords }
    /// `speaker_pronouns.tsv`: its phrases (by origin) and the genders of those that mark one.
    private static func pronounTables(_ files: LexiconFiles) throws(LexiconError)
        -> (PhraseTrie<String>, PhraseTrie<GenderAgreement.Gender>) {
        var pronouns = PhraseTrie<String>()
        var genders = PhraseTrie<GenderAgreement.Gender>()
        for row in try files.table("speaker_pronouns.tsv", columns: ["phrase", "gender", "note"]).rows {
            pronouns.insert(phrase: try row.required("phrase"), value: "speaker_pronouns.tsv:\(row.line)")
            switch try row.choice("gender", in: ["male", "female", "none"]) {
            case "male": genders.insert(phrase: try row.required("phrase"), value: .male)
            case "female": genders.insert(phrase: try row.required("phrase"), value: .female)
            default: break
            }
        }
        return (pronouns, genders)
    }

    /// `speaker_pronouns.tsv`: pronouns and kinship terms that stand for a person named before.
    var pronouns: PhraseTrie<String> { storage.pronouns }
    /// `speaker_pronouns.tsv`'s column `gender`: the pronouns that mark a man or a woman.
    var pronounGenders: PhraseTrie<GenderAgreement.Gender> { storage.pronounGenders }
    /// `head_titles.tsv`: "the head of" and the post of each body's head (`Rules/HeadOfBody.swift`).
    var headTitles: PhraseTrie<HeadTitle> { storage.headTitles }
    /// `body_heads.tsv`: the heads of body names (`Speakers/Titles/BodyNames.swift`).
    var bodyHeads: PhraseTrie<BodyHead> { storage.bodyHeads }
    /// `subnational.tsv`: the words before a state's, province's or city's name (`Sides/SubnationalPlace.swift`).
    var subnational: PhraseTrie<SubnationalPlace.Kind> { storage.subnational }
    /// `body_words.tsv`: two-syllable words of body names that news also writes in lower case
    /// inside the name (`khí tượng`, `dân sự`), with the number of silver articles.
    var bodyWords: PhraseTrie<Int> { storage.bodyWords }
    /// `numerals.tsv`: number words that count an unnamed source (`Ba nguồn tin`).
    var numerals: PhraseTrie<Bool> { storage.numerals }
    /// `family_names.tsv`: Vietnamese family names (`Nguyễn`, `Phạm`), by lexicon row. A
    /// capitalised run that starts with one is a person's name, so a body's name ends before it.
    var familyNames: PhraseTrie<String> { storage.familyNames }
    /// `place_heads.tsv`: heads of Vietnamese places' names (`TP`, `huyện`, `phường`, `huyện ủy`).
    var placeHeads: PhraseTrie<Bool> { storage.placeHeads }
    /// `issuer_links.tsv`: the words linking a statement to its issuer (`của`, `từ`, `do`).
    var issuerLinks: PhraseTrie<Bool> { storage.issuerLinks }
    /// `name_governors.tsv`: words that take a complement and never end a title (`cho`, `quê`).
    var nameGovernors: PhraseTrie<Bool> { storage.nameGovernors }
    /// `role_kinds.tsv`: roles that stand for one another (`RoleKind`), by the role's match keys.
    var roleKinds: [String: RoleKind] { storage.roleKinds }
    /// The side `organizations.tsv` gives its bare national heads (`(Việt Nam)`): the country
    /// whose news this is, the side of its own officials' bare titles (`Titles/TitleSides.swift`).
    var homeSide: String? { storage.homeSide }
    /// `syllable_shape.tsv`: the onsets, vowels and codas of a Vietnamese syllable.
    var syllableShape: SyllableShape { storage.syllableShape }
    /// The pipeline's cue lexicon (`cues.tsv`): a body's name ends before a cue
    /// (`Titles/BodyNames.swift`), and a mention before the cue that reports it.
    var cues: CueLexicon { storage.cues }
    /// `lowercase_pairs.tsv`: two-syllable words news writes in lower case (`tiểu học`, `vật
    /// liệu`), mined from the silver corpus, with their cohesion (Dice, in thousandths): a name
    /// run goes on through such a word's second syllable (`Mentions/WordCompletedInLowerCase.swift`).
    var lowercasePairs: PhraseTrie<Int> { storage.lowercasePairs }
    /// `kind_nouns.tsv`: nouns that say a name beside them is a company, club or medium
    /// (`hãng`, `CLB`, `tờ`, `FC` after it), and words that stop the look-back (`Rules/KindNamedInArticle.swift`).
    var kindNouns: PhraseTrie<KindNoun> { storage.kindNouns }

    init(files: LexiconFiles, words: FunctionWords, cues: CueLexicon) throws(LexiconError) {
        var actors = PhraseTrie<ActorEntry>()
        let actorTable = try files.table("actors.tsv", columns: ["phrase", "side", "kind"])
        let actorKinds = Set(ActorKind.allCases.map(\.rawValue))
        for row in actorTable.rows {
            let phrase = try row.required("phrase")
            let kind = ActorKind(rawValue: try row.choice("kind", in: actorKinds))!
            actors.insert(phrase: phrase, value: ActorEntry(side: try row.required("side"), kind: kind, origin: "actors.tsv:\(row.line)",
                                                            isAcronym: isAcronym(phrase)))
        }
        var organizations = PhraseTrie<OrganizationEntry>()
        var homeSide: String?
        let orgTable = try files.table("organizations.tsv", columns: ["phrase", "kind", "affiliation"])
        let organizationKinds = Set(OrganizationEntry.Kind.allCases.map(\.rawValue))
        for row in orgTable.rows {
            let phrase = try row.required("phrase")
            let kind = OrganizationEntry.Kind(rawValue: try row.choice("kind", in: organizationKinds))!
            let affiliation = try row.required("affiliation")
            var entry = OrganizationEntry(kind: kind, affiliation: affiliation, origin: "organizations.tsv:\(row.line)",
                                          isAcronym: isAcronym(phrase),
                                          isGenericHead: phrase.first.map { $0.isLowercase } ?? false)
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
                if let home = homeSide, home != entry.homeSide {
                    throw LexiconError(file: "\(files.origin)/organizations.tsv", line: row.line,
                                       reason: "a second home side \"\(entry.homeSide!)\" besides \"\(home)\"")
                }
                homeSide = entry.homeSide
            }
            organizations.insert(phrase: phrase, value: entry)
        }
        var titles = PhraseTrie<TitleKind>()
        let titleTable = try files.table("titles.tsv", columns: ["title", "kind"])
        let titleKinds = Set(TitleKind.allCases.map(\.rawValue))
        for row in titleTable.rows {
            let title = try row.required("title")
            let kind = TitleKind(rawValue: try row.choice("kind", in: titleKinds))!
            titles.insert(phrase: title, value: kind)
        }
        var commonWords = PhraseTrie<Double>()
        for row in try files.table("common_words.tsv", columns: ["word", "lower", "capital", "initial", "cap_share"]).rows {
            let share = try row.double("cap_share")
            guard (0...1).contains(share) else { throw row.error("column 'cap_share': \(share) is not a share between 0 and 1") }
            commonWords.insert(phrase: try row.required("word"), value: share)
        }
        var bodyWords = PhraseTrie<Int>()
        for row in try files.table("body_words.tsv", columns: ["word", "articles", "capital", "lower"]).rows {
            let word = try row.required("word")
            guard word.split(separator: " ").count == 2 else { throw row.error("column 'word': \"\(word)\" is not two syllables") }
            let articles = try row.required("articles")
            guard let count = Int(articles), count >= 0 else { throw row.error("column 'articles': \"\(articles)\" is not a count") }
            bodyWords.insert(phrase: word, value: count)
        }
        var lowercasePairs = PhraseTrie<Int>()
        for row in try files.table("lowercase_pairs.tsv", columns: ["word", "count", "forward", "dice"]).rows {
            let word = try row.required("word")
            guard word.split(separator: " ").count == 2 else { throw row.error("column 'word': \"\(word)\" is not two syllables") }
            let dice = try row.required("dice")
            guard let value = Int(dice), (0...1000).contains(value) else { throw row.error("column 'dice': \"\(dice)\" is not in 0...1000") }
            lowercasePairs.insert(phrase: word, value: value)
        }
        var numerals = PhraseTrie<Bool>()
        for row in try files.table("numerals.tsv", columns: ["word"]).rows { numerals.insert(phrase: try row.required("word"), value: true) }
        let (pronouns, pronounGenders) = try Self.pronounTables(files)
        var bodyHeads = PhraseTrie<BodyHead>()
        for row in try files.table("body_heads.tsv", columns: ["head", "kind", "side"]).rows {
            let kind = OrganizationEntry.Kind(rawValue: try row.choice("kind", in: ["organization", "media"]))!
            let speaksForCountry = try row.choice("side", in: ["country", "none"]) == "country"
            bodyHeads.insert(phrase: try row.required("head"),
                             value: BodyHead(kind: kind, speaksForCountry: speaksForCountry, origin: "body_heads.tsv:\(row.line)"))
        }
        var placeHeads = PhraseTrie<Bool>()
        for row in try files.table("place_heads.tsv", columns: ["head"]).rows { placeHeads.insert(phrase: try row.required("head"), value: true) }
        var issuerLinks = PhraseTrie<Bool>()
        for row in try files.table("issuer_links.tsv", columns: ["link"]).rows { issuerLinks.insert(phrase: try row.required("link"), value: true) }
        var nameGovernors = PhraseTrie<Bool>()
        for row in try files.table("name_governors.tsv", columns: ["word"]).rows { nameGovernors.insert(phrase: try row.required("word"), value: true) }
        var familyNames = PhraseTrie<String>()
        for row in try files.table("family_names.tsv", columns: ["family_name", "names", "mentions", "inside_share", "note"]).rows {
            familyNames.insert(phrase: try row.required("family_name"), value: "family_names.tsv:\(row.line)")
        }
        storage = Storage(actors: actors, organizations: organizations, titles: titles, words: words, commonWords: commonWords,
                          pronouns: pronouns, bodyHeads: bodyHeads, bodyWords: bodyWords, numerals: numerals,
                          familyNames: familyNames, homeSide: homeSide, syllableShape: try SyllableShape(files: files), cues: cues,
                          placeHeads: placeHeads, issuerLinks: issuerLinks, nameGovernors: nameGovernors,
                          lowercasePairs: lowercasePairs, roleKinds: try RoleKind.table(files),
                          kindNouns: try KindNoun.table(files), pronounGenders: pronounGenders,
                          headTitles: try HeadTitle.table(files),
                          subnational: try SubnationalPlace.table(files))
    }

    /// Whether a Vietnamese personal name starts at `index`: a family name of
    /// `family_names.tsv`, capitalised, and a capitalised word after it (`Phạm Nhật Vượng`).
    /// Whether a head of `place_heads.tsv` (`tỉnh`, `thành phố`) ends right before `position`,
    /// starting at `lowerBound` or after it.
    func placeHeadEnds(_ tokens: [Token], before position: Int, from lowerBound: Int) -> Bool {
        SpeakerLimits.placeHeadWords.contains { length in
            position - length >= lowerBound && (position - length..<position).allSatisfy { tokens[$0].kind == .word }
                && placeHeads.value(in: tokens, range: position - length..<position) != nil
        }
    }

    func startsPersonalName(_ tokens: [Token], at index: Int) -> Bool {
        guard let token = tokens[ifPresent: index], token.kind == .word, token.isCapitalized,
              familyNames.value(in: tokens, range: index..<index + 1) != nil,
              let next = tokens[ifPresent: index + 1], next.kind == .word, next.isCapitalized else { return false }
        return true
    }

    /// Whether the word at `index` is a common word that news writes in lower case
    /// (`Đáng`, `Điều`, `Mời`, `Cô`): capitalised, it opens a sentence and names nobody.
    func isCommonWord(_ tokens: [Token], at index: Int) -> Bool {
        guard let token = tokens[ifPresent: index], token.kind == .word,
              let share = commonWords.value(in: tokens, range: index..<index + 1) else { return false }
        return share <= SpeakerLimits.commonWordCapitalShare
    }

    /// The length of a pronoun phrase of `speaker_pronouns.tsv` at `index`, or nil.
    func pronoun(in tokens: [Token], at index: Int, limit: Int) -> Int? {
        pronouns.longestMatch(in: tokens, at: index, limit: limit)?.length
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

    /// An organisation, medium, source or statement of `organizations.tsv` at `index`, else a
    /// body name read by its head (`bodyName(in:at:limit:)`).
    func organization(in tokens: [Token], at index: Int, limit: Int) -> (length: Int, entry: OrganizationEntry)? {
        guard index < limit else { return nil }
        if let match = organizations.longestMatch(in: tokens, at: index, limit: limit, where: { !$0.isAcronym || tokens[index].isAllCaps }) {
            // A side that starts with a body's head is the side (`Đài Loan`, not the medium `Đài`).
            if let side = actors.longestMatch(in: tokens, at: index, limit: limit), side.length > match.length,
               tokens[index].isCapitalized { return nil }
            return withBodyComplement((match.length, match.value), in: tokens, at: index, limit: limit)
        }
        return bodyName(in: tokens, at: index, limit: limit)
    }
}
