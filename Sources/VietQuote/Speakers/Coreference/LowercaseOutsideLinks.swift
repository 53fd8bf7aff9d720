/// The words an article writes in lower case outside links, and the pairs of such a word and
/// the word right after it: what `LinkOnlyLowercase` (a word written in lower case only in
/// links is a name) and `GivenNameOfNamedPerson.startsLowercaseWord` (`thông tin` written
/// elsewhere: `Thông` opens a word) ask of the whole article. A word stands in a link when it is
/// glued to a mark of one before it (`LinkOnlyLowercase.isInLink`).
///
/// Performance only: an article's first `Self.questionsBeforeTable` questions read its
/// paragraphs up to the first occurrence (`writes`), the next ones a table made once (`ArticleIndex`):
/// each rule read every paragraph of the article for each mention it was asked about (quadratic
/// in a long page: a page of thousands of quotes read itself once per quote), and most articles
/// ask once or never (the table costs a few readings).
/// A pair of two words of the lexicons, nearly every pair, is kept as its two word ids in one
/// number, in a table of numbers (one key has one id among an article's tokens, `TokenWordSet`);
/// the other pairs are kept by their tokens.
struct LowercaseOutsideLinks {
    /// The words written in lower case outside links.
    private var words = TokenWordSet()
    /// The pairs of two word ids: `Self.number` of each, 0 for an empty slot (a power of two of them).
    private var slots: [UInt64]
    private var count = 0
    /// The other pairs by `Self.hash`: positions in `firsts` and `nexts`.
    private var others = HashedPositions()
    private var firsts: [Token] = []
    private var nexts: [Token] = []

    /// The questions an article's paragraphs answer by a reading before the table is made
    /// (performance only: the table costs about as much as five readings to the end).
    static let questionsBeforeTable = 2

    /// Whether the token at `position` is a word written in lower case outside a link.
    @inline(__always)
    private static func isWritten(_ tokens: [Token], at position: Int) -> Bool {
        tokens[position].kind == .word && !tokens[position].isCapitalized && !LinkOnlyLowercase.isInLink(tokens, at: position)
    }

    /// Whether `paragraphs` write the word of `token` in lower case outside a link (read to the first).
    static func writes(_ token: Token, in paragraphs: [ParagraphContext]) -> Bool {
        paragraphs.contains { paragraph in
            let tokens = paragraph.tokens
            return tokens.indices.contains { tokens[$0].hasSameKey(as: token) && isWritten(tokens, at: $0) }
        }
    }

    /// Whether `paragraphs` write the word of `first` in lower case outside a link right before
    /// the word of `next` (read to the first).
    static func writes(_ first: Token, before next: Token, in paragraphs: [ParagraphContext]) -> Bool {
        paragraphs.contains { paragraph in
            let tokens = paragraph.tokens
            return tokens.indices.dropLast().contains {
                tokens[$0].hasSameKey(as: first) && tokens[$0 + 1].kind == .word && tokens[$0 + 1].hasSameKey(as: next)
                    && isWritten(tokens, at: $0)
            }
        }
    }

    init(paragraphs: [ParagraphContext]) {
        // Room for as many pairs as tokens, up to `Self.slotsMadeAtOnce` (it doubles when half full).
        let tokens = paragraphs.reduce(0) { $0 + $1.tokens.count }
        var size = Self.fewestSlots
        while size < 2 * tokens, size < Self.slotsMadeAtOnce { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
        for paragraph in paragraphs {
            let tokens = paragraph.tokens
            for position in tokens.indices where Self.isWritten(tokens, at: position) {
                words.insert(tokens, at: position)
                guard position + 1 < tokens.count, tokens[position + 1].kind == .word else { continue }
                let first = tokens[position], next = tokens[position + 1]
                if let number = Self.number(first, next) { insert(number) } else { insertOther(first, next) }
            }
        }
    }

    /// Whether the article writes the word of `token` in lower case outside a link.
    func contains(_ token: Token) -> Bool { words.contains(token) }

    /// Whether the article writes the word of `first` in lower case outside a link, right
    /// before the word of `next`.
    func contains(_ first: Token, before next: Token) -> Bool {
        guard let number = Self.number(first, next) else { return containsOther(first, next, hash: Self.hash(first, next)) }
        return slots[slot(of: number)] == number
    }

    /// The fewest slots of the pairs' table, and the most made before the first pair is read
    /// (performance only: a news article's pairs fit in the first; a long page's table grows).
    private static let fewestSlots = 256, slotsMadeAtOnce = 65_536

    /// The two words' ids in one number, never 0; nil when a word has no id.
    @inline(__always)
    private static func number(_ first: Token, _ next: Token) -> UInt64? {
        guard first.wordID != WordTable.unknown, next.wordID != WordTable.unknown else { return nil }
        return 1 << 63 | UInt64(first.wordID) << 32 | UInt64(next.wordID)
    }

    /// The slot that holds `number`, or the empty slot where it would go.
    @inline(__always)
    private func slot(of number: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (number &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        while slots[slot] != 0, slots[slot] != number { slot = (slot + 1) & mask }
        return slot
    }

    @inline(__always)
    private mutating func insert(_ number: UInt64) {
        let slot = slot(of: number)
        guard slots[slot] == 0 else { return }
        slots[slot] = number
        count += 1
        if 2 * count > slots.count { grow() }
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: 2 * old.count)
        for number in old where number != 0 { slots[slot(of: number)] = number }
    }

    private mutating func insertOther(_ first: Token, _ next: Token) {
        let hash = Self.hash(first, next)
        guard !containsOther(first, next, hash: hash) else { return }
        _ = others.insert(hash: hash, where: { _ in false })
        firsts.append(first)
        nexts.append(next)
    }

    private func containsOther(_ first: Token, _ next: Token, hash: Int) -> Bool {
        others.contains(hash: hash) { firsts[$0].hasSameKey(as: first) && nexts[$0].hasSameKey(as: next) }
    }

    /// A pair's hash: its keys' hashes (equal keys, equal hashes).
    private static func hash(_ first: Token, _ next: Token) -> Int { Int(first.keyHash) << 32 | Int(next.keyHash) }
}
