/// An attack prevented or withstood is no cooperative act: a hostile event term
/// (`stance.tsv` categories assault, fight, posture) that a `denial` row of `negators.tsv`
/// flips weighs 0, where a flip would make it normalization, when that denial is a verb of
/// prevention (`reports.tsv` kind `prevention`: `ngăn chặn`, `chống`). Averting the other side's act is defence or a report
/// of it (ANNOTATION.md, Stance: what one's own side did in defence is `neutral`).
///
/// Example: `Kiev sẽ có khả năng … "đảm bảo chống chọi được với cuộc tấn công của Nga"`
/// (Jake Sullivan, dev 404, gold neutral) is no normalization.
/// Rejects: a denial of speech (`phủ nhận việc lên kế hoạch tấn công`: denying hostile
/// intent is normalization), a reduction (`Israel cần giảm bớt các cuộc không kích`: a call
/// to de-escalate is normalization), a `cease` row (`chấm dứt`, `dừng`, `ngừng`: `chấm dứt cuộc chiến`, `Israel phải
/// dừng cuộc tấn công` stop a war, normalization), a negator (`không muốn chiến tranh`),
/// a denying cue (`phủ nhận | việc lên kế hoạch tấn công`), and any non-event term
/// (`ngăn chặn … âm mưu` keeps the flipped plot).
/// Evidence: the event term keeps its `denial` modifier and gains `prevented`, factor 0.
enum PreventedEventRule {
    /// `evidence` with each event term flipped by a verb of prevention silenced.
    /// - Parameter prevents: whether a denial's text is a verb of prevention.
    static func apply(to evidence: [StanceEvidence], prevents: (String) -> Bool) -> [StanceEvidence] {
        // By index: a closure over the records copied each one first.
        guard evidence.indices.contains(where: {
            evidence[$0].kind == .term && evidence[$0].contribution > 0 && EventReportRule.eventCategories.contains(evidence[$0].category)
        }) else {
            return evidence
        }
        return evidence.map { record in
            guard record.kind == .term, record.contribution > 0, EventReportRule.eventCategories.contains(record.category),
                  let denial = record.modifiers.last(where: { $0.name == StanceModifierName.denial.rawValue }),
                  prevents(denial.text) else { return record }
            var silenced = record
            silenced.modifiers.append(StanceEvidence.Modifier(.prevented, text: denial.text, factor: 0))
            silenced.contribution = 0
            return silenced
        }
    }
}
