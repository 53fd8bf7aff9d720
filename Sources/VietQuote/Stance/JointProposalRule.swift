/// A proposal or an appeal that the two sides act together is a call on both sides
/// (ANNOTATION.md, Stance: "a call on both sides … to talk, to de-escalate is
/// `normalization`"; CAMEO 02 appeal, +3.0): a quote whose cue proposes, wishes or
/// appeals — its last words a `stance.tsv` content row of category `modal`, `intend`,
/// `appeal` or `demand` (`đề nghị`, `đề xuất`, `mong muốn`, `khuyến khích`, `yêu cầu`,
/// read as `MeetingIntentRule.askingEnd`), or a cue row of category `appeal_cue`
/// (`kêu gọi`, `hối thúc`) — and whose content opens with both sides as one subject
/// (`joint_sides.tsv`: `hai bên`, `hai nước`) weighs +0.3 more, category `appeal`. A
/// demanding cue made of both sides is no demand that one side give in: its negative
/// weight is dropped (`yêu cầu hai bên …`).
///
/// Example: dev 435, `[Chủ tịch nước đề nghị] hai bên gia hạn hoặc ký mới Bản Ghi nhớ
/// về thương mại gạo`, and dev 436, `[đề nghị] hai bên sớm xác định các dự án, lộ trình
/// thực hiện cụ thể …` (gold normalization; no word of the content weighed, so both were
/// neutral). Silver 2024-08-13-bo-cong-an: `[đề nghị] hai Bên thúc đẩy mạnh mẽ hơn quan
/// hệ hợp tác …` weighs more towards normalization.
/// Rejects: a cue that only says (`[nói] hai nước sẽ có "một cuộc chiến tranh hạt nhân …"`,
/// dev 302: a statement about the two, no proposal), both sides named after the opening
/// (silver: `[đề xuất] một thỏa thuận hoán đổi có thể mang lại lợi ích cho cả hai bên`), and `các bên` (every
/// party concerned, `joint_sides.tsv` says why). The gate still decides whether the
/// quote is about relations (a proposal to two companies at home stays silenced).
/// Evidence: a term record of the opening words, category `appeal`, modifier
/// `joint-proposal` (factor 1, the cue's asking words).
struct JointProposalRule: Sendable {
    /// The weight of a proposal to both sides: CAMEO 02 appeal (+3.0) on the −1 … +1 scale.
    static let weight = 0.3

    /// The phrases of `joint_sides.tsv`.
    let phrases: PhraseTrie<Bool>

    init(files: LexiconFiles) throws(LexiconError) {
        phrases = try RelationGate.terms(files, "joint_sides.tsv").trie
    }

    /// `evidence` with the record of a proposal to both sides added after the cue's records,
    /// when the cue `cue` (its records among `evidence`) proposes and `content` opens with
    /// both sides (see the type's comment); `evidence` unchanged otherwise.
    func apply(to evidence: [StanceEvidence], content: borrowing WordSpans, cue: borrowing WordSpans,
               lexicon: borrowing StanceLexicon) -> [StanceEvidence] {
        let words = content.words
        guard let first = words.first, phrases.mayStart(first),
              let match = phrases.longestMatch(in: words, at: 0, limit: words.count) else { return evidence }
        var appeal: String?
        for index in evidence.indices where evidence[index].kind == .cue && evidence[index].category == StanceCategory.appealCue.rawValue {
            appeal = evidence[index].text
        }
        guard let asking = appeal ?? MeetingIntentRule.askingEnd(of: cue, lexicon: lexicon) else { return evidence }
        var result = evidence
        for index in result.indices where result[index].kind == .cue && result[index].contribution < 0
            && result[index].category == StanceCategory.appealCue.rawValue {
            result[index].modifiers.append(StanceEvidence.Modifier(.jointProposal, text: "", factor: 0))
            result[index].contribution = 0
        }
        let found = content.found(0..<match.length)
        let record = StanceEvidence(kind: .term, text: found.text, category: StanceCategory.appeal.rawValue, weight: Self.weight,
                                    modifiers: [StanceEvidence.Modifier(.jointProposal, text: asking, factor: 1)],
                                    contribution: Self.weight, range: found.offsets)
        result.insert(record, at: result.firstIndex { $0.kind != .cue } ?? result.endIndex)
        return result
    }
}
