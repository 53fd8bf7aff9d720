/// A side that only the article gave a speaker, not the speaker's own words, does not make
/// its quote one about relations between sides (ANNOTATION.md, Stance: a quote is polar
/// only when it is about relations between sides; a market forecast, a company's hiring, a
/// lecturer's course are neutral whatever their words): for `RelationGate`, in an article
/// that relates two sides, such a speaker's side does not let a quote pass that names no
/// side and no matter between states. A side is inferred when the speaker rules took it
/// from the context (`SpeakerRule.contextSide`: the article's first country, given to a
/// person whose mention has none), or completed it as the home side of a Vietnamese name's
/// bare title (`compatriotTitleSide`: `Phó Viện trưởng VEPR Nguyễn Quốc Việt`), of a bare
/// body (`homeSideOfBareBody`: `Bộ Nội vụ`) or of a state organ with a Vietnamese name
/// (`homeSideOfStateOrgan`: `Ban Tôn giáo Chính phủ`, `Cơ quan Cảnh sát điều tra`: a home
/// organ speaks of home affairs unless its words name another side).
///
/// Example (silver): in an article on Temu where another quote names China, a director's
/// `… để xác định được sự cam kết và độ trâu trong công việc của từng ứng viên` (side Việt
/// Nam from the context) and, where an economist cites the UN's forecasts, his `Sự trồi sụt
/// của chỉ số này cho thấy sức khoẻ của ngành dịch vụ và sản xuất chưa thực sự bền vững`
/// are neutral.
/// Rejects: a side the mention itself gives (`Ngoại trưởng Úc Penny Wong`, `Bộ Ngoại giao
/// Nga`, `Điện Kremlin`), a side of a title read from the article (`titleSideFromArticle`),
/// and a quote that names a side or a matter between states (the gate passes it so).
/// Evidence: each term and cue of a quote it silences (one the gate would pass by its
/// speaker's side, were that side not inferred) carries `inferred-side`.
enum InferredSideRule {
    /// The speaker rules that infer a side (see the type's comment).
    static let inferring: [SpeakerRule] = [.contextSide, .compatriotTitleSide, .homeSideOfBareBody, .homeSideOfStateOrgan]

    /// Whether the side of `quote`'s speaker is only inferred.
    static func isInferred(_ quote: borrowing Quote) -> Bool {
        // (The trace's steps read in place: `rules` made an array per quote.)
        guard let trace = quote.explanation.speakerTrace else { return false }
        return trace.steps.contains { inferring.contains($0.rule) }
    }

    /// `stance` silenced: score 0, `neutral`, each weighing record marked `inferred-side`.
    static func silenced(_ stance: QuoteStance) -> QuoteStance {
        stance.silenced(by: .inferredSide)
    }
}
