/// A place, club or company written between a title and the person's name, with nothing
/// between them (`Thống đốc Florida Ron DeSantis`, `cựu tiền vệ Liverpool Jamie Carragher`,
/// `Giám đốc Đài Khí tượng thủy văn Đồng Nai Nguyễn Phước Huy`): the name run opens with words
/// that the article writes elsewhere as a place or a body, and goes on with a personal name.
/// The first words complete the title (or the body before the name); the rest is the person.
///
/// A place or body: the article writes the same words as a run of their own (no capitalised
/// word right before or after) right after a place link (`tại`, `ở`: `place_link`), `của`
/// (`possessive`), a place head (`tỉnh`, `place_heads.tsv`) or a body noun (`đội bóng`,
/// `body_noun`), and never right after an honorific, a pronoun or a role of
/// `titles.tsv` kind `expert` (`HLV Nuno`, `ông Kim`: a person's short name).
/// A personal name: a Vietnamese one (a family name of `family_names.tsv` and
/// `SpeakerLimits.gluedPersonalNameSyllables` Vietnamese syllables or more), or a foreign one of
/// `SpeakerLimits.foreignNameWords` words or more, one of them of no Vietnamese syllable's shape.
///
/// Recognises: silver 2024-10-08-bao-milton `Thống đốc Florida Ron DeSantis đã ban bố …`, later
/// `Thống đốc DeSantis cảnh báo …` → `Ron DeSantis`, title `Thống đốc Florida` (was `Florida Ron
/// DeSantis`; the article writes `tại Florida`, `bang Florida`); 2024-09-01-casemiro `cựu tiền vệ
/// Liverpool Jamie Carragher chỉ có thể thốt lên` → `Jamie Carragher` (`của Liverpool`);
/// 2024-09-09-con-bao-so-4 `Giám đốc Đài Khí tượng thủy văn Đồng Nai Nguyễn Phước Huy cho biết`
/// → `Nguyễn Phước Huy` (`tỉnh Đồng Nai`).
/// Rejects: a first word that is a family name alone (`HLV Kim Sang Sik`, `Thủ tướng Lý Hiển
/// Long`: the whole run is the name), a first part the article writes as a person's
/// (`tiền vệ Kevin De Bruyne` with `Kevin vẫn đang là …`: never after a place link; `HLV Nuno
/// Espírito Santo` with `HLV Nuno`), and a rest that is no personal name (`Hồ Chí Minh Phan Anh`:
/// two Vietnamese syllables).
/// The speaker's trace says `name: a place or club between the title and the name is the title's`.
struct PlaceBeforePersonalName {
    let lexicon: SpeakerLexicon

    /// Cuts the words of a place off the mention's last name when it follows a word of the
    /// mention after a title or body, and joins them to the title or body that ends right before it.
    func apply(to parsed: inout ParsedMention, _ tokens: [Token], index: ArticleIndex) {
        guard let last = parsed.names.indices.last, case let name = parsed.names[last], name.lowerBound > parsed.range.lowerBound,
              tokens[name.lowerBound - 1].kind == .word,
              parsed.titles.contains(where: { $0.range.lowerBound < name.lowerBound })
                || parsed.organizations.contains(where: { $0.range.lowerBound < name.lowerBound }),
              let (start, afterRole) = personCut(tokens, name, written: index.keyPlaces) else { return }
        // The title or body that ends right before the name; else the last title before it, over
        // the words between (`Giám đốc thể thao Bayern Munich Max Eberl`).
        let body = parsed.organizations.lastIndex { $0.range.upperBound == name.lowerBound }
        let title = parsed.titles.lastIndex { $0.range.upperBound == name.lowerBound }
            ?? (body == nil ? parsed.titles.lastIndex { $0.range.upperBound < name.lowerBound } : nil)
        if let title { parsed.titles[title].range = Range(from: parsed.titles[title].range.lowerBound, to: start) }
        else if let body { parsed.organizations[body].range = Range(from: parsed.organizations[body].range.lowerBound, to: start) }
        parsed.names[last] = Range(from: start, to: name.upperBound)
        parsed.record(.placeBeforePersonalName)
        if afterRole { parsed.record(.companyAfterRole) }
    }

    /// Where the person starts in the name run `run`, written right after a title or body; nil
    /// when the run is no place followed by a personal name.
    /// `foreign` false: a Vietnamese personal name only (running text with no title before the run).
    /// The longest place is tried first (`Bayern Munich Max Eberl`, not `Bayern`).
    func personStart(_ tokens: [Token], _ run: Range<Int>, written: KeyPlaces, foreign: Bool = true) -> Int? {
        personCut(tokens, run, written: written, foreign: foreign)?.start
    }

    /// `personStart`, and whether the place was also written after a role (`CompanyAfterRole`).
    private func personCut(_ tokens: [Token], _ run: Range<Int>, written: KeyPlaces,
                           foreign: Bool = true) -> (start: Int, afterRole: Bool)? {
        guard run.count > SpeakerLimits.foreignNameWords,
              run.allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized }),
              // `Anh Tú Atus`: a pronoun or honorific first is a stage name's, no place's.
              !lexicon.words.isWord(tokens, at: run.lowerBound, .honorific),
              lexicon.pronouns.value(in: tokens, range: run.lowerBound..<run.lowerBound + 1) == nil else { return nil }
        let last = min(run.lowerBound + SpeakerLimits.placeWordsBeforePerson, run.upperBound - SpeakerLimits.foreignNameWords)
        for start in Range(from: run.lowerBound + 1, to: last + 1).reversed() {
            // `Kim Sang Sik`, `Lý Hiển Long`: a family name alone first is the name's.
            if start - run.lowerBound == 1, lexicon.familyNames.value(in: tokens, range: run.lowerBound..<start) != nil { continue }
            guard isPersonalName(tokens, Range(from: start, to: run.upperBound), foreign: foreign) else { continue }
            let place = tokens[from: run.lowerBound, upTo: start].map(\.key)
            switch writesAsPlace(place, rest: tokens[from: start, upTo: run.upperBound].map(\.key),
                                 at: written.places(of: tokens[run.lowerBound]), restAt: written.places(of: tokens[start]),
                                 paragraphs: written.paragraphs) {
            case .place: return (start, false)
            case .placeAfterRole: return (start, true)
            case .none: continue
            }
        }
        return nil
    }

    /// Whether `name` is a Vietnamese personal name of three syllables or more, or a foreign one.
    private func isPersonalName(_ tokens: [Token], _ name: Range<Int>, foreign: Bool) -> Bool {
        guard !name.contains(where: { tokens[$0].isAllCaps }) else { return false }
        if lexicon.startsPersonalName(tokens, at: name.lowerBound) {
            return name.count >= SpeakerLimits.gluedPersonalNameSyllables
                && name.allSatisfy { lexicon.isVietnameseSyllable(tokens[$0].key) }
        }
        return foreign && name.count >= SpeakerLimits.foreignNameWords && name.contains { !lexicon.isVietnameseSyllable(tokens[$0].key) }
    }

    /// How the article writes the words `keys`: as a place or body; as one, and after a role too;
    /// or never as a place, or as a person.
    private enum PlaceEvidence { case none, place, placeAfterRole }

    /// Whether the article writes the words `keys` as a place or a body, and never as a person;
    /// after a role, they are a person's unless the person `rest` is written apart (`CompanyAfterRole`).
    /// `places` and `restPlaces`: where the article writes the first word of `keys` and of `rest`
    /// (`KeyPlaces`: the words' places, not every paragraph's tokens read for each run).
    private func writesAsPlace(_ keys: [String], rest: [String], at places: [KeyPlaces.Place], restAt restPlaces: [KeyPlaces.Place],
                               paragraphs: [ParagraphContext]) -> PlaceEvidence {
        var place = false
        var afterRole = false
        for found in places {
            let tokens = paragraphs[Int(found.paragraph)].tokens
            let position = Int(found.position)
            guard position >= 1, position + keys.count <= tokens.count,
                  keys.indices.allSatisfy({ tokens[position + $0].key == keys[$0] }),
                  !isCapitalizedWord(tokens, at: position + keys.count),
                  // `HLV Erik ten Hag`, `của Erik ten Hag`: the words and the rest in any case are the full name.
                  !continues(tokens, at: position + keys.count, with: rest) else { continue }
            // `HLV Nuno của Forest`: a role in capitals before the words is read before the run's start.
            if writesHonoured(tokens, before: position) { return .none }
            if !afterRole, writesRole(tokens, before: position) {
                guard CompanyAfterRole.writesPersonApart(rest, after: keys, at: restPlaces, paragraphs: paragraphs) else { return .none }
                afterRole = true
            }
            if !isCapitalizedWord(tokens, at: position - 1) { place = place || writesPlace(tokens, before: position) }
        }
        return place ? (afterRole ? .placeAfterRole : .place) : .none
    }

    /// Whether an honorific or a pronoun ends right before `position`.
    private func writesHonoured(_ tokens: [Token], before position: Int) -> Bool {
        lexicon.words.isWord(tokens, at: position - 1, .honorific)
            || lexicon.pronouns.value(in: tokens, range: position - 1..<position) != nil
    }

    /// Whether a role (`HLV`, `titles.tsv` kind `expert`) ends right before `position`.
    private func writesRole(_ tokens: [Token], before position: Int) -> Bool {
         Range(from: max(0, position - SpeakerLimits.roleWordsBeforePlace), to: position).contains { start in
            lexicon.title(in: tokens, at: start, limit: position).map { $0.length == position - start && $0.kind == .expert } ?? false
        }
    }

    /// Whether a place link, `của`, a place head or a body noun ends right before `position`.
    private func writesPlace(_ tokens: [Token], before position: Int) -> Bool {
        guard tokens[position - 1].kind == .word, !tokens[position - 1].isCapitalized else { return false }
        return [WordClass.placeLink, .possessive, .bodyNoun].contains { lexicon.words.matchEnding($0, in: tokens, at: position) != nil }
            || lexicon.placeHeadEnds(tokens, before: position, from: 0)
    }

    /// Whether the words `rest` are written from `position` on.
    private func continues(_ tokens: [Token], at position: Int, with rest: [String]) -> Bool {
        position + rest.count <= tokens.count && rest.indices.allSatisfy { tokens[position + $0].key == rest[$0] }
    }

    private func isCapitalizedWord(_ tokens: [Token], at position: Int) -> Bool {
        guard let token = tokens[ifPresent: position] else { return false }
        return token.kind == .word && token.isCapitalized
    }
}

/// Performance only: where the article writes each word, in order of paragraph and position.
/// `PlaceBeforePersonalName.writesAsPlace` and `CompanyAfterRole` read every token of the
/// article for each name run they tried: quadratic in a long article. As `BodySides.occurrences`:
/// up to `SpeakerLimits.indexedArticleTokens` tokens, one scan per question through the
/// tokens' key hashes (most articles ask twice or never: a table of every word cost more than
/// the scans, a dictionary of an array per word); above, the places by key hash
/// (`TokenPlaces`), made at the first question, each told apart by its key's bits
/// (`Token.keyBits`: equal bits are equal keys in one article).
final class KeyPlaces {
    struct Place { let paragraph: Int32; let position: Int32 }
    let paragraphs: [ParagraphContext]
    private lazy var tokenCount = paragraphs.reduce(0) { $0 + $1.tokens.count }
    private var table: TokenPlaces?

    init(paragraphs: [ParagraphContext]) { self.paragraphs = paragraphs }

    /// Where the article writes the word of `token` (its key), in order; none for a token that is no word.
    func places(of token: Token) -> [Place] {
        guard token.kind == .word else { return [] }
        let hash = token.keyHash, bits = token.keyBits
        var found: [Place] = []
        if table == nil, tokenCount <= SpeakerLimits.indexedArticleTokens {
            for (number, paragraph) in paragraphs.enumerated() {
                let tokens = paragraph.tokens
                for position in tokens.indices
                where tokens[position].keyHash == hash && tokens[position].kind == .word && tokens[position].keyBits == bits {
                    found.append(Place(paragraph: Int32(number), position: Int32(position)))
                }
            }
            return found
        }
        tokenPlaces().forEach(hash: hash) { number, position in
            let word = paragraphs[number].tokens[position]
            if word.kind == .word, word.keyBits == bits { found.append(Place(paragraph: Int32(number), position: Int32(position))) }
            return true
        }
        return found
    }

    /// Where each token of the article stands by its key's hash (`TokenPlaces`), made at the
    /// first call: `BodySides.occurrences` reads the same table (performance only: each made
    /// its own, two tables of every token of a long page at its peak memory).
    func tokenPlaces() -> TokenPlaces {
        if let table { return table }
        let made = TokenPlaces(paragraphs)
        table = made
        return made
    }
}
