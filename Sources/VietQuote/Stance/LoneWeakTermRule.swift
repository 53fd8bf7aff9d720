/// One weak word is not enough for a polar label on a quote that relates no sides itself
/// (ANNOTATION.md, Stance: stance is about relations between states; one country's own
/// affairs, a company's plans, a school's programme are `neutral`). `RelationGate` lets the
/// quote of a speaker with a side pass once the article relates two sides; a quote whose
/// only weighing record is one term of `stance.tsv` weighing at most
/// `StanceThresholds.loneWeakTerm` (`cơ hội`, `đầu tư`, `hỗ trợ`, `hiệp ước`, `trao đổi`,
/// `mong muốn`: a chance, an investment, help, a treaty named in passing), read as its
/// weight says, and that names no side but its speaker's and no matter between states
/// (`interstate.tsv`) has nothing that makes it a step between states: it is neutral.
///
/// Example (dev 407, gold neutral: Cambodia's prime minister on a Vietnamese group's electric
/// taxis): `chủ tịch Vingroup đã đưa ra đề xuất và thể hiện nguyện vọng đầu tư vào một công
/// ty taxi sử dụng xe điện ở Campuchia`, said by Cambodia, is neutral (scored normalization
/// by `đầu tư` alone). Silver: `mục đích của nhiệm kỳ chủ tịch luân phiên là cho tất cả các
/// thành viên có cơ hội lãnh đạo` (Hungary on its EU presidency), a film promoter's `bảo vệ
/// quyền sở hữu trí tuệ - bản quyền phim … sau đó tái đầu tư cho sáng tạo và sản xuất phim`.
/// Rejects: a weak term beside another side (dev 443, gold normalization: `Mỹ sẽ cấp 1 triệu
/// USD hỗ trợ khẩn cấp cho các nỗ lực ứng phó của Việt Nam`) or a matter between states (dev
/// 407: `các công ty nước ngoài đầu tư`; dev 436: `đầu tư giữa hai nước`), two weak terms
/// (silver: `trao đổi` and `cơ hội` of a coast guard's visit), a stronger term alone (`ủng
/// hộ`, `giải quyết`, `tiến triển`: 0.3), a negated or turned word (dev 303, gold
/// normalization: `Điện Kremlin "không lo lắng" về chuyến đi sắp tới`: the word and its
/// negation), a cue alone (silver, a Cambodian minister: `[yêu cầu] chính quyền tỉnh Preah
/// Sihanouk … tăng cường đảm bảo an ninh trật tự`: `RelationGate` reads cues), a word of war
/// or army (`stance.tsv` fight, posture: dev 302, North Korea's `vũ khí`), and an announced
/// act of force (`OwnForceRule`).
/// Evidence: the term of a quote it silences carries the modifier `lone-weak-term`.
enum LoneWeakTermRule {
    /// Whether a quote read as `reading`, polar, weighs one weak term alone in `evidence`
    /// and relates no sides itself (see the type's comment).
    static func isLoneWeakTerm(_ reading: RelationGate.Reading, evidence: borrowing [StanceEvidence], gate: RelationGate) -> Bool {
        guard reading.polar, !reading.ownForce, !DomesticMatterRule.speaksOfWar(evidence) else { return false }
        var weighing = 0
        for index in evidence.indices where evidence[index].kind != .modifier && evidence[index].contribution != 0 {
            let record = evidence[index]
            // A word negated or turned by a cue pushes against its weight: two cues, not one.
            guard record.kind == .term, abs(record.weight) <= StanceThresholds.loneWeakTerm,
                  (record.contribution > 0) == (record.weight > 0) else { return false }
            weighing += 1
        }
        return weighing == 1 && gate.namesOnlyOwnSide(reading) && !gate.namesMatter(reading.words)
    }

    /// `stance` silenced: score 0, `neutral`, its term marked `lone-weak-term`.
    static func silenced(_ stance: QuoteStance) -> QuoteStance {
        stance.silenced(by: .loneWeakTerm)
    }
}
