/// A body written with no name (function_words.tsv `body_noun`, lower case: `cơ quan quản lý`,
/// `đơn vị quản lý dự án`, `bệnh viện`) as the subject of a cue inside the content of a named
/// speaker's attribution earlier in the sentence is part of what that speaker said: the
/// speaker tells what the body does or will do, the body does not speak here (ANNOTATION.md:
/// a cue inside the content of another quote makes no quote of its own). No quote, and the
/// named speaker's content runs on over it.
///
/// Example (rejected): "Ông Nguyễn Nguyên cũng cho biết, về nguyên tắc quản lý, khi có dư luận
/// về bất kỳ cuốn sách nào đó, cơ quan quản lý sẽ thông tin cho nhà xuất bản …" (silver
/// 2024-05-08-mot-thoang-ta-ruc-ro-nhan-gian: the quote is Nguyễn Nguyên's).
/// Passes: a body at the head of its own sentence (`cơ quan điều tra thông báo …`), a body with
/// a name (`cơ quan chức năng Nhật Bản`, a capitalised word), a body after an earlier subject
/// that names no one (`Trong lúc các CĐV Man City đòi bỏ về, ban tổ chức sân nói …`: the
/// earlier mention opens with a lower-case word that is no honorific), an anaphor (`cơ quan này`).
struct BodyInContentRule: AttributionRule {
    let id = QuoteRule.bodyInContent

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        guard reading.hasSubject, !reading.isCoordinated, let mention = reading.mention,
              let previous = reading.previous, !previous.isCreditOnly,
              let speaker = previous.mention, mention.lowerBound >= previous.contentStart,
              isUnnamedBody(mention, in: view), isNamed(speaker, in: view) else { return .undecided }
        return .rejected
    }

    /// A subject that names a speaker only by its `body_noun` head: no capitalised word, no
    /// anaphor (`cơ quan này` stands for the body named before: `CIO yêu cầu PSS hợp tác, nhưng
    /// cơ quan này còn trích dẫn …` is PSS's own act, silver).
    private func isUnnamedBody(_ mention: Range<Int>, in view: SentenceView) -> Bool {
        view.match(.bodyNoun, at: mention.lowerBound, limit: mention.upperBound) != nil
            && view.match(.pronoun, at: mention.lowerBound, limit: mention.upperBound) == nil
            && !mention.contains { view.tokens[$0].kind == .word && view.isCapitalized($0) }
    }

    /// A speaker whose mention opens with a name or title (a capitalised word) or an honorific.
    private func isNamed(_ speaker: Range<Int>, in view: SentenceView) -> Bool {
        view.isCapitalized(speaker.lowerBound) || view.match(.honorific, at: speaker.lowerBound) != nil
    }
}
