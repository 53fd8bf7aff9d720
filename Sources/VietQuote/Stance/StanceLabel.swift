/// Where a quote, a speaker, a side or an article pushes the relation between the
/// states an article is about (see `ANNOTATION.md`, section Stance).
public enum StanceLabel: String, Codable, Sendable, Hashable {
    /// Cooperation, dialogue, respect, de-escalation, denying hostile intent.
    case normalization
    /// Accusation, threat, sanctions, retaliation, demands, expulsions, refusals.
    case confrontation
    /// Neither, or too even to call.
    case neutral
    /// Only for groups of quotes (an article): sides that pull clearly apart.
    case mixed
}

/// The documented cut-offs that turn a score on the −1 … +1 scale into a label.
package enum StanceThresholds {
    /// A quote is `normalization` when its score is at least this, `confrontation` when
    /// it is at most the negative of it, `neutral` in between. VADER's documented
    /// compound threshold (±0.05): one weak term (weight 0.1) still decides a quote.
    package static let quote = 0.05

    /// The band a mean score is read in where a mean is shown with a colour (the CLI's
    /// HTML report). Labels of speakers, sides and articles come from their quotes'
    /// labels (`StanceTally`), never from a mean. Kept equal to `quote`.
    package static let group = 0.05

    /// An article is `mixed` when sides of both poles speak and the smaller pole holds at
    /// least this share of the article's polar quotes (ANNOTATION.md: "at least a fifth");
    /// one stray quote of a minor side among many does not split a one-sided article.
    package static let mixedMinimumShare = 0.2

    /// An article is about sport (RelationGate: none of its quotes relates sides) when at
    /// least this many of its quotes hold a weak match word of `teams.tsv` (`trọng tài`):
    /// one quote on `Tòa Trọng tài` in an article on the arbitration ruling is no sport, a
    /// referee spoken of in two quotes is (silver: a Real Madrid row over referees).
    package static let sportArticleQuotes = 2

    /// How many words after a defence word (`OwnDefenceRule`) an event term is the act
    /// defended against: the term may follow a plural or classifier word (`đẩy lùi các cuộc
    /// tấn công`); further on, an event is the side's own again (`đẩy lùi quân Nga rồi tấn công`).
    static let defenceReach = 2

    /// The largest weight of an intend term of `stance.tsv` that is a bare wish
    /// (`BareWishRule`): `hy vọng`, `mong muốn`, `cơ hội` (0.2), `mong` (0.1) name no act;
    /// from `cam kết` (0.3) up an intend term names one (`sẵn sàng đàm phán`).
    static let bareWish = 0.2

    /// How many words after a home-politics phrase that opens a quote a side qualifies it
    /// (`HomeRivalRule`): a title or `của` may stand between (`bầu cử tổng thống Mỹ`).
    static let rivalQualifier = 2

    /// The largest weight of a term of `stance.tsv` that alone cannot make a quote that
    /// names no other side polar (`LoneWeakTermRule`): `cơ hội`, `đầu tư`, `hỗ trợ` (0.2) are
    /// weak; from `giải quyết`, `tiến triển`, `ủng hộ` (0.3) a term alone keeps its label
    /// (dev 108, 118: gold normalization).
    static let loneWeakTerm = 0.2

    /// The label of `score` with the cut-off `threshold`.
    static func label(_ score: Double, threshold: Double) -> StanceLabel {
        if score >= threshold { return .normalization }
        if score <= -threshold { return .confrontation }
        return .neutral
    }
}
