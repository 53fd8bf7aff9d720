/// A cue that also means "require" (function_words.tsv `requirement_cue`: `đòi hỏi`) reads as
/// a need, not a demand, when its object opens with a quality noun or a bare modal of duty
/// (`requirement_object`: `sự`, `phải`, `cần`) and holds no clause up to the first comma
/// (`RecallObjectRule.isBareObject`, the modal itself aside), and its subject names no one who
/// speaks: no title, personal name, body name, honorific or pronoun (`Những thách thức này đòi
/// hỏi sự điều hành chính sách linh hoạt`, `…, đòi hỏi phải có tổ chức hội chuyên biệt`): no quote.
///
/// Example (rejected): "Những thách thức này đòi hỏi sự điều hành chính sách linh hoạt và hiệu
/// quả để duy trì đà phục hồi." (silver 2024-10-15-nguyen-quoc-viet, audit11 #7).
/// Passes: a speaker as the subject (`Thủ tướng đòi hỏi sự vào cuộc quyết liệt của các bộ`),
/// an addressee before the modal (`nhiều người vẫn đòi hỏi cô … phải chịu trách nhiệm`), an
/// object of another kind (`Al Nassr đòi hỏi một quả penalty`).
///
/// Right after a comma (no subject of its own, the words before it are a clause), the cue is a
/// need of the situation just told, "which requires", whatever its object (cues22, audit12
/// pattern 3; silver: `Messi đang gặp phải một chấn thương phức tạp ở chân, đòi hỏi thời gian
/// điều trị …`, `… là dự án lớn, có ý nghĩa quan trọng đối với thành phố, đòi hỏi sự quan tâm …`).
struct RequirementSenseRule: AttributionRule {
    let id = QuoteRule.requirementSense

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        let cue = reading.hit.range
        let start = reading.contentFrom
        let isRequirement = view.match(.requirementCue, at: cue.lowerBound, limit: cue.upperBound) == cue.count
        // `…, đòi hỏi …`: what the situation told before the comma needs.
        let opening = reading.hit.lead?.lowerBound ?? cue.lowerBound
        if isRequirement, opening > view.start, view.isPunctuation(opening - 1, ",") { return .rejected }
        guard isRequirement, start < view.end,
              let object = view.match(.requirementObject, at: start, limit: view.end),
              start + object >= view.end || RecallObjectRule.isBareObject(from: start + object, in: view),
              !namesSpeaker(reading.mention, in: view, finder: finder) else { return .undecided }
        return .rejected
    }

    /// Whether the subject's words hold someone who can speak: a title, a personal name, a
    /// body's name, an honorific or a pronoun.
    private func namesSpeaker(_ mention: Range<Int>?, in view: SentenceView, finder: QuoteFinder) -> Bool {
        guard let mention else { return false }
        return mention.contains { index in
            finder.names.title(in: view.tokens, at: index, limit: mention.upperBound) != nil
                || finder.names.startsPersonalName(view.tokens, at: index)
                || finder.names.bodyName(in: view.tokens, at: index, limit: mention.upperBound) != nil
                || view.isWord(index, .honorific) || view.isWord(index, .pronoun)
                || finder.names.pronoun(in: view.tokens, at: index, limit: mention.upperBound) != nil
        }
    }
}
