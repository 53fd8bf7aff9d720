/// Several people named for one cue (`A và B`, `A, B và C`) are one speaker named as
/// written, each name in its fullest form in the article.
///
/// Recognises: `Tổng thống Mỹ Joe Biden và Thủ tướng Anh Rishi Sunak cho biết …` → one
/// speaker `Joe Biden và Rishi Sunak` (`names: several speakers of one cue`); their side
/// only when each has a title and all titles name one side.
/// Rejects: names not joined by a coordinator or comma, a mention with words the parser does
/// not know (a clause, not a list), and sides without titles (`SideRule` reads `Mỹ và Cuba`).
struct SeveralNamesRule: SpeakerSieve {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision? {
        let parsed = mention.parsed, tokens = mention.tokens, words = mention.words
        guard parsed.coordinated, parsed.names.count >= 2, parsed.unknownWords == 0,
              parsed.sides.isEmpty || !parsed.titles.isEmpty,
              Range(from: parsed.names[0].upperBound, to: parsed.names[1].lowerBound).contains(where: {
                  words.isWord(tokens, at: $0, .coordinator) || tokens[$0].key == ","
              }) else { return nil }
        let names = parsed.names.map { mention.index.fullest(mention.keys($0))?.text ?? mention.text($0) }
        let last = parsed.names.count - 1
        // The word that joins the last two names (`và`), as written; commas before it.
        let link = Range(from: parsed.names[last - 1].upperBound, to: parsed.names[last].lowerBound).last {
            words.isWord(tokens, at: $0, .coordinator)
        }.map { mention.text($0..<$0 + 1) }
        let name = link.map { names.dropLast().joined(separator: ", ") + " " + $0 + " " + names[last] }
            ?? names.joined(separator: ", ")
        let affiliations = Set(parsed.titles.map(\.affiliation))
        let affiliation = affiliations.count == 1 && parsed.titles.count == parsed.names.count ? affiliations.first! : nil
        return SpeakerDecision(Speaker(name: name, mention: mention.text, kind: .person, affiliation: affiliation), .severalNames)
    }
}
