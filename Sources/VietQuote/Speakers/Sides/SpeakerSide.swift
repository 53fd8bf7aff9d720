/// The one place that decides which side a speaker's quote counts for: the library's
/// stance (`QuoteExtractor`), the CLI's tables and reports read it from here.
extension Speaker {
    /// The sides a quote of this speaker counts for in the stance, each once: its
    /// affiliation; else each of `sides` (several sides of one cue, a body that speaks for
    /// itself); else one unknown side (nil).
    package var stanceSides: [String?] {
        if let affiliation { return [affiliation] }
        return sides.map { $0.map(Optional.some) } ?? [nil]
    }

    /// The side or sides the quote counts for in the stance (`stanceSides`) as one label:
    /// the affiliation, else `sides` joined by ` / `, else nil. For display (tables, the
    /// HTML report).
    public var sideLabel: String? {
        affiliation ?? sides.map { $0.joined(separator: " / ") }
    }
}
