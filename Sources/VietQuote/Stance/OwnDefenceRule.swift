/// What one's own side did in defence is a report (ANNOTATION.md, Stance: `neutral` …
/// "what one's own side did in defence"): for `EventReportRule.actsAsItsOwn`, an event term
/// that is itself a defence (`reports.tsv` kind `defence`: `đánh chặn`, to intercept) or
/// that stands right after one (`đẩy lùi cuộc tấn công`: the attack repelled is the other
/// side's) is no hostile act of the side named before it.
///
/// Example: `họ đang đẩy lùi cuộc tấn công …` said by Ukraine (dev 425, audited neutral)
/// and `… đã giúp Israel đánh chặn hầu hết tên lửa` said by Israel (dev 401) are reports,
/// though the speaker's side is named before the event.
/// Rejects: an event term further than `StanceThresholds.defenceReach` words after the defence word (`đẩy lùi
/// quân Nga rồi tấn công …`: the attack after is the side's own), and the other claims
/// (`chúng tôi`, a condition, an accusation), which still make the quote a claim.
/// Evidence: each event term it keeps from being the side's own act carries the modifier
/// `defence`, factor 1 (a report then silences it, as any report).
enum OwnDefenceRule {
    /// The word ranges a defence covers: each `defence` match and the
    /// `StanceThresholds.defenceReach` words after it.
    static func covered(by defences: [Range<Int>], wordCount: Int) -> [Range<Int>] {
        defences.map { Range(from: $0.lowerBound, to: min(wordCount, $0.upperBound + StanceThresholds.defenceReach)) }
    }

    /// `evidence` with the modifier `defence` on each event term whose offset starts in
    /// `defended` (the character offsets of the covered words).
    static func marked(_ evidence: [StanceEvidence], defended: [Range<Int>]) -> [StanceEvidence] {
        guard !defended.isEmpty else { return evidence }
        return evidence.map { record in
            guard record.kind == .term, EventReportRule.eventCategories.contains(record.category),
                  let start = record.range?.lowerBound, defended.contains(where: { $0.contains(start) }) else { return record }
            var marked = record
            marked.modifiers.append(StanceEvidence.Modifier(.defence, text: "", factor: 1))
            return marked
        }
    }
}
