/// In reported speech a third-person pronoun of the content stands for the speaker's own
/// side (`Iran cho biết họ đã …`: `họ` is Iran), so an event it is the actor of is the
/// speaker's own act: for `EventReportRule.actsAsItsOwn`, a `reports.tsv` row of kind
/// `speaker_pronoun` names the speaker's side as the side named last before an event term.
///
/// Example: `90% tên lửa của họ đã đánh trúng mục tiêu và họ đã … sử dụng tên lửa siêu
/// vượt âm Fattah để tấn công Israel` said by Iran's Revolutionary Guard (dev 401) is
/// its own attack, a claim (`confrontation`); `họ đã thử nghiệm hệ thống … với việc bắn
/// các quả đạn` said by North Korea (dev 420) is its own test.
/// Rejects: a pronoun written capitalised inside its clause or followed by a capitalised
/// word (`họ Nguyễn`: a family, no pronoun); a side named after the pronoun and before the
/// event (`họ nói Nga tấn công …`: Russia acts); a pronoun after the event term; an event
/// right after a passive word (`họ đã bị tấn công`: the `passive` class of
/// `function_words.tsv`), which makes the side the target, not the actor.
/// Evidence: each event term that the pronoun makes the speaker's own act carries the
/// modifier `speaker-pronoun`, factor 1 (its weight unchanged).
enum SpeakerPronounRule {
    /// Whether the `speaker_pronoun` match of `length` words at `index` stands for the
    /// speaker's side (see the type's comment).
    static func standsForSpeaker(_ spans: WordSpans, at index: Int, length: Int) -> Bool {
        let words = spans.words
        if words[index].isCapitalized, index > 0, spans.clause(of: index - 1) == spans.clause(of: index) { return false }
        let next = index + length
        return next >= words.count || !words[next].isCapitalized || spans.clause(of: next) != spans.clause(of: index)
    }

    /// `evidence` with the modifier `speaker-pronoun` on each event term.
    static func marked(_ evidence: [StanceEvidence], pronoun: String) -> [StanceEvidence] {
        evidence.map { record in
            guard record.kind == .term, record.contribution < 0, EventReportRule.eventCategories.contains(record.category) else { return record }
            var marked = record
            marked.modifiers.append(StanceEvidence.Modifier(.speakerPronoun, text: pronoun, factor: 1))
            return marked
        }
    }
}
