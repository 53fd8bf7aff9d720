/// A name read as an untitled person (no title, no honorific) is a company, club or medium
/// when the article says so elsewhere: it writes the name right after a noun of
/// `kind_nouns.tsv` (`hãng`, `công ty`, `CLB`, `tờ`), with at most `modifierWords` lower-case
/// words between (`công ty phân tích Coin Metrics`, `Hãng chip Nvidia`), or right before `FC`
/// (`Bắc Ninh FC`), or before a dash and such a noun (`Shein - công ty …`). The kind
/// is the noun's (organization or media); the name stays as it is. Before, an untitled unknown
/// name was a person by default (read16, pattern 6: `Theo Coin Metrics, giá Bitcoin …` gave
/// kind person, 2024-10-29-bitcoin writes `công ty phân tích Coin Metrics`).
///
/// Recognises: `Theo Coin Metrics, …` after `công ty phân tích Coin Metrics` → organization;
/// `Kicker cho biết …` after `tờ Kicker (Đức)` → media (`kindNamedInArticle`).
/// Rejects: a noun whose next word makes the name its owner (`công ty quản lý Jung Woo Sung`
/// is his agency, `công ty của …`; `CLB duy nhất Joselu phải ngồi dự bị`: after a superlative
/// a clause follows: `stop` rows); an occurrence that runs on into another capitalised word
/// (`hãng Apple Music` says nothing of `Apple`); a one-word name shaped like a Vietnamese
/// syllable (`công ty Hồng` is Hồng's firm, `công ty gặp Vinh`: a Vietnamese given name after
/// a noun is its owner or object as often as its name); an owner's verb after the name (`công ty
/// giải trí Jennie thành lập`: the company Jennie founded; `stop` rows after); a comma before the noun (`HLV PSG,
/// Luis Fernandez, CLB cũ thi đấu …`: the next clause's subject, no apposition).
struct KindNamedInArticle: Sendable {
    /// The most words of a `kind_nouns.tsv` row: `công ty cổ phần` (a company's legal form).
    static let nounWords = 4
    /// Lower-case words allowed between the noun and the name: a field or trade (`công ty
    /// phân tích`, `công ty khởi nghiệp`, `hãng mỹ phẩm`); more is a clause, not a modifier.
    static let modifierWords = 2

    let lexicon: SpeakerLexicon

    /// The kind the article gives `name` by a noun beside it, or nil. (Performance only: each
    /// name is read once per article, `BodySides.kindsNamed`, and its places come from
    /// `BodySides.occurrences`, an index built once in a long article: a pass over the whole
    /// article per mention was quadratic in a long page.)
    func kind(of name: String, paragraphs: [ParagraphContext], bodies: inout BodySides) -> SpeakerKind? {
        let written = ByteKey(name)
        if let known = bodies.kindsNamed[written] { return known }
        let found = read(name, paragraphs: paragraphs, bodies: &bodies)
        bodies.kindsNamed[written] = .some(found)
        return found
    }

    private func read(_ name: String, paragraphs: [ParagraphContext], bodies: inout BodySides) -> SpeakerKind? {
        let keys = MatchKey.words(name)
        guard let first = keys.first, let last = keys.last else { return nil }
        if keys.count > 1, let noun = lexicon.kindNouns.value(for: [last]), noun.after, let kind = noun.kind { return kind }
        if keys.count == 1, lexicon.isVietnameseSyllable(first) { return nil }
        for (paragraph, start) in bodies.occurrences(of: keys, in: paragraphs) {
            let tokens = paragraphs[paragraph].tokens
            guard tokens[start].kind == .word else { continue }
            // `công ty giải trí Jennie thành lập`: the company she founded, no name of hers (`stop` after).
            if let next = lexicon.kindNouns.longestMatch(in: tokens, at: start + keys.count)?.value, next.after, next.kind == nil { continue }
            if let kind = after(tokens, start + keys.count) { return kind }
            // `công ty Nam Thư Entertainment` names the company, not `Nam Thư`; a word glued on or
            // after a name that ends in punctuation is the next sentence's (`KATINAT. Cụ`, `KATINAT.Vậy`).
            if let next = tokens[ifPresent: start + keys.count], next.kind == .word, next.isCapitalized, next.spaceBefore,
               tokens[start + keys.count - 1].kind == .word { continue }
            if let kind = before(tokens, start) { return kind }
        }
        return nil
    }

    /// `Bắc Ninh FC`, `Shein - công ty …`; nil when the name runs on into another capitalised word.
    private func after(_ tokens: [Token], _ end: Int) -> SpeakerKind? {
        guard let next = tokens[ifPresent: end] else { return nil }
        if next.kind == .word {
            guard let noun = lexicon.kindNouns.longestMatch(in: tokens, at: end)?.value, noun.after else { return nil }
            return noun.kind
        }
        guard next.kind == .punctuation, ["-", "–"].contains(next.key),
              let noun = lexicon.kindNouns.longestMatch(in: tokens, at: end + 1)?.value, !noun.after else { return nil }
        return noun.kind
    }

    /// `hãng Nvidia`, `công ty phân tích Coin Metrics`.
    private func before(_ tokens: [Token], _ name: Int) -> SpeakerKind? {
        if let previous = tokens[ifPresent: name - 1], previous.kind == .word, previous.isCapitalized, !isNoun(tokens, name) {
            return nil
        }
        for gap in 0...Self.modifierWords {
            let nounEnd = name - gap
            guard nounEnd > 0 else { return nil }
            if gap > 0 {
                let word = tokens[nounEnd]
                guard word.kind == .word, !word.isCapitalized,
                      lexicon.kindNouns.longestMatch(in: tokens, at: nounEnd, limit: name).map({ $0.value.kind == nil }) != true
                else { return nil }
            }
            for length in 1...Self.nounWords where nounEnd - length >= 0 {
                if let noun = lexicon.kindNouns.value(in: tokens, range: nounEnd - length..<nounEnd), !noun.after {
                    return noun.kind
                }
            }
        }
        return nil
    }

    /// Whether a noun row ends right before `name` (`CLB Juventus`: the capitalised word before is the noun).
    private func isNoun(_ tokens: [Token], _ name: Int) -> Bool {
        (1...Self.nounWords).contains { length in
            name - length >= 0 && lexicon.kindNouns.value(in: tokens, range: name - length..<name)?.after == false
        }
    }
}

/// A row of `kind_nouns.tsv`: the kind of speaker a name beside the noun is (nil: a word that
/// stops the look-back), and whether the noun stands after the name (`FC`).
struct KindNoun: Sendable, Hashable {
    let kind: SpeakerKind?
    let after: Bool

    /// The rows of `kind_nouns.tsv`.
    static func table(_ files: LexiconFiles) throws(LexiconError) -> PhraseTrie<KindNoun> {
        var nouns = PhraseTrie<KindNoun>()
        for row in try files.table("kind_nouns.tsv", columns: ["noun", "kind", "position"]).rows {
            let kind = try row.choice("kind", in: ["organization", "media", "stop"])
            let after = try row.choice("position", in: ["before", "after"]) == "after"
            nouns.insert(phrase: try row.required("noun"), value: KindNoun(kind: SpeakerKind(rawValue: kind), after: after))
        }
        return nouns
    }
}
