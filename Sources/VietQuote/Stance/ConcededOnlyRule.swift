/// What a speaker concedes is not what it claims (ANNOTATION.md, Stance: where a sentence
/// turns, the part after the turn decides). A concession of `contrast.tsv` (`mặc dù`, `dù`,
/// `tuy`) opens a clause whose terms weigh half (`concession`); the main clause is what the
/// speaker asserts. A quote whose every weighing record is a term of a conceded clause (no
/// other term, no weighing cue) asserts nothing polar in its main clause: those terms weigh
/// 0 and the quote is neutral.
///
/// Example (dev 111, Ukraine on Poland's jets): `Ba Lan đã không chuyển giao MiG-29 cho
/// Ukraine mặc dù đã có thỏa thuận trước đó với NATO` is no normalization (`thỏa thuận`,
/// conceded, was all that weighed); silver 2024-08-30-fmovies, a news agency: `cảnh sát Hà
/// Nội đã tạm giữ hai người đàn ông Việt Nam có liên quan đến Fmovies, mặc dù họ chưa bị
/// buộc tội` (the charge not laid) is no normalization either.
/// Rejects: a quote where a term outside the conceded clause weighs (`Mặc dù … , hai bên vẫn
/// hợp tác`: the main clause decides, the conceded term keeps its half), a quote whose cue
/// weighs (`cáo buộc`, `lên án`), and a turn (`nhưng`, `tuy nhiên`: the part before is
/// weighed down, not conceded; `ContentAnalysis` weighs it).
/// Evidence: each conceded term carries the modifier `conceded-only`, factor 0.
enum ConcededOnlyRule {
    /// `evidence` with its terms silenced when every weighing record is a conceded term.
    static func apply(to evidence: [StanceEvidence]) -> [StanceEvidence] {
        var conceded = false
        for record in evidence where record.kind != .modifier && record.contribution != 0 {
            guard record.kind == .term, record.modifiers.contains(where: { $0.name == StanceModifierName.concession.rawValue })
            else { return evidence }
            conceded = true
        }
        guard conceded else { return evidence }
        return evidence.map { record in
            guard record.kind == .term, record.contribution != 0 else { return record }
            var silenced = record
            silenced.modifiers.append(StanceEvidence.Modifier(.concededOnly, text: "", factor: 0))
            silenced.contribution = 0
            return silenced
        }
    }
}
