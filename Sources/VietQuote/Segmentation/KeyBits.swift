import Foundation

/// A token's match key in 16 bytes that hold no reference, so that a `Token` is plain data:
/// made, copied, moved and freed without reference counting, and its key made without a
/// `String` built and validated per token.
///
/// A key of at most 15 UTF-8 bytes (nearly every word: `nguyên` + U+0300 takes 9) is held
/// as the two words of its small `String` (the bytes, then a byte of flags and length, the
/// standard library's layout on 64-bit platforms: `smallStringsAreBits` checks it once and,
/// where it differs, every key goes to `LongKeys`); a longer one as its number in
/// `LongKeys`, with `high` zero (no small string has a zero top byte). Either way the same
/// bytes give the same bits, so two keys are equal bytes exactly when their bits are equal.
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

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// The bits of the key whose UTF-8 bytes are `bytes`.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.count <= 15 && Self.smallStringsAreBits {
            self = Self.composed(bytes)
        } else {
            self = LongKeys.shared.bits(of: bytes)
        }
    }

    /// The bits of `key`.
    init(_ key: String) {
        var key = key
        self = key.withUTF8 { KeyBits(bytes: $0) }
    }

    /// The bits of the key whose bytes are `bytes` and whose `WordTable.Entry` is `entry`
    /// (its first 15 bytes, zero after the key, and its length in the top byte): two
    /// operations for a short key when `small` (`smallStringsAreBits`, read once by the caller).
    @inline(__always)
    init(bytes: UnsafeBufferPointer<UInt8>, entry: WordTable.Entry, small: Bool) {
        guard small, bytes.count <= 15 else {
            self = LongKeys.shared.bits(of: bytes)
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

    /// The bits of the long key numbered `number` in `LongKeys`.
    fileprivate static func long(_ number: Int) -> KeyBits { KeyBits(low: UInt64(number), high: 0) }

    /// The key.
    @inline(__always)
    var string: String {
        if high != 0 { return unsafeBitCast((low, high), to: String.self) }
        return LongKeys.shared.key(Int(low))
    }
}

/// The keys of more than 15 bytes the process has met, numbered as met (a few per article:
/// long Latin words, numbers, addresses), behind a lock: read and written from any thread.
/// Keys are told apart by their bytes (`ByteKey`), as `Token.hasSameKey` does.
final class LongKeys: @unchecked Sendable {
    static let shared = LongKeys()
    // Every access to `numbers` and `keys` holds `lock` (the reason for `@unchecked Sendable`).
    private let lock = NSLock()
    private var numbers: [ByteKey: Int] = [:]
    private var keys: [String] = []

    /// The bits of `bytes`, numbering the key if it is new.
    func bits(of bytes: UnsafeBufferPointer<UInt8>) -> KeyBits {
        let key = ByteKey(String(decoding: bytes, as: UTF8.self))
        lock.lock()
        defer { lock.unlock() }
        if let number = numbers[key] { return .long(number) }
        keys.append(key.string)
        numbers[key] = keys.count - 1
        return .long(keys.count - 1)
    }

    /// The key numbered `number`.
    func key(_ number: Int) -> String {
        lock.lock()
        defer { lock.unlock() }
        return keys[number]
    }
}
