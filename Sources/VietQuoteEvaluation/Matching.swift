/// How closely a system span must cover a gold span to pair with it.
public enum MatchLevel: String, Hashable, Codable, Sendable, CaseIterable {
    /// The same token positions (and at least one token).
    case strict
    /// The overlap covers at least 80% of the gold tokens and 80% of the system tokens.
    case at08 = "0.8"
    /// The overlap covers at least 30% of the gold tokens and 30% of the system tokens.
    case at03 = "0.3"

    /// The coverage required of each side, in percent; `nil` for ``strict``.
    var percent: Int? {
        switch self {
        case .strict: nil
        case .at08: 80
        case .at03: 30
        }
    }

    /// Whether spans covering the token index ranges `gold` and `system` match.
    /// Integer arithmetic, so that 4 of 5 tokens is exactly 80%.
    func accepts(gold: Range<Int>, system: Range<Int>) -> Bool {
        guard !gold.isEmpty, !system.isEmpty else { return false }
        guard let percent else { return gold == system }
        let overlap = Matching.overlap(gold, system)
        return overlap > 0 && overlap * 100 >= percent * gold.count && overlap * 100 >= percent * system.count
    }
}

/// A gold quote and the system quote paired with it (indices into their lists).
struct QuotePair: Hashable, Sendable {
    var gold: Int
    var system: Int
    var overlap: Int
}

/// One-to-one pairing of gold and system spans.
enum Matching {
    /// The number of token positions shared by two token index ranges.
    static func overlap(_ first: Range<Int>, _ second: Range<Int>) -> Int {
        max(0, min(first.upperBound, second.upperBound) - max(first.lowerBound, second.lowerBound))
    }

    /// Pairs gold spans with system spans at `level`: every pair that `level` accepts
    /// is a candidate; candidates are taken greedily by overlap, largest first (ties:
    /// lower gold index, then lower system index), skipping any whose gold or system
    /// span is already paired.
    /// - Parameters:
    ///   - gold: Token index ranges of the gold quotes.
    ///   - system: Token index ranges of the system quotes (empty when not located).
    /// - Returns: The pairs, ordered by gold index.
    /// - Complexity: O(*g*·*s* log(*g*·*s*)).
    static func pairs(gold: [Range<Int>], system: [Range<Int>], level: MatchLevel) -> [QuotePair] {
        var candidates: [QuotePair] = []
        for (goldIndex, goldSpan) in gold.enumerated() {
            for (systemIndex, systemSpan) in system.enumerated()
            where level.accepts(gold: goldSpan, system: systemSpan) {
                candidates.append(QuotePair(gold: goldIndex, system: systemIndex, overlap: overlap(goldSpan, systemSpan)))
            }
        }
        candidates.sort { left, right in
            if left.overlap != right.overlap { return left.overlap > right.overlap }
            if left.gold != right.gold { return left.gold < right.gold }
            return left.system < right.system
        }
        var goldTaken = Set<Int>()
        var systemTaken = Set<Int>()
        var chosen: [QuotePair] = []
        for candidate in candidates where !goldTaken.contains(candidate.gold) && !systemTaken.contains(candidate.system) {
            goldTaken.insert(candidate.gold)
            systemTaken.insert(candidate.system)
            chosen.append(candidate)
        }
        return chosen.sorted { $0.gold < $1.gold }
    }
}
