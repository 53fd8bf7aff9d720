import Foundation

/// The numbering of the words of the lexicons: each match key (see `MatchKey`) that some
/// lexicon phrase holds gets a number, its word id, when the lexicon loads
/// (`PhraseTrie.insert` and the other lexicon tables call `WordTable.intern`). The
/// tokenizer gives each token the id of its key (`Token.wordID`), looked up once, so that
/// tries and word classes compare numbers, not bytes.
///
/// A key no lexicon holds has id `WordTable.unknown` (0): two such tokens are compared by
/// their keys (`Token.hasSameKey`), never by id. Ids are process-wide and never change:
/// a lexicon loaded later numbers its new words after the others. A token knows the
/// words interned before it was made, so a table matches the tokens made after it loads
/// (the pipeline loads every lexicon first).
package struct WordTable: Sendable {
    /// The id of a key no lexicon held when the token was made.
    package static let unknown: UInt32 = 0
    /// Ids fit in 24 bits (`Token` packs the id with its flags in 32 bits).
    package static let idLimit = 1 << 24

    /// Open addressing: per slot 0 (empty) or the word's id.
    private var slots = [UInt32](repeating: 0, count: 1024)
    /// Per id (0 unused): the key, its `MatchKey.hash`, and its UTF-8 bytes as
    /// `bytes[offsets[id]..<offsets[id + 1]]`.
    private var words: [String] = [""]
    private var hashes: [UInt32] = [0]
    private var offsets: [Int32] = [0, 0]
    private var bytes: [UInt8] = []

    /// The number of words numbered.
    package var count: Int { words.count - 1 }

    /// The key of a known id.
    @inline(__always)
    package func word(_ id: UInt32) -> String { words[Int(id)] }

    @inline(__always)
    private static func firstSlot(_ hash: UInt32, mask: Int) -> Int {
        Int((hash &* 0x9E37_79B1) >> 8) & mask
    }

    /// The id of the key whose UTF-8 bytes are `key` and whose `MatchKey.hash` is `hash`,
    /// or `unknown`.
    @inline(__always)
    package func id(bytes key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> UInt32 {
        let mask = slots.count - 1
        var slot = Self.firstSlot(hash, mask: mask)
        while true {
            let id = slots[slot]
            if id == 0 { return Self.unknown }
            if hashes[Int(id)] == hash, sameBytes(id, key) { return id }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private func sameBytes(_ id: UInt32, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(offsets[Int(id)]), end = Int(offsets[Int(id) + 1])
        guard end - start == key.count else { return false }
        var index = 0
        while index < key.count {
            if bytes[start + index] != key[index] { return false }
            index += 1
        }
        return true
    }

    /// The id of `key`, or `unknown`.
    package func id(of key: String) -> UInt32 {
        id(of: key, hash: MatchKey.hash(key))
    }

    /// The id of `key`, whose `MatchKey.hash` is `hash`, or `unknown`.
    package func id(of key: String, hash: UInt32) -> UInt32 {
        var key = key
        return key.withUTF8 { id(bytes: $0, hash: hash) }
    }

    /// The id of `key`, numbering it if it has none yet.
    @discardableResult
    package mutating func intern(_ key: String) -> UInt32 {
        let known = id(of: key)
        if known != Self.unknown { return known }
        precondition(words.count < Self.idLimit, "more than \(Self.idLimit - 1) lexicon words")
        let id = UInt32(words.count)
        words.append(key)
        hashes.append(MatchKey.hash(key))
        bytes.append(contentsOf: key.utf8)
        offsets.append(Int32(bytes.count))
        if 2 * words.count > slots.count {
            slots = [UInt32](repeating: 0, count: 2 * slots.count)
            for member in 1..<words.count { place(UInt32(member)) }
        } else {
            place(id)
        }
        return id
    }

    private mutating func place(_ id: UInt32) {
        let mask = slots.count - 1
        var slot = Self.firstSlot(hashes[Int(id)], mask: mask)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = id
    }
}

extension WordTable {
    /// The process's word table. Reading it takes a lock once and gives a copy (its
    /// arrays are shared, not copied): the tokenizer reads it once per call.
    package static var shared: WordTable { Shared.table.read() }

    /// Numbers `keys` in the process's table (at lexicon load).
    @discardableResult
    package static func intern(_ keys: [String]) -> [UInt32] { Shared.table.intern(keys) }

    /// The process's table behind a lock: written at lexicon load, read by every tokenizer
    /// call, from any thread.
    private final class Shared: @unchecked Sendable {
        static let table = Shared()
        // Every access to `table` holds `lock` (the reason for `@unchecked Sendable`).
        private let lock = NSLock()
        private var table = WordTable()

        func read() -> WordTable {
            lock.lock()
            defer { lock.unlock() }
            return table
        }

        func intern(_ keys: [String]) -> [UInt32] {
            lock.lock()
            defer { lock.unlock() }
            return keys.map { table.intern($0) }
        }
    }
}
