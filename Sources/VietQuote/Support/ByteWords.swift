/// Tests on eight bytes at once (a `UInt64` read from UTF-8), for the scans that look for a
/// few byte values in long runs of text: a JSON string's escapes, a line's end, a date's
/// digits. Each test is exact: it is true when and only when some byte of the word is of
/// the class (the per-byte arithmetic never carries from one byte into the next).
package enum ByteWords {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether a byte of `word` is below `limit` (`limit` at most 0x80).
    @inline(__always)
    package static func hasByte(_ word: UInt64, below limit: UInt8) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highs != 0
    }

    /// Whether a byte of `word` is `byte`.
    @inline(__always)
    package static func hasByte(_ word: UInt64, equalTo byte: UInt8) -> Bool {
        let zeroWhereEqual = word ^ (ones &* UInt64(byte))
        return (zeroWhereEqual &- ones) & ~zeroWhereEqual & highs != 0
    }

    /// Whether a byte of `word` is in `range` (ASCII: the upper bound at most 0x7F).
    @inline(__always)
    package static func hasByte(_ word: UInt64, in range: ClosedRange<UInt8>) -> Bool {
        // "has a byte between m and n" (exclusive bounds m = lower - 1, n = upper + 1): the
        // low seven bits of each byte against both bounds, bytes from 0x80 on left out.
        if range.lowerBound == 0 { return hasByte(word, below: range.upperBound + 1) }
        let low = word & (ones &* 0x7F)
        let belowUpper = ones &* (127 + UInt64(range.upperBound) + 1) &- low
        let aboveLower = low &+ ones &* (127 - (UInt64(range.lowerBound) - 1))
        return belowUpper & ~word & aboveLower & highs != 0
    }

    /// The start of the first block of eight bytes from `start` on for which `mayStop` is
    /// true, or the start of the last, shorter block: every byte before it is in a block
    /// `mayStop` said no to.
    @inline(__always)
    package static func skip(_ bytes: UnsafeRawBufferPointer, from start: Int, whileNot mayStop: (UInt64) -> Bool) -> Int {
        var index = start
        guard let base = bytes.baseAddress else { return index }
        while index + 8 <= bytes.count, !mayStop(base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
            index += 8
        }
        return index
    }
}
