/// A negation of a verb of saying inside the content negates the saying, not what is said
/// (as `RefusalToSpeakRule` reads the cue; ANNOTATION.md, Stance: what the speaker does
/// with the words decides): a negator of `negators.tsv` (kind negator) followed within
/// its scope, before any term, by a verb of saying of `cues.tsv` (category `statement` or
/// `announce`: `nói`, `khẳng định`) flips nothing at or after that verb. The speaker
/// declines to assert, or to assert yet; the event said keeps the sign of its own words.
///
/// Example: dev 438, a Ukrainian commander on retaking the Kinburn spit: `Giờ đây, chúng ta
/// không thể nói rằng một cuộc tấn công vào Kinburn sẽ diễn ra ngay lập tức` announces its
/// side's attack, only not its date: `cuộc tấn công` is not flipped into a cooperative
/// term (gold confrontation).
/// Rejects: a negator with a term before the verb (`không tấn công, như chúng tôi đã nói`:
/// the term is negated as before); a negated verb that is no verb of saying (`không muốn
/// chiến tranh`, `không tin rằng …`: `tin` is no statement); a denial (`phủ nhận`, `bác
/// bỏ`), which takes what was said as its object.
/// Evidence: a modifier record of category `saying-negation` for each negator so read,
/// weight 1, contribution 0.
enum SayingNegationRule {
    /// Cuts the scope of each negator of `analysis` that governs a verb of saying (see the
    /// type's comment) before that verb, and returns the negators' word ranges.
    static func apply(to analysis: inout ContentAnalysis, refusal: RefusalToSpeakRule) -> [Range<Int>] {
        var found: [Range<Int>] = []
        let words = analysis.spans.words
        for index in analysis.items.indices {
            guard case .negator(var rule) = analysis.items[index].entry, rule.kind == .negator else { continue }
            let end = analysis.items[index].words.upperBound
            // The first term after the negator bounds the search: a term before the verb is negated.
            var limit = min(words.count, end + rule.scope + 1)
            for next in analysis.items.indices where next > index {
                if case .term = analysis.items[next].entry { limit = min(limit, analysis.items[next].words.lowerBound); break }
            }
            guard let verb = (end..<max(end, limit)).first(where: {
                analysis.spans.clause(of: $0) == analysis.spans.clause(of: end - 1) && refusal.isSaying(words, at: $0)
            }) else { continue }
            rule.scope = verb - end - 1
            analysis.items[index].entry = .negator(rule)
            found.append(analysis.items[index].words)
        }
        return found
    }

    /// The evidence record of a negator at `words` of `spans` that governs a verb of saying.
    static func evidence(_ words: Range<Int>, in spans: borrowing WordSpans) -> StanceEvidence {
        let found = spans.found(words)
        return StanceEvidence(kind: .modifier, text: found.text, category: StanceModifierName.sayingNegation.rawValue,
                              weight: 1, contribution: 0, range: found.offsets)
    }
}
