/// The side of a speaker that its mention names only through a body: a bare national
/// head (`Bộ Ngoại giao`, `Quân chủng Hải quân`) or an international body that speaks for
/// itself (`Tòa án Hình sự Quốc tế`, `người phát ngôn của ICC`). See the `affiliation`
/// column of `organizations.tsv`; `BodySideCompletion` applies them.

/// What one article says about its bodies, filled on demand (each head is looked up once).
struct BodySides {
    /// Head keys → the sides written right after that head anywhere in the article.
    /// (Performance only: keys hashed and compared as bytes, `ByteKeys`, in these tables.)
    var written: [ByteKeys: Set<String>] = [:]
    /// Body keys → the abbreviation the article gives it (`Tòa án Hình sự Quốc tế (ICC)`).
    var abbreviations: [ByteKeys: String?] = [:]
    /// Person name keys → the side of the body named where the person is introduced.
    var introductions: [ByteKeys: String?] = [:]
    /// Performance only: `introductions` by the name as written, read without `MatchKey.words`.
    var introductionsByName: [ByteKey: String?] = [:]
    /// Person name keys introduced at a bare national body that took no home side, being
    /// foreign (`SpeakerRule.foreignNameNoHomeSide`).
    var foreignAtHomeBody: Set<ByteKeys> = []
    /// Names as written → the kind the article gives them by a noun beside them
    /// (`KindNamedInArticle`; performance only: each name is read once per article).
    var kindsNamed: [ByteKey: SpeakerKind?] = [:]
    /// In a long article (`SpeakerLimits.indexedArticleTokens`), where each token stands
    /// (paragraph, token) in text order under its key's `MatchKey.hash` (the token's `keyHash`:
    /// no `String` hashed; keys of one hash share a list, told apart by their bytes), built on
    /// the first look-up: finding a name then costs its occurrences, not a pass over the
    /// article (a pass per distinct name was quadratic in a long page with thousands of names).
    private var positions: TokenPlaces?
    /// Where `positions` comes from: the article index's table (`KeyPlaces.tokenPlaces`) of the
    /// same paragraphs, one table per article (performance only: each made its own, two tables
    /// of every token of a long page at its peak memory). Nil: the table is made here.
    private let shared: KeyPlaces?

    /// The bodies of an article whose word places `places` holds (nil: made on demand here).
    init(places: KeyPlaces? = nil) { shared = places }

    /// Where `keys` starts as consecutive token keys, in text order (with `firstOnly`, the
    /// first place only).
    mutating func occurrences(of keys: [String], in paragraphs: [ParagraphContext],
                              firstOnly: Bool = false) -> [(paragraph: Int, token: Int)] {
        guard let first = keys.first else { return [] }
        // Keys compared as bytes, the first through its hash (see `ByteKey`).
        let matches = { (paragraph: Int, start: Int) -> Bool in
            let tokens = paragraphs[paragraph].tokens
            guard start >= 0, start + keys.count <= tokens.count else { return false }
            return keys.indices.allSatisfy { ByteKey.sameBytes(tokens[start + $0].key, keys[$0]) }
        }
        var found: [(paragraph: Int, token: Int)] = []
        if positions == nil, paragraphs.reduce(0, { $0 + $1.tokens.count }) <= SpeakerLimits.indexedArticleTokens {
            let firstHash = MatchKey.hash(first)
            for number in paragraphs.indices {
                let tokens = paragraphs[number].tokens
                for position in tokens.indices where tokens[position].keyHash == firstHash && matches(number, position) {
                    found.append((number, position))
                    if firstOnly { return found }
                }
            }
            return found
        }
        if positions == nil { positions = shared?.tokenPlaces() ?? TokenPlaces(paragraphs) }
        // (Performance only: the places of the name's rarest word, each read as the word at its
        // offset in the name: a long page's family name has thousands of places.)
        let hashes = keys.map(MatchKey.hash)
        guard let places = positions,
              let offset = hashes.indices.min(by: { places.count(hash: hashes[$0]) < places.count(hash: hashes[$1]) }) else { return [] }
        places.forEach(hash: hashes[offset]) { number, position in
            guard matches(number, position - offset) else { return true }
            found.append((number, position - offset))
            return !firstOnly
        }
        return found
    }
}

/// Where each token of an article stands (paragraph, token), in text order, by its key's
/// hash (`Token.keyHash`): one chain of places per hash in one open-addressing table
/// (performance only: a dictionary of arrays cost a `Hasher` run and an array per key).
/// Read by `BodySides.occurrences` and `KeyPlaces`.
struct TokenPlaces {
    /// Per slot: 0 when empty, else the chain's number plus one.
    private var slots: [Int32]
    private var hashes: [UInt32] = []
    private var heads: [Int32] = []
    private var tails: [Int32] = []
    /// Per chain, its number of places.
    private var counts: [Int32] = []
    /// Per place: the next place of its chain, or -1. A place is the token's number in text
    /// order over the whole article (its paragraph read from `paragraphStarts`): no
    /// (paragraph, token) pair is kept per token (8 bytes a token of a long page's peak memory).
    private var next: [Int32] = []
    /// The place of each paragraph's first token, then the number of tokens.
    private var paragraphStarts: [Int32] = []

    init(_ paragraphs: [ParagraphContext]) {
        // Arrays of the exact size and slots for the distinct hashes, not the tokens: a long
        // page's table was a third of its peak memory.
        let count = paragraphs.reduce(0, { $0 + $1.tokens.count })
        next.reserveCapacity(count)
        paragraphStarts.reserveCapacity(paragraphs.count + 1)
        slots = [Int32](repeating: 0, count: 1024)
        for number in paragraphs.indices {
            let tokens = paragraphs[number].tokens
            paragraphStarts.append(Int32(next.count))
            for position in tokens.indices {
                let place = Int32(next.count)
                next.append(-1)
                let (slot, chain) = find(tokens[position].keyHash)
                if let chain {
                    next[Int(tails[chain])] = place
                    tails[chain] = place
                    counts[chain] += 1
                } else {
                    hashes.append(tokens[position].keyHash)
                    heads.append(place)
                    tails.append(place)
                    counts.append(1)
                    slots[slot] = Int32(hashes.count)
                    if 2 * hashes.count > slots.count { rehash() }
                }
            }
        }
        paragraphStarts.append(Int32(next.count))
    }

    /// Doubles the slots, which hold the chains again.
    private mutating func rehash() {
        slots = [Int32](repeating: 0, count: 2 * slots.count)
        for chain in hashes.indices { slots[find(hashes[chain]).slot] = Int32(chain + 1) }
    }

    /// The slot of `hash`, and its chain when it has one.
    private func find(_ hash: UInt32) -> (slot: Int, chain: Int?) {
        let mask = slots.count - 1
        var slot = Int((hash &* 0x9E37_79B1) >> 7) & mask
        while slots[slot] != 0 {
            let chain = Int(slots[slot]) - 1
            if hashes[chain] == hash { return (slot, chain) }
            slot = (slot + 1) & mask
        }
        return (slot, nil)
    }

    /// The number of tokens whose key hash is `hash`.
    func count(hash: UInt32) -> Int {
        find(hash).chain.map { Int(counts[$0]) } ?? 0
    }

    /// Calls `body` with the place (paragraph, token) of every token whose key hash is `hash`,
    /// in text order, while it returns true.
    func forEach(hash: UInt32, _ body: (Int, Int) -> Bool) {
        guard let chain = find(hash).chain else { return }
        var place = heads[chain]
        // A chain runs in text order: its paragraph is the one before or after, never back.
        var paragraph = 0
        while place >= 0 {
            if paragraphStarts[paragraph + 1] <= place {
                paragraph = paragraphStarts[paragraph + 2] > place ? paragraph + 1 : self.paragraph(of: place, from: paragraph + 2)
            }
            guard body(paragraph, Int(place - paragraphStarts[paragraph])) else { return }
            place = next[Int(place)]
        }
    }

    /// The paragraph of `place`, `lower` or after (`paragraphStarts[lower] <= place`): the
    /// last whose first token is at or before it, by halving (a name's places lie thousands of
    /// paragraphs apart on a long page: a step per paragraph read them all).
    private func paragraph(of place: Int32, from lower: Int) -> Int {
        var low = lower, high = paragraphStarts.count - 1   // paragraphStarts[high]: the token count, past `place`
        while high - low > 1 {
            let middle = (low + high) / 2
            if paragraphStarts[middle] <= place { low = middle } else { high = middle }
        }
        return low
    }
}

extension SpeakerResolver {
    /// The side of the person called `name` when no title gives one: the side of the body
    /// named before the person in the sentence that first names them (`tại cuộc họp báo
    /// thường kỳ Bộ Ngoại giao, người phát ngôn Phạm Thu Hằng …`), the body the person
    /// speaks for; nil when there is none (the article's first country is then used). A bare
    /// national head (`Bộ Nội vụ`) gives its home side only to a Vietnamese name (all its
    /// words Vietnamese syllables): `Thứ trưởng Bộ Nội vụ Jhonny Aguilera` in a story on
    /// Bolivia speaks for Bolivia.
    /// Countries alone are not read here (the first-country rule measured better than the
    /// nearest country); only organisations, and only with no other name or side between
    /// body and person. Looked up once per name.
    func introducedSide(ofPerson name: String, paragraphs: [ParagraphContext], bodies: inout BodySides) -> String? {
        let written = ByteKey(name)
        if let known = bodies.introductionsByName[written] { return known }
        let keys = MatchKey.words(name)
        let found: String?
        if keys.isEmpty {
            found = nil
        } else if let known = bodies.introductions[ByteKeys(keys)] {
            found = known
        } else {
            found = introductionSide(of: keys, paragraphs: paragraphs, bodies: &bodies)
            bodies.introductions[ByteKeys(keys)] = .some(found)
        }
        bodies.introductionsByName[written] = .some(found)
        return found
    }

    /// The side of the body named before the first mention of `keys` in its sentence (see
    /// `introducedSide(ofPerson:paragraphs:bodies:)`), or nil.
    private func introductionSide(of keys: [String], paragraphs: [ParagraphContext], bodies: inout BodySides) -> String? {
        if let first = bodies.occurrences(of: keys, in: paragraphs, firstOnly: true).first {
            let paragraph = paragraphs[first.paragraph]
            let tokens = paragraph.tokens
            let nameStart = first.token
            let sentence = paragraph.sentence(containing: nameStart)
            var position = nameStart - 1
            while position >= sentence.lowerBound {
                if let org = lexicon.organization(in: tokens, at: position, limit: nameStart), org.entry.kind == .organization {
                    var end = position + org.length
                    let country = lexicon.actor(in: tokens, at: end, limit: nameStart)
                    end += country?.length ?? 0
                    // Another name or side between body and person: the body is someone else's.
                    if tokens[from: end, upTo: nameStart].contains(where: { $0.kind == .word && $0.isCapitalized }) { return nil }
                    var side = country?.entry.side ?? org.entry.affiliation
                    if side == nil, let home = org.entry.homeSide {
                        let written = writtenSides(of: tokens[position..<position + org.length].map(\.key), paragraphs: paragraphs, bodies: &bodies)
                        // A foreign name (`Lee Kyung-ho`) at a bare national body: not the home side.
                        let foreign = !keys.allSatisfy(lexicon.isVietnameseSyllable)
                        side = written.count == 1 ? written.first : written.isEmpty && !foreign ? home : nil
                        if written.isEmpty, foreign { bodies.foreignAtHomeBody.insert(ByteKeys(keys)) }
                    }
                    return side
                }
                position -= 1
            }
            return nil
        }
        return nil
    }

    /// The sides written right after the head `keys` anywhere in the article.
    func writtenSides(of keys: [String], paragraphs: [ParagraphContext], bodies: inout BodySides) -> Set<String> {
        if let known = bodies.written[ByteKeys(keys)] { return known }
        var sides = Set<String>()
        for (number, start) in bodies.occurrences(of: keys, in: paragraphs) {
            let tokens = paragraphs[number].tokens
            if let side = lexicon.actor(in: tokens, at: start + keys.count, limit: tokens.count) { sides.insert(side.entry.side) }
        }
        bodies.written[ByteKeys(keys)] = sides
        return sides
    }

    /// The side name of a body that speaks for itself: the mention when it is an
    /// abbreviation, else the abbreviation the article writes right after the body's
    /// name (`(ICC)` or `ICC`), else the name as written.
    func ownSide(_ tokens: [Token], _ range: Range<Int>, keys: [String], paragraphs: [ParagraphContext],
                         source: SourceText, bodies: inout BodySides) -> String {
        let written = ArticleIndex.text(tokens, range, source)
        if range.count == 1, isAcronym(written) { return written }
        if let known = bodies.abbreviations[ByteKeys(keys)] { return known ?? written }
        var found: String?
        for (number, start) in bodies.occurrences(of: keys, in: paragraphs) {
            let tokens = paragraphs[number].tokens
            var next = start + keys.count
            let opened = next < tokens.count && tokens[next].key == "("
            if opened { next += 1 }
            guard next < tokens.count, tokens[next].kind == .word else { continue }
            let candidate = ArticleIndex.text(tokens, next..<next + 1, source)
            if isAcronym(candidate), !opened || (next + 1 < tokens.count && tokens[next + 1].key == ")") {
                found = candidate
                break
            }
        }
        bodies.abbreviations[ByteKeys(keys)] = .some(found)
        return found ?? written
    }
}
