/// A quote with no mention of its own (a floating quote: a paragraph that is only a
/// quotation) is the previous quote's speaker's; the first quote of an article without a
/// mention has no speaker.
///
/// Recognises: `"Chúng tôi sẽ không lùi bước."` as a paragraph of its own after a quote of
/// Sergei Lavrov → Sergei Lavrov (`floating: previous speaker`).
/// Rejects: every quote with a mention (the mention rules read it); with no quote before,
/// an empty unnamed source (`none`).
struct FloatingRule: Sendable {
    func decide(previous: Speaker?) -> SpeakerDecision {
        if let previous { return SpeakerDecision(previous, .floatingPrevious) }
        return SpeakerDecision(Speaker(name: "", mention: "", kind: .source), .none)
    }
}
