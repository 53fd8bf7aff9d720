/// One country's own domestic affairs are `neutral`, even in an article about relations
/// between states (ANNOTATION.md, Stance: "statements about one country's own domestic
/// affairs — elections, parties, a government and its critics, courts at home, a leader's
/// health — are `neutral`"). `RelationGate` lets every quote of a speaker with a side pass
/// once the article relates two sides; this rule takes back the quotes of such an article
/// that speak of home: a polar quote that the gate passed, that relates no two sides
/// itself (its content names no side but its speaker's, and no matter between states of
/// `interstate.tsv`), that speaks of no war or army (`stance.tsv` categories fight and
/// posture) and announces no act of force (`OwnForceRule`), and whose content
/// holds a word of home politics (`domestic.tsv`: elections, parties and their camps, the
/// staffing of a government, a leader's health). A word that is home politics only as a
/// person's (`domestic.tsv` needs `person`: `ứng viên`, `sức khỏe`) counts only with an
/// honorific or a title after it, `của` allowed between (`ứng viên tổng thống`). A word of
/// crime and courts at home (`domestic.tsv` needs `alone`: `tội phạm`, `vụ án`, `khởi tố`,
/// `tù giam`) counts only in a quote where no term of cooperation (`stance.tsv` category
/// cooperate) pushes towards normalization: one state's police and courts are home
/// affairs, two states' police working together against crime are a relation.
///
/// Example: in dev 423, an article on a US defence nominee's views of NATO and China,
/// `[Pete Hegseth cáo buộc] ông là "người theo đảng phái đến cùng" để hỗ trợ đảng Dân chủ`
/// (of a general at home) and `[Donald Trump nói] ông sẽ sa thải những vị tướng mà ông mô
/// tả là "tỉnh thức" …` are neutral (gold neutral); the nominee's `Trung Quốc đang trên đà
/// thống trị các nước láng giềng` is not touched. Silver: `[Công an Hà Nội cho biết] đây là
/// vụ án thứ 5 được nhà chức trách khởi tố về tội Xâm phạm quyền tác giả` (scored
/// confrontation by `Xâm phạm`) and `[Bộ Công an khẳng định] không có tù nhân lương tâm và
/// không có chuyện bắt giữ người dân …` (normalization by the negated `bắt giữ`) are neutral.
/// Rejects: a quote that names another side (`Nga đang can thiệp và nâng cao cơ hội thắng
/// cử của ông Trump …`, dev 408, said by the US: Russia's meddling relates two sides), one
/// that names a matter between states (`ông Biden không muốn nêu chủ đề về cuộc xung đột ở
/// đỉnh điểm của chu kỳ bầu cử Mỹ`, dev 433: `xung đột`; `Mỹ sẽ bỏ phiếu chống nghị quyết
/// tại Hội đồng Bảo an`: a vote between states), a person-only word with no person after
/// it (silver: `sự cam kết … trong công việc của từng ứng viên`, job candidates; `Sự trồi
/// sụt của chỉ số này cho thấy sức khoẻ của ngành dịch vụ`), one whose speaker speaks for two
/// sides, one that speaks of war (`[Donald Trump nói] nếu tái đắc cử ông sẽ chấm dứt cuộc
/// chiến trong vòng 24 giờ`, dev 415: `cuộc chiến`), an announced act of force, and a quote
/// with no word of `domestic.tsv`; a crime word in a quote of cooperation (silver, the Lao
/// deputy minister of public security: `các đơn vị nghiệp vụ của hai bên hợp tác chặt chẽ
/// hơn …, đặc biệt chú trọng … tội phạm`).
/// Evidence: each term and cue of a quote it silences carries the modifier `domestic`.
struct DomesticMatterRule: Sendable {
    /// What a phrase of `domestic.tsv` needs to count (column `needs`).
    enum Need: String, CaseIterable, Sendable {
        /// Nothing: `-`.
        case nothing = "-"
        /// A person after it (an honorific or a title, `của` allowed between).
        case person
        /// No term of cooperation in its quote (crime and courts at home).
        case alone
    }

    /// The phrases of `domestic.tsv` and what each needs.
    let phrases: PhraseTrie<Need>

    init(files: LexiconFiles) throws(LexiconError) {
        phrases = try StanceLexicon.choiceTrie(files, "domestic.tsv", column: "needs", of: Need.allCases).trie
    }

    /// Whether a quote read as `reading`, which `gate` found relational, is about its
    /// speaker's home affairs (see the type's comment). Read only for a polar quote.
    func isDomestic(_ reading: RelationGate.Reading, evidence: borrowing [StanceEvidence], gate: RelationGate) -> Bool {
        guard reading.polar, !reading.ownForce, !Self.speaksOfWar(evidence),
              holdsPhrase(reading.words.words, names: gate.names, cooperation: Self.cooperates(evidence)) else { return false }
        let speaker = reading.sides.first { $0 != nil } ?? nil
        guard !reading.sides.contains(where: { $0 != nil && $0 != speaker }), !gate.namesMatter(reading.words) else { return false }
        var other = false
        _ = gate.sideReading(of: reading) { side in
            if side != speaker { other = true }
        }
        return !other
    }

    /// Whether a term of `evidence` names war or an army's posture (`stance.tsv` categories
    /// fight and posture, as `OwnForceRule` reads force between armies): no home affair.
    /// (An assault alone may be a crime at home.)
    static func speaksOfWar(_ evidence: borrowing [StanceEvidence]) -> Bool {
        for index in evidence.indices where evidence[index].kind == .term
            && (evidence[index].category == StanceCategory.fight.rawValue || evidence[index].category == StanceCategory.posture.rawValue) {
            return true
        }
        return false
    }

    /// Whether a term of `evidence` of category cooperate pushes towards normalization (two
    /// sides' bodies working together: no home affair for a word of crime).
    static func cooperates(_ evidence: borrowing [StanceEvidence]) -> Bool {
        for index in evidence.indices where evidence[index].kind == .term && evidence[index].contribution > 0
            && evidence[index].category == StanceCategory.cooperate.rawValue {
            return true
        }
        return false
    }

    /// Whether `words` hold a phrase of `domestic.tsv`, one that needs a person with an
    /// honorific or a title of `names` after it (`của` allowed between), one that needs to
    /// stand alone only when the quote holds no term of `cooperation`.
    func holdsPhrase(_ words: WordSpans.Words, names: SpeakerLexicon, cooperation: Bool = false) -> Bool {
        words.indices.contains { phraseEnd(words, at: $0, names: names, cooperation: cooperation) != nil }
    }

    /// Where a phrase of `domestic.tsv` that starts at `start` and counts ends (as
    /// `holdsPhrase` reads it; with `alone`, a word of crime and courts counts only when
    /// `alone` is true and the quote holds no term of `cooperation`), nil when none does.
    func phraseEnd(_ words: WordSpans.Words, at start: Int, names: SpeakerLexicon, cooperation: Bool = false,
                   alone: Bool = true) -> Int? {
        guard phrases.mayStart(words[start]), let match = phrases.longestMatch(in: words, at: start, limit: words.count) else { return nil }
        let end = start + match.length
        switch match.value {
        case .nothing: return end
        case .alone: return alone && !cooperation ? end : nil
        case .person: break
        }
        var next = end
        if names.words.isWord(words, at: next, .possessive) { next += 1 }
        return next < words.count && (names.words.match(.honorific, in: words, at: next) != nil
            || names.titles.longestMatch(in: words, at: next, limit: words.count) != nil) ? end : nil
    }

    /// `stance` silenced: score 0, `neutral`, each weighing record marked `domestic`.
    static func silenced(_ stance: QuoteStance) -> QuoteStance {
        stance.silenced(by: .domestic)
    }
}
