/// An appeal that names no side calls on the speaker's own side, and so is the speaker's
/// own act, as an order is (ANNOTATION.md, Stance: "a hostile act of its own side
/// announced against the other" is `confrontation`; a report of what happened is
/// `neutral`): a quote whose cue is an appeal (`stance.tsv` category `appeal_cue`: `kêu
/// gọi`, `hối thúc`, `thúc giục`) and whose content names no side (`actors.tsv`, read as
/// `EventReportRule` reads the actor of an event) asks the speaker's own forces to act.
/// Only an appeal that leans no way or towards cooperation (weight >= 0: `kêu gọi`,
/// `hối thúc`); a demanding cue (`yêu cầu`, weight < 0) is a claim already and keeps its
/// weight.
/// When it holds a hostile event term, the terms are a claim (`EventReportRule` leaves
/// them their weight), the cue weighs 0 (an order, no cooperative appeal to another side:
/// CAMEO 02 appeals are made to others), and the speaker acts for `OwnForceRule` as it
/// does under `ra lệnh`.
///
/// Example: `[Kim Jong Un kêu gọi] phát triển và nâng cấp các phiên bản vũ khí "siêu hiện
/// đại"` (dev 302, gold confrontation) is confrontation, no report of arms.
/// Rejects: an appeal to a named side (`[kêu gọi] Israel chấm dứt các cuộc không kích`:
/// the addressee acts, the demand rules of the appeal read it; `[kêu gọi] Trung Quốc gây
/// sức ép để Nga dừng cuộc xung đột`), a demanding cue (`[Phạm Minh Chính yêu cầu] phải
/// … huy động đủ máy móc, thiết bị`, silver: a works order at home, which as an own
/// appeal would pass `OwnForceRule`), a cue of any other kind (`cho biết`, `nói`: the
/// content says who acts), and a content with no hostile event term (`[kêu gọi] dân thường
/// sơ tán`, `[kêu gọi] người dân tránh tích trữ hàng hóa`: nothing to make a claim of).
/// Evidence: the appeal cue carries the modifier `own-appeal`, factor 0; the event terms
/// keep their weight (no `report`).
enum OwnAppealRule {
    /// Whether a quote of the evidence `evidence` (its cue's record first) and the words
    /// `content` is an appeal to the speaker's own side (see the type's comment).
    static func appealsToOwnSide(_ evidence: borrowing [StanceEvidence], content: WordSpans, names: SpeakerLexicon) -> Bool {
        var appeal = false
        // By index: a closure over the records copied each one first.
        for index in evidence.indices where evidence[index].kind == .cue && evidence[index].category == StanceCategory.appealCue.rawValue
            && evidence[index].weight >= 0 {
            appeal = true
            break
        }
        guard appeal else { return false }
        let words = content.words
        var index = 0
        while index < words.count {
            if let actor = names.actor(in: words, at: index, limit: words.count) {
                if !RelationGate.insideName(content, Range(from: index, to: index + actor.length)) { return false }
                index += max(1, actor.length)
            } else {
                index += 1
            }
        }
        return true
    }

    /// `evidence` with its appeal cue weighing 0 (`own-appeal`).
    static func marked(_ evidence: [StanceEvidence]) -> [StanceEvidence] {
        evidence.map { record in
            guard record.kind == .cue, record.category == StanceCategory.appealCue.rawValue else { return record }
            var marked = record
            marked.modifiers.append(StanceEvidence.Modifier(.ownAppeal, text: "", factor: 0))
            marked.contribution = 0
            return marked
        }
    }
}
