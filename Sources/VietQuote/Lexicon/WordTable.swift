import Foundation

/// The numbering of the words of the lexicons: each match key (see `MatchKey`) of the
/// built-in lexicons gets a number, its word id, when the table is first read (every word
/// of every `lexicons/*.tsv` file), and so does each new word of a lexicon loaded from a
/// folder, when it loads (`PhraseTrie.insert` calls `WordTable.intern`). The tokenizer
/// gives each token the id of its key (`Token.wordID`), looked up once, so that tries and
/// word classes compare numbers, not bytes.
///
/// A key no lexicon holds has id `WordTable.unknown` (0): two such tokens are compared by
/// their keys (`Token.hasSameKey`), never by id. Ids are process-wide and never change.
/// A token knows the words numbered before it was made: a built-in lexicon matches every
/// token, and a lexicon loaded from a folder the tokens made after it loads (the pipeline
/// loads its lexicons first).
package struct WordTable: Sendable {
    /// The id of a key no lexicon held when the token was made.
    package static let unknown: UInt32 = 0
    /// Ids fit in 24 bits (`Token` packs the id with its flags in 32 bits).
    package static let idLimit = 1 << 24

    /// Open addressing: per slot 0 (empty) or the word's id with the top 8 bits of its hash
    /// as `tag << 24 | id`, so that a probe reads the entry of a word only when its tag
    /// matches. Four bytes a slot and 16 an entry: the look-up, once per token, stays in
    /// the cache (8-byte slots and 24-byte entries missed it: perf, not callgrind, shows it).
    private var slots = [UInt32](repeating: 0, count: 1024)
    /// Per id (0 unused): the key, its hash, and its first 15 bytes and length (`Entry`).
    private var words: [String] = [""]
    private var hashes: [UInt32] = [0]
    private var entries: [Entry] = [Entry(head: 0, tail: 0)]
    /// The UTF-8 bytes of the keys longer than 15 bytes, as `bytes[offsets[id]..<offsets[id + 1]]`
    /// (empty for the others).
    private var offsets: [Int32] = [0, 0]
    private var bytes: [UInt8] = []

    /// Per ASCII mark (a key of one byte below 0x80), its id: the tokenizer looks a mark up
    /// by its scalar, without hashing or probing.
    private var asciiIDs = [UInt32](repeating: 0, count: 0x80)
    /// The id of `…` (a run of dots), `unknown` while no lexicon holds it.
    package private(set) var ellipsisID = WordTable.unknown

    /// A key's first 15 bytes (little-endian, zero after the key) and its length (at most
    /// 255) in the last byte of `tail`: a look-up compares two words, not the bytes one by one.
    struct Entry: Sendable {
        var head: UInt64
        var tail: UInt64

        /// The entry of the `count` bytes at `pointer`, followed by zeros up to at least the
        /// 16th byte (the tokenizer's key buffer): two loads, not a loop over the bytes.
        @inline(__always)
        init(zeroPadded pointer: UnsafeRawPointer, count: Int) {
            head = UInt64(littleEndian: pointer.loadUnaligned(as: UInt64.self))
            tail = UInt64(littleEndian: pointer.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) & 0x00FF_FFFF_FFFF_FFFF
                | UInt64(min(count, 255)) << 56
        }

        init(head: UInt64, tail: UInt64) {
            self.head = head
            self.tail = tail
        }
    }

    /// The longest key an `Entry` holds whole.
    private static var entryBytes: Int { 15 }

    /// A table of no word, for tokens whose keys alone are read (`MatchKey.words`).
    static let empty = WordTable()

    /// The number of words numbered.
    package var count: Int { words.count - 1 }

    /// The id of the mark whose key is the one ASCII scalar `value` (below 0x80), or `unknown`.
    @inline(__always)
    package func markID(ascii value: UInt32) -> UInt32 { asciiIDs[Int(value)] }

    /// The key of a known id.
    @inline(__always)
    package func word(_ id: UInt32) -> String { words[Int(id)] }

    @inline(__always)
    private static func firstSlot(_ hash: UInt32, mask: Int) -> Int {
        Int((hash &* 0x9E37_79B1) >> 8) & mask
    }

    /// The `Entry` of `key`: its first 15 bytes as two little-endian words, zero after its
    /// end, and its length (at most 255) in the last byte.
    @inline(__always)
    private static func packed(_ key: UnsafeBufferPointer<UInt8>) -> Entry {
        var head: UInt64 = 0, tail = UInt64(min(key.count, 255)) << 56
        for index in 0..<min(key.count, 8) { head |= UInt64(key[index]) << UInt64(8 * index) }
        if key.count > 8 {
            for index in 8..<min(key.count, entryBytes) { tail |= UInt64(key[index]) << UInt64(8 * (index - 8)) }
        }
        return Entry(head: head, tail: tail)
    }

    /// The id of the key whose UTF-8 bytes are `key` and whose `MatchKey.hash` is `hash`,
    /// or `unknown`.
    @inline(__always)
    package func id(bytes key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> UInt32 {
        id(bytes: key, hash: hash, entry: Self.packed(key))
    }

    /// The id of the key whose UTF-8 bytes are `key`, whose `MatchKey.hash` is `hash` and
    /// whose `Entry` is `packed`, or `unknown`.
    @inline(__always)
    func id(bytes key: UnsafeBufferPointer<UInt8>, hash: UInt32, entry packed: Entry) -> UInt32 {
        // (Read through buffers, once per token: a slot is masked into the table and a slot's
        // id is an entry's, so the arrays' bounds checks only cost.)
        slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                let mask = slots.count - 1
                var slot = Self.firstSlot(hash, mask: mask)
                let tag = hash >> 24
                while true {
                    let probe = slots[slot]
                    if probe == 0 { return Self.unknown }
                    if probe >> 24 == tag {
                        let id = probe & 0xFF_FFFF
                        let entry = entries[Int(id)]
                        if entry.head == packed.head, entry.tail == packed.tail,
                           key.count <= Self.entryBytes || sameLongBytes(id, key) { return id }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// Whether the key `id`, longer than 15 bytes, has the bytes `key`.
    private func sameLongBytes(_ id: UInt32, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(offsets[Int(id)]), end = Int(offsets[Int(id) + 1])
        return end - start == key.count && bytes[start..<end].elementsEqual(key)
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

    /// The id of `key`, numbering it if it has none yet. Traps when the table is full: the
    /// lexicons read from a folder are numbered first (`numberWords`), with an error that
    /// names the file and the line.
    @discardableResult
    package mutating func intern(_ key: String) -> UInt32 {
        intern(key, hash: MatchKey.hash(key))
    }

    /// `intern(_:)` of a key whose `MatchKey.hash` is `hash` (a token's `keyHash`).
    @discardableResult
    mutating func intern(_ key: String, hash: UInt32) -> UInt32 {
        guard let id = intern(key, hash: hash, below: Self.idLimit) else {
            preconditionFailure("more than \(Self.idLimit - 1) lexicon words")
        }
        return id
    }

    /// The id of `key`, numbering it if it has none yet; nil when every id below `limit`
    /// (at most `idLimit`) is taken.
    package mutating func intern(_ key: String, below limit: Int) -> UInt32? {
        intern(key, hash: MatchKey.hash(key), below: limit)
    }

    private mutating func intern(_ key: String, hash: UInt32, below limit: Int) -> UInt32? {
        let known = id(of: key, hash: hash)
        if known != Self.unknown { return known }
        guard words.count < min(limit, Self.idLimit) else { return nil }
        let id = UInt32(words.count)
        words.append(key)
        // (The key's own bytes, not a copy of them into an array per word.)
        var key = key
        key.withUTF8 { utf8 in
            entries.append(Self.packed(utf8))
            if utf8.count > Self.entryBytes { bytes.append(contentsOf: utf8) }
            if utf8.count == 1, utf8[0] < 0x80 { asciiIDs[Int(utf8[0])] = id }
        }
        hashes.append(hash)
        if key == "…" { ellipsisID = id }
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
        let hash = hashes[Int(id)]
        var slot = Self.firstSlot(hash, mask: mask)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = (hash >> 24) << 24 | id
    }
}

extension WordTable {
    /// The process's word table. Reading it takes a lock once and gives a copy (its
    /// arrays are shared, not copied): the tokenizer reads it once per call.
    package static var shared: WordTable { Shared.table.read() }

    /// Numbers `keys` in the process's table (at lexicon load).
    @discardableResult
    package static func intern(_ keys: [String]) -> [UInt32] { Shared.table.intern(keys) }

    /// Numbers the words of every field of `table` in the process's table, row by row, so
    /// that a lexicon with more new words than ids left fails at load with its file and line
    /// (`LexiconFiles.table` calls it for lexicons not built in).
    static func numberWords(of table: LexiconTable) throws(LexiconError) {
        let rows = table.rows.map { row in (row, row.fields.flatMap(MatchKey.words)) }
        try Shared.table.update { (words: inout WordTable) throws(LexiconError) in
            try numberWords(rows, in: &words, below: idLimit)
        }
    }

    /// Numbers the keys of each row in `words`; the error names the first row whose keys
    /// do not all get an id below `limit`.
    static func numberWords(_ rows: [(row: LexiconTable.Row, keys: [String])], in words: inout WordTable,
                            below limit: Int) throws(LexiconError) {
        for (row, keys) in rows {
            for key in keys where words.intern(key, below: limit) == nil {
                throw row.error("'\(key)': the lexicons hold more than \(limit - 1) distinct words (word ids have 24 bits)")
            }
        }
    }

    /// Every word of the built-in lexicon files but their comment lines (no table reads
    /// those; they are 40 % of the files' bytes), numbered in file name order. A file is read
    /// with the words of the files before it numbered: a token that has an id already needs
    /// no look-up of its key (most words of a file are in an earlier one).
    static func builtIn() -> WordTable {
        var table = WordTable()
        let files = LexiconFiles.builtIn.texts
        // The long keys numbered here are read at once: a store of their own, dropped after.
        ArticleKeys.withScratch {
            for name in files.keys.sorted() {
                let text = SourceText(withoutComments(files[name]!))
                for token in Tokenizer.tokens(in: text, range: 0..<text.count, words: table) where token.wordID == unknown {
                    table.intern(token.key, hash: token.keyHash)
                }
            }
        }
        return table
    }

    /// The lines of a lexicon file that `LexiconTable` reads (every line but those starting
    /// with `#`), each ending in a line break.
    static func withoutComments(_ text: String) -> String {
        var kept: [UInt8] = []
        kept.reserveCapacity(text.utf8.count)
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var start = 0
            while start < bytes.count {
                // (`memchr` finds each line break: a byte loop to it cost a third more.)
                var end = bytes.count
                if let found = memchr(base + start, 0x0A, bytes.count - start) {
                    end = Int(bitPattern: found) - Int(bitPattern: base)
                }
                if bytes[start] != UInt8(ascii: "#") {
                    kept.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                    kept.append(0x0A)
                }
                start = end + 1
            }
        }
        return String(decoding: kept, as: UTF8.self)
    }

    /// The process's table behind a lock: written at lexicon load, read by every tokenizer
    /// call, from any thread.
    private final class Shared: @unchecked Sendable {
        static let table = Shared()
        // Every access to `table` holds `lock` (the reason for `@unchecked Sendable`).
        private let lock = NSLock()
        private var table = WordTable.builtIn()

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

        func update(_ change: (inout WordTable) throws(LexiconError) -> Void) throws(LexiconError) {
            lock.lock()
            defer { lock.unlock() }
            try change(&table)
        }
    }
}
