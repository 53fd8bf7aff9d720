/// A country (or its metonym) written right after the common nouns that open the mention only
/// qualifies them: the speaker is what the nouns describe, named by its words up to the
/// country, with the country as its side — not the country itself: a body of that country
/// when a body head opens the nouns, else an unnamed source.
///
/// Recognises: dev 302 `Các nhà lập pháp Hàn Quốc cho biết …` → `Các nhà lập pháp Hàn Quốc`
/// (`source: a country qualifying the nouns before it`); silver `Công an Hà Nội` (a body of
/// Việt Nam), `Tay vợt
/// Serbia`, `cơ quan thời tiết Philippines`, `Chương trình Anh trai vượt ngàn chông gai` (a TV
/// show: `Anh` is no United Kingdom there), `cựu vô địch quyền Anh hạng nặng`.
/// Rejects (`SideRule` reads them): a side alone or first (`Nga`, `Ukraine thường`), a side
/// prefix (`thông tin từ phía Nga` is Nga), a function word or a capitalised word between the
/// nouns and the country (`thống kê của Israel`, `hành động này khiến Moskva`), and a bloc, an
/// armed group or a territory, which the noun before names as its own kind (`các thành viên
/// G7`, `Lực lượng Hezbollah`, `Vùng lãnh thổ Kosovo`).
struct QualifiedSideRule: SpeakerSieve {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision? {
        let parsed = mention.parsed
        guard parsed.sides.count == 1, let side = parsed.sides.first, side.entry.kind == .country || side.entry.kind == .metonym,
              parsed.names.isEmpty, parsed.titles.isEmpty, parsed.organizations.isEmpty else { return nil }
        let tokens = mention.tokens, range = mention.range, words = mention.words
        guard words.match(.sidePrefix, in: tokens, at: side.range.lowerBound, limit: side.range.upperBound) == nil else { return nil }
        var start = range.lowerBound
        if let quantifier = words.match(.quantifier, in: tokens, at: start, limit: side.range.lowerBound) { start += quantifier }
        guard start < side.range.lowerBound else { return nil }
        for position in start..<side.range.lowerBound {
            let token = tokens[position]
            guard token.kind == .word, !token.isCapitalized || position == range.lowerBound,
                  words.trie.value(in: tokens, range: position..<position + 1) == nil else { return nil }
        }
        let described = Range(from: range.lowerBound, to: side.range.upperBound)
        // A body head opening the nouns (`Công an Hà Nội`, `cơ quan thời tiết Philippines`) makes
        // them a body of that country. (The side stays for other nouns too: the gold gives it to
        // unnamed officials, `Các nhà lập pháp Hàn Quốc`; a private person's, `Tay vợt Serbia`,
        // is wrong, and no lexicon yet tells the two apart: dropping it cost dev 4 affiliations.)
        let body = (1...2).contains { start + $0 <= side.range.lowerBound
            && mention.lexicon.isBareBodyHead(tokens, Range(from: start, to: start + $0)) }
        return SpeakerDecision(Speaker(name: mention.text(described), mention: mention.text, kind: body ? .organization : .source,
                                       affiliation: side.entry.side),
                               .sideQualifiesNoun, entry: side.entry.origin)
    }
}
