/// A court's ruling that states what it decides (ANNOTATION.md: an order or ruling that states
/// what is ordered or decided is a quote, read like `yêu cầu`): a ruling cue (cues.tsv category
/// `ruling`: `tuyên`, `tuyên án`, `buộc`, `quyết định` …) is a cue only when a court
/// (`lexicons/cues_courts.tsv`: `tòa án`, `TAND`, `HĐXX`, `ICJ` …) stands before it in its
/// sentence; the sieves then read its subject and content as any cue's. A hit it admits
/// carries this rule's id (`CueHit.refinements`, `FoundQuote.refinements`).
///
/// Example: "Để đảm bảo nghĩa vụ thi hành án của bị cáo Trương Mỹ Lan, HĐXX tuyên giao cho SCB
/// tiếp tục quản lý 1.122 mã tài sản." (cue `tuyên`, content `giao cho SCB …`)
/// Rejects: a ruling word with no court before it in the sentence (`Nga quyết định rút quân`,
/// a plan; `ràng buộc`, `tuyên truyền`), and a court word that names something else (`tòa nhà`).
struct CourtRulingRule {
    let id = QuoteRefinement.courtRuling

    /// Whether a court stands in the sentence before the ruling cue at `index`, read back to
    /// the paragraph's start or the last sentence end.
    func admits(cueAt index: Int, in tokens: [Token], courts: PhraseTrie<Bool>) -> Bool {
        var start = index
        while start > 0, !(tokens[start - 1].kind == .punctuation && Punctuation.terminal.contains(tokens[start - 1].key)) {
            start -= 1
        }
        var position = start
        while position < index {
            if courts.mayStart(tokens[position]), let match = courts.longestMatch(in: tokens, at: position, limit: index) {
                if match.value { return true }
                position += match.length
            } else {
                position += 1
            }
        }
        return false
    }
}
