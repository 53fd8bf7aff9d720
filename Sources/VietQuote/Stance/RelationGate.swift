/// Stance is about relations between sides (ANNOTATION.md, Stance): a quote keeps a polar
/// label only when it is about relations between states, blocs, armed groups or
/// international bodies. Otherwise — one country's domestic affairs, a footballer's boast,
/// a market forecast, a singer's reply — it is `neutral` whatever its words.
///
/// A quote is about relations when its speaker's sides and the sides its content names
/// (`actors.tsv` phrases, read through the speakers' lexicon: `Nga`, `Điện Kremlin`,
/// `NATO`, `Hamas`) are two or more; or, in an article where some quote relates two sides
/// so and takes a pole as scored, when its speaker speaks for a side, its content names
/// one, or it names a matter between states (`interstate.tsv`: `quan hệ`, `biên giới`,
/// `lệnh trừng phạt`). The speaker's side alone does not do when no word of the content
/// weighs, only the cue (`cáo buộc`, `kêu gọi`, `cảm ơn`): a cue says how the speaker
/// speaks, not that it speaks of another side (dev 423: a nominee `chỉ trích ông Milley`,
/// a general at home, in an article on NATO and China; on silver: a stock exchange's
/// warning, appeals at home, praise of a candidate).
/// (Requiring such a quote rather than two sides anywhere in the article: a foreign
/// leader's sympathy does not make a shooting at home a matter between states. Requiring
/// that quote to push the relation one way: a foreign prime minister "shocked by the
/// scenes at the rally of former US President Trump", the US president "following events
/// in Bolivia closely" name two states and push nothing.) A matter does not count in an
/// article of one side.
/// An article of one side only is domestic: all its quotes are neutral (a senator on
/// USAID, a court at home, a company's plans).
///
/// Example: `đây là cuộc tấn công hèn hạ nhằm vào Thủ tướng Fico` said by Slovakia's
/// government in a story where only Slovakia speaks and is named is neutral;
/// `chúng tôi sẽ đáp trả` said by Iran in a story where Israel is named keeps its label.
/// A country's syllable inside a Vietnamese name or a common word (`Nguyễn Tuấn Anh`, `Mỹ
/// Linh`, `tiếng Anh`, `Anh hùng`: `SideSyllableRule`) is no side.
/// Two kinds of names make no side: a country right after a team marker of `teams.tsv`
/// (`U23 Việt Nam`, `tuyển Thái Lan`: a team, not a state), or anywhere in a quote that
/// holds a word of a match of `teams.tsv` (`ghi bàn`, `thủ môn`: the quote is about
/// sport, its countries are teams); and the side that only the
/// article's first country gave a person with no title (`SpeakerRule.contextSide`: a
/// coach, a singer, a witness), which does not let that person's quote relate two sides;
/// nor does a side only inferred (`InferredSideRule`: from the context, or the home side
/// of a bare title or body) let a quote pass in an article that relates sides.
/// (Silenced so: coaches on matches, a singer's thanks, a dissident on his release,
/// market reports.)
/// A quote that announces its side's own military act (`OwnForceRule`) relates sides as a
/// pair does.
/// A quote about sport (a match word, or a team) makes the whole article a sports
/// article: none of its quotes relates sides, though a coach's `Chúng tôi muốn gặp Thái
/// Lan` holds no sport word of its own. A weak match word of `teams.tsv` (`trọng tài`, also
/// arbitration: `Tòa Trọng tài`) counts only beside another in its quote, or when weak
/// words stand in `StanceThresholds.sportArticleQuotes` quotes of the article (cups,
/// transfers, a footballer's wedding; also, wrongly, a court on football piracy and a
/// school's ties abroad).
/// Rejects nothing else: a quote that passes keeps its stance as scored.
/// Evidence: each term and cue of a silenced quote carries the modifier `no-relation`.
struct RelationGate: Sendable {
    /// One quote as the gate reads it.
    struct Reading: Sendable {
        /// The quote's words.
        let words: WordSpans
        /// The words of its cue, when the scorer has them (nil: none, or not given).
        var cue: WordSpans?
        /// The sides its speaker speaks for; a nil entry is no side (the speaker's
        /// `stanceSides` as given: no array of the named ones per quote).
        var sides: [String?]
        /// Whether it is polar as scored.
        var polar = true
        /// Whether its speaker's side is only the article's guess (see the type's comment).
        var guessedSide = false
        /// Whether its pole, if any, comes from its cue alone (`cáo buộc`, `kêu gọi`, `cảm
        /// ơn`): no word of its content weighs.
        var cueOnly = false
        /// Whether it announces its side's own military act (`OwnForceRule`): it relates
        /// sides though it names none.
        var ownForce = false
        /// Whether its speaker's side is only inferred (`InferredSideRule`): it does not let
        /// the quote pass in an article that relates sides.
        var inferredSide = false
        /// `RelationGate.sideReading(words)`, when read already (`StanceScorer` reads it once
        /// per quote; the gate and the rules after it read it again from here). Nil: read from
        /// the words when asked.
        var sideReading: (sides: [String], sport: TeamWord?, team: Bool)?

        init(words: WordSpans, sides: [String?], polar: Bool = true, guessedSide: Bool = false, cueOnly: Bool = false, ownForce: Bool = false) {
            self.words = words
            self.sides = sides
            self.polar = polar
            self.guessedSide = guessedSide
            self.cueOnly = cueOnly
            self.ownForce = ownForce
        }

        /// A quote of the words of `content`.
        init(content: String, sides: [String], polar: Bool = true, guessedSide: Bool = false, cueOnly: Bool = false) {
            self.init(words: WordSpans(content), sides: sides, polar: polar, guessedSide: guessedSide, cueOnly: cueOnly)
        }
    }

    let names: SpeakerLexicon
    let matters: PhraseTrie<Bool>
    /// The rows of `teams.tsv`.
    enum TeamWord: String, CaseIterable, Sendable {
        /// Stands right before a country that is a team.
        case marker
        /// A word of a match: the quote is about sport.
        case match
        /// A word of a match that is also a word of other matters (`trọng tài` is also
        /// arbitration): the quote is about sport only when it holds another word of a match.
        case weak
        /// A word of a speaker's title that only sport uses (`HLV`): read in titles only
        /// (`SportTitleRule`), nothing in a quote's content.
        case title
    }

    let teams: PhraseTrie<TeamWord>
    /// Countries named as a place or a citizenship (`SidePlaceRule`).
    let places: SidePlaceRule
    /// The most words of a `teams.tsv` row.
    let teamWords: Int

    init(files: LexiconFiles, names: SpeakerLexicon) throws(LexiconError) {
        self.names = names
        matters = try Self.terms(files, "interstate.tsv").trie
        (teams, teamWords) = try StanceLexicon.choiceTrie(files, "teams.tsv", column: "kind", of: TeamWord.allCases)
        places = try SidePlaceRule(files: files)
    }

    /// The rows of a one-column lexicon of phrases, and the most words of one.
    static func terms(_ files: LexiconFiles, _ name: String) throws(LexiconError) -> (trie: PhraseTrie<Bool>, longest: Int) {
        var trie = PhraseTrie<Bool>(), longest = 0
        for row in try files.table(name, columns: ["term"]).rows {
            let keys = MatchKey.words(try row.required("term"))
            guard !keys.isEmpty else { throw row.error("column 'term' has no words") }
            trie.insert(keys, value: true)
            longest = max(longest, keys.count)
        }
        return (trie, longest)
    }

    /// The sides named in `content`, and whether it names a matter between states.
    func reading(_ content: String) -> (sides: Set<String>, matter: Bool) {
        let spans = WordSpans(content)
        return (Set(sides(in: spans)), namesMatter(spans))
    }

    /// The sides named in the words `spans` in text order (a side named twice, twice);
    /// none in a quote about sport.
    func sides(in spans: WordSpans) -> [String] {
        sideReading(spans).sides
    }

    /// The sides named in `spans` (as `sides(in:)`), how the words speak of sport
    /// (`sportWords`: none when `.match`) and whether they name a team (`U23 Việt Nam`).
    func sideReading(_ spans: WordSpans) -> (sides: [String], sport: TeamWord?, team: Bool) {
        var sides: [String] = []
        let (sport, team) = sideReading(spans) { sides.append($0) }
        return (sides, sport, team)
    }

    /// `sideReading(_:side:)` of the reading's words, from the reading when it holds it.
    func sideReading(of reading: Reading, side: (String) -> Void) -> (sport: TeamWord?, team: Bool) {
        guard let read = reading.sideReading else { return sideReading(reading.words, side: side) }
        for name in read.sides { side(name) }
        return (read.sport, read.team)
    }

    /// `sideReading(_:)` handing each side named to `side` in text order, no array of them.
    func sideReading(_ spans: WordSpans, side: (String) -> Void) -> (sport: TeamWord?, team: Bool) {
        sideReading(spans, actors: ActorStarts(spans, names: names), side: side)
    }

    /// `sideReading(_:side:)` of words whose sides `actors` holds (read once per quote).
    func sideReading(_ spans: WordSpans, actors: ActorStarts, side: (String) -> Void) -> (sport: TeamWord?, team: Bool) {
        let words = spans.words
        let sport = sportWords(words)
        if sport == .match { return (sport, false) }
        var team = false
        actors.eachSkipping(actorsOnly: false) { actor in
            let range = Range(from: actor.index, to: actor.index + actor.length)
            if isTeam(words, range) {
                team = true
            } else if !Self.insideName(spans, range), !isPronoun(words, range),
                      !SideSyllableRule.isSyllable(spans, range, names: names), !places.isPlace(spans, range, names: names) {
                side(actor.side)
            }
        }
        return (sport, team)
    }

    /// `sideReading(_:)` of words whose sides `actors` holds.
    func sideReading(_ spans: WordSpans, actors: ActorStarts) -> (sides: [String], sport: TeamWord?, team: Bool) {
        var sides: [String] = []
        let (sport, team) = sideReading(spans, actors: actors) { sides.append($0) }
        return (sides, sport, team)
    }

    /// The word ranges of the names of two words or more of `actors.tsv` in `spans`
    /// (`Tổ chức Hiệp ước Bắc Đại Tây Dương`, `Liên minh châu Âu`, `Tổ chức Hợp tác Thượng
    /// Hải`) and of the organisations and media of `organizations.tsv`, capitalised (`Viện
    /// Nghiên cứu Chiến tranh`, `Tổ chức Cấm vũ khí hóa học`): a stance word inside one is part
    /// of a name, not an act (`ContentAnalysis.dropTerms`). With `through`, only the names
    /// that start at or before that word (the names that may hold a word there or before).
    func nameRanges(in spans: WordSpans, through last: Int = .max) -> [Range<Int>] {
        nameRanges(in: spans, actors: ActorStarts(spans, names: names), through: last)
    }

    /// `nameRanges(in:through:)` of words whose sides `actors` holds (read once per quote).
    func nameRanges(in spans: WordSpans, actors: ActorStarts, through last: Int = .max) -> [Range<Int>] {
        let words = spans.words
        // (The trie read at every word, taken out of the lexicon once.)
        let organizations = names.organizations
        let found = actors.entries
        var ranges: [Range<Int>] = []
        var index = 0, next = 0
        while index < words.count, index <= last {
            // The first side found at or after `index` (the scan only moves forward).
            while next < found.count, found[next].index < index { next += 1 }
            if next < found.count, found[next].index == index, found[next].actorStarts {
                let actor = found[next]
                if actor.length >= 2 { ranges.append(Range(from: index, to: index + actor.length)) }
                index += max(1, actor.length)
            } else if words[index].isCapitalized, organizations.mayStart(words[index]),
                      let body = organizations.longestNode(in: words, at: index, limit: words.count),
                      body.length >= 2, let kind = organizations.values[body.node]?.kind, kind == .organization || kind == .media {
                ranges.append(Range(from: index, to: index + body.length))
                index += body.length
            } else {
                index += 1
            }
        }
        return ranges
    }

    /// Whether the content of `reading` names no side but its speaker's own (none, for a
    /// speaker of no side or of a side only guessed): `SituationConcernRule`, `HomeJusticeRule`.
    func namesOnlyOwnSide(_ reading: Reading) -> Bool {
        let own = reading.guessedSide ? [] : reading.sides.compactMap { $0 }
        var other = false
        _ = sideReading(of: reading) { side in
            if !own.contains(where: { GroupTallies.sameName($0, side) }) { other = true }
        }
        return !other
    }

    /// Whether a side (`SpeakerLexicon.actor`) may start at `token`: an `actors.tsv` phrase
    /// or a side prefix may start with its word (false: neither does, and `actor` finds
    /// nothing there).
    func mayStartSide(_ token: Token) -> Bool {
        names.actors.mayStart(token) || names.words.mayStart(.sidePrefix, token)
    }

    /// Whether the words `spans` name a matter between states (never in a quote about sport).
    func namesMatter(_ spans: WordSpans) -> Bool {
        namesMatter(spans, sport: sportWords(spans.words))
    }

    /// `namesMatter(_:)` for words whose `sportWords` is `sport`: the first phrase of
    /// `interstate.tsv` found, no array of them.
    func namesMatter(_ spans: WordSpans, sport: TeamWord?) -> Bool {
        let words = spans.words
        return sport != .match && words.indices.contains {
            matters.mayStart(words[$0]) && matters.longestMatch(in: words, at: $0, limit: words.count) != nil
        }
    }

    /// Whether the words hold a word of a match of `teams.tsv`, or two different weak
    /// ones (`trọng tài` alone may be arbitration: `Tòa Trọng tài`).
    func isAboutSport(_ words: WordSpans.Words) -> Bool {
        sportWords(words) == .match
    }

    /// How the words speak of sport: `.match` when they hold a word of a match of
    /// `teams.tsv` or two different weak ones, `.weak` when one weak word only (`trọng
    /// tài`: a referee, or arbitration), nil when none. A weak word capitalised after a
    /// capitalised word is part of a name (`Tòa Trọng tài`, the tribunal), no sport word.
    /// (The phrases are read left to right as `PhraseTrie.matches` reads them, with no array
    /// of them: a second weak word different from the first makes `.match`.)
    func sportWords(_ words: WordSpans.Words) -> TeamWord? {
        var firstWeak: Range<Int>?
        var index = 0
        while index < words.count {
            guard teams.mayStart(words[index]), let found = teams.longestMatch(in: words, at: index, limit: words.count) else {
                index += 1
                continue
            }
            let start = index
            index += found.length
            switch found.value {
            case .match: return .match
            case .weak:
                if start > 0, words[start].isCapitalized, words[start - 1].isCapitalized { continue }
                let range = Range(from: start, to: index)
                guard let first = firstWeak else { firstWeak = range; continue }
                if !words[first].elementsEqual(words[range], by: { $0.key == $1.key }) { return .match }
            case .marker, .title: break
            }
        }
        return firstWeak == nil ? nil : .weak
    }

    /// Whether the words at `range` are a pronoun that is also a country's name: followed by
    /// a noun follower or a first-person word of `function_words.tsv` (`Anh ấy`, `Anh ta`:
    /// "he", not the United Kingdom).
    func isPronoun(_ words: WordSpans.Words, _ range: Range<Int>) -> Bool {
        range.upperBound < words.count
            && (names.words.match(.nounFollower, in: words, at: range.upperBound) != nil
                || names.words.match(.firstPerson, in: words, at: range.upperBound) != nil)
    }

    /// Whether a marker of `teams.tsv` ends right before `range`: the
    /// country is a team (`U23 Việt Nam`).
    func isTeam(_ words: WordSpans.Words, _ range: Range<Int>) -> Bool {
        (1...max(1, teamWords)).contains { length in
            range.lowerBound >= length && teams.value(in: words, range: Range(from: range.lowerBound - length, to: range.lowerBound)) == .marker
        }
    }

    /// Whether the words at `range` stand between two capitalised words of their clause
    /// (no comma between), the first not the content's first word: a syllable of a name, not a side (`Mỹ` in `Trương Mỹ Lan`, `Đức`
    /// in `Trần Đức Tài`), where a side in a title stands after a lower-case word
    /// (`Ngoại trưởng Nga Sergei Lavrov`).
    static func insideName(_ spans: WordSpans, _ range: Range<Int>) -> Bool {
        guard range.lowerBound > 0, range.upperBound < spans.words.count,
              spans.clause(of: range.lowerBound - 1) == spans.clause(of: range.lowerBound),
              spans.clause(of: range.upperBound) == spans.clause(of: range.upperBound - 1) else { return false }
        return spans.words[range.lowerBound - 1].isCapitalized && spans.words[range.upperBound].isCapitalized
    }

    /// For each quote, whether it is about relations between sides.
    /// (The sides each content names are kept as the first and whether another differs, all
    /// that `twoOrMore` and emptiness read: no array of them per quote.)
    func relational(_ quotes: [Reading]) -> [Bool] {
        relations(quotes).map(\.relational)
    }

    /// For each quote, whether it is about relations between sides, and whether it is not
    /// only because its speaker's side is inferred (`InferredSideRule`: the side would pass it).
    func relations(_ quotes: [Reading]) -> [(relational: Bool, inferred: Bool)] {
        let count = quotes.count
        var named: [NamedSides] = [], sport: [(sport: TeamWord?, team: Bool)] = []
        named.reserveCapacity(count)
        sport.reserveCapacity(count)
        for index in 0..<count {
            var sides = NamedSides()
            sport.append(sideReading(of: quotes[index]) { sides.add($0) })
            named.append(sides)
        }
        // A sports article: a quote that names a team or holds a word of a match, or weak
        // match words in enough quotes, make every quote of the article one, its countries
        // teams (`Chúng tôi muốn gặp Thái Lan hơn Philippines` in a story on the draw of a cup).
        if Self.isSportsArticle(sport) { return Array(repeating: (false, false), count: count) }
        var pairs: [Bool] = []
        pairs.reserveCapacity(count)
        var international = false
        for index in 0..<count {
            let pair = quotes[index].ownForce
                || (!quotes[index].guessedSide ? named[index].twoOrMore(with: quotes[index].sides) : named[index].twoOrMore(with: []))
            pairs.append(pair)
            // The article is about relations when one of its quotes relates two sides itself
            // and pushes that relation one way.
            if pair, quotes[index].polar { international = true }
        }
        var result: [(relational: Bool, inferred: Bool)] = []
        result.reserveCapacity(count)
        for index in 0..<count {
            guard !pairs[index] else { result.append((true, false)); continue }
            guard international else { result.append((false, false)); continue }
            let bySide = quotes[index].sides.contains { $0 != nil } && !quotes[index].cueOnly
            let passes = (bySide && !quotes[index].inferredSide)
                || named[index].first != nil || namesMatter(quotes[index].words, sport: sport[index].sport)
            result.append((passes, !passes && bySide))
        }
        return result
    }

    /// The sides a quote's content names, as `relational` reads them: the first, and
    /// whether one differs from it.
    struct NamedSides {
        var first: String?
        var twoDifferent = false

        mutating func add(_ side: String) {
            guard let first else { self.first = side; return }
            if !twoDifferent, side != first { twoDifferent = true }
        }

        /// `RelationGate.twoOrMore(the speaker's sides but nil, the sides named)`.
        func twoOrMore(with speaker: [String?]) -> Bool {
            guard let side = speaker.first(where: { $0 != nil }) ?? first else { return false }
            return speaker.contains { $0 != nil && $0 != side } || twoDifferent || (first != nil && first != side)
        }
    }

    /// Whether an article whose quotes are read as `readings` (`sportWords`, naming a team)
    /// is about sport: one quote names a team or holds a word of a match, or at least
    /// `StanceThresholds.sportArticleQuotes` quotes hold a weak one (one `Tòa Trọng tài` in
    /// an article on the Biển Đông ruling is not enough; a referee the article is about is).
    static func isSportsArticle(_ readings: [(sport: TeamWord?, team: Bool)]) -> Bool {
        readings.contains { $0.team || $0.sport == .match }
            || readings.filter { $0.sport == .weak }.count >= StanceThresholds.sportArticleQuotes
    }

    /// Whether `first` and `second` together hold two different sides.
    static func twoOrMore(_ first: [String], _ second: [String]) -> Bool {
        guard let side = first.first ?? second.first else { return false }
        return first.contains { $0 != side } || second.contains { $0 != side }
    }

    /// `stance` with every contribution silenced: score 0, `neutral`.
    static func silenced(_ stance: QuoteStance) -> QuoteStance {
        stance.silenced(by: .noRelation)
    }
}
