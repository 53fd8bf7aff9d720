/// A side's own military act or build-up is a matter between states, not domestic affairs
/// (ANNOTATION.md, Stance: "a hostile act of its own side announced against the other" is
/// `confrontation`; only one country's own affairs — elections, parties, courts at home, a
/// leader's health — are `neutral`): for `RelationGate`, a quote whose speaker speaks for a
/// side of its own (no side the article only guessed), whose cue orders (`ra lệnh`, `chỉ
/// đạo`) or appeals naming no side (`OwnAppealRule`: `kêu gọi phát triển … vũ khí`) or
/// whose content opens with no subject of its own (`sẽ`, `cần phải`: the speaker
/// acts; `reports.tsv` kinds `command`, `opener`), and that is `confrontation` through event
/// terms alone (`stance.tsv` categories assault, fight, posture), one of them of force
/// between armies (posture: arms, drills, deployments; fight: war), relates its side to the
/// others though it names none, and makes its article one of relations.
///
/// Example: `[Kim Jong Un ra lệnh] phát triển vũ khí hạt nhân với tốc độ "cao nhất có thể"`
/// (dev 420, an article where only North Korea speaks and is named) and `[Kim Jong-un ra
/// lệnh] phát triển các thiết bị chiến đấu không người lái …, UAV do thám, tấn công và các
/// phương tiện cho chiến tranh điện tử` (dev 430) are confrontation, and so, in such an
/// article, is another quote of the side that weighs (`[Kim Jong Un nói] không thể có cuộc
/// đàm phán nào về phi hạt nhân hóa`, `[Kim Jong-un nói] Cần phải phát triển … UAV cảm tử`).
/// Rejects: a quote with another hostile sign (an accusation, a condemnation, a negative
/// cue: `âm mưu ám sát` of a government on a shooting at home, dev 424, is a claim about
/// the attacker, no act of its side); an event the speaker does not announce as its own act
/// (`họ muốn kích động bạo lực`, dev 424: `họ` may be anyone, and an event made the side's
/// own by such a pronoun does not count; `USAID đã dùng tiền … nghiên
/// cứu vũ khí sinh học`, dev 402; a first-person `Bạo lực chính trị … trong những xã hội
/// của chúng ta`, dev 431: a pledge, no act); an event a report silenced (a test
/// reported by the press or an unnamed source: no claim); an assault alone (an attack, a
/// shooting, terrorism are also crimes at home: `[FBI cho biết] đang điều tra vụ việc theo
/// hướng đây là một hành động khủng bố`, on silver); a speaker of no side or of a guessed side (a coach, a witness), a quote whose
/// event terms are outweighed (not `confrontation`), a quote with no event term weighing (an
/// accusation at home: `cáo buộc` of a minister, a court), and a sports article (the gate's).
///
/// Evidence: each hostile event term of a quote that announces carries the modifier
/// `own-force` (factor 1: it weighs as before; the rule only decides the gate).
enum OwnForceRule {
    /// Whether a quote scored `stance`, whose speaker counts for `sides`, announces its
    /// side's own military act (see the type's comment).
    /// - Parameter speakerActs: whether the cue orders or the content opens with no subject
    ///   (`EventReportRule.speakerActs`), read only for such a quote.
    static func announces(_ stance: QuoteStance, sides: [String?], guessedSide: Bool, speakerActs: () -> Bool) -> Bool {
        guard stance.label == .confrontation, !guessedSide, sides.contains(where: { $0 != nil }) else { return false }
        var event = false
        for record in stance.evidence where record.kind != .modifier && record.contribution < 0 {
            guard record.kind == .term, EventReportRule.eventCategories.contains(record.category),
                  !record.modifiers.contains(where: { $0.name == StanceModifierName.speakerPronoun.rawValue }) else { return false }
            if record.category != StanceCategory.assault.rawValue { event = true }
        }
        return event && speakerActs()
    }

    /// `stance` with each hostile event term (the terms `announces` read) marked `own-force`.
    static func marked(_ stance: QuoteStance) -> QuoteStance {
        var marked = stance
        for index in marked.evidence.indices where marked.evidence[index].kind == .term && marked.evidence[index].contribution < 0
            && EventReportRule.eventCategories.contains(marked.evidence[index].category) {
            marked.evidence[index].modifiers.append(StanceEvidence.Modifier(.ownForce, text: "", factor: 1))
        }
        return marked
    }
}
