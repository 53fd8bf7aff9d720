/// A country named as a place or as a person's citizenship names no side in a quote's
/// content (ANNOTATION.md, Stance: stance is about relations between states and the sides of
/// an international conflict). A country right after a preposition of place (`place_words.tsv`
/// kind place: `tại`, `ở`) is where something happens, and one right after a noun of persons of a
/// nationality (kind citizen: `công dân`) is their citizenship: neither acts. Read as sides,
/// they made a company's lawsuit, a coach's line-up, a court's plea deal or a gold analyst's
/// forecast "relate two sides" for `RelationGate`.
/// The place of a war, a fight or a peace stays a side: a word of kind theatre (`chiến sự`,
/// `xung đột`, `hòa bình`, `tấn công`) anywhere in the preposition's clause before it, since
/// war reporting puts the preposition after the object of the act, not the act (review14 M3:
/// `tấn công … vào các mục tiêu quân sự ở Ukraine`).
///
/// Example: silver 2024-04-15-pham-nhat-vuong, VinFast's lawyer (read as of France), `việc
/// kiện tụng tại Mỹ là hết sức bình thường`: `Mỹ` is where the suit runs; silver
/// 2024-11-13, Chile's prosecutor, `đây là thỏa thuận "một lần", được nạn nhân, là một công
/// dân Chile, chấp nhận`; silver 2024-07-09, Argentina's coach, `bất chấp tuổi tác của họ
/// ít nhiều chịu tác động từ nắng nóng tại Mỹ`; dev 118, Lula (gold neutral), `họ sẽ bị bắt ở
/// Argentina nếu không về nước`.
/// Rejects: a country after another preposition (`rút quân khỏi Ukraine`), after `người`
/// (`người Nga` also stands for the state), after a noun of persons and the preposition (dev
/// 117, `các quan chức ở Panama "hãy tuân thủ …"`, gold confrontation: Panama's officials are
/// Panama), and the place of a war (silver, Putin's `điều kiện đàm phán chấm dứt chiến sự tại
/// Ukraine`; silver 2024-11-21, `Ukraine đã thực hiện cuộc tấn công đầu tiên vào một khu vực
/// biên giới ở Nga`).
/// Evidence: a quote polar as scored whose content holds such a country carries a modifier
/// record `place` (factor 0, no weight) for each one: its relation was read without it.
struct SidePlaceRule: Sendable {
    /// The rows of `place_words.tsv`.
    enum Kind: String, CaseIterable, Sendable {
        /// A preposition of place (`tại`).
        case place
        /// A noun of persons of a nationality (`công dân`).
        case citizen
        /// A noun of war or peace: a place after it is the war's side.
        case theatre
    }

    let phrases: PhraseTrie<Kind>
    /// The most words of a `place_words.tsv` row.
    let longest: Int

    init(files: LexiconFiles) throws(LexiconError) {
        (phrases, longest) = try StanceLexicon.choiceTrie(files, "place_words.tsv", column: "kind", of: Kind.allCases)
    }

    /// The kind of the phrase of `place_words.tsv` that ends right before `end` in `spans`'
    /// clause of `end`, and where it starts.
    private func phrase(endingAt end: Int, in spans: borrowing WordSpans) -> (kind: Kind, start: Int)? {
        guard end > 0, end <= spans.words.count else { return nil }
        let clause = spans.clause(of: end - 1)
        for length in stride(from: min(longest, end), through: 1, by: -1) where spans.clause(of: end - length) == clause {
            if let kind = phrases.value(in: spans.words, range: Range(from: end - length, to: end)) { return (kind, end - length) }
        }
        return nil
    }

    /// Whether the side at `range` of `spans` is a place or a citizenship (see the type's
    /// comment); `names` reads the nouns of persons (`function_words.tsv` class person_noun).
    func isPlace(_ spans: borrowing WordSpans, _ range: Range<Int>, names: SpeakerLexicon) -> Bool {
        guard range.lowerBound > 0, spans.clause(of: range.lowerBound - 1) == spans.clause(of: range.lowerBound),
              let before = phrase(endingAt: range.lowerBound, in: spans) else { return false }
        switch before.kind {
        case .citizen: return true
        case .theatre: return false
        case .place:
            return !holdsTheatre(spans, before: before.start) && !Self.endsPersonNoun(spans.words, at: before.start, names: names)
        }
    }

    /// Whether a phrase of kind theatre stands in the clause of word `end` before it (ending
    /// at `end` at most).
    private func holdsTheatre(_ spans: borrowing WordSpans, before end: Int) -> Bool {
        guard end > 0 else { return false }
        let clause = spans.clause(of: end - 1), words = spans.words
        var start = end - 1
        while start > 0, spans.clause(of: start - 1) == clause { start -= 1 }
        return (start..<end).contains { index in
            phrases.mayStart(words[index]) && phrases.longestMatch(in: words, at: index, limit: end)?.value == .theatre
        }
    }

    /// The sides of `spans` named as a citizenship (right after a noun of kind citizen: `công
    /// dân Mỹ`), each handed to `side` in text order (`HomeJusticeRule`: a state's citizen
    /// held by another state is a matter between them).
    func citizenships(_ spans: borrowing WordSpans, names: SpeakerLexicon, side: (String) -> Void) {
        let words = spans.words
        var index = 1
        while index < words.count {
            guard names.actors.mayStart(words[index]), let actor = names.actorSide(in: words, at: index, limit: words.count) else {
                index += 1
                continue
            }
            if spans.clause(of: index - 1) == spans.clause(of: index), phrase(endingAt: index, in: spans)?.kind == .citizen {
                side(actor.side)
            }
            index += max(1, actor.length)
        }
    }

    /// Whether a noun of persons (`function_words.tsv` class person_noun: `quan chức`,
    /// `nhân viên`) ends right before `end`: the place after it is whose they are.
    private static func endsPersonNoun(_ words: WordSpans.Words, at end: Int, names: SpeakerLexicon) -> Bool {
        (1...SidePlaceLimits.personNounWords).contains { length in
            end - length >= 0 && names.words.match(.personNoun, in: words, at: end - length, limit: end) == length
        }
    }

    /// The sides of `spans` named as a place or a citizenship, as modifier records `place`.
    func evidence(_ spans: borrowing WordSpans, names: SpeakerLexicon) -> [StanceEvidence] {
        evidence(spans, actors: ActorStarts(spans, names: names), names: names)
    }

    /// `evidence(_:names:)` of words whose sides `actors` holds (read once per quote).
    func evidence(_ spans: borrowing WordSpans, actors: ActorStarts, names: SpeakerLexicon) -> [StanceEvidence] {
        var records: [StanceEvidence] = []
        // Left to right, each side stepped over once read (`ActorStarts.eachSkipping`, a loop
        // here: `spans` is borrowed).
        var next = 0
        for actor in actors.entries where actor.actorStarts && actor.index >= next {
            let range = Range(from: actor.index, to: actor.index + max(1, actor.length))
            if isPlace(spans, range, names: names) {
                let found = spans.found(range)
                records.append(StanceEvidence(kind: .modifier, text: found.text, category: StanceModifierName.place.rawValue,
                                              weight: 0, contribution: 0, range: found.offsets))
            }
            next = range.upperBound
        }
        return records
    }
}

/// The limits `SidePlaceRule` reads.
enum SidePlaceLimits {
    /// The most words of a person noun read before a preposition of place (`người đàn ông`):
    /// three.
    static let personNounWords = 3
}
