/// A market forecast is no relation between states (ANNOTATION.md, Stance: stance is about
/// relations between states and the sides of an international conflict; issue 14: "a market
/// forecast … is neutral whatever its words"). An analyst, a fund or a company speaks of
/// prices, investors and sales, and names states as what moves them: the gate lets such a
/// quote pass as relating two sides. This rule takes back a polar quote whose speaker speaks
/// for no side, or is a body whose side is only its home's (`InferredSideRule`:
/// `homeSideOfBareBody`, `homeSideOfStateOrgan`), and whose content holds a word of a market
/// (`market.tsv`: `giá vàng`, `nhà đầu tư`, `thị trường`, `cổ phiếu`, `lãi suất`).
///
/// Example (silver): `[Ông Colin Cieszynski cho biết,] vàng đặc biệt mạnh trong những tuần gần
/// đây do lo ngại về chính sách thuế quan của Mỹ`; `[Tony Sycamore nhận xét] Điều khiến thị
/// trường ngạc nhiên là Canada và Mexico trả đũa ngay lập tức …`; a property expert's `Thị
/// trường khu vực Đông Anh …`; `[Ủy ban Chứng khoán Nhà nước cho biết] Kinh nghiệm quốc tế cho
/// thấy, hầu hết các thị trường chứng khoán …` are neutral.
/// Rejects: a speaker that speaks for a side of its own mention (`Việt Nam đang đề nghị một số
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

    /// The speaker rules whose side is only a body's home (see the type's comment).
    static let bodyHomeSides: [SpeakerRule] = [.homeSideOfBareBody, .homeSideOfStateOrgan]

    init(files: LexiconFiles) throws(LexiconError) {
        var trie = PhraseTrie<Kind>()
        for row in try files.table("market.tsv", columns: ["term", "kind"]).rows {
            let keys = MatchKey.words(try row.required("term"))
            guard !keys.isEmpty else { throw row.error("column 'term' has no words") }
            trie.insert(keys, value: try StanceLexicon.choice(row, "kind", of: Kind.allCases))
        }
        phrases = trie
    }

    /// Whether a speaker found by the speaker rules `rules` (its quote's `speakerTrace`),
    /// counting for `sides`, speaks for no side, or only for a body's home side: one whose
    /// market talk this rule reads.
    static func speaksForNoState(rules: [SpeakerRule], sides: [String?]) -> Bool {
        sides.allSatisfy { $0 == nil } || rules.contains { bodyHomeSides.contains($0) }
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
    /// talk (see the type's comment).
    func isMarketTalk(_ reading: RelationGate.Reading, speaksForNoState: Bool) -> Bool {
        reading.polar && speaksForNoState && holdsMarketWord(reading.words.words)
    }

    /// `stance` silenced: score 0, `neutral`, each weighing record marked `market-talk`.
    static func silenced(_ stance: QuoteStance) -> QuoteStance {
        stance.silenced(by: .marketTalk)
    }
}
