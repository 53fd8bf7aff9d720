/// A statement cue whose object is a reason or a cause (function_words.tsv `reason_noun`:
/// `lý do`, `nguyên nhân`) and that states none: the cue names what the speaker talked about,
/// not what was said (ANNOTATION.md: a topic with no content clause is no quote). No quote, but
/// a credit that ends the content of an attribution before it, as `TopicOnlyRule`'s topics.
/// The reason is stated when a link (`reason_link`: `là`, `vì`, `do`, `bởi`, `xuất phát từ`,
/// `đến từ` …), a `rằng`, a colon or a quotation follows in the sentence: then the words are
/// the content (`Các kỹ sư của Facebook cho biết nguyên nhân của vụ việc là do những thay
/// đổi cấu hình …`; the dev gold 407: `nguyên nhân của sự hiểu lầm là từ cuộc gặp …`). It is
/// stated too when the noun phrase is the subject of its own predicate: a `reason_predicate`
/// word (`cũng`, `đã`, `chưa`, `không`, `được`, `khá` …) before the clause's first comma (silver
/// 2024-04-30-co-viet-nam `Baro cho biết lý do anh treo cờ cũng khá đơn giản`).
///
/// Example (a credit): "Nhà lãnh đạo Ukraine lý giải nguyên nhân muốn thay thế nhà ngoại giao
/// hàng đầu." (the dev article 421; silver: `Vợ cũ Hoài Lâm tiết lộ lý do ly hôn 5 năm trước`).
/// Passes: a reason stated after the noun phrase (above), a quotation before the speaker
/// (`"Tôi nghĩ lỗi không hoàn toàn do ai …", nam nghệ sĩ nói về nguyên nhân ly hôn`: silver
/// 2024-04-21-chi-trung), a reason question (`lý do vì sao X`
/// is a topic: `vì` before `sao` is no link), a cue of another category (`theo`, `cáo buộc`).
struct ReasonTopicRule: AttributionRule {
    let id = QuoteRule.reasonTopic

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        let start = reading.contentFrom
        guard reading.hit.entry.category == .statement, start < view.end,
              let noun = view.match(.reasonNoun, at: start, limit: view.end),
              !statesReason(from: start + noun, in: view) else { return .undecided }
        // `"…", nam nghệ sĩ nói về nguyên nhân ly hôn`: the quotation before is what was said.
        let credit = reading.attribution(contentStart: view.end, isCreditOnly: true)
        guard QuoteFirstRule().quote(before: credit, in: view.paragraph, earlier: []) == nil else { return .undecided }
        return .attributed(credit)
    }

    /// Whether the words from `index` to the sentence's end state the reason: a link word
    /// (not `vì sao` "why"), a complementizer, a colon or quoted words; or, before the first
    /// comma, a predicate of the reason's noun phrase.
    private func statesReason(from index: Int, in view: SentenceView) -> Bool {
        let clauseEnd = (index..<view.end).first { view.isPunctuation($0, Punctuation.commaKeys) } ?? view.end
        if (index..<clauseEnd).contains(where: { view.match(.reasonPredicate, at: $0, limit: clauseEnd) != nil }) { return true }
        return (index..<view.end).contains { at in
            if view.tokens[at].kind == .quote || view.paragraph.insideQuote[at] || view.isPunctuation(at, ":") { return true }
            if view.isWord(at, .complementizer) { return true }
            guard view.match(.reasonLink, at: at, limit: view.end) != nil else { return false }
            return view.match(.reasonQuestion, at: at, limit: view.end) == nil
        }
    }
}
