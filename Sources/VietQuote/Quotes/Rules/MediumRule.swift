/// `M dẫn lời Y rằng …` (a cue of category `medium`): M passes the words on, Y — the object
/// up to `rằng`, a venue, a quotation or a clause mark — speaks (`dẫn phát biểu của ông X`:
/// after the noun link, the possessor). An abbreviation's full stop (`dẫn lời BS. Đặng Xuân
/// Thắng`: `AbbreviationStopRule`) is no clause mark.
///
/// Example: "Hãng tin TASS dẫn lời ông Peskov cho biết Moscow sẵn sàng đàm phán."
/// Rejects: a medium cue with no object before its content (`dẫn lời: …`).
struct MediumRule: AttributionRule {
    let id = QuoteRule.medium

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        guard reading.hit.entry.category == .medium else { return .undecided }
        let start = reading.contentFrom
        var index = start
        let abbreviation = AbbreviationStopRule()
        while index < view.end {
            // `dẫn lời BS. Đặng Xuân Thắng`: a title's full stop is no end of the object.
            if abbreviation.isAbbreviationStop(at: index, in: view.paragraph, lower: start, end: view.end) {
                if !reading.refinements.contains(abbreviation.id) { reading.refinements.append(abbreviation.id) }
            } else if finder.isMediumObjectEnd(view.tokens, index, view.paragraph) {
                break
            }
            index += 1
        }
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
