/// `lên tiếng phủ nhận …`: a cue that only says the speaker spoke up (function_words.tsv
/// class `lead_cue`), right before another cue, is no cue of its own: the next cue says what
/// was said and is the quote's cue (the dev gold: `lên tiếng bác bỏ video này`, cue `bác
/// bỏ`), and its subject is read before the lead. The hit it joins carries this rule's id.
///
/// Example: "Ban bầu cử tại quận Bucks sau đó đã nhanh chóng lên tiếng bác bỏ video này."
/// Passes: a lead with no cue right after it (`lên tiếng về vụ việc`, `lên tiếng sau khi …`):
/// it stays a cue and the sieves read it as before.
struct LeadCueRule {
    let id = QuoteRefinement.leadCue

    /// The hits of a paragraph with each lead dropped and given to the cue right after it.
    func joined(_ hits: [CueHit], in tokens: [Token], words: FunctionWords) -> [CueHit] {
        // (Most paragraphs have no lead: their hits are handed back as they are, not copied.)
        // (Read by index: a closure over the hits copied each one, its refinements and entry
        // retained and released.)
        guard hits.indices.contains(where: { lead(start: hits[$0].range.lowerBound, in: tokens, words: words) != nil }) else { return hits }
        var result: [CueHit] = []
        for var hit in hits {
            if let lead = lead(before: hit, in: tokens, words: words) {
                result.removeAll { $0.range.lowerBound >= lead && $0.range.upperBound <= hit.range.lowerBound }
                hit.lead = Range(from: lead, to: hit.range.lowerBound)
                hit.refinements.append(id)
            }
            result.append(hit)
        }
        return result
    }

    /// Where a lead that ends right before `hit` starts, if one does.
    private func lead(before hit: CueHit, in tokens: [Token], words: FunctionWords) -> Int? {
        lead(start: hit.range.lowerBound, in: tokens, words: words)
    }

    /// `lead(before:in:words:)` of a hit starting at token `start`.
    private func lead(start: Int, in tokens: [Token], words: FunctionWords) -> Int? {
        guard let lead = words.matchEnding(.leadCue, in: tokens, at: start, lowerBound: 0), lead < start else { return nil }
        return lead
    }
}
