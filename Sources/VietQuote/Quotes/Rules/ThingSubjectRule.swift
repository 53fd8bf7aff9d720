/// A thing as the subject: a cue whose subject (found by an earlier sieve) opens, after a
/// quantifier (`các`, `những`, `một số`), with a `thing_head` noun of function_words.tsv — a
/// thing, an event or a product (`trận đấu`, `vai diễn`, `tính năng`, `khoảnh khắc`) — is no
/// quote: a thing cannot speak, the cue word is used in another sense (`cho thấy` shows,
/// `chia sẻ` shares, `kể` tells of).
///
/// Example (rejected): "Trận đấu này cũng cho thấy hàng thủ của Arsenal vẫn còn nhiều vấn đề."
/// Passes: a person, body or source as the subject (`Huấn luyện viên Arteta cho biết …`);
/// a head noun followed (a comma or dash skipped) by a title of titles.tsv or a personal name: a time
/// phrase glued to the speaker (`Sau trận, HLV Arne Slot xác nhận …`), and so an honorific
/// or pronoun before a capitalised name or after a comma or dash (`sau trận đấu ông Klopp cho biết`,
/// `Sau trận, anh nói`); a head that a title
/// holds (`điện thoại viên`, an operator); documents and reports, which are sources (`Báo cáo
/// cho thấy …`). Still rejected: a capitalised word that names the thing (`tiết mục Hoa xương
/// rồng đòi hỏi`, `ca khúc Giáng sinh … giúp`) and a bare pronoun or honorific right after the
/// head, which opens a relative clause on the thing (`Câu chuyện chị chia sẻ là của …`: silver).
struct ThingSubjectRule: AttributionRule {
    let id = QuoteRule.thingSubject

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        guard reading.hasSubject, let mention = reading.mention else { return .undecided }
        var head = mention.lowerBound
        if let length = view.match(.quantifier, at: head, limit: mention.upperBound) { head += length }
        guard head < mention.upperBound, let length = view.match(.thingHead, at: head, limit: mention.upperBound),
              finder.names.title(in: view.tokens, at: head, limit: mention.upperBound) == nil else { return .undecided }
        var next = head + length
        let afterMark = next < mention.upperBound && view.isPunctuation(next, Punctuation.commaOrDashKeys)
        if afterMark { next += 1 }
        return namesSomeone(at: next, limit: mention.upperBound, afterMark: afterMark, in: view, finder: finder)
            ? .undecided : .rejected
    }

    /// Whether someone who can speak is named at `index`: a title or a personal name; or an
    /// honorific or pronoun (`ông`, `anh`, `họ`) before a capitalised name or after a comma or dash.
    private func namesSomeone(at index: Int, limit: Int, afterMark: Bool, in view: SentenceView, finder: QuoteFinder) -> Bool {
        guard index < limit, view.tokens[index].kind == .word else { return false }
        if finder.names.title(in: view.tokens, at: index, limit: limit) != nil
            || finder.names.startsPersonalName(view.tokens, at: index) { return true }
        guard let person = view.match(.honorific, at: index, limit: limit) ?? view.match(.pronoun, at: index, limit: limit)
                ?? finder.names.pronoun(in: view.tokens, at: index, limit: limit) else { return false }
        // `Câu chuyện chị chia sẻ`: a bare pronoun right after the head opens a relative clause.
        return afterMark || (index + person < limit && view.tokens[index + person].kind == .word
                             && view.tokens[index + person].isCapitalized)
    }
}
