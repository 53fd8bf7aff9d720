/// A refusal right before a verb of saying is one cue with it (function_words.tsv class
/// `refusal`: `từ chối`): `từ chối` + any `statement` or `announce` cue of cues.tsv (`từ chối
/// xác nhận`, `từ chối bình luận`, `từ chối khẳng định`, `từ chối giải thích`), so the verb
/// takes what it takes after it as it would alone (the dev gold: `Hàn Quốc đã từ chối xác nhận
/// liệu …`, `từ chối trả lời các câu hỏi …`, cue `từ chối trả lời`), and the subject is read
/// before the refusal. The stance scorer reads such a cue as a refusal to speak
/// (RefusalToSpeakRule). The hit it widens carries this rule's id.
///
/// Example: "Ông Peskov từ chối khẳng định liệu hai nhà lãnh đạo có gặp nhau hay không."
/// (cue `từ chối khẳng định`, content `liệu hai nhà lãnh đạo …`)
/// Rejects: a refusal before a cue of another kind (`từ chối yêu cầu của Nhật Bản`: the appeal
/// is the thing refused, no saying) and a refusal with a word between it and the cue.
struct RefusalCueRule {
    let id = QuoteRefinement.refusalCue

    /// The hits of a paragraph, each verb of saying right after a refusal widened to start at it.
    func joined(_ hits: [CueHit], in tokens: [Token], words: FunctionWords) -> [CueHit] {
        // (Most paragraphs have no refusal: their hits are handed back as they are, not copied.)
        // (Read by index, field by field: a closure over the hits copied each one, its
        // refinements and entry retained and released.)
        guard hits.indices.contains(where: {
            refusal(category: hits[$0].entry.category, start: hits[$0].range.lowerBound, in: tokens, words: words) != nil
        }) else { return hits }
        return hits.map { hit in
            guard let refusal = refusal(before: hit, in: tokens, words: words) else { return hit }
            var widened = hit
            widened.range = Range(from: refusal, to: hit.range.upperBound)
            widened.refinements.append(id)
            return widened
        }
    }

    /// Where a refusal that ends right before the verb of saying `hit` starts, if one does.
    private func refusal(before hit: CueHit, in tokens: [Token], words: FunctionWords) -> Int? {
        refusal(category: hit.entry.category, start: hit.range.lowerBound, in: tokens, words: words)
    }

    /// `refusal(before:in:words:)` of a hit of `category` starting at token `start`.
    private func refusal(category: CueCategory, start: Int, in tokens: [Token], words: FunctionWords) -> Int? {
        guard category == .statement || category == .announce,
              let refusal = words.matchEnding(.refusal, in: tokens, at: start, lowerBound: 0),
              refusal < start else { return nil }
        return refusal
    }
}
