/// Police and courts acting at home accuse no state (ANNOTATION.md, Stance: "statements about
/// one country's own domestic affairs — … courts at home … — are `neutral`"). A word of an
/// offence, a charge or an arrest (`justice.tsv`: `vi phạm`, `bất hợp pháp`, `cáo buộc`,
/// `bắt giữ`, `truy tố`) weighs towards confrontation in `stance.tsv`, since a state may lay
/// it on another. A confrontation quote whose every weighing term is such a word (the cue may
/// weigh too), that announces no act of force (`OwnForceRule`), whose speaker speaks for one
/// side at most, and whose content names no side but its speaker's own (none, for a speaker
/// of a side only guessed; one side at most, for a speaker of no side or a rights group of
/// `rights_groups.tsv`: an activist or a watchdog on one state's courts) and no matter
/// between states (`interstate.tsv`) is neutral: the speaker reports its own cases, or
/// comments on one state's cases at home.
///
/// Example (silver 2024-04-21-vuong-dinh-hue, Vietnam's ministry of public security, in an
/// article that a trip to China made one of relations): `[cho biết] họ vẫn đang "tập trung
/// lực lượng, mở rộng điều tra, làm rõ hành vi vi phạm của các bị can, sai phạm tại Công ty
/// Cổ phần Tập đoàn Thuận An …"`; silver 2024-11-13, Chile's prosecutor: `[nói thêm] luật
/// pháp Chile cho phép "các giải pháp thay thế trong một số trường hợp nhất định" trong các
/// trường hợp bị cáo buộc lạm dụng tình dục`; silver 2024-08-16-nguyen-chi-tuyen, Human
/// Rights Watch (no side): `[kêu gọi] chính quyền Việt Nam hủy bỏ mọi cáo buộc đối với ông
/// Tuyến` (a government and its critics, courts at home).
/// Rejects: a quote that names another side (dev 306, Ukraine on `mọi cáo buộc của Belarus`;
/// dev 417, Canada: `nếu Thủ tướng Israel Benjamin Netanyahu thăm nước này, ông ta có thể bị
/// bắt giữ …`; dev 412, North Korea on `hành vi vi phạm không phận Triều Tiên` by `Seoul`), a
/// quote whose justice word is denied or negated (dev 116, South Korea `[bác bỏ] cáo buộc
/// trên`: normalization, untouched), a quote where another term weighs (a sanction, an
/// expulsion, an attack: silver, Chile's court `buộc người đàn ông này phải rời khỏi Chile`),
/// a speaker of two sides (dev 410, `Phía Israel và Hamas`), a speaker of no side or a rights
/// group naming two sides (a relation between them), an international court or agency (dev
/// 417, the ICC: `[cáo buộc] chính quyền Israel vi phạm luật nhân đạo quốc tế …`: a body of
/// states, no rights group), and a quote on a citizen of another side (`công dân Mỹ`,
/// `SidePlaceRule.citizenships`: a state holding another's citizen is a matter between
/// them, though the citizenship names no side for the gate; silver 2024-11-13, Chile's
/// foreign ministry on `cận vệ của ông Cường, cũng là công dân Việt Nam`).
/// Evidence: each term and cue of a quote it silences carries the modifier `justice`.
struct HomeJusticeRule: Sendable {
    /// The phrases of `justice.tsv`.
    let phrases: PhraseTrie<Bool>
    /// The names of `rights_groups.tsv`.
    let rightsGroups: PhraseTrie<Bool>

    init(files: LexiconFiles) throws(LexiconError) {
        phrases = try RelationGate.terms(files, "justice.tsv").trie
        rightsGroups = try RelationGate.terms(files, "rights_groups.tsv").trie
    }

    /// Whether the side `name` is a rights group of `rights_groups.tsv` (the whole name).
    func isRightsGroup(_ name: String) -> Bool {
        rightsGroups.value(for: MatchKey.words(name)) == true
    }

    /// Whether every weighing term of `evidence` (a quote read as `reading`) is a word of
    /// `justice.tsv` that pushes towards confrontation, and one is (a cue may weigh beside
    /// them). Each term is read in the quote's words (`RelationGate.Reading.value(of:in:)`).
    func weighsOnlyJustice(_ evidence: borrowing [StanceEvidence], in reading: RelationGate.Reading) -> Bool {
        var justice = 0
        for index in evidence.indices where evidence[index].kind == .term && evidence[index].contribution != 0 {
            guard evidence[index].contribution < 0, reading.value(of: evidence[index], in: phrases) == true else { return false }
            justice += 1
        }
        return justice > 0
    }

    /// Whether a quote read as `reading`, whose stance has `label` and `evidence`, is police
    /// or courts at home (see the type's comment).
    func isHomeJustice(_ reading: RelationGate.Reading, label: StanceLabel, evidence: borrowing [StanceEvidence],
                       gate: RelationGate) -> Bool {
        guard reading.polar, label == .confrontation, !reading.ownForce, weighsOnlyJustice(evidence, in: reading) else { return false }
        let own = reading.guessedSide ? [] : reading.sides.compactMap { $0 }
        guard !own.contains(where: { !GroupTallies.sameName($0, own[0]) }), !gate.namesMatter(reading.words) else { return false }
        var foreigner = false
        gate.places.citizenships(reading.words, names: gate.names) { side in
            if !own.contains(where: { GroupTallies.sameName($0, side) }) { foreigner = true }
        }
        return !foreigner && (gate.namesOnlyOwnSide(reading) || namesOneSideForNoState(reading, gate: gate))
    }

    /// Whether a speaker of no side at all (neither given nor guessed nor inferred: a
    /// defendant, an activist) or a rights group of `rights_groups.tsv` (a side of its own
    /// for the article, no state) speaks of one side only, however often named: the courts
    /// of that one state at home, not a relation (`chính quyền Việt Nam hủy bỏ mọi cáo buộc
    /// đối với ông Tuyến`). A second side named is a relation.
    func namesOneSideForNoState(_ reading: RelationGate.Reading, gate: RelationGate) -> Bool {
        guard !reading.guessedSide, !reading.inferredSide,
              reading.sides.allSatisfy({ $0.map(isRightsGroup) ?? true }) else { return false }
        var first: String?
        var second = false
        _ = gate.sideReading(of: reading) { side in
            if let named = first { second = second || !GroupTallies.sameName(named, side) } else { first = side }
        }
        return !second
    }

    /// `stance` silenced: score 0, `neutral`, each weighing record marked `justice`.
    static func silenced(_ stance: QuoteStance) -> QuoteStance {
        stance.silenced(by: .justice)
    }
}
