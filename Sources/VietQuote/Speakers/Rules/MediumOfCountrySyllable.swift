/// A medium head followed by one capitalised syllable that only opens a side's name in
/// `actors.tsv` (`Hàn` of `Hàn Quốc`, `Trung` of `Trung Quốc`, `Thái` of `Thái Lan`) is the
/// press of that country written short, an unnamed source that keeps its words, as
/// `truyền thông Anh` does (ANNOTATION.md: an unnamed source keeps its words): the syllable is
/// no medium's name.
///
/// Recognises: silver 2024-05-22-jung-joon-young `Theo truyền thông Hàn, Jung Joon Young đang
/// tìm cách quay lại …` → `truyền thông Hàn` (was `Hàn`); 2024-07-19-sweet-home `… - báo Hàn
/// nhận xét.` → `báo Hàn`; 2024-08-10-suga `Nhiều tờ báo Hàn cho rằng …` → `Nhiều tờ báo Hàn`
/// (`media: a country's short syllable, keeps its words`).
/// Rejects: a name of two words or more (`báo Thanh Niên`, `báo Người Lao Động`: the medium's
/// own name), a syllable that is a whole side (`truyền thông Anh`, `báo Nhật`: the side parse
/// reads it) or that opens no side (`báo Dân Trí`, `tờ Kommersant`), and a lower-case word.
struct MediumOfCountrySyllable {
    static func decide(_ org: ParsedMention.Organization, _ mention: MentionContext) -> SpeakerDecision? {
        guard let name = org.name, name.count == 1, opensSideOnly(mention.tokens[name.lowerBound], mention.lexicon) else { return nil }
        let parsed = mention.parsed
        let start = parsed.quantified && org.range.lowerBound > parsed.range.lowerBound ? parsed.range.lowerBound : org.range.lowerBound
        let text = mention.text(Range(from: start, to: name.upperBound))
        return SpeakerDecision(Speaker(name: text, mention: mention.text, kind: .media), .mediumCountrySyllable,
                               entry: org.entry.origin)
    }

    /// Whether `token` is capitalised and opens a phrase of `actors.tsv` without being one.
    static func opensSideOnly(_ token: Token, _ lexicon: SpeakerLexicon) -> Bool {
        guard token.kind == .word, token.isCapitalized,
              let node = lexicon.actors.node(after: 0..<1, word: { _ in token.wordID }) else { return false }
        return lexicon.actors.values[Int(node)] == nil
    }
}
