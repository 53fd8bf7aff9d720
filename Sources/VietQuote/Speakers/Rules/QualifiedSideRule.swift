/// A country (or its metonym) written right after the common nouns that open the mention only
/// qualifies them: the speaker is what the nouns describe, named by its words up to the
/// country, with the country as its side — not the country itself: a body of that country
/// when a body head opens the nouns, else an unnamed source.
///
/// Recognises: dev 302 `Các nhà lập pháp Hàn Quốc cho biết …` → `Các nhà lập pháp Hàn Quốc`
/// (`source: a country qualifying the nouns before it`); silver `Công an Hà Nội` (a body of
/// Việt Nam), `Tay vợt Serbia`, `cơ quan thời tiết Philippines`. (`Chương trình Anh trai …`
/// is no United Kingdom: `SideStartsWord` reads it; `cựu vô địch quyền Anh hạng nặng` is
/// still cut to `cựu vô địch quyền Anh`, review6 S3.)
/// The country is the speaker's side only where the nouns act for a state (ANNOTATION.md:
/// state organs and unnamed officials speak for their country; private persons, companies,
/// clubs and media for none): a body head of a state body (`body_heads.tsv` side `country`:
/// `Công an`, `cơ quan`, `Tòa án`) or a noun of class `official_group` of function_words.tsv
/// (`nhà lập pháp`, `chính trị gia`, `tình báo`). A player, a star, a fan, a producer or a
/// company head (`Công ty`, side `none`) keeps no side (review6 S3; silver: `Tay vợt Serbia`,
/// `Ngôi sao Brazil`, `Khán giả Hàn Quốc`, `khoa ngữ văn Nga` had the country's side).
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
        // them a body of that country.
        let body = Self.opensWithBodyHead(tokens, Range(from: start, to: side.range.lowerBound), mention)
        let official = Self.actsForState(tokens, Range(from: start, to: side.range.lowerBound), mention)
        return SpeakerDecision(Speaker(name: mention.text(described), mention: mention.text, kind: body ? .organization : .source,
                                       affiliation: official ? side.entry.side : nil),
                               official ? .sideQualifiesNoun : .sideQualifiesPrivateNoun, entry: side.entry.origin)
    }

    /// Whether the nouns act for a state: they open with the head of a state body (in lower
    /// case only a head of `SpeakerLimits.lowercaseStateHeadSyllables` or more: `cơ quan`,
    /// `lực lượng`; `ban tổ chức`, `sở thích` are common words), or hold a word of class
    /// `official_group`.
    /// Whether the nouns open with the head of a body (one or two syllables: `Công an`, `cơ quan`).
    static func opensWithBodyHead(_ tokens: [Token], _ nouns: Range<Int>, _ mention: MentionContext) -> Bool {
        (1...2).contains { nouns.lowerBound + $0 <= nouns.upperBound
            && mention.lexicon.isBareBodyHead(tokens, Range(from: nouns.lowerBound, to: nouns.lowerBound + $0)) }
    }

    static func actsForState(_ tokens: [Token], _ nouns: Range<Int>, _ mention: MentionContext) -> Bool {
        if let head = mention.lexicon.bodyHeads.longestMatch(in: tokens, at: nouns.lowerBound, limit: nouns.upperBound),
           tokens[nouns.lowerBound].isCapitalized || head.length >= SpeakerLimits.lowercaseStateHeadSyllables {
            return head.value.speaksForCountry
        }
        return nouns.contains { mention.words.match(.officialGroup, in: tokens, at: $0, limit: nouns.upperBound) != nil }
    }
}
