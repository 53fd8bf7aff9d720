/// Several people named for one cue (`A và B`, `A, B và C`) are one speaker named as
/// written, each name in its fullest form in the article.
///
/// Recognises: `Tổng thống Mỹ Joe Biden và Thủ tướng Anh Rishi Sunak cho biết …` → one
/// speaker `Joe Biden và Rishi Sunak` (`names: several speakers of one cue`); their side
/// only when each has a title and all titles name one side.
/// Rejects: names not joined by a coordinator or comma, a mention with words the parser does
/// not know (a clause, not a list), and sides without titles (`SideRule` reads `Mỹ và Cuba`).
/// A one-word name in capitals right after an opening bracket is the short form of the body
/// before it, no person of a list: dev 422 `Lee Sung Joon, người phát ngôn của Hội đồng Tham
/// mưu trưởng Liên quân Hàn Quốc (JSC), phát biểu` is Lee Sung Joon (`NameRule`), not `Lee
/// Sung Joon, JSC`; silver `ông Trần Thanh Hải, CEO Công ty … vàng Việt Nam (VGB)`.
/// Two names joined by no coordinator, the mention's one title between them, are one person
/// and its apposition, no list (`NameRule` reads them): silver `Bà Trương Thị Kim Huệ, Giám
/// đốc Sở GD-ĐT Đồng Nai` (was `Trương Thị Kim Huệ, Đồng Nai`), `Roy Keane, cựu đội trưởng
/// Manchester United`, review9's `bà Roberta Metsola, Chủ tịch Nghị viện châu Âu Roberta
/// Metsola` (was `Roberta Metsola, Roberta Metsola`) — unless the second is a person the
/// article names in full elsewhere (`đại biểu Cường, Bộ trưởng Khánh`: Đặng Quốc Khánh).
/// The same person named twice is one speaker too.
struct SeveralNamesRule: SpeakerSieve {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision? {
        // (Performance only: the parse's marks first, read in place: most mentions join no names,
        // and need no copy of their parse nor a list of their names.)
        guard mention.parsed.coordinated, mention.parsed.unknownWords == 0,
              mention.parsed.sides.isEmpty || !mention.parsed.titles.isEmpty else { return nil }
        let parsed = mention.parsed, tokens = mention.tokens, words = mention.words
        let people = parsed.names.filter { !Self.isBodyShortForm($0, tokens) }
        guard people.count >= 2,
              Range(from: people[0].upperBound, to: people[1].lowerBound).contains(where: {
                  words.isWord(tokens, at: $0, .coordinator) || tokens[$0].key == ","
              }) else { return nil }
        switch Self.commaPair(people, mention) {
        case .apposition?:
            var reading = parsed
            reading.record(.appositionNoList)
            mention.read(mention.span, tokens: tokens, range: mention.range, parsed: reading, text: mention.text)
            return nil
        case .titledSecond?:
            var reading = parsed
            reading.names.removeAll { $0 == people[0] }
            reading.record(.titledAfterPhrase)
            mention.read(mention.span, tokens: tokens, range: mention.range, parsed: reading, text: mention.text)
            return nil
        case nil: break
        }
        let names = people.map { mention.index.fullest(mention.keys($0))?.text ?? mention.text($0) }
        guard Set(names).count == names.count else { return nil }
        let last = people.count - 1
        // The word that joins the last two names (`và`), as written; commas before it.
        let link = Range(from: people[last - 1].upperBound, to: people[last].lowerBound).last {
            words.isWord(tokens, at: $0, .coordinator)
        }.map { mention.text($0..<$0 + 1) }
        let name = link.map { names.dropLast().joined(separator: ", ") + " " + $0 + " " + names[last] }
            ?? names.joined(separator: ", ")
        let affiliations = Set(parsed.titles.map(\.affiliation))
        let affiliation = affiliations.count == 1 && parsed.titles.count == people.count ? affiliations.first! : nil
        return SpeakerDecision(Speaker(name: name, mention: mention.text, kind: .person, affiliation: affiliation), .severalNames)
    }

    /// Whether the name is one word in capitals right after `(`: a body's short form (`(JSC)`).
    static func isBodyShortForm(_ name: Range<Int>, _ tokens: [Token]) -> Bool {
        name.count == 1 && name.lowerBound > 0 && tokens[name.lowerBound].isAllCaps && tokens[name.lowerBound - 1].key == "("
    }

    /// How two names joined by a comma alone, the mention's one title after the first, read.
    enum CommaPair {
        /// `A, TITLE B`: B is the title's body or place (`Roy Keane, cựu đội trưởng Manchester
        /// United`); A speaks, B is no person.
        case apposition
        /// `… của đại biểu Cường, Bộ trưởng Khánh cho biết`: B is the short form of a person the
        /// article names in full (`Đặng Quốc Khánh`); A ends the phrase before the comma, B speaks.
        case titledSecond
    }

    /// The reading of two names joined by no coordinator with the mention's one title after
    /// the first, or nil for any other mention (`NameRule` reads the one that speaks).
    static func commaPair(_ people: [Range<Int>], _ mention: MentionContext) -> CommaPair? {
        let parsed = mention.parsed, tokens = mention.tokens
        guard people.count == 2, parsed.titles.count == 1, parsed.titles[0].range.lowerBound >= people[0].upperBound,
              !Range(from: people[0].upperBound, to: people[1].lowerBound).contains(where: {
                  mention.words.isWord(tokens, at: $0, .coordinator)
              }) else { return nil }
        let written = mention.keys(people[1])
        guard let full = mention.index.fullest(written)?.keys, full.count > written.count,
              let family = full.first, mention.lexicon.familyNames.value(for: [family]) != nil else { return .apposition }
        return .titledSecond
    }
}
