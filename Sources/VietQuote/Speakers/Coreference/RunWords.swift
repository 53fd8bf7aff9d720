/// The words of an article's name runs (`ArticleIndex`), numbered 0, 1, 2 … in the order
/// first read, and per word the runs that hold it, in order.
/// Performance only: a run's words are numbers in one array of the index, so that a run
/// read adds no array of its keys and hashes no key (it reads its tokens' `keyHash` and word
/// id), and runs are compared and looked up number by number, not key by key.
/// A word is found by its key's `MatchKey.hash` and then by its word id when both have one
/// (`WordTable`: one id per key) or else by its bytes, so two words have one number exactly
/// when their keys have the same bytes.
struct RunWords {
    private struct Word {
        /// Its match key (as the first token of it read holds it), the key's `MatchKey.hash`
        /// and its word id.
        let key: String, hash: UInt32, id: UInt32
        /// Its first and last place in `places` (-1: none), and how many places.
        var first: Int32 = -1, last: Int32 = -1, count: Int32 = 0
        /// The number of the word without its last letter (`ArticleIndex.withoutLastLetter`)
        /// when it may end in a doubled letter (`ArticleIndex.mayEndDoubled`), -1 when it may
        /// not, -2 before the first question.
        var shortened: Int32 = -2
        /// Whether it is that shorter word with its last letter doubled (`Zelenskyy`, `doubles`).
        var doubled = false
    }

    /// Per slot, 0 when empty, else the word's number plus one.
    private var slots: [Int32]
    private var words: [Word] = []
    private var places: [KeyChains.Place] = []

    /// A table sized for `capacity` words and places (performance only: it grows past them).
    init(capacity: Int = 32) {
        var size = 64
        while size < 2 * capacity { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        words.reserveCapacity(capacity)
        places.reserveCapacity(capacity)
    }

    /// How many words are numbered.
    var count: Int { words.count }

    /// The match key of `word`.
    func key(_ word: Int32) -> String { words[Int(word)].key }

    /// The number of the word of `tokens[index]`, numbered now if it is new.
    @inline(__always)
    mutating func number(_ tokens: [Token], at index: Int) -> Int32 {
        let found = find(tokens[index])
        return found.word ?? add(tokens[index].key, hash: tokens[index].keyHash, id: tokens[index].wordID, at: found.slot)
    }

    /// The number of the word of `token`, if one is numbered: `number(of: token.key)`, found
    /// by the token's key hash and word id (performance only: the key is not hashed again).
    func number(of token: Token) -> Int32? { find(token).word }

    /// The number of `key`, if a word of it is numbered.
    func number(of key: String) -> Int32? {
        find(MatchKey.hash(key)) { ByteKey.sameBytes(words[$0].key, key) }.word
    }

    /// The number of `key`, numbered now if it is new (a key no token holds: no word id).
    private mutating func number(adding key: String) -> Int32 {
        let hash = MatchKey.hash(key)
        let found = find(hash) { ByteKey.sameBytes(words[$0].key, key) }
        return found.word ?? add(key, hash: hash, id: WordTable.unknown, at: found.slot)
    }

    /// The word of `token` (same word id, or same key bytes), with its slot; else the free slot where it goes.
    @inline(__always)
    private func find(_ token: Token) -> (slot: Int, word: Int32?) {
        let id = token.wordID
        return find(token.keyHash) { (id != WordTable.unknown && words[$0].id == id) || ByteKey.sameBytes(words[$0].key, token.key) }
    }

    /// The word of hash `hash` that `same` accepts, with its slot; else the free slot where it goes.
    @inline(__always)
    private func find(_ hash: UInt32, where same: (Int) -> Bool) -> (slot: Int, word: Int32?) {
        let mask = slots.count - 1
        var slot = Self.start(hash, mask)
        while slots[slot] != 0 {
            let word = Int(slots[slot]) - 1
            if words[word].hash == hash, same(word) { return (slot, Int32(word)) }
            slot = (slot + 1) & mask
        }
        return (slot, nil)
    }

    @inline(__always)
    private static func start(_ hash: UInt32, _ mask: Int) -> Int { Int((hash &* 0x9E37_79B1) >> 7) & mask }

    private mutating func add(_ key: String, hash: UInt32, id: UInt32, at slot: Int) -> Int32 {
        let word = Int32(words.count)
        words.append(Word(key: key, hash: hash, id: id))
        slots[slot] = word + 1
        if 2 * words.count > slots.count {
            slots = [Int32](repeating: 0, count: 2 * slots.count)
            let mask = slots.count - 1
            for other in words.indices {
                var free = Self.start(words[other].hash, mask)
                while slots[free] != 0 { free = (free + 1) & mask }
                slots[free] = Int32(other + 1)
            }
        }
        return word
    }

    /// Adds the run `run` to the runs of `word`, unless it is their last one already.
    mutating func append(_ run: Int32, to word: Int32) {
        let word = Int(word), place = Int32(places.count), last = Int(words[word].last)
        if last >= 0 {
            guard places[last].value != run else { return }
            places[last].next = place
        } else {
            words[word].first = place
        }
        words[word].last = place
        words[word].count += 1
        places.append(KeyChains.Place(value: run, next: -1))
    }

    /// How many runs hold `word`.
    func count(of word: Int32) -> Int { Int(words[Int(word)].count) }

    /// The runs that hold `word`, in the order they were added.
    func runs(of word: Int32) -> KeyChains.Values { KeyChains.Values(places: places, place: words[Int(word)].first) }

    /// The number of `word` without its last letter, when `word` may end in a doubled letter
    /// (`ArticleIndex.mayEndDoubled`): read once per word.
    mutating func shortened(_ word: Int32) -> Int32? {
        let word = Int(word)
        if words[word].shortened == -2 {
            let key = words[word].key
            if ArticleIndex.mayEndDoubled(key) {
                let short = ArticleIndex.withoutLastLetter(key)
                let number = number(adding: short)
                words[word].shortened = number
                words[word].doubled = Self.doubles(key, short)
            } else {
                words[word].shortened = -1
            }
        }
        return words[word].shortened >= 0 ? words[word].shortened : nil
    }

    /// Whether the word `full` is the word `short` with its last letter doubled (`Zelenskyy`
    /// of `Zelensky`); `shortened(full)` must have been asked.
    @inline(__always)
    func doubles(_ full: Int32, _ short: Int32) -> Bool { words[Int(full)].doubled && words[Int(full)].shortened == short }

    /// A transliteration that doubles the last letter (`Zelensky` / `Zelenskyy`): `full` is
    /// `last` and its last letter again, `last` of `SpeakerLimits.doubledLetterWordLength` letters at least.
    static func doubles(_ full: String, _ last: String) -> Bool {
        last.count >= SpeakerLimits.doubledLetterWordLength && full.count == last.count + 1 && full.hasPrefix(last)
            && full.last == last.last
    }
}

/// The numbers (`RunWords`) of a rule's keys: up to eight, more than a name run holds
/// (`SpeakerLimits.nameRunWords`), held in place, more in an array. (Performance only: a
/// question of a rule reads its keys as numbers with no array allocated, and with no closure,
/// which copied the index it captured.)
struct WordNumbers: RandomAccessCollection {
    typealias Indices = Range<Int>
    /// How many numbers are held in place.
    private static let heldCount = 8
    private var held: (Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32) = (0, 0, 0, 0, 0, 0, 0, 0)
    private var more: [Int32] = []
    let count: Int

    /// The numbers of `keys`, or nil when one has none (no run holds it).
    init?(_ keys: [String], in words: RunWords) {
        self.init(keys) { words.number(of: $0) }
    }

    /// The numbers of the words of `tokens`, or nil when one has none (`init(_:in:)` of their keys).
    init?(_ tokens: ArraySlice<Token>, in words: RunWords) {
        self.init(tokens) { words.number(of: $0) }
    }

    /// The numbers `number` gives `items`, or nil when it gives one none.
    @inline(__always)
    private init?<Items: Collection>(_ items: Items, number: (Items.Element) -> Int32?) {
        count = items.count
        if count > Self.heldCount { more.reserveCapacity(count) }
        for (index, item) in zip(0..., items) {
            guard let number = number(item) else { return nil }
            if count > Self.heldCount {
                more.append(number)
            } else {
                withUnsafeMutableBytes(of: &held) { $0.storeBytes(of: number, toByteOffset: index * 4, as: Int32.self) }
            }
        }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Int32 {
        precondition(position >= 0 && position < count, "a word number out of range")
        if count > Self.heldCount { return more[position] }
        return withUnsafeBytes(of: held) { $0.load(fromByteOffset: position * 4, as: Int32.self) }
    }
}
