/// A causative inside a mention (`X khiến Y <cue>`, class `causative` of function_words.tsv:
/// `khiến`, `khiến cho`): Y is the one made to speak and the cue's subject; X, the cause, only
/// made Y speak. The mention starts after the causative (`SpeakerResolver.trimmed`), and the
/// speaker's trace carries `mention: after a causative, the one made to speak`.
///
/// Recognises: `Chính điều đó khiến người đẹp khẳng định bản thân đã tìm được hạnh phúc …`
/// (silver 2024-04-21-midu) → `người đẹp`; `Điều này khiến cộng đồng mạng cho rằng …` →
/// `cộng đồng mạng`.
/// The cause still names who acted in the sentence: a person it names (`Những màn bóng gió của
/// BB Trần khiến cả hai vợ chồng … phải thốt lên: …`, silver 2024-07-10-bb-tran) joins the
/// speaker history as an antecedent for the pronouns after it (a later `Anh từng tiết lộ rằng`
/// → BB Trần), though it speaks no quote here (`cause`).
/// Rejects: a causative that ends the mention (`… khiến` with no one after it), and a mention
/// without one (`Thanh tra Bộ GD-ĐT khẳng định …` is read whole). `làm cho` ("work for") and
/// `gợi` (`gợi ý`) are no causatives.
struct CausativeMention {
    let words: FunctionWords

    /// The length of the causative at `position`, when someone stands after it before `limit`.
    func length(in tokens: [Token], at position: Int, limit: Int) -> Int? {
        guard let length = words.match(.causative, in: tokens, at: position, limit: limit), position + length < limit else { return nil }
        return length
    }

    /// Whether the cause's own reading (`SpeakerResolver.resolveMention` of the words before the
    /// causative) names a person by name (`NameRule`: `giọng hát của Jennie` → Jennie): a
    /// pronoun or anaphor cause (`Điều này`, `Chính điều đó`), a body or a side is no antecedent.
    static func namesPerson(_ cause: SpeakerDecision) -> Bool {
        guard cause.speaker.kind == .person, !cause.speaker.name.isEmpty, let rule = cause.trace.rules.first else { return false }
        return rule == .name || rule == .fullestName
    }
}
