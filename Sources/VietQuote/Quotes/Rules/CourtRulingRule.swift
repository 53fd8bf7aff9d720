/// A court's ruling that states what it decides (ANNOTATION.md: an order or ruling that states
/// what is ordered or decided is a quote, read like `yêu cầu`): a ruling cue (cues.tsv category
/// `ruling`: `tuyên`, `tuyên án`, `buộc`, `quyết định` …) is a cue only when a court
/// (`lexicons/cues_courts.tsv`: `tòa án`, `TAND`, `HĐXX`, `ICJ` …) stands before it in its
/// sentence (the splitter's sentence, which knows abbreviations: `TAND TP.HCM`); the sieves
/// then read its subject and content as any cue's. A hit it admits carries this rule's id
/// (`CueHit.refinements`, `FoundQuote.refinements`).
///
/// Example: "Để đảm bảo nghĩa vụ thi hành án của bị cáo Trương Mỹ Lan, HĐXX tuyên giao cho SCB
/// tiếp tục quản lý 1.122 mã tài sản." (cue `tuyên`, content `giao cho SCB …`)
/// Rejects: a ruling word with no court before it in the sentence (`Nga quyết định rút quân`,
/// a plan; `ràng buộc`, `tuyên truyền`), `tòa` as the classifier of buildings (`Cư dân tòa
/// chung cư quyết định khởi kiện …`: cues_courts.tsv `head`, see `isCourtHead`),
/// and a court that opens a relative clause (function_words.tsv `relative`: `bản án mà TAND
/// TP.HCM tuyên chưa có hiệu lực`): the ruling is the noun before it, no decision follows;
/// a capitalised ruling word inside its sentence is a word of a name (`Ban Tuyên giáo`); a
/// court that is the object of an appeal cue (cues.tsv `appeal`: `Viện KSND đề nghị TAND Cấp
/// cao … tuyên phạt`, `khởi kiện yêu cầu tòa án hủy hợp đồng …, buộc …`): the ruling asked of
/// it is that appeal's content, and no ruling cue after it in the sentence is the court's.
///
/// The rule reads a paragraph's tokens once, left to right: it keeps where it stopped and
/// whether a court (or an appealed one: `Tại phiên tòa, … đề nghị TAND …`) was seen in the
/// current sentence, so each ruling cue costs only the words
/// since the last one.
struct CourtRulingRule {
    let id = QuoteRefinement.courtRuling
    /// The sentence being read and how far its words were read for a court.
    private var sentence = 0..<0
    private var scanned = 0
    private var courtSeen = false
    /// Where the last appeal cue read in the sentence ends, and whether a court stood there.
    private var appealEnd = -1
    private var appealed = false

    /// What this rule makes of the cue `entry` at `index`: nil for a ruling cue with no court
    /// before it in its sentence (no cue: `quyết định` is a plan, `buộc` a tie), this rule's id
    /// for a ruling cue after a court, nothing for any other cue. Calls come in text order
    /// within one paragraph.
    mutating func refinements(forCue entry: CueEntry, at index: Int, in paragraph: ParagraphContext,
                              cues: CueLexicon, words: FunctionWords) -> [QuoteRefinement]? {
        guard entry.category == .ruling else { return [] }
        return admits(cueAt: index, in: paragraph, cues: cues, words: words) ? [id] : nil
    }

    /// Whether a court stands in the sentence before the ruling cue at `index`.
    private mutating func admits(cueAt index: Int, in paragraph: ParagraphContext, cues: CueLexicon,
                                 words: FunctionWords) -> Bool {
        let tokens = paragraph.tokens
        if !sentence.contains(index) {
            sentence = paragraph.sentence(containing: index)
            scanned = sentence.lowerBound
            courtSeen = false
            appealed = false
        }
        if index > sentence.lowerBound, tokens[index].isCapitalized { return false }
        while !appealed, scanned < index {
            if cues.courts.mayStart(tokens[scanned]), let match = cues.courts.longestMatch(in: tokens, at: scanned, limit: index) {
                let relative = scanned > sentence.lowerBound && words.isWord(tokens, at: scanned - 1, .relative)
                let next = scanned + match.length
                let isCourt = match.value == .court || match.value == .head && isCourtHead(before: next, cue: index, tokens, words)
                appealed = isCourt && scanned == appealEnd
                courtSeen = courtSeen || (isCourt && !relative && !appealed)
                scanned += match.length
            } else if cues.trie.mayStart(tokens[scanned]), let appeal = cues.match(in: tokens, at: scanned, limit: index),
                      appeal.entry.category == .appeal {
                appealEnd = scanned + appeal.length
                scanned += appeal.length
            } else {
                scanned += 1
            }
        }
        return courtSeen && !appealed
    }

    /// `tòa` (cues_courts.tsv `head`) names a court before a capitalised word (`Tòa Hình sự Quốc
    /// tế`), a mark (`Chủ tọa phiên tòa - thẩm phán X quyết định`), right before the ruling cue
    /// (`tòa tuyên`) or before an auxiliary or time word (`tòa đã tuyên`, `tòa hôm 5/3 buộc`);
    /// before a lower-case noun it is the classifier of buildings (`tòa nhà`, `tòa chung cư`).
    private func isCourtHead(before next: Int, cue: Int, _ tokens: [Token], _ words: FunctionWords) -> Bool {
        guard next < cue, let token = tokens[ifPresent: next] else { return next == cue }
        return token.isCapitalized || token.kind != .word || words.match(.auxiliary, in: tokens, at: next, limit: cue) != nil
            || words.match(.adverbialHead, in: tokens, at: next, limit: cue) != nil
    }
}
