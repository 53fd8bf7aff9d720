/// A trie over token keys, for longest-match lookup of multi-word lexicon entries:
/// with both `nói` and `nói chung` in a lexicon, the text `nói chung` matches the
/// longer entry, never `nói` alone.
public struct PhraseTrie<Value: Sendable>: Sendable {
    private struct Node: Sendable {
        var children: [ByteKey: Int32] = [:]
        var value: Value?
    }

    private var nodes: [Node] = [Node()]

    public init() {}

    /// The number of phrases stored.
    public private(set) var count = 0

    /// Stores `value` under the phrase `keys` (match keys, see `MatchKey.words`),
    /// replacing the value stored there before.
    public mutating func insert(_ keys: [String], value: Value) {
        guard !keys.isEmpty else { return }
        var node = 0
        for key in keys {
            if let child = nodes[node].children[ByteKey(key)] {
                node = Int(child)
            } else {
                nodes.append(Node())
                let child = nodes.count - 1
                nodes[node].children[ByteKey(key)] = Int32(child)
                node = child
            }
        }
        if nodes[node].value == nil { count += 1 }
        nodes[node].value = value
    }

    /// Stores `value` under `phrase`, read into match keys.
    public mutating func insert(phrase: String, value: Value) {
        insert(MatchKey.words(phrase), value: value)
    }

    /// The value stored under exactly `keys`.
    public func value(for keys: [String]) -> Value? {
        var node = 0
        for key in keys {
            guard let child = nodes[node].children[ByteKey(key)] else { return nil }
            node = Int(child)
        }
        return nodes[node].value
    }

    /// The value stored under exactly the keys of `tokens[range]` (no array built).
    public func value(in tokens: [Token], range: Range<Int>) -> Value? {
        var node = 0
        for index in range {
            guard let child = nodes[node].children[ByteKey(tokens[index].key)] else { return nil }
            node = Int(child)
        }
        return nodes[node].value
    }

    /// The longest phrase that starts at `tokens[start]`, as its token count and value.
    /// - Complexity: O(*m*), where *m* is the length of the longest stored phrase.
    public func longestMatch(in tokens: [Token], at start: Int, limit: Int? = nil) -> (length: Int, value: Value)? {
        longestMatch(in: tokens, at: start, limit: limit) { _ in true }
    }

    /// The longest phrase that starts at `tokens[start]` and whose value satisfies `accept`.
    public func longestMatch(
        in tokens: [Token], at start: Int, limit: Int? = nil, where accept: (Value) -> Bool
    ) -> (length: Int, value: Value)? {
        var node = 0
        var best: (Int, Value)?
        var index = start
        let end = min(limit ?? tokens.count, tokens.count)
        guard start >= 0 else { return nil }
        while index < end, let child = nodes[node].children[ByteKey(tokens[index].key)] {
            node = Int(child)
            index += 1
            if let value = nodes[node].value, accept(value) { best = (index - start, value) }
        }
        return best
    }

    /// Every match, left to right, longest first and not overlapping.
    public func matches(in tokens: [Token], range: Range<Int>) -> [(range: Range<Int>, value: Value)] {
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
/// (the hot spot of the Article stage in a profile).
struct ByteKey: Hashable, Sendable {
    let string: String

    @inline(__always)
    init(_ string: String) { self.string = string }

    func hash(into hasher: inout Hasher) {
        var copy = string
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (lhs: ByteKey, rhs: ByteKey) -> Bool {
        var left = lhs.string, right = rhs.string
        return left.withUTF8 { a in right.withUTF8 { b in a.elementsEqual(b) } }
    }
}
