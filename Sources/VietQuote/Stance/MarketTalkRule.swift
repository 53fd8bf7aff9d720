/// A market forecast is no relation between states (ANNOTATION.md, Stance: stance is about
/// relations between states and the sides of an international conflict; issue 14: "a market
/// forecast … is neutral whatever its words"). An analyst, a fund or a company speaks of
/// prices, investors and sales, and names states as what moves them: the gate lets such a
/// quote pass as relating two sides. This rule takes back a polar quote whose speaker speaks
/// for no side, or whose speaker rules gave a body its home side (the speaker's own body or
/// the body of its title: `InferredSideRule`'s `homeSideOfBareBody`, `homeSideOfStateOrgan`),
/// and whose content holds a word of a market (`market.tsv`: `giá vàng`, `nhà đầu tư`, `thị
/// trường`, `cổ phiếu`, `lãi suất`).
///
/// Example (silver): `[Ông Colin Cieszynski cho biết,] vàng đặc biệt mạnh trong những tuần gần
/// đây do lo ngại về chính sách thuế quan của Mỹ`; `[Alex Kuptsikevich:] … xung đột Nga -
/// Ukraine vẫn là yếu tố then chốt giúp vàng tăng giá`; a property expert's `Thị trường khu
/// vực Đông Anh …`; `[Ủy ban Chứng khoán Nhà nước cho biết] Kinh nghiệm quốc tế cho thấy, hầu
/// hết các thị trường chứng khoán …` are neutral.
/// A content whose first words are a market word (the market is its subject) is market talk
/// whoever speaks, a state's office too, and whatever acts it names as what moves the market:
/// silver 2024-12-19-gia-xang-dau-hom, the ministry of industry and trade, `[Theo] thị trường
/// xăng dầu thế giới kỳ điều hành lần này … chịu ảnh hưởng của các yếu tố như: liên minh Châu
/// Âu thông qua gói trừng phạt đối với Nga …` (the sanction is a factor of the price, no stand).
/// Rejects, for a content that opens with no market word: an act of force or coercion
/// (`actsBetweenStates`) in words that name two sides or more, a relation whatever market it
/// touches (review11 M1: `[Chuyên gia Carl Thayer cho rằng] lệnh trừng phạt của phương Tây
/// khiến Nga mất thị trường châu Âu`; silver `[Tony Sycamore nhận xét] Điều khiến thị trường
/// ngạc nhiên là Canada và Mexico trả đũa …` stay confrontation); a speaker that speaks for a side of its own mention (`Việt Nam đang đề nghị một số
/// đối tác thương mại công nhận quy chế kinh tế thị trường`, said by a state; `Trung Quốc tiếp
/// tục mở cửa thị trường cho nông sản`, dev 309) or of a state office (`compatriotTitleSide`,
/// `contextSide`: a prime minister on a company's role in his country, dev 426), a market
/// word inside a longer phrase of another kind (`kinh tế thị trường`: a state's status, which
/// another state grants), and a quote with no market word (`thuế quan` alone is a matter
/// between states).
/// Evidence: each term and cue of a quote it silences carries the modifier `market-talk`.
struct MarketTalkRule: Sendable {
    /// The rows of `market.tsv`.
    enum Kind: String, CaseIterable, Sendable {
        /// A word whose every ordinary sense is a market's.
        case market
        /// A longer phrase holding a market word that is a matter between states.
        case other
    }

    let phrases: PhraseTrie<Kind>

    /// The speaker rules whose side is only a body's home (see the type's comment): the
    /// body-home part of `InferredSideRule.inferring`.
    static let bodyHomeSides: [SpeakerRule] = [.homeSideOfBareBody, .homeSideOfStateOrgan]

    init(files: LexiconFiles) throws(LexiconError) {
        phrases = try StanceLexicon.choiceTrie(files, "market.tsv", column: "kind", of: Kind.allCases).trie
    }

    /// Whether a speaker found by the speaker rules `rules` (its quote's `speakerTrace`, in
    /// order), counting for `sides`, speaks for no side, or is or holds a post of a body given
    /// its home side (a rule of `bodyHomeSides` among them, whatever rule gave the final side:
    /// `Giám đốc Sở Công Thương` speaks for a department, not for a state's relations): one
    /// whose market talk this rule reads. (A sequence: the trace's steps are read lazily, no
    /// array of the rules per quote, none read for a speaker of no side.)
    static func speaksForNoState(rules: some Sequence<SpeakerRule>, sides: [String?]) -> Bool {
        sides.allSatisfy { $0 == nil } || rules.contains { bodyHomeSides.contains($0) }
    }

    /// `speaksForNoState(rules:sides:)` of the rules of `trace` (none: no trace).
    static func speaksForNoState(trace: SpeakerTrace?, sides: [String?]) -> Bool {
        speaksForNoState(rules: (trace?.steps ?? []).lazy.map(\.rule), sides: sides)
    }

    /// Whether `words` hold a phrase of kind market (the longest phrase at each word wins).
    func holdsMarketWord(_ words: WordSpans.Words) -> Bool {
        var index = 0
        while index < words.count {
            guard phrases.mayStart(words[index]), let match = phrases.longestMatch(in: words, at: index, limit: words.count) else {
                index += 1
                continue
            }
            if match.value == .market { return true }
            index += match.length
        }
        return false
    }

    /// Whether a polar quote read as `reading`, whose speaker `speaksForNoState`, is market
    /// talk (see the type's comment): not when an act of force or coercion (`actsBetweenStates`)
    /// weighs in `evidence` and the words name two sides or more (`gate`).
    func isMarketTalk(_ reading: RelationGate.Reading, evidence: borrowing [StanceEvidence], speaksForNoState: Bool,
                      gate: RelationGate) -> Bool {
        guard reading.polar else { return false }
        if opensWithMarketWord(reading.words.words) { return true }
        guard speaksForNoState, holdsMarketWord(reading.words.words) else { return false }
        return !(Self.weighsAnActBetweenStates(evidence) && Self.namesTwoSides(reading, gate: gate))
    }

    /// Whether `words` open with a phrase of kind market (the longest phrase at the first word):
    /// the market is the content's subject (see the type's comment).
    func opensWithMarketWord(_ words: WordSpans.Words) -> Bool {
        guard let first = words.first, phrases.mayStart(first) else { return false }
        return phrases.longestMatch(in: words, at: 0, limit: words.count)?.value == .market
    }

    /// The `stance.tsv` categories of acts of force or coercion (CAMEO 13–20: threaten,
    /// protest, posture, reduce relations, coerce, assault, fight): `lệnh trừng phạt`, `trả
    /// đũa`, `vũ khí`. Between two named sides they are a relation whatever market they touch.
    static let actsBetweenStates: [String] = [
        StanceCategory.threaten.rawValue, StanceCategory.protest.rawValue, StanceCategory.posture.rawValue,
        StanceCategory.reduce.rawValue, StanceCategory.coerce.rawValue, StanceCategory.assault.rawValue,
        StanceCategory.fight.rawValue,
    ]

    /// Whether a term of `evidence` of `actsBetweenStates` weighs.
    static func weighsAnActBetweenStates(_ evidence: borrowing [StanceEvidence]) -> Bool {
        for index in evidence.indices where evidence[index].kind == .term && evidence[index].contribution != 0
            && actsBetweenStates.contains(evidence[index].category) {
            return true
        }
        return false
    }

    /// Whether the words of `reading` name two different sides or more.
    static func namesTwoSides(_ reading: RelationGate.Reading, gate: RelationGate) -> Bool {
        var first: String?
        var two = false
        _ = gate.sideReading(of: reading) { side in
            if first == nil { first = side } else if side != first { two = true }
        }
        return two
    }

    /// `stance` silenced: score 0, `neutral`, each weighing record marked `market-talk`.
    static func silenced(_ stance: QuoteStance) -> QuoteStance {
        stance.silenced(by: .marketTalk)
    }
}
