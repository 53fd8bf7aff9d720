/// A news medium that speaks for no side reports (ANNOTATION.md, Stance: a report of what
/// happened or is expected is `neutral`; the audit of the dev gold made media's reports
/// neutral: `media (AFP) report of summons; report of event, no own claim`): a quote whose
/// speaker is of kind `media` — an agency, a paper, a channel, a site — with no side of its
/// own and no side in its name keeps its evidence, but every contribution weighs 0 and the
/// quote is `neutral`. Like an unnamed source's report (`SourceReportRule`), it neither makes
/// an article one of relations (`RelationGate`) nor counts in the article's label.
///
/// Example: dev 105, `[hãng AFP đưa tin] Trung Quốc và Nhật đã triệu tập đại sứ của nhau sau
/// căng thẳng …`, dev 001, `[tờ Kommersant] có khả năng Mỹ sẽ đóng cửa một trong những lãnh sự
/// quán của Nga` (gold neutral); silver 2024-05-28-trieu-tien, `[Reuters] Cảnh báo tại tỉnh
/// Okinawa đã được gỡ bỏ …`, 2025-02-01-congo, `[theo hãng thông tấn TASS] phiến quân M23 dưới
/// sự hỗ trợ của quân đội Rwanda …` are neutral.
/// Rejects: a medium that speaks for a side (its affiliation) or names one (`Hãng thông tấn
/// trung ương Triều Tiên`, a state's agency, dev 116 gold confrontation; `tờ báo Philippines`),
/// and every other kind of speaker. (It also silences a medium's own claim: dev 408 `[Đài CNN]
/// video này là một phần âm mưu của Nga …` and dev 313 `[Euractiv.com] Serbia và … Kosovo sẽ nối
/// lại đàm phán …`, gold polar, are lost; six media reports of dev are won.)
/// Evidence: each term and cue that weighed carries the modifier `media-report`, factor 0.
enum MediaReportRule {
    /// Whether `speaker`, counting for `sides`, is a medium of no side.
    static func speaks(_ speaker: Speaker, sides: [String?]) -> Bool {
        speaker.kind == .media && sides.allSatisfy { $0 == nil }
    }

    /// Whether a medium of no side named `name` reports: its name names no side, read by `gate`.
    static func reports(named name: String, gate: RelationGate) -> Bool {
        gate.sides(in: WordSpans(name)).isEmpty
    }

    /// `stance` with every contribution silenced: score 0, `neutral`.
    static func silenced(_ stance: QuoteStance) -> QuoteStance {
        stance.silenced(by: .mediaReport)
    }
}
