import Foundation

/// A token's match key in 16 bytes that hold no reference, so that a `Token` is plain data:
/// made, copied, moved and freed without reference counting, and its key made without a
/// `String` built and validated per token.
///
/// A key of at most 15 UTF-8 bytes (nearly every word: `nguyên` + U+0300 takes 9) is held
/// as the two words of its small `String` (the bytes, then a byte of flags and length, the
/// standard library's layout on 64-bit platforms: `smallStringsAreBits` checks it once and,
/// where it differs, every key is a long one). A longer key (`1.500.000.000.000`, a URL, a
/// long Latin word) is held as its number in the `ArticleKeys` of the article being read,
/// with `high` zero (no small string has a zero top byte). Either way, within one store the
/// same bytes give the same bits: two keys are equal bytes exactly when their bits are equal.
/// `Token.hasSameKey` compares bits, not bytes, so the tokens it compares must come from one
/// store: the same long key numbered in two stores (at lexicon load, in a test, on another
/// thread, or in an earlier article) gives different bits (`isOfCurrentStore` asserts it in
/// debug builds).
struct KeyBits: Sendable, Hashable {
    let low: UInt64
    let high: UInt64

    /// The top byte of a small string's second word: its flags (small, immortal, ASCII or
    /// not) over its length.
    private static let asciiFlags: UInt64 = 0xE0 << 56, otherFlags: UInt64 = 0xA0 << 56

    /// Whether a small string is its bytes and `asciiFlags`/`otherFlags` | length, as
    /// `composed` makes them: checked on samples against strings the standard library made.
    static let smallStringsAreBits: Bool = {
        guard MemoryLayout<String>.size == MemoryLayout<(UInt64, UInt64)>.size else { return false }
        let samples = ["", "a", ".", "\u{2026}", "hoa\u{300}", "nguye\u{302}n", "abcdefghijklmno", "đường\u{303}",
                       String(decoding: Array("thu\u{309}".utf8), as: UTF8.self)]
        return samples.allSatisfy { sample in
            var copy = sample
            let made = copy.withUTF8 { composed($0) }
            let raw = unsafeBitCast(sample, to: (UInt64, UInt64).self)
            return made.low == raw.0 && made.high == raw.1
        }
    }()

    fileprivate init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// The bits of the key whose UTF-8 bytes are `bytes` (a long key is numbered in the
    /// current `ArticleKeys`).
    init(bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.count <= 15 && Self.smallStringsAreBits {
            self = Self.composed(bytes)
        } else {
            self = ArticleKeys.current.bits(of: bytes, hash: MatchKey.hash(bytes))
        }
    }

    /// The bits of `key`.
    init(_ key: String) {
        var key = key
        self = key.withUTF8 { KeyBits(bytes: $0) }
    }

    /// The bits of the key whose bytes are `bytes`, whose `MatchKey.hash` is `hash` and whose
    /// `WordTable.Entry` is `entry` (its first 15 bytes, zero after the key, and its length in
    /// the top byte): two operations for a short key when `small` (`smallStringsAreBits`,
    /// read once by the caller).
    @inline(__always)
    init(bytes: UnsafeBufferPointer<UInt8>, hash: UInt32, entry: WordTable.Entry, small: Bool) {
        guard small, bytes.count <= 15 else {
            self = ArticleKeys.current.bits(of: bytes, hash: hash)
            return
        }
        // The length (below 16) leaves bit 7 of the top byte clear.
        let ascii = (entry.head | entry.tail) & 0x8080_8080_8080_8080 == 0
        self.init(low: entry.head, high: entry.tail | (ascii ? Self.asciiFlags : Self.otherFlags))
    }

    /// The small-string bits of at most 15 bytes.
    private static func composed(_ bytes: UnsafeBufferPointer<UInt8>) -> KeyBits {
        var low: UInt64 = 0, high = UInt64(bytes.count) << 56, ascii = true
        for (index, byte) in bytes.enumerated() {
            if byte >= 0x80 { ascii = false }
            if index < 8 { low |= UInt64(byte) << UInt64(8 * index) } else { high |= UInt64(byte) << UInt64(8 * (index - 8)) }
        }
        return KeyBits(low: low, high: high | (ascii ? asciiFlags : otherFlags))
    }

    /// The small-string bits of `key` when it has at most 15 bytes (and small strings are
    /// bits), else nil: bits that need no `ArticleKeys`, so a table made at lexicon load may
    /// keep them.
    static func short(_ key: String) -> KeyBits? {
        var key = key
        return key.withUTF8 { $0.count <= 15 && smallStringsAreBits ? composed($0) : nil }
    }

    /// Bits that are no key's (both words zero), for a table entry never read.
    static let unused = KeyBits(low: 0, high: 0)

    /// Whether the key is a long one, held in an `ArticleKeys`.
    var isLong: Bool { high == 0 }

    /// Whether the key is short, or long and numbered in this thread's store as it is now: the
    /// condition of comparing its bits (debug `assert`s of `Token.hasSameKey` and `==`).
    var isOfCurrentStore: Bool {
        !isLong || UInt32(truncatingIfNeeded: low >> 32) == ArticleKeys.current.serial
    }

    /// The key.
    @inline(__always)
    var string: String {
        if high != 0 { return unsafeBitCast((low, high), to: String.self) }
        return ArticleKeys.key(self)
    }
}

/// The keys of more than 15 bytes met while one article is read (a few per article: long
/// Latin words, numbers, addresses), numbered as met; tokens hold their numbers
/// (`KeyBits`). One store per thread, emptied under a new serial number when the pipeline
/// starts an article (`startArticle`), so that memory holds the long keys of one article
/// per thread, never those of the whole input. Tokens made outside the pipeline and read
/// at once take a store of their own, dropped after them (`withScratch`: the lexicon's
/// `WordTable.builtIn`, the CLI's `SpeakerKey`). The exception: other tokens made outside
/// the pipeline (the lexicon rows' `MatchKey.words` at load, tests) number theirs in the
/// thread's store, which keeps them until the thread starts an article (a thread that never
/// does, as the main thread with `--jobs 2`, keeps them for its life: the long keys of the
/// lexicons, a few dozen, not of the input).
///
/// A token's long key is read on the thread that made it, before the thread starts
/// another article (the pipeline reads its tokens while it reads the article); read later,
/// the read traps: the token's bits carry the serial number of the store as it was, so a
/// stale number is never read as another key.
/// Within a store, keys are told apart by their bytes and each is numbered once, so that
/// equal bits are equal keys (what `Token.hasSameKey` relies on). Kept compact: the bytes
/// of every key in one array and open addressing over 4-byte slots.
package final class ArticleKeys {
    /// The serial number of this store (never 0), carried in the top half of a long key's
    /// `low`; a new one for each article (`startArticle`).
    private(set) var serial: UInt32
    /// The bytes of key `n` are `bytes[offsets[n]..<offsets[n + 1]]`.
    private var bytes: [UInt8] = []
    private var offsets: [Int] = [0]
    /// Per slot 0 (empty) or the key's number + 1, placed by `MatchKey.hash` of its bytes.
    private var slots = [UInt32](repeating: 0, count: Limits.firstSlots)

    enum Limits {
        /// The slots of a new store (a page rarely has 32 long keys; doubled when half full).
        static let firstSlots = 64
        /// The bytes of long keys a store keeps room for from one article to the next (more
        /// are freed: memory holds no more than one article's keys).
        static let keptBytes = 4096
    }

    private init(serial: UInt32) {
        self.serial = serial
    }

    private var count: Int { offsets.count - 1 }

    /// The bits of `key`, whose `MatchKey.hash` is `hash`, numbering the key if it is new.
    func bits(of key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> KeyBits {
        var slot = Int(hash) & (slots.count - 1)
        while slots[slot] != 0 {
            let number = Int(slots[slot] - 1)
            if offsets[number + 1] - offsets[number] == key.count, holds(key, at: offsets[number]) { return bits(number) }
            slot = (slot + 1) & (slots.count - 1)
        }
        precondition(count < Int(UInt32.max), "more long keys in one article than a 32-bit number holds")
        bytes.append(contentsOf: key)
        offsets.append(bytes.count)
        slots[slot] = UInt32(count)
        if 2 * count > slots.count { grow() }
        return bits(count - 1)
    }

    /// Whether `key` is the bytes from `start` on.
    private func holds(_ key: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard let base = key.baseAddress, !key.isEmpty else { return true }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, base, key.count) == 0 }
    }

    private func bits(_ number: Int) -> KeyBits {
        KeyBits(low: UInt64(serial) << 32 | UInt64(number), high: 0)
    }

    /// Doubles the slots and places every key again.
    private func grow() {
        slots = [UInt32](repeating: 0, count: 2 * slots.count)
        for number in 0..<count {
            let hash = MatchKey.hash(bytes[offsets[number]..<offsets[number + 1]])
            var slot = Int(hash) & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = UInt32(number + 1)
        }
    }

    /// The number of long keys held (for the tests).
    var keyCount: Int { count }

    /// The long key of `bits`, from this thread's store.
    static func key(_ bits: KeyBits) -> String {
        let store = current
        precondition(UInt32(truncatingIfNeeded: bits.low >> 32) == store.serial,
                     "a token's long key read after its thread started another article, or on another thread")
        let number = Int(truncatingIfNeeded: bits.low & 0xFFFF_FFFF)
        return String(decoding: store.bytes[store.offsets[number]..<store.offsets[number + 1]], as: UTF8.self)
    }

    // MARK: The store of each thread

    /// This thread's store (made on first use).
    static var current: ArticleKeys {
        if let pointer = pthread_getspecific(threadKey) {
            return Unmanaged<ArticleKeys>.fromOpaque(pointer).takeUnretainedValue()
        }
        return replaceCurrent()
    }

    /// Empties this thread's store under a new serial number: the pipeline calls it as it
    /// starts an article (the tokens of the thread's earlier articles must not be read any more).
    static func startArticle() {
        guard let pointer = pthread_getspecific(threadKey) else { return }
        // Only when the store holds keys: most articles have none, and keep the store as it is.
        let store = Unmanaged<ArticleKeys>.fromOpaque(pointer).takeUnretainedValue()
        if store.count > 0 { store.empty() }
    }

    /// No key, a new serial number; the buffers of a page of few long keys kept for the next.
    private func empty() {
        serial = Serials.next()
        bytes.removeAll(keepingCapacity: bytes.capacity <= Limits.keptBytes)
        offsets.removeAll(keepingCapacity: offsets.capacity <= Limits.keptBytes / 16)
        offsets.append(0)
        if slots.count == Limits.firstSlots {
            slots.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        } else {
            slots = [UInt32](repeating: 0, count: Limits.firstSlots)
        }
    }

    /// Runs `body` with a new store as this thread's, then drops it and restores the store
    /// the thread had: for tokens made outside the pipeline and read at once, whose long keys
    /// must not stay in a store that lives as long as the thread. No token made in `body`
    /// may be read after it.
    package static func withScratch<Result>(_ body: () throws -> Result) rethrows -> Result {
        let old = pthread_getspecific(threadKey)
        let scratch = Unmanaged.passRetained(ArticleKeys(serial: Serials.next()))
        pthread_setspecific(threadKey, scratch.toOpaque())
        defer {
            pthread_setspecific(threadKey, old)
            scratch.release()
        }
        return try body()
    }

    @discardableResult
    private static func replaceCurrent() -> ArticleKeys {
        let store = ArticleKeys(serial: Serials.next())
        let old = pthread_getspecific(threadKey)
        pthread_setspecific(threadKey, Unmanaged.passRetained(store).toOpaque())
        if let old { Unmanaged<ArticleKeys>.fromOpaque(old).release() }
        return store
    }

    /// The thread-specific slot of the stores; a thread's store is released when it exits.
    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        let status = pthread_key_create(&key) { pointer in
            let pointer: UnsafeMutableRawPointer? = pointer
            if let pointer { Unmanaged<ArticleKeys>.fromOpaque(pointer).release() }
        }
        precondition(status == 0, "pthread_key_create failed (\(status))")
        return key
    }()

    /// The serial numbers of the stores, 1, 2, … (wrapping after 2^32 - 1 stores, 0 skipped).
    private final class Serials: @unchecked Sendable {
        // Every access to `last` holds `lock` (the reason for `@unchecked Sendable`).
        private static let shared = Serials()
        private let lock = NSLock()
        private var last: UInt32 = 0

        static func next() -> UInt32 {
            shared.lock.lock()
            defer { shared.lock.unlock() }
            shared.last = shared.last == UInt32.max ? 1 : shared.last + 1
            return shared.last
        }
    }
}
