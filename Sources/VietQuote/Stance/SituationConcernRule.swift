/// A concern about a situation that names no side behind it accuses no one (ANNOTATION.md,
/// Stance: confrontation is accusation, threat, demand, blame; neutral is "neither, or too
/// even to call"). A word of concern or of a tense, dangerous state of things (`concern.tsv`:
/// `lo ngại`, `đáng lo ngại`, `căng thẳng`, `leo thang`, `nguy hiểm`, the cue `bày tỏ lo
/// ngại`) weighs towards confrontation in `stance.tsv`; said of a side (`các hành động của
/// Trung Quốc … gây bất ổn`) it blames that side. A confrontation quote whose every weighing
/// term and cue is such a word, that announces no act of force (`OwnForceRule`), and whose
/// content names no side but its speaker's own (none, for a speaker of no side or of a side
/// only guessed) is neutral: the speaker finds things worrying, and blames no one.
///
/// Example: dev 106, a US official, `tình hình ở Biển Đông rất đáng lo ngại`; dev 107,
/// Malaysia's foreign ministry, `Bộ này coi việc rò rỉ tài liệu, vốn là kênh liên lạc chính
/// thức giữa hai nước, là mối quan ngại sâu sắc`; dev 414, the UN's coordinator, `[bày tỏ lo
/// ngại] Những diễn biến hôm nay là bước leo thang cực kỳ nguy hiểm, giữa tình hình vốn đang
/// vô cùng biến động` (gold neutral); silver, a US senator's `ông Trump là "nguy hiểm"`
/// (home politics), the UN's `[bày tỏ sự quan ngại đối với] an toàn của dân thường tại
/// miền Đông Congo`.
/// Rejects: a quote that points to a side without naming it, by an act noun or a pronoun
/// or demonstrative subject (dev 117, the US on Panama, `đây là xu hướng đáng lo ngại đối
/// với lợi ích của Mỹ`, gold confrontation; silver, `Hành động của họ cực kỳ nguy hiểm`),
/// a quote that names another side (dev 106: `các hành động gần đây của Trung Quốc
/// tại vùng biển tranh chấp là "gây bất ổn sâu sắc"`; dev 306, Ukraine's border guard on
/// Belarus), a quote where another word weighs (an accusation, a threat, a call: dev 414,
/// `Chúng tôi kêu gọi Iran không nhân cơ hội này … gia tăng căng thẳng … giải pháp ngoại
/// giao`), a cue that warns (`cảnh báo`: a warning, not a concern), a negated concern
/// (`Điện Kremlin "không lo lắng"`: normalization, untouched), and a word of an act that
/// causes the state or labels a side (`gây căng thẳng`, `mối đe dọa`: not in `concern.tsv`).
/// Evidence: each term and cue of a quote it silences carries the modifier `concern`.
struct SituationConcernRule: Sendable {
    /// The rows of `concern.tsv`.
    enum Kind: String, CaseIterable, Sendable {
        /// A word of concern or of a tense, dangerous state of things.
        case concern
        /// A noun of an act or a course someone takes (`hành động`, `động thái`, `xu hướng`):
        /// its concern blames whoever acts.
        case act
        /// A word for a side or an act said before, as a clause's subject (`họ`, `đây`,
        /// `điều này`): the side is pointed to, not named.
        case referent
    }

    /// The phrases of `concern.tsv`.
    let phrases: PhraseTrie<Kind>

    init(files: LexiconFiles) throws(LexiconError) {
        phrases = try StanceLexicon.choiceTrie(files, "concern.tsv", column: "kind", of: Kind.allCases).trie
    }

    /// Whether `content` speaks of an act (a word of kind act anywhere) or points to an actor
    /// it does not name (a word of kind referent opening a clause).
    func pointsToActor(_ content: WordSpans) -> Bool {
        let words = content.words
        let starts = Set(content.clauses.map(\.lowerBound))
        return words.indices.contains { index in
            guard phrases.mayStart(words[index]), let match = phrases.longestMatch(in: words, at: index, limit: words.count) else { return false }
            return match.value == .act || (match.value == .referent && starts.contains(index))
        }
    }

    /// Whether a quote read as `reading`, whose stance has `label` and `evidence`, only
    /// voices concern about a situation (see the type's comment).
    func isConcern(_ reading: RelationGate.Reading, label: StanceLabel, evidence: borrowing [StanceEvidence],
                   gate: RelationGate) -> Bool {
        guard reading.polar, label == .confrontation, !reading.ownForce else { return false }
        // (The tests are read cheapest first: the words of each weighing record, looked up
        // in `phrases`, last.)
        var concerns = 0
        for index in evidence.indices where evidence[index].kind != .modifier && evidence[index].contribution != 0 {
            guard evidence[index].contribution < 0 else { return false }
            concerns += 1
        }
        guard concerns > 0, !pointsToActor(reading.words) else { return false }
        guard gate.namesOnlyOwnSide(reading) else { return false }
        for index in evidence.indices where evidence[index].kind != .modifier && evidence[index].contribution != 0 {
            guard kind(of: evidence[index], in: reading) == .concern else { return false }
        }
        return true
    }

    /// The kind of the words of a term or cue record (`RelationGate.Reading.value(of:in:)`).
    private func kind(of record: StanceEvidence, in reading: RelationGate.Reading) -> Kind? {
        reading.value(of: record, in: phrases)
    }

    /// `stance` silenced: score 0, `neutral`, each weighing record marked `concern`.
    static func silenced(_ stance: QuoteStance) -> QuoteStance {
        stance.silenced(by: .concern)
    }
}

extension RelationGate.Reading {
    /// The value in `phrases` of the words of a term or cue record of this quote: read in the
    /// quote's tokens when the record's offsets are words of its content (a term) or of its
    /// cue standing side by side, else from its text tokenized again (`MatchKey.words`,
    /// ~5,000 instructions). Shared by the rules that look a weighing record up in a lexicon
    /// of their own (`SituationConcernRule`, `HomeJusticeRule`).
    func value<Value>(of record: StanceEvidence, in phrases: PhraseTrie<Value>) -> Value? {
        if let offsets = record.range, let spans = record.kind == .cue ? cue : words,
           let range = spans.wordRange(at: offsets, text: record.text) {
            return phrases.value(in: spans.words, range: range)
        }
        return phrases.value(for: MatchKey.words(record.text))
    }
}
