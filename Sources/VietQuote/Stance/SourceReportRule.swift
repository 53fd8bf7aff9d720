/// An unnamed source that speaks for no side reports (ANNOTATION.md, Stance: a report of
/// what happened or is expected is `neutral`; the spec's audit of the dev gold made such
/// sources' reports neutral): a quote whose speaker is of kind `source` — unnamed sources,
/// groups of unnamed officials or analysts, reports, polls — with no side of its own keeps
/// its evidence, but every contribution weighs 0 and the quote is `neutral`. The sides
/// named in its words take no stance from it; it neither makes an article one of relations
/// (`RelationGate`) nor counts in the article's label.
///
/// Example: `Theo nguồn tin này, Mỹ có thể siết chặt quy định …` (dev 001), `Theo các nhà
/// phân tích, … Nga sẽ phải mất gần một năm để kiểm soát …` (dev 442) are neutral.
/// Rejects: a source that speaks for a side (`các quan chức Ấn Độ`, a document of a state:
/// its affiliation) and every named speaker, media and expert (other kinds) keep their
/// stance.
/// Evidence: each term and cue that weighed carries the modifier `unnamed-source`, factor 0.
enum SourceReportRule {
    /// Whether a quote of `speaker`, counting for `sides`, is such a source's report.
    static func reports(_ speaker: Speaker, sides: [String?]) -> Bool {
        speaker.kind == .source && sides.allSatisfy { $0 == nil }
    }

    /// `stance` with every contribution silenced: score 0, `neutral`.
    static func silenced(_ stance: QuoteStance) -> QuoteStance {
        stance.silenced(by: .unnamedSource)
    }
}
