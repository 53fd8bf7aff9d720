/// Names of `GroupTallies` compared by their bytes first (see `sameName`).
extension GroupTallies {
    /// Whether two names are equal as `String ==` finds them (canonically equivalent),
    /// answered from their UTF-8 bytes when the bytes decide it: equal bytes are equal names,
    /// and names whose bytes first differ at an ASCII byte of each (or at the end of one and
    /// an ASCII byte of the other) are different ones — the same scalars up to an ASCII
    /// character, which no mark before it joins and no decomposition reaches, and from there
    /// different ones. Otherwise (a first difference at a byte past ASCII: `Đặng` against
    /// `Nguyễn`, composed against decomposed letters) `==` decides. `==` of two different
    /// Vietnamese names looks for normalisation boundaries (~175 instructions).
    static func sameName(_ left: String, _ right: String) -> Bool {
        // The same representation (a speaker's name in each of its quotes) is the same bytes.
        if ByteKey.representationIsTwoWords,
           unsafeBitCast(left, to: (UInt64, UInt64).self) == unsafeBitCast(right, to: (UInt64, UInt64).self) { return true }
        let decided = left.utf8.withContiguousStorageIfAvailable { a in
            right.utf8.withContiguousStorageIfAvailable { b in bytesDecide(a, b) } ?? nil
        } ?? nil
        return decided ?? (left == right)
    }

    /// `sameName` of two names' bytes, nil when the bytes do not decide it.
    private static func bytesDecide(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        let shorter = min(a.count, b.count)
        var index = 0
        while index < shorter, a[index] == b[index] { index += 1 }
        if index == shorter, a.count == b.count { return true }
        let x = index < a.count ? a[index] : 0, y = index < b.count ? b[index] : 0
        return x < 0x80 && y < 0x80 ? false : nil
    }
}
