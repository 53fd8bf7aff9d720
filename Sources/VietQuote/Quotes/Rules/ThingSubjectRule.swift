/// A thing as the subject: a cue whose subject (found by an earlier sieve) opens, after a
/// quantifier (`các`, `những`, `một số`), with a `thing_head` noun of function_words.tsv — a
/// thing, an event or a product (`trận đấu`, `vai diễn`, `tính năng`, `khoảnh khắc`) — is no
/// quote: a thing cannot speak, the cue word is used in another sense (`cho thấy` shows,
/// `chia sẻ` shares, `kể` tells of).
///
/// Example (rejected): "Trận đấu này cũng cho thấy hàng thủ của Arsenal vẫn còn nhiều vấn đề."
/// Passes: a person, body or source as the subject (`Huấn luyện viên Arteta cho biết …`), a
/// head noun followed by a name (`Câu lạc bộ`, not a thing), documents and reports, which are
/// sources (`Báo cáo cho thấy …`).
struct ThingSubjectRule: AttributionRule {
    let id = QuoteRule.thingSubject

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        guard reading.hasSubject, let mention = reading.mention else { return .undecided }
        var head = mention.lowerBound
        if let length = view.match(.quantifier, at: head, limit: mention.upperBound) { head += length }
        guard head < mention.upperBound, view.match(.thingHead, at: head, limit: mention.upperBound) != nil else { return .undecided }
        return .rejected
    }
}
