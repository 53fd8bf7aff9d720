/// A cue whose subject is a person pronoun that opens a statement's content (`X cho biết, ông
/// đã khuyến khích …`) reports the speaker's own act in the speaker's words: the pronoun is the
/// speaker, as `tôi` would be in a direct quote (ANNOTATION.md: first-person words inside a
/// quote make no new quote; a cue inside the content of another quote makes none). No quote:
/// the statement's content runs on over it.
///
/// Example (rejected): "Trong một bài đăng khác, ông Trump cho biết, ông đã khuyến khích cựu
/// ngôi sao khúc côn cầu chuyên nghiệp Wayne Gretzky tranh cử thủ tướng Canada." (dev 310:
/// the gold quote is `cho biết`'s, content `ông đã khuyến khích …`).
/// Passes: a pronoun that is not first in the content (`cho biết Nga sẵn sàng và ông đã …`), a
/// named subject (`cho biết, bà Harris đã kêu gọi …`: another speaker), a group or an anaphor
/// of a body (`họ`, `nước này`: another party may speak), a previous cue that is no statement
/// (`kêu gọi`, `cáo buộc`: their content is no report of words).
struct PronounInContentRule: AttributionRule {
    let id = QuoteRule.pronounInContent

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        guard reading.hasSubject, !reading.isCoordinated, let mention = reading.mention,
              let previous = reading.previous, !previous.isCreditOnly, previous.entry.category == .statement,
              previous.rule != .sourcePreposition, mention.lowerBound == previous.contentStart,
              isPersonPronoun(mention, in: view) else { return .undecided }
        return .rejected
    }

    /// An honorific alone (`ông`, `bà`) or a person pronoun that opens with one (`ông ấy`, `bà ta`).
    private func isPersonPronoun(_ mention: Range<Int>, in view: SentenceView) -> Bool {
        guard view.isWord(mention.lowerBound, .honorific) else { return false }
        return mention.count == 1 || view.match(.pronoun, at: mention.lowerBound, limit: mention.upperBound) == mention.count
    }
}
