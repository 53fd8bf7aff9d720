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
/// Also rejects a content that does not open with the verb, whose first words name an
/// addressee that actors.tsv lacks (a quantifier, pronoun, honorific or `người` of
/// function_words.tsv, or a pronoun of speaker_pronouns.tsv: `[chính quyền kêu gọi] các
/// nhóm vũ trang dân tộc … rời bỏ con đường này`, silver), and an appeal to stop a fight:
/// an event term that a denial governs (`chấm dứt`, `ngừng`: `[Joe Biden kêu gọi] chấm dứt
/// bạo lực chính trị sau vụ nổ súng …`, dev 431) asks that the fight end, no act of force.
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
        guard appeal, !ceases(evidence) else { return false }
        let words = content.words
        guard !opensWithAddressee(words, names: names) else { return false }
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

    /// The function-word classes whose phrase, first in the content, names who is to act
    /// (an addressee, not the verb of the appeal).
    private static let addresseeClasses: [WordClass] = [.quantifier, .pronoun, .honorific, .demonym]

    /// Whether the content opens with an addressee rather than the verb (see the type's comment).
    static func opensWithAddressee(_ words: [Token], names: SpeakerLexicon) -> Bool {
        guard !words.isEmpty else { return false }
        if names.pronoun(in: words, at: 0, limit: words.count) != nil { return true }
        return addresseeClasses.contains { names.words.match($0, in: words, at: 0, limit: words.count) != nil }
    }

    /// Whether a denial governs a hostile event term: an appeal to stop the fight.
    static func ceases(_ evidence: borrowing [StanceEvidence]) -> Bool {
        for index in evidence.indices where evidence[index].kind == .term
            && EventReportRule.eventCategories.contains(evidence[index].category)
            && evidence[index].modifiers.contains(where: { $0.name == StanceModifierName.denial.rawValue
                || $0.name == StanceModifierName.prevented.rawValue }) {
            return true
        }
        return false
    }

    /// Whether `evidence` was marked by `marked(_:)`: its appeal cue carries `own-appeal`.
    /// (`EventReportRule.apply` decides once per quote; the gate reads the mark instead of
    /// walking the content's actors again. It decides for every quote that `OwnForceRule`
    /// could pass: one confrontational through event terms had one weighing at that point.)
    static func isMarked(_ evidence: borrowing [StanceEvidence]) -> Bool {
        for index in evidence.indices where evidence[index].kind == .cue
            && evidence[index].modifiers.contains(where: { $0.name == StanceModifierName.ownAppeal.rawValue }) {
            return true
        }
        return false
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
