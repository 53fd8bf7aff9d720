/// Look-ups in words numbered from 0 that are not an array of their own: the words of a
/// quote read in place in its paragraph's tokens (`WordSpans.Words`), marks left out. Each
/// reads word `index` as `words[index]` and answers as the `[Token]` form of the same name.
extension PhraseTrie {
    /// The longest phrase that starts at `words[start]` (`longestMatch(in:at:limit:)`).
    func longestMatch<Words: RandomAccessCollection<Token>>(
        in words: Words, at start: Int, limit: Int? = nil
    ) -> (length: Int, value: Value)? where Words.Index == Int {
        longestMatch(in: words, at: start, limit: limit) { _ in true }
    }

    /// The longest phrase that starts at `words[start]` and whose value satisfies `accept`.
    func longestMatch<Words: RandomAccessCollection<Token>>(
        in words: Words, at start: Int, limit: Int? = nil, where accept: (Value) -> Bool
    ) -> (length: Int, value: Value)? where Words.Index == Int {
        guard let best = longestNode(in: words, at: start, limit: limit, where: accept), let value = values[best.node] else { return nil }
        return (best.length, value)
    }

    /// `longestMatch(in:at:limit:where:)` as the word count and the node whose value it is
    /// (`values[node]`, never nil): a caller that reads one field of the value reads it
    /// there, and copies no whole entry (an `ActorEntry` holds two strings).
    func longestNode<Words: RandomAccessCollection<Token>>(
        in words: Words, at start: Int, limit: Int? = nil, where accept: (Value) -> Bool = { _ in true }
    ) -> (length: Int, node: Int)? where Words.Index == Int {
        guard start >= 0 else { return nil }
        let end = min(limit ?? words.count, words.count)
        return deepest(from: start, stop: end, step: 1, word: { words[$0].wordID }, accept: accept).map { ($0.count, Int($0.node)) }
    }

    /// The value stored under exactly the keys of `words[range]`; nil when `range` leaves them.
    func value<Words: RandomAccessCollection<Token>>(in words: Words, range: Range<Int>) -> Value? where Words.Index == Int {
        let first = range.lowerBound
        guard first >= 0, range.upperBound <= words.count, first < range.upperBound, mayStart(words[first]) else { return nil }
        return node(after: range) { words[$0].wordID }.flatMap { values[Int($0)] }
    }

    /// Every match in `words[range]`, left to right, longest first and not overlapping.
    func matches<Words: RandomAccessCollection<Token>>(
        in words: Words, range: Range<Int>
    ) -> [(range: Range<Int>, value: Value)] where Words.Index == Int {
        var found: [(range: Range<Int>, value: Value)] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard let match = longestMatch(in: words, at: index, limit: range.upperBound) else {
                index += 1
                continue
            }
            found.append((index..<index + match.length, match.value))
            index += match.length
        }
        return found
    }
}
