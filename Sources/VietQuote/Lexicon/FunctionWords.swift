/// The classes of `lexicons/function_words.tsv`: words that the rules read by role.
package enum WordClass: String, Sendable, CaseIterable {
    case complementizer, auxiliary, coordinator
    case nounMarker = "noun_marker", nounFollower = "noun_follower"
    case clauseBreak = "clause_break", comment, venue
    case honorific, pronoun, firstPerson = "first_person", quantifier
    case sidePrefix = "side_prefix", adverbialHead = "adverbial_head"
    case appositionLink = "apposition_link"
    case subjectStop = "subject_stop", preposition, copula, topic, negator, passive, conditional
    case verbMarker = "verb_marker", turn, temporal, possessive
    case anaphorPerson = "anaphor_person", anaphorCountry = "anaphor_country"
    case anaphorOrganization = "anaphor_organization", anaphorSource = "anaphor_source"
    case nameParticle = "name_particle", titleLink = "title_link", relay, attribute, demonstrative, future
    case writerModal = "writer_modal", noWordsNoun = "no_words_noun", demonym, individual, leader
    case expresser, feeling, feelingObject = "feeling_object", versus, relative, platform
    case countryModifier = "country_modifier", leadCue = "lead_cue", duty, compelled, refusal, post
    case writerOpening = "writer_opening", topicAdverb = "topic_adverb"
    case thingHead = "thing_head", predicateAuxiliary = "predicate_auxiliary"
    case collectiveMedium = "collective_medium"
    case defendant, rulingTopic = "ruling_topic", verdict, creditLabel = "credit_label"
    case cueParticle = "cue_particle", officialGroup = "official_group", causative, inclusive
    case cueNoun = "cue_noun", male, female, nominalizer, titleJoin = "title_join", kin
    case beyondState = "beyond_state", bodyPost = "body_post"
    case femaleEpithet = "female_epithet"
    case namingCue = "naming_cue"
    case reasonNoun = "reason_noun", reasonLink = "reason_link", reasonQuestion = "reason_question"
    case reasonPredicate = "reason_predicate"
    case contentFrame = "content_frame", frameListLink = "frame_list_link"
    case roleLink = "role_link", mediumWord = "medium_word"
    case broadcastPlace = "broadcast_place"
    case anaphorMark = "anaphor_mark", personNoun = "person_noun", apposedRelative = "apposed_relative"
    case agentSuffix = "agent_suffix"
    case ownerAgent = "owner_agent"
    case directionVerb = "direction_verb", recallCue = "recall_cue"
    case requirementCue = "requirement_cue", requirementObject = "requirement_object"
    case partyNoun = "party_noun", brandHead = "brand_head"
    case bodyNoun = "body_noun"
    case placeLink = "place_link"
    case adviceModal = "advice_modal"
    case describingCue = "describing_cue", labelWord = "label_word"
    case noStateUnit = "no_state_unit"
    case cueObjectVerb = "cue_object_verb", cueCompoundHead = "cue_compound_head"
    case degreeAdverb = "degree_adverb", worthModal = "worth_modal"
    case timeClause = "time_clause", topicNoun = "topic_noun"
    case companyDesignator = "company_designator"
    case cueNounPreposition = "cue_noun_preposition"
    case reverentPronoun = "reverent_pronoun"
    case memberNoun = "member_noun"
    case letterSelf = "letter_self", letterAddressee = "letter_addressee"
    case actCue = "act_cue", reflexiveObject = "reflexive_object", quantifiedTopicNoun = "quantified_topic_noun"
    case listJoint = "list_joint"

    /// The declaration index of the case in `allCases`: a case without payload is stored as
    /// its index (read without the dictionary look-up this was before).
    var index: Int {
        @inline(__always) get { Int(unsafeBitCast(self, to: UInt8.self)) }
    }

    /// `1 << (n % 64)` for the n-th case of `allCases`: its bit in its word of
    /// `WordClasses` (`low` for the first 64 cases, `high` for the next 64).
    var bit: UInt64 {
        @inline(__always) get { UInt64(1) << UInt64(index & (UInt64.bitWidth - 1)) }
    }

    /// Whether every case has a bit of its own in `WordClasses` (two words: from the 129th
    /// case a bit would be shared, and `FunctionWords.init` stops first; a test checks
    /// every bit).
    static var fitsInBits: Bool { allCases.count <= WordClasses.capacity }
}

/// A set of word classes (one phrase may belong to several): two words of bits, the first
/// 64 classes in `low`, the next in `high`. A class named in the code is a constant, so
/// `contains` reads one word with no branch once inlined.
package struct WordClasses: Sendable, Hashable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    /// The number of classes the set can hold.
    static var capacity: Int { 2 * UInt64.bitWidth }

    @inline(__always)
    package func contains(_ wordClass: WordClass) -> Bool { contains(index: wordClass.index) }

    mutating func insert(_ wordClass: WordClass) { insert(index: wordClass.index) }

    /// Whether the class of index `index` (its place in `WordClass.allCases`) is in the set:
    /// bit `index % 64` of `low` below 64, of `high` from 64 (by index, so a test reaches
    /// `high` before a 65th class exists).
    @inline(__always)
    func contains(index: Int) -> Bool {
        (index < UInt64.bitWidth ? low : high) & (UInt64(1) << UInt64(index & (UInt64.bitWidth - 1))) != 0
    }

    /// Adds the class of index `index` (`contains(index:)`).
    mutating func insert(index: Int) {
        precondition(index >= 0 && index < Self.capacity, "word class index \(index) outside WordClasses")
        let bit = UInt64(1) << UInt64(index & (UInt64.bitWidth - 1))
        if index < UInt64.bitWidth { low |= bit } else { high |= bit }
    }

    /// Adds every class of `other`.
    mutating func formUnion(_ other: WordClasses) {
        low |= other.low
        high |= other.high
    }
}

/// The function-word lexicon: phrase → classes, looked up by longest match.
package struct FunctionWords: Sendable {
    /// The tables, behind one reference: the lexicon is copied into every reader (a finder,
    /// a sentence view, a parser) and a copy then retains one object, not each table.
    private final class Storage: Sendable {
        let trie: PhraseTrie<WordClasses>
        let backwards: PhraseTrie<WordClasses>
        let byWord: [WordRoles]
        let firstWords: [WordClass: KeySet]

        init(trie: PhraseTrie<WordClasses>, backwards: PhraseTrie<WordClasses>, byWord: [WordRoles],
             firstWords: [WordClass: KeySet]) {
            (self.trie, self.backwards, self.byWord, self.firstWords) = (trie, backwards, byWord, firstWords)
        }
    }

    private let storage: Storage

    var trie: PhraseTrie<WordClasses> { storage.trie }
    /// The same phrases stored backwards, for `matchEnding`: one walk leftwards from a position.
    private var backwards: PhraseTrie<WordClasses> { storage.backwards }
    /// By the word's id (see `WordTable`): the classes of the word as a one-word phrase
    /// (`isWord` reads an array, not the trie), and the classes of the phrases it starts and
    /// ends (a look-up at a word that starts or ends no phrase of the class walks no trie).
    private var byWord: [WordRoles] { storage.byWord }

    struct WordRoles: Sendable {
        var single = WordClasses()
        var first = WordClasses()
        var last = WordClasses()
    }
    /// The first words of each class's phrases (a cheap test before a look-up: `RelationGate`).
    private var firstWords: [WordClass: KeySet] { storage.firstWords }

    enum Limits {
        /// `matchEnding` reads phrases of at most this many words back from a position (the
        /// longest rows are venues such as `trên mạng xã hội X`); longer rows fail at load.
        static let phraseWords = 5
    }

    package init(files: LexiconFiles) throws(LexiconError) {
        precondition(WordClass.fitsInBits, "WordClass has more cases than WordClasses has bits")
        let table = try files.table("function_words.tsv", columns: ["phrase", "class"])
        // (Keyed by `ByteKeys`: `[String]` hashing normalises every non-ASCII key.)
        var entries: [ByteKeys: WordClasses] = [:]
        var firstWords: [WordClass: [String]] = [:]
        let names = Set(WordClass.allCases.map(\.rawValue))
        for row in table.rows {
            let phrase = try row.required("phrase")
            let name = try row.choice("class", in: names)
            let keys = MatchKey.words(phrase)
            guard keys.count <= Limits.phraseWords else {
                throw row.error("the phrase has \(keys.count) words; phrases are read back at most \(Limits.phraseWords)")
            }
            let wordClass = WordClass(rawValue: name)!
            entries[ByteKeys(keys), default: WordClasses()].insert(wordClass)
            if let first = keys.first { firstWords[wordClass, default: []].append(first) }
        }
        var trie = PhraseTrie<WordClasses>()
        for (phrase, classes) in entries { trie.insert(phrase.keys, value: classes) }
        var backwards = PhraseTrie<WordClasses>()
        for (phrase, classes) in entries { backwards.insert(phrase.keys.reversed(), value: classes) }
        let words = WordTable.shared
        var byWord = [WordRoles](repeating: WordRoles(), count: words.count + 1)
        for (phrase, classes) in entries {
            let keys = phrase.keys
            guard let first = keys.first, let last = keys.last else { continue }
            if keys.count == 1 { byWord[Int(words.id(of: first))].single = classes }
            byWord[Int(words.id(of: first))].first.formUnion(classes)
            byWord[Int(words.id(of: last))].last.formUnion(classes)
        }
        storage = Storage(trie: trie, backwards: backwards, byWord: byWord, firstWords: firstWords.mapValues { KeySet($0) })
    }

    /// The first words of the phrases of `wordClass`.
    func firstWords(of wordClass: WordClass) -> KeySet { firstWords[wordClass] ?? KeySet() }

    /// The length of the longest phrase of `wordClass` starting at `tokens[index]`, or nil.
    package func match(_ wordClass: WordClass, in tokens: [Token], at index: Int, limit: Int? = nil) -> Int? {
        if index >= 0, index < tokens.count, !roles(of: tokens[index]).first.contains(wordClass) { return nil }
        return trie.longestMatch(in: tokens, at: index, limit: limit) { $0.contains(wordClass) }?.length
    }

    /// Whether a phrase of `wordClass` ends exactly at `tokens[end - 1]`; its start if so.
    package func matchEnding(_ wordClass: WordClass, in tokens: [Token], at end: Int, lowerBound: Int = 0) -> Int? {
        if end > 0, end <= tokens.count, !roles(of: tokens[end - 1]).last.contains(wordClass) { return nil }
        return backwards.longestMatch(in: tokens, endingAt: end, lowerBound: max(lowerBound, end - Limits.phraseWords)) {
            $0.contains(wordClass)
        }
    }

    /// Whether `tokens[index]` alone (one word) is of `wordClass`.
    package func isWord(_ tokens: [Token], at index: Int, _ wordClass: WordClass) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        return roles(of: tokens[index]).single.contains(wordClass)
    }

    /// The roles of `token`'s word (none for a word numbered after this lexicon was read:
    /// it is in no phrase of it).
    @inline(__always)
    func roles(of token: Token) -> WordRoles {
        let id = Int(token.wordID)
        return id < byWord.count ? byWord[id] : WordRoles()
    }
}
