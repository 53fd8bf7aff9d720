// Ranges built from two computed positions.
//
// A range written `a..<b` traps when `b < a`, and a subscript traps when the range leaves the
// collection. Positions computed by a rule (a comma found after a venue phrase, a cue found
// before its subject) can cross on text nobody foresaw, so every range built from two computed
// positions goes through one of these: an inverted range is empty, an out-of-bounds one is cut.

package extension Range where Bound == Int {
    /// `lower..<upper`, or the empty range at `lower` when `upper < lower`: never a trap.
    ///
    /// `Range(from: start, to: end)` where `start` may have passed `end`.
    init(from lower: Int, to upper: Int) {
        self = lower..<Swift.max(lower, upper)
    }

    /// This range cut to `0..<count`: both ends inside, the lower never above the upper.
    func clamped(toCount count: Int) -> Range<Int> {
        let lower = Swift.min(Swift.max(lowerBound, 0), Swift.max(count, 0))
        let upper = Swift.min(Swift.max(upperBound, lower), Swift.max(count, 0))
        return lower..<upper
    }
}

package extension RandomAccessCollection where Index == Int {
    /// The elements from `lower` up to `upper` that exist: an inverted range is empty, a range
    /// that leaves the collection is cut to it.
    subscript(from lower: Int, upTo upper: Int) -> SubSequence {
        let low = Swift.min(Swift.max(lower, startIndex), endIndex)
        return self[low..<Swift.min(Swift.max(upper, low), endIndex)]
    }

    /// The element at `index`, or nil when there is none.
    subscript(ifPresent index: Int) -> Element? {
        index >= startIndex && index < endIndex ? self[index] : nil
    }
}
