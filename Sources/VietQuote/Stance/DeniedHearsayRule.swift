/// Denying a report is no refusal of what it reports (ANNOTATION.md, Stance: denying hostile
/// intent is normalization; refusing is confrontation; a fact is neutral). A denial of
/// `negators.tsv` (`bác bỏ`, `phủ nhận`), in the cue or in the content, flips the terms in
/// its scope: a cooperative term it flips weighs towards confrontation, as a refusal of the
/// act would (`từ chối đàm phán`). When the denial's object is a word for what is reported
/// or rumoured (`reports.tsv` kind `hearsay`: `thông tin`, `tin đồn`, `khả năng`,
/// `đồn đoán`), the speaker says the cooperative act is not so, not that it refuses it or
/// acts against the other side: the flipped cooperative term weighs 0.
///
/// The object is the content's first word for a denial in the cue (`[bác bỏ] khả năng …`),
/// the word right after the denial for one in the content (`đã bác bỏ thông tin cho rằng …`).
///
/// Example (dev 407, gold neutral: Cambodia on a Vietnamese group's electric taxis):
/// `[chính phủ Campuchia bác bỏ] khả năng Việt Nam đầu tư vào lĩnh vực taxi điện tại quốc
/// gia này` is neutral (scored confrontation by the denied `đầu tư`).
/// Rejects: a hostile term under the same denial (dev 320, `[phủ nhận] việc Triều Tiên có thể
/// cung cấp vũ khí cho Nga`, and dev 002, `[phủ nhận] việc lên kế hoạch tấn công nước láng
/// giềng`: denying hostile intent stays normalization), a denial of an accusation (dev 116,
/// `[bác bỏ] cáo buộc trên`), a denial whose object is the act itself (dev 445, `[đe dọa]
/// ngừng hỗ trợ Kiev`: stopping aid; dev 115, `[hối thúc] Nga dừng ngay hợp tác quân sự với
/// Bắc Triều Tiên`), and a report word that is not the denial's object (`phủ nhận việc …
/// thông tin`). Also rejected, wrongly: an object after a quantifier (`bác bỏ mọi thông tin`).
/// Evidence: the flipped term keeps its denial modifier and gains `denied-hearsay`, factor 0.
enum DeniedHearsayRule {
    /// `evidence` of the quote of the words `content` with each cooperative term flipped by
    /// a denial of a report silenced; `reports` reads the `hearsay` rows.
    static func apply(to evidence: [StanceEvidence], content: WordSpans, reports: borrowing EventReportRule) -> [StanceEvidence] {
        guard evidence.contains(where: isDeniedCooperation) else { return evidence }
        var result = evidence
        for index in result.indices where isDeniedCooperation(result[index]) {
            guard let denial = result[index].modifiers.last(where: isDenial),
                  let object = objectStart(of: denial, before: result[index], in: result, content: content),
                  reports.isHearsay(content.words, at: object) else { continue }
            result[index].modifiers.append(StanceEvidence.Modifier(.deniedHearsay, text: denial.text, factor: 0))
            result[index].contribution = 0
        }
        return result
    }

    /// Whether `record` is a cooperative term that a denial turned towards confrontation.
    static func isDeniedCooperation(_ record: StanceEvidence) -> Bool {
        record.kind == .term && record.weight > 0 && record.contribution < 0 && record.modifiers.contains(where: isDenial)
    }

    /// Whether `modifier` is a denial of the content or of the cue.
    static func isDenial(_ modifier: StanceEvidence.Modifier) -> Bool {
        modifier.name == StanceModifierName.denial.rawValue || modifier.name == StanceModifierName.cueDenial.rawValue
    }

    /// The index of the first word of what `denial` denies: the content's first word for the
    /// cue's denial; for the content's, the word after the last denial record of its text
    /// that ends before `term`. Nil when none is found.
    static func objectStart(of denial: StanceEvidence.Modifier, before term: StanceEvidence, in evidence: [StanceEvidence],
                            content: WordSpans) -> Int? {
        if denial.name == StanceModifierName.cueDenial.rawValue { return 0 }
        guard let termStart = term.range?.lowerBound,
              let end = evidence.last(where: { record in
                  record.kind == .modifier && record.text == denial.text
                      && record.range.map { $0.upperBound <= termStart } ?? false
              })?.range?.upperBound else { return nil }
        return content.words.indices.first { content.offsets($0..<$0 + 1).lowerBound >= end }
    }
}
