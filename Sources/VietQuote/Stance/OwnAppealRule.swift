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
/// Also rejects an appeal whose every hostile event term stands after a word that opens a
/// time clause, in its clause (`reports.tsv` kind `occasion`: `sau`, `sau khi`, `khi`):
/// the event is the occasion, not the request (`[kêu gọi] đoàn kết sau vụ tấn công`); and a
/// content whose first words are a subject of their own, a plain noun: a verb marker of
/// function_words.tsv (`cần`, `phải`, `sẽ`, `không`) after its first word and before its
/// first hostile event term, in its first clause (`[Yasser Abbas kêu gọi] cộng đồng quốc tế
/// cần gây áp lực đối với Ethiopia`, dev 314; `người dân`, `các nước` open with a word of
/// the classes above).
/// Evidence: the appeal cue carries the modifier `own-appeal`, factor 0; the event terms
/// keep their weight (no `report`).
enum OwnAppealRule {
    /// Whether a quote of the evidence `evidence` (its cue's record first) and the words
    /// `content` is an appeal to the speaker's own side (see the type's comment).
    static func appealsToOwnSide(_ evidence: borrowing [StanceEvidence], content: WordSpans, names: SpeakerLexicon,
                                 markers: PhraseTrie<EventReportRule.Marker>) -> Bool {
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
        let events = eventStarts(evidence)
        guard !opensWithSubject(content, before: events.min() ?? .max, names: names),
              !eventsAreOccasions(content, events: events, markers: markers) else { return false }
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
    static func opensWithAddressee(_ words: WordSpans.Words, names: SpeakerLexicon) -> Bool {
        guard !words.isEmpty else { return false }
        if names.pronoun(in: words, at: 0, limit: words.count) != nil { return true }
        return addresseeClasses.contains { names.words.match($0, in: words, at: 0, limit: words.count) != nil }
    }

    /// The character offsets where the hostile event terms of `evidence` start.
    static func eventStarts(_ evidence: borrowing [StanceEvidence]) -> [Int] {
        var starts: [Int] = []
        for index in evidence.indices where evidence[index].kind == .term && evidence[index].contribution < 0
            && EventReportRule.eventCategories.contains(evidence[index].category) {
            if let range = evidence[index].range { starts.append(range.lowerBound) }
        }
        return starts
    }

    /// Whether the content opens with a subject of its own: a verb marker
    /// (function_words.tsv `verb_marker`) after its first word and before the character
    /// offset `firstEvent`, in its first clause (see the type's comment).
    static func opensWithSubject(_ content: WordSpans, before firstEvent: Int, names: SpeakerLexicon) -> Bool {
        let words = content.words
        var index = 1
        while index < words.count, content.clause(of: index) == content.clause(of: 0),
              content.offsets(index..<index + 1).lowerBound < firstEvent {
            if names.words.isWord(words, at: index, .verbMarker) { return true }
            index += 1
        }
        return false
    }

    /// Whether every event term starting at the character offsets `events` stands after an
    /// `occasion` row of `markers` in its clause (see the type's comment).
    static func eventsAreOccasions(_ content: WordSpans, events: [Int], markers: PhraseTrie<EventReportRule.Marker>) -> Bool {
        guard !events.isEmpty else { return false }
        let words = content.words
        var occasionClause: Int?, underOccasion = 0
        var index = 0
        while index < words.count {
            let clause = content.clause(of: index)
            if occasionClause != clause { occasionClause = nil }
            if occasionClause != nil {
                let start = content.offsets(index..<index + 1).lowerBound
                for event in events where event == start { underOccasion += 1 }
            }
            if markers.mayStart(words[index]), let match = markers.longestMatch(in: words, at: index, limit: words.count) {
                if match.value == .occasion { occasionClause = clause }
                index += match.length
            } else {
                index += 1
            }
        }
        return underOccasion == events.count
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
