/// A trie over token keys, for longest-match lookup of multi-word lexicon entries:
/// with both `nói` and `nói chung` in a lexicon, the text `nói chung` matches the
/// longer entry, never `nói` alone.
package struct PhraseTrie<Value: Sendable>: Sendable {
    /// An edge of the trie, from `parent` to `child` by the word whose id (see `WordTable`)
    /// is `word`. All edges stand in one open-addressing table hashed by parent and word,
    /// so that a look-up by a token costs no `Hasher` run and no byte comparison (the
    /// token carries its key's id).
    private struct Edge: Sendable {
        var parent: Int32
        /// 0 for an empty slot (the root is no node's child).
        var child: Int32
        var word: UInt32
    }

    /// The value of each node; node 0 is the root.
    private(set) var values: [Value?] = [nil]
    private var edges = [Edge](repeating: Edge(parent: -1, child: 0, word: 0), count: 16)
    private var edgeCount = 0
    /// A bit per value of the low bits of the id of each first word: most tokens start
    /// no phrase, and this rules them out without a probe of `edges`.
    private var firstWords = [UInt64](repeating: 0, count: PhraseTrie.filterWords)
    private static var filterWords: Int { 256 }

    package init() {}

    /// The number of phrases stored.
    package private(set) var count = 0

    @inline(__always)
    private static func slot(_ parent: Int32, _ word: UInt32, mask: Int) -> Int {
        let mixed = (word ^ (UInt32(bitPattern: parent) &* 0x9E37_79B1)) &* 0x85EB_CA6B
        return Int(mixed ^ (mixed >> 15)) & mask
    }

    /// Whether some phrase may start with the word whose id is `word` (false: none does).
    @inline(__always)
    private func isFirstWord(_ word: UInt32) -> Bool {
        let bit = Int(word) & (Self.filterWords * 64 - 1)
        return firstWords[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// Whether some phrase may start with `token`'s key (false: none does).
    @inline(__always)
    func mayStart(_ token: Token) -> Bool {
        isFirstWord(token.wordID)
    }

    /// The position of the first token of `tokens` from `start` on that may start a phrase
    /// (`mayStart`), or nil. (The tokens and the filter read through buffers: one load and
    /// one bit test a token, without the arrays' bounds checks; most tokens start none.)
    func firstPossibleStart(in tokens: [Token], from start: Int) -> Int? {
        firstWords.withUnsafeBufferPointer { filter in
            tokens.withUnsafeBufferPointer { tokens in
                let mask = Self.filterWords * 64 - 1
                var index = Swift.max(start, 0)
                while index < tokens.count {
                    let bit = Int(tokens[index].wordID) & mask
                    if filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { return index }
                    index &+= 1
                }
                return nil
            }
        }
    }

    /// The child of `node` by the word whose id is `word` (none by `WordTable.unknown`:
    /// every word of a phrase has an id).
    @inline(__always)
    private func child(of node: Int32, word: UInt32) -> Int32? {
        if word == WordTable.unknown { return nil }
        if node == 0, !isFirstWord(word) { return nil }
        let mask = edges.count - 1
        var slot = Self.slot(node, word, mask: mask)
        while true {
            let child = edges[slot].child
            if child == 0 { return nil }
            if edges[slot].word == word, edges[slot].parent == node { return child }
            slot = (slot + 1) & mask
        }
    }

    private mutating func addEdge(_ edge: Edge) {
        let mask = edges.count - 1
        var slot = Self.slot(edge.parent, edge.word, mask: mask)
        while edges[slot].child != 0 { slot = (slot + 1) & mask }
        edges[slot] = edge
        if edge.parent == 0 {
            let bit = Int(edge.word) & (Self.filterWords * 64 - 1)
            firstWords[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// Stores `value` under the phrase `keys` (match keys, see `MatchKey.words`),
    /// replacing the value stored there before. Numbers the keys in `WordTable`.
    package mutating func insert(_ keys: [String], value: Value) {
        guard !keys.isEmpty else { return }
        var node: Int32 = 0
        for word in WordTable.intern(keys) {
            if let child = child(of: node, word: word) {
                node = child
            } else {
                values.append(nil)
                let child = Int32(values.count - 1)
                if 2 * (edgeCount + 1) > edges.count {
                    let old = edges
                    edges = [Edge](repeating: Edge(parent: -1, child: 0, word: 0), count: 2 * old.count)
                    for edge in old where edge.child != 0 { addEdge(edge) }
                }
                addEdge(Edge(parent: node, child: child, word: word))
                edgeCount += 1
                node = child
            }
        }
        if values[Int(node)] == nil { count += 1 }
        values[Int(node)] = value
    }

    /// Stores `value` under `phrase`, read into match keys.
    package mutating func insert(phrase: String, value: Value) {
        insert(MatchKey.words(phrase), value: value)
    }

    // MARK: - Walks
    //
    // Every look-up is one walk from the root along word ids: `node(after:)` for an exact
    // phrase, `deepest(…)` for the longest one. The public forms below only say where the ids
    // come from (keys, an id array, tokens) and in which direction they are read.

    /// The node reached from the root along the ids `word(i)` for `i` in `range`, or nil when
    /// the phrase is stored under no node (a word of it has no edge).
    @inline(__always)
    func node(after range: Range<Int>, word: (Int) -> UInt32) -> Int32? {
        var node: Int32 = 0
        for index in range {
            guard let child = child(of: node, word: word(index)) else { return nil }
            node = child
        }
        return node
    }

    /// The deepest node with a value that satisfies `accept` on the walk from the root along
    /// `word(start)`, `word(start + step)`, … while the position stays short of `stop`
    /// (`step` 1: below it; -1: above it), as the number of words read to it and the node.
    /// The value is not copied on the way: the caller reads the best node's once.
    @inline(__always)
    func deepest(from start: Int, stop: Int, step: Int, word: (Int) -> UInt32,
                         accept: (Value) -> Bool) -> (count: Int, node: Int32)? {
        var node: Int32 = 0
        var best: (count: Int, node: Int32)?
        var index = start
        var count = 0
        while step > 0 ? index < stop : index > stop, let child = child(of: node, word: word(index)) {
            node = child
            count += 1
            index += step
            if let value = values[Int(node)], accept(value) { best = (count, node) }
        }
        return best
    }

    /// The value stored under exactly `keys`. Takes the word table's lock to read the keys'
    /// ids: in a loop, read the ids once (`value(ids:range:)`) or look tokens up by the ids
    /// they carry (`value(in:range:)`).
    package func value(for keys: [String]) -> Value? {
        let words = WordTable.shared
        return node(after: keys.indices) { words.id(of: keys[$0]) }.flatMap { values[Int($0)] }
    }

    /// The value stored under exactly the words whose ids (see `WordTable`) are `ids[range]`:
    /// no table, no lock (`[head, tail]` of tokens that do not stand side by side, the keys
    /// of a title read once). Nil when `range` leaves `ids`.
    @inline(__always)
    package func value(ids: [UInt32], range: Range<Int>) -> Value? {
        let first = range.lowerBound
        guard first >= 0, range.upperBound <= ids.count, first < range.upperBound, isFirstWord(ids[first]) else { return nil }
        return node(after: range) { ids[$0] }.flatMap { values[Int($0)] }
    }

    /// The longest phrase that starts at `ids[start]` (word ids, `value(ids:range:)`), as its
    /// word count and value; nil for a start outside `ids`.
    package func longestMatch(ids: [UInt32], at start: Int) -> (length: Int, value: Value)? {
        guard start >= 0, let best = deepest(from: start, stop: ids.count, step: 1, word: { ids[$0] }, accept: { _ in true }),
              let value = values[Int(best.node)] else { return nil }
        return (best.count, value)
    }

    /// The value stored under exactly the keys of `tokens[range]` (no array built).
    /// Nil when `range` leaves `tokens` (a phrase cut short is not the phrase).
    @inline(__always)
    package func value(in tokens: [Token], range: Range<Int>) -> Value? {
        // Most look-ups start at a word that starts no phrase: answered here, inlined.
        let first = range.lowerBound
        guard first >= 0, first < tokens.count, first < range.upperBound, isFirstWord(tokens[first].wordID) else { return nil }
        return walk(tokens, range)
    }

    /// `value(in:range:)` past its first word's filter.
    private func walk(_ tokens: [Token], _ range: Range<Int>) -> Value? {
        guard range.clamped(toCount: tokens.count) == range else { return nil }
        return node(after: range) { tokens[$0].wordID }.flatMap { values[Int($0)] }
    }

    /// The longest phrase that starts at `tokens[start]`, as its token count and value.
    /// - Complexity: O(*m*), where *m* is the length of the longest stored phrase.
    package func longestMatch(in tokens: [Token], at start: Int, limit: Int? = nil) -> (length: Int, value: Value)? {
        longestMatch(in: tokens, at: start, limit: limit) { _ in true }
    }

    /// The longest phrase that starts at `tokens[start]` and whose value satisfies `accept`.
    package func longestMatch(
        in tokens: [Token], at start: Int, limit: Int? = nil, where accept: (Value) -> Bool
    ) -> (length: Int, value: Value)? {
        guard start >= 0 else { return nil }
        let end = min(limit ?? tokens.count, tokens.count)
        guard let best = deepest(from: start, stop: end, step: 1, word: { tokens[$0].wordID }, accept: accept),
              let value = values[Int(best.node)] else { return nil }
        return (best.count, value)
    }

    /// In a trie of phrases stored backwards (keys reversed), the start of the longest
    /// phrase that ends right before `tokens[end]` and whose value satisfies `accept`, no
    /// word before `lowerBound` read: one walk leftwards instead of one per start.
    func longestMatch(
        in tokens: [Token], endingAt end: Int, lowerBound: Int, where accept: (Value) -> Bool
    ) -> Int? {
        guard end <= tokens.count else { return nil }
        return deepest(from: end - 1, stop: max(lowerBound, 0) - 1, step: -1, word: { tokens[$0].wordID }, accept: accept)
            .map { end - $0.count }
    }

    /// Every match, left to right, longest first and not overlapping.
    package func matches(in tokens: [Token], range: Range<Int>) -> [(range: Range<Int>, value: Value)] {
        var found: [(range: Range<Int>, value: Value)] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let match = longestMatch(in: tokens, at: index, limit: range.upperBound) {
                found.append((index..<index + match.length, match.value))
                index += match.length
            } else {
                index += 1
            }
        }
        return found
    }
}

/// A match key hashed and compared by its UTF-8 bytes. Match keys come from
/// `MatchKey.fold` of NFC text, so equal keys have equal bytes; hashing the bytes
/// skips the normalisation that `String`'s own hashing does for every non-ASCII key
/// (the hot spot of the Article stage in a profile). The bytes are hashed once
/// (`MatchKey.hash`).
struct ByteKey: Hashable, Sendable {
    let string: String
    let bytesHash: UInt32

    @inline(__always)
    init(_ string: String) { self.string = string; bytesHash = MatchKey.hash(string) }

    func hash(into hasher: inout Hasher) { hasher.combine(bytesHash) }

    static func == (lhs: ByteKey, rhs: ByteKey) -> Bool {
        lhs.bytesHash == rhs.bytesHash && sameBytes(lhs.string, rhs.string)
    }

    /// Whether a `String` is two 64-bit words (the standard library's layout on 64-bit
    /// platforms, which is no API): only then may `sameBytes` compare the representations.
    /// Elsewhere it compares the bytes alone, with the same answer.
    static var representationIsTwoWords: Bool { MemoryLayout<String>.size == MemoryLayout<(UInt64, UInt64)>.size }

    /// Whether two strings have the same UTF-8 bytes, compared byte by byte (the path
    /// `sameBytes` takes when the representations differ).
    static func sameBytesPlain(_ left: String, _ right: String) -> Bool {
        guard left.utf8.count == right.utf8.count else { return false }
        var left = left, right = right
        return left.withUTF8 { a in right.withUTF8 { b in a.elementsEqual(b) } }
    }

    /// Whether two strings have the same UTF-8 bytes.
    @inline(__always)
    static func sameBytes(_ left: String, _ right: String) -> Bool {
        // The same representation (the same bytes of a small string, or the same storage)
        // is the same bytes: the common case (a key against its lexicon entry or its copy),
        // decided without reaching the bytes.
        if representationIsTwoWords {
            let a = unsafeBitCast(left, to: (UInt64, UInt64).self), b = unsafeBitCast(right, to: (UInt64, UInt64).self)
            if a == b { return true }
            // Two small strings (bytes stored in the two words, zero-padded, with flags and
            // count derived from the bytes) with different words hold different bytes: a
            // punctuation key against another mark is answered without reaching the bytes.
            if smallBitHolds, isSmall(a.1), isSmall(b.1) { return false }
        }
        return sameBytesPlain(left, right)
    }

    /// Whether `isSmall` reads this standard library's layout, checked once on strings whose
    /// kind is known (a one-byte string is small, a 64-byte one is not): the layout is ABI on
    /// Apple platforms only, so elsewhere a change makes `sameBytes` compare the bytes instead.
    static let smallBitHolds: Bool = {
        guard representationIsTwoWords else { return false }
        let small = String(repeating: "a", count: 1), large = String(repeating: "a", count: 64)
        return isSmall(unsafeBitCast(small, to: (UInt64, UInt64).self).1)
            && !isSmall(unsafeBitCast(large, to: (UInt64, UInt64).self).1)
    }()

    /// Whether the second word of a `String` (`representationIsTwoWords`) marks a small
    /// string: bit 61, `isSmall` of the standard library's 64-bit string object (ABI-stable
    /// on Apple platforms; `smallBitHolds` checks it).
    @inline(__always)
    static func isSmall(_ discriminatedWord: UInt64) -> Bool { (discriminatedWord >> 61) & 1 == 1 }
}

/// A sequence of match keys hashed and compared by their UTF-8 bytes (see `ByteKey`):
/// the key of a name run or title in a dictionary.
struct ByteKeys: Hashable, Sendable {
    let keys: [String]

    @inline(__always)
    init(_ keys: [String]) { self.keys = keys }

    func hash(into hasher: inout Hasher) {
        hasher.combine(keys.count)
        for key in keys { hasher.combine(MatchKey.hash(key)) }
    }

    static func == (lhs: ByteKeys, rhs: ByteKeys) -> Bool {
        guard lhs.keys.count == rhs.keys.count else { return false }
        for (left, right) in zip(lhs.keys, rhs.keys) where !ByteKey.sameBytes(left, right) { return false }
        return true
    }
}

/// A set of match keys: an open-addressing table on the keys' `MatchKey.hash` (a token's
/// `keyHash`), so that neither an insertion nor a look-up runs `Hasher`. A token is
/// compared with a short member by its `KeyBits` (no `String` made or retained).
struct KeySet: Sendable {
    /// Per slot, 0 when empty, else the position in `keys` plus one.
    private var slots = [Int32](repeating: 0, count: 64)
    private var keys: [String] = []
    private var hashes: [UInt32] = []
    /// Per member, its bits (`KeyBits.short`), or `KeyBits.unused` (long) for a key of more
    /// than 15 bytes, compared by its bytes.
    private var bits: [KeyBits] = []

    /// The slot of the member whose hash is `hash` and for which `same` holds, or the empty
    /// slot where it would go.
    @inline(__always)
    private func find(hash: UInt32, _ same: (Int) -> Bool) -> (slot: Int, found: Bool) {
        let mask = slots.count - 1
        var slot = Int((hash &* 0x9E37_79B1) >> 7) & mask
        while slots[slot] != 0 {
            let member = Int(slots[slot]) - 1
            if hashes[member] == hash, same(member) { return (slot, true) }
            slot = (slot + 1) & mask
        }
        return (slot, false)
    }

    /// `find` for `token`'s key: by bits when both keys are short (equal bits are equal
    /// bytes), else by bytes.
    @inline(__always)
    private func find(_ token: Token) -> (slot: Int, found: Bool) {
        let tokenBits = token.keyBits
        return find(hash: token.keyHash) { member in
            let memberBits = bits[member]
            if !memberBits.isLong && !tokenBits.isLong { return memberBits == tokenBits }
            return ByteKey.sameBytes(keys[member], token.key)
        }
    }

    init() {}

    /// The set of the match keys `keys`.
    init(_ keys: some Sequence<String>) {
        for key in keys {
            let hash = MatchKey.hash(key)
            let (slot, found) = find(hash: hash) { ByteKey.sameBytes(self.keys[$0], key) }
            if !found { add(key, hash: hash, bits: KeyBits.short(key) ?? .unused, at: slot) }
        }
    }

    func contains(_ token: Token) -> Bool {
        find(token).found
    }

    mutating func insert(_ token: Token) {
        let (slot, found) = find(token)
        guard !found else { return }
        add(token.key, hash: token.keyHash, bits: token.keyBits.isLong ? .unused : token.keyBits, at: slot)
    }

    /// Adds a new member at `slot` (empty, found by `find`).
    private mutating func add(_ key: String, hash: UInt32, bits memberBits: KeyBits, at slot: Int) {
        keys.append(key)
        hashes.append(hash)
        bits.append(memberBits)
        slots[slot] = Int32(keys.count)
        if 2 * keys.count > slots.count {
            slots = [Int32](repeating: 0, count: 2 * slots.count)
            for member in keys.indices {
                // (The members are distinct: the first empty slot of the probe.)
                let (free, _) = find(hash: hashes[member]) { _ in false }
                slots[free] = Int32(member + 1)
            }
        }
    }
}
