/// The opening bracket of a link's text (`[headline](url)`: an aggregator's list of related
/// articles, a headline written as a Markdown link) is no part of the speaker: a mention that
/// starts with it starts after it, and the rules read the words of the headline's subject.
/// The speaker's trace says `mention: after the bracket that opens a link's text`.
///
/// Recognises: silver 2024-05-08 `[Công an yêu cầu cung cấp nội dung gì liên quan dự án Aqua
/// City ...](https://…)` → the mention `Công an`, not `[Công an` (last resort kept the bracket
/// in the name: `[Bài hát`, `[Danh hài nổi tiếng`, `[Nhà đầu tư`); `[Nhà đầu tư đề xuất …](…)`
/// → `Nhà đầu tư`.
/// Rejects: a mention that is the bracket alone, a bracket before no word (a footnote's
/// number, `[1] Thế giới ca ngợi …`, is left as it is), and a bracket whose `]` is not followed
/// by `(` — a tag, not a link (review14 S1: silver `[Trực tiếp] Man City …`, `[Photo] Thái
/// Nguyên …`; such a mention is left as it was).
enum LinkTextBracket {
    /// Where `mention` starts once the link's opening bracket is left out, or nil when it
    /// opens with none.
    static func start(of mention: Range<Int>, in tokens: [Token]) -> Int? {
        guard mention.count > 1, tokens[mention.lowerBound].kind == .punctuation, tokens[mention.lowerBound].key == "[",
              tokens[mention.lowerBound + 1].kind == .word, opensLink(at: mention.lowerBound, in: tokens) else { return nil }
        return mention.lowerBound + 1
    }

    /// Whether the bracket at `open` closes (the first `]` after it) right before a `(`: `[text](url)`.
    private static func opensLink(at open: Int, in tokens: [Token]) -> Bool {
        guard let close = tokens[(open + 1)...].firstIndex(where: { $0.kind == .punctuation && $0.key == "]" }) else { return false }
        return tokens[ifPresent: close + 1].map { $0.key == "(" } ?? false
    }
}
