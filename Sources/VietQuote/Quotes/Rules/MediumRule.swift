/// `M dẫn lời Y rằng …` (a cue of category `medium`): M passes the words on, Y — the object
/// up to `rằng`, a venue, a quotation or a clause mark — speaks (`dẫn phát biểu của ông X`:
/// after the noun link, the possessor).
///
/// Example: "Hãng tin TASS dẫn lời ông Peskov cho biết Moscow sẵn sàng đàm phán."
/// Rejects: a medium cue with no object before its content (`dẫn lời: …`).
struct MediumRule: AttributionRule {
    let id = QuoteRule.medium

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        guard reading.hit.entry.category == .medium else { return .undecided }
        let start = reading.contentFrom
        var index = start
        while index < view.end, !finder.isMediumObjectEnd(view.tokens, index, view.paragraph) { index += 1 }
        guard index > start else { return .rejected }
        var object = Range(from: start, to: index)
        if let link = view.match(.nounFollower, at: object.lowerBound), object.count > link {
            object = Range(from: object.lowerBound + link, to: object.upperBound)   // `dẫn phát biểu của ông X`
        }
        reading.mention = object
        reading.contentFrom = index
        reading.isMedium = true
        return .undecided
    }
}
