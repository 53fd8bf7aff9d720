/// A cue noun (function_words.tsv `cue_noun`) governed by the word right before it: the object
/// of a verb of another act — meeting, receiving, agreeing to, heeding, following, spreading
/// or putting up (`cue_object_verb`: `đáp ứng yêu cầu`, `đối mặt cáo buộc`, `ủng hộ đề xuất`,
/// `nhận thông báo`, `lắng nghe chia sẻ`, `lan truyền thông tin`, `treo biển thông báo`) — or
/// the modifier of a noun whose kind it names (`cue_compound_head`: `tiêu chí đánh giá`,
/// `làn sóng chỉ trích`, `bản tin cảnh báo`). The subject before it does not say those words
/// (they are another's, or no one's): a quote only with a content clause after the noun (`rằng`,
/// `: "…"`, read as `CueNounRule` reads it), and then the subject stands before the verb.
///
/// Example (rejected): silver 2024-10-15-5g-viettel "… 5G SA còn đáp ứng yêu cầu độ trễ siêu
/// thấp, khoảng 1ms, …" (the speaker was `5G SA còn đáp ứng`).
/// Example (rejected): silver 2024-07-17-diem-chuan-hoc-vien-bao-chi "Tiêu chí đánh giá, xét
/// tuyển phải dựa trên yêu cầu về kiến thức nền tảng …" (the speaker was `Tiêu chí`).
/// Passes: a content clause after the noun (silver 2024-09-02-jadon-sancho `Một người hâm mộ lan
/// truyền thông tin trên X: "Jadon Sancho đã xóa hết ảnh chụp với Man United"`: the fan, no
/// longer `Một người hâm mộ lan truyền`); a cue that is no noun (`cho biết`); a cue after a lead
/// (`lên tiếng chỉ trích`, `LeadCueRule`); a publishing verb, which announces (`đăng tải thông
/// báo`, `gửi thông báo`: not in the class).
struct GovernedCueNounRule: AttributionRule {
    let id = QuoteRule.governedCueNoun

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        let cue = reading.hit.range
        guard reading.hit.lead == nil,
              view.match(.cueNoun, at: cue.lowerBound, limit: cue.upperBound) == cue.count else { return .undecided }
        let verb = view.phrase(.cueObjectVerb, endingAt: cue.lowerBound)
        guard verb != nil || view.phrase(.cueCompoundHead, endingAt: cue.lowerBound) != nil else { return .undecided }
        guard let opening = CueNounRule.contentClause(after: cue, in: view) else { return .rejected }
        if let verb {   // `Một người hâm mộ lan truyền thông tin …: "…"`: the subject stands before the verb
            reading.subjectEnd = verb
            reading.nounContent = opening
        }
        return .undecided
    }
}
