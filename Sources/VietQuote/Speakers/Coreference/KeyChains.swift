/// Numbers kept per match key, in the order they were added (`ArticleIndex`: the runs that
/// hold each key). Performance only: an open-addressing table on the keys' `MatchKey.hash`
/// (a token's `keyHash`), as `KeySet`, whose entries head chains in one array of places, so
/// that adding a number runs no `Hasher` and builds no array per key.
struct KeyChains: Sendable {
    private struct Entry: Sendable { var key: String; var hash: UInt32; var first: Int32; var last: Int32; var count: Int32 }
    struct Place: Sendable { var value: Int32; var next: Int32 }
    /// Per slot, 0 when empty, else the position in `entries` plus one.
    private var slots = [Int32](repeating: 0, count: 64)
    private var entries: [Entry] = []
    private var places: [Place] = []

    @inline(__always)
    private func slot(of key: String, hash: UInt32) -> (slot: Int, found: Bool) {
        let mask = slots.count - 1
        var slot = Int((hash &* 0x9E37_79B1) >> 7) & mask
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if entries[entry].hash == hash, ByteKey.sameBytes(entries[entry].key, key) { return (slot, true) }
            slot = (slot + 1) & mask
        }
        return (slot, false)
    }

    /// Adds `value` to the numbers of `key` (whose `MatchKey.hash` is `hash`), unless it is
    /// their last one already.
    mutating func append(_ value: Int32, to key: String, hash: UInt32) {
        let place = Int32(places.count)
        let (slot, found) = slot(of: key, hash: hash)
        if found {
            let entry = Int(slots[slot]) - 1
            let last = Int(entries[entry].last)
            guard places[last].value != value else { return }
            places[last].next = place
            entries[entry].last = place
            entries[entry].count += 1
        } else {
            entries.append(Entry(key: key, hash: hash, first: place, last: place, count: 1))
            slots[slot] = Int32(entries.count)
            if 2 * entries.count > slots.count {
                slots = [Int32](repeating: 0, count: 2 * slots.count)
                for entry in entries.indices {
                    let (free, _) = self.slot(of: entries[entry].key, hash: entries[entry].hash)
                    slots[free] = Int32(entry + 1)
                }
            }
        }
        places.append(Place(value: value, next: -1))
    }

    /// How many numbers `key` (whose `MatchKey.hash` is `hash`) has.
    func count(of key: String, hash: UInt32) -> Int {
        let (slot, found) = slot(of: key, hash: hash)
        return found ? Int(entries[Int(slots[slot]) - 1].count) : 0
    }

    /// The numbers of `key` (whose `MatchKey.hash` is `hash`), in the order they were added.
    func values(of key: String, hash: UInt32) -> Values {
        let (slot, found) = slot(of: key, hash: hash)
        return Values(places: places, place: found ? entries[Int(slots[slot]) - 1].first : -1)
    }

    struct Values: Sequence, IteratorProtocol {
        let places: [Place]
        var place: Int32

        mutating func next() -> Int32? {
            guard place >= 0 else { return nil }
            defer { place = places[Int(place)].next }
            return places[Int(place)].value
        }
    }
}

/// Positions 0, 1, 2 … of items (`ArticleIndex`'s name runs) by a hash computed once.
/// Performance only: a `Set` of the items ran `Hasher` on that hash again at each insertion.
struct HashedPositions: Sendable {
    /// Per slot, 0 when empty, else the position plus one.
    private var slots: [Int32]
    private var hashes: [Int] = []

    /// A table sized for `capacity` items (performance only: it grows past them).
    init(capacity: Int = 32) {
        var size = 64
        while size < 2 * capacity { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        hashes.reserveCapacity(capacity)
    }

    @inline(__always)
    private func slot(of hash: Int, where same: (Int) -> Bool) -> (slot: Int, found: Bool) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(hash)) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        while slots[slot] != 0 {
            let position = Int(slots[slot]) - 1
            if hashes[position] == hash, same(position) { return (slot, true) }
            slot = (slot + 1) & mask
        }
        return (slot, false)
    }

    /// Whether `same` accepts a position under `hash`.
    func contains(hash: Int, where same: (Int) -> Bool) -> Bool { slot(of: hash, where: same).found }

    /// Adds the next position under `hash` unless `same` accepts a position of that hash
    /// already; returns whether it added it.
    mutating func insert(hash: Int, where same: (Int) -> Bool) -> Bool {
        let (slot, found) = slot(of: hash, where: same)
        guard !found else { return false }
        hashes.append(hash)
        slots[slot] = Int32(hashes.count)
        if 2 * hashes.count > slots.count {
            slots = [Int32](repeating: 0, count: 2 * slots.count)
            for position in hashes.indices {
                let (free, _) = self.slot(of: hashes[position], where: { _ in false })
                slots[free] = Int32(position + 1)
            }
        }
        return true
    }
}
