/// The name after the link that closes a role (`của`, `tại`: class `role_link` of
/// `function_words.tsv`) names the team, body or person the role belongs to, its possessor:
/// the head of the noun phrase, the role (or the person named with it), speaks, and the
/// possessor goes into the title, never into the name.
///
/// Recognises a title that heads the mention (only a quantifier or honorific before it) or
/// stands in apposition after a name and a comma or dash, then perhaps the holder's name right
/// after it, a few lower-case words of the role (`phân tích kim loại quý`, `31 tuổi`,
/// `RolePossessor.roleWords` at most), a link, and a name: that name, the names, bodies and
/// sides joined to it and a place after a preposition are the possessor's and are dropped from
/// the mention's names (`name: the possessor after a role's link is no speaker`).
/// - With the holder's name, the holder speaks: silver 2024-04-19-u23-thai-lan `HLV Issara
///   Sritharo của U23 Thái Lan cho biết` → Issara Sritharo (was `U23 Thái Lan`), title `HLV
///   của U23 Thái Lan` (after `của` the possessor joins the title as the gold writes
///   `Nhà phân tích của Bloomberg Intelligence`; after `tại` it may be a venue and stays out:
///   `Nhà phân tích Tamas Varga tại PVM Oil Associates` → title `Nhà phân tích`).
/// - Without a name, the title runs over the possessor and the role speaks (`RoleRule`: the
///   article's person of that role, else the role as written): silver 2024-07-09-morata
///   `Tiền đạo 31 tuổi của Atletico Madrid` (was `Atletico Madrid`), 2024-05-29-shein
///   `phát ngôn viên của Shein` (was `Quốc Shein`); with a quantifier a source
///   (`QuantifiedRoleRule`: `Một cựu cầu thủ của Man City`).
/// - In apposition the name before it speaks: silver 2025-02-07-gia-vang-hom-nay-7-2-2025
///   `Bernard Dahdah - chuyên gia phân tích kim loại quý tại Natixis - cho rằng` → Bernard
///   Dahdah (was `Natixis`: with Natixis no name, `MentionTrimming` joins the name before the
///   apposition, `namesOnlyPossessors`); 2024-09-17-quan-he `Đổng Bích Du, Tổng lãnh sự Trung
///   Quốc tại Đà Nẵng` (was `Đà Nẵng`).
///
/// Rejects: a link after no title (`Phát biểu tại hội nghị, Thượng tướng …`; `thống kê của
/// Vietcap`: a statement noun, no role), a title after other names or bodies of the mention,
/// a title whose chain already holds the link and its body (`Chủ nhiệm Ủy ban Kinh tế của Quốc
/// hội Vũ Hồng Thanh`: the name after the chain is the holder), a body or side right after the
/// link (the chain's: dev 437 `Giám đốc Tổng cục Tình báo thuộc Bộ Quốc phòng Ukraine Kyrylo
/// Budanov`, the name after it holds the title), a clause word, punctuation or more than
/// `roleWords` words between the role and the link, and a link with no name after it
/// (`tại cuộc họp`).
/// Known miss: a holder's name glued after the team in one capitalised run (silver
/// `Cựu hậu vệ của Arsenal Martin Keown`, 4 mentions) is read as the possessor: the role speaks.
struct RolePossessor {
    let lexicon: SpeakerLexicon

    /// At most 6 lower-case words between a role and its link (`người đứng đầu khối nghiên
    /// cứu tại`, `chuyên gia phân tích kim loại quý tại`): more is a clause, not a role's words.
    static let roleWords = 6

    /// The lower-case words that end a role's words: a clause or phrase opens there (a verb
    /// marker, an auxiliary, a conjunction, a preposition that is no link).
    private static let clauseClasses: [WordClass] = [
        .auxiliary, .verbMarker, .passive, .predicateAuxiliary, .negator, .coordinator, .preposition, .subjectStop,
        .complementizer, .relative, .conditional, .temporal,
    ]

    /// The mention's parse without the possessors' names, the titles run over them.
    func apply(to parsed: inout ParsedMention, _ tokens: [Token]) {
        guard !parsed.titles.isEmpty, !parsed.names.isEmpty else { return }
        for position in parsed.titles.indices {
            let title = parsed.titles[position]
            guard let apposition = headsNounPhrase(title, in: parsed, tokens),
                  let reading = possessor(after: title, in: parsed, tokens) else { continue }
            parsed.names.removeAll { reading.dropped.contains($0.lowerBound) }
            parsed.record(.roleOfPossessor)
            // An apposition closed by a comma is read whole by the article index
            // (`AppositiveComplement`: `Ông Tamaz Gambarashvili, người đứng đầu cơ quan quản lý
            // quân sự của Vovchansk,`): its title is left to it.
            if apposition, tokens[ifPresent: parsed.range.upperBound]?.key == "," { continue }
            if reading.holder == nil {
                // A holder named after the possessor closes the title (silver 2024-04-23-dong-dat-dai-loan
                // `Giáo sư danh dự tại Khoa Địa chất Đại học Đài Loan Trần Văn Sơn`).
                let end = holderAfter(reading.dropped.upperBound, in: parsed, tokens) ?? reading.possessor.upperBound
                parsed.titles[position].range = Range(from: title.range.lowerBound, to: end)
                parsed.titles[position].trace.insert(.possessor)
            } else if !lexicon.words.isWord(tokens, at: reading.possessor.lowerBound, .post) {
                // After a named holder `tại` (class `post`) may name a venue: the possessor joins
                // the title only after `của`.
                parsed.titles[position].possessor = reading.possessor
                parsed.titles[position].trace.insert(.possessor)
            }
        }
    }

    /// Whether the words of `range` hold names and each is a role's possessor (`chuyên gia …
    /// tại Natixis`): they name no one who could speak, and a name before their apposition
    /// may join them (`MentionTrimming`: `Bernard Dahdah - chuyên gia … tại Natixis -`).
    func namesOnlyPossessors(_ tokens: [Token], _ range: Range<Int>, parser: MentionParser) -> Bool {
        var parsed = parser.parse(tokens, range: range)
        guard !parsed.names.isEmpty else { return false }
        apply(to: &parsed, tokens)
        return parsed.names.isEmpty
    }

    /// Whether the title heads the mention's noun phrase (false), or stands in apposition (true):
    /// nothing but words before it (a quantifier, an honorific), or a name and a comma or dash
    /// right before it; nil when it heads none.
    private func headsNounPhrase(_ title: ParsedMention.Title, in parsed: ParsedMention, _ tokens: [Token]) -> Bool? {
        let start = title.range.lowerBound
        let before = Range(from: parsed.range.lowerBound, to: start)
        let opens = !before.contains { tokens[$0].kind != .word }
            && !parsed.names.contains { $0.lowerBound < start } && !parsed.titles.contains { $0.range.lowerBound < start }
            && !parsed.organizations.contains { $0.range.lowerBound < start } && !parsed.sides.contains { $0.range.lowerBound < start }
        if opens { return false }
        guard start - 1 > parsed.range.lowerBound, tokens[start - 1].kind == .punctuation,
              Punctuation.commaOrDash.contains(tokens[start - 1].key),
              parsed.names.contains(where: { $0.upperBound == start - 1 }) else { return nil }
        return true
    }

    /// The possessor's words after the title (from the link over the names, bodies and sides
    /// that follow it), the words whose names are dropped (the possessor and a place after a
    /// preposition), and the holder's name between, or nil when no link and name follow the role.
    private func possessor(after title: ParsedMention.Title, in parsed: ParsedMention,
                           _ tokens: [Token]) -> (possessor: Range<Int>, dropped: Range<Int>, holder: Range<Int>?)? {
        let limit = parsed.range.upperBound
        var position = title.range.upperBound
        let holder = parsed.names.first { $0.lowerBound == position }
        if let holder { position = holder.upperBound }
        var words = 0
        while position < limit, lexicon.words.match(.roleLink, in: tokens, at: position, limit: limit) == nil {
            guard words < Self.roleWords, isRoleWord(tokens, at: position, in: parsed) else { return nil }
            words += 1
            position += 1
        }
        guard let link = lexicon.words.match(.roleLink, in: tokens, at: position, limit: limit) else { return nil }
        // The possessor opens with a name, after a few lower-case words or an honorific (`của
        // công ty High Ridge Futures`, `của ông Thaksin`); a body, side or title first is the
        // chain's, and a name after it holds the whole title (dev 437 `Giám đốc Tổng cục Tình báo
        // thuộc Bộ Quốc phòng Ukraine Kyrylo Budanov`, the same with `của`): no possessor.
        var next = position + link
        while next < limit, next - position - link < Self.roleWords, !parsed.names.contains(where: { $0.lowerBound == next }),
              isRoleWord(tokens, at: next, in: parsed) || lexicon.words.isWord(tokens, at: next, .honorific) {
            next += 1
        }
        guard parsed.names.contains(where: { $0.lowerBound == next }) else { return nil }
        // It goes on over names, bodies and sides, joined by a coordinator or a few lower-case
        // words (`của Genius và EPL`, `của ĐT futsal Việt Nam`), and ends after the last of them.
        // A place after a preposition (`tại Bannockburn Global Forex ở New York`) is no speaker
        // either, but no part of the title.
        var close = next, dropped = next
        var gap = 0
        var venue = false
        while next < limit, gap <= Self.roleWords {
            if let part = part(at: next, in: parsed, tokens) {
                next = part
                dropped = part
                if !venue { close = part }
                gap = 0
            } else if isRoleWord(tokens, at: next, in: parsed) || lexicon.words.isWord(tokens, at: next, .coordinator) {
                next += 1
                gap += 1
            } else if lexicon.words.isWord(tokens, at: next, .preposition) {
                venue = true
                next += 1
                gap += 1
            } else {
                break
            }
        }
        return (Range(from: position, to: close), Range(from: position, to: dropped), holder)
    }

    /// Where the name of the parse that follows the possessor's words from `position`, with
    /// only a few words between and no clause word (no copula: `… của Barca là Deco` is
    /// `CopulaHolder`'s),
    /// starts: the holder of the whole title; nil when none does.
    private func holderAfter(_ position: Int, in parsed: ParsedMention, _ tokens: [Token]) -> Int? {
        guard let name = parsed.names.first(where: { $0.lowerBound >= position }), name.lowerBound - position <= Self.roleWords,
              Range(from: position, to: name.lowerBound).allSatisfy({
                  (tokens[$0].kind == .word || tokens[$0].kind == .number) && !isClauseWord(tokens, at: $0)
              })
        else { return nil }
        return name.lowerBound
    }

    /// The end of the name, body or side of the parse that starts at `position` (a country the
    /// parse took for a team's, `ĐT futsal Việt Nam`, too), or nil.
    private func part(at position: Int, in parsed: ParsedMention, _ tokens: [Token]) -> Int? {
        parsed.names.first { $0.lowerBound == position }?.upperBound
            ?? parsed.organizations.first { $0.range.lowerBound == position }?.range.upperBound
            ?? parsed.sides.first { $0.range.lowerBound == position }?.range.upperBound
            ?? lexicon.actor(in: tokens, at: position, limit: parsed.range.upperBound).map { position + $0.length }
    }

    /// A lower-case word or a number of the role's own words: no name, no body, side or title
    /// of the parse, no clause word.
    private func isRoleWord(_ tokens: [Token], at position: Int, in parsed: ParsedMention) -> Bool {
        let token = tokens[position]
        guard token.kind == .number || (token.kind == .word && !token.isCapitalized) else { return false }
        return !isClauseWord(tokens, at: position)
            && !parsed.organizations.contains { $0.range.contains(position) } && !parsed.sides.contains { $0.range.contains(position) }
            && !parsed.titles.contains { $0.range.contains(position) }
    }

    private func isClauseWord(_ tokens: [Token], at position: Int) -> Bool {
        guard let classes = lexicon.words.trie.value(in: tokens, range: position..<position + 1) else { return false }
        return Self.clauseClasses.contains { classes.contains($0) }
    }
}

extension MentionContext {
    /// A title of the mention as written, with the possessor that joins it after the holder's
    /// name (`HLV của U23 Thái Lan` of `HLV Issara Sritharo của U23 Thái Lan`: `RolePossessor`).
    func titleText(_ title: ParsedMention.Title) -> String {
        title.possessor.map { "\(text(title.range)) \(text($0))" } ?? text(title.range)
    }

    /// The match keys of `titleText`.
    func titleKeys(_ title: ParsedMention.Title) -> [String] {
        keys(title.range) + (title.possessor.map(keys) ?? [])
    }
}
