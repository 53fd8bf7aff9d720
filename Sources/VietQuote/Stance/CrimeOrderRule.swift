/// An order to fight crime is law enforcement, no demand on another side (ANNOTATION.md,
/// Stance: police and courts at home are domestic; a demand that the OTHER side give in,
/// withdraw or pay is confrontation). A quote whose only weighing record is a demanding
/// appeal cue (`stance.tsv` category `appeal_cue`, weight < 0: `yêu cầu`), whose content
/// holds a term that `CrimeTargetRule` found aimed at a crime or a disease (`trấn áp … tội
/// phạm`, `phòng, chống dịch bệnh`) and does not open with a side (the addressee is the
/// speaker's own officials or bodies, not a state) orders its own forces to act at home:
/// the cue weighs 0 and the quote is neutral.
///
/// Example (silver 2024-04-08-campuchia, Cambodia's interior minister): `[yêu cầu] chính
/// quyền tỉnh Preah Sihanouk và các ban ngành liên quan tăng cường đảm bảo an ninh trật tự
/// trên địa bàn và trấn áp mọi hình thức tội phạm liên quan đến người nước ngoài` is no
/// confrontation; silver 2024-05-29-luong-tam-quang: `[yêu cầu] 2 sĩ quan không ngừng học
/// hỏi, … phòng, chống dịch bệnh, …` (a deputy minister to two peacekeeping officers) neither.
/// Rejects: a demand with no crime aimed at (silver, North Korea: `[yêu cầu] đường biên
/// giới này phải được vẽ lại xa hơn xuống phía Nam`; Niger: `[yêu cầu] quân đội Mỹ rút lui
/// khỏi nước này`), a content that opens with a side (`[yêu cầu] Trung Quốc …`: the demand
/// is made on that state), another weighing record (silver, Laos's police: `[yêu cầu] các
/// đơn vị nghiệp vụ của hai bên hợp tác chặt chẽ hơn … phòng, chống tội phạm xuyên quốc
/// gia` stays normalization by `hợp tác`), and a cue that leans no way or towards
/// cooperation (`kêu gọi`: `OwnAppealRule` reads it).
/// Evidence: the cue carries the modifier `crime-order`, factor 0.
enum CrimeOrderRule {
    /// `evidence` with its demanding cue silenced when it is an order to fight crime (see
    /// the type's comment); `names` reads the side that may open `content`.
    static func apply(to evidence: [StanceEvidence], content: WordSpans, names: SpeakerLexicon) -> [StanceEvidence] {
        var demand: Int?, crime = false
        for index in evidence.indices where evidence[index].kind != .modifier {
            if evidence[index].modifiers.contains(where: { $0.name == StanceModifierName.crimeTarget.rawValue }) {
                crime = true
                continue
            }
            guard evidence[index].contribution != 0 else { continue }
            guard demand == nil, evidence[index].kind == .cue, evidence[index].category == StanceCategory.appealCue.rawValue,
                  evidence[index].contribution < 0 else { return evidence }
            demand = index
        }
        guard let demand, crime else { return evidence }
        let words = content.words
        if !words.isEmpty, names.actor(in: words, at: 0, limit: words.count) != nil { return evidence }
        var result = evidence
        result[demand].modifiers.append(StanceEvidence.Modifier(.crimeOrder, text: "", factor: 0))
        result[demand].contribution = 0
        return result
    }
}
