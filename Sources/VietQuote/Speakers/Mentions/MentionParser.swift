/// The parts of a speaker mention, read left to right with the speaker lexicons:
/// quantifier, honorific, title chains (with their country or body), organisations,
/// sides, unnamed-source nouns, statement nouns and capitalised names.
struct ParsedMention: Sendable {
    struct Title: Sendable {
        var range: Range<Int>; var kind: TitleKind; var affiliation: String?
        /// The linked principal's own title (`Tổng thống Philippines` in `người đại diện của
        /// Tổng thống Philippines`) when the name after the chain is the principal's.
        var principal: Range<Int>? = nil
        var principalAffiliation: String? = nil
        /// The possessor that joins the title after the holder's name (`của U23 Thái Lan` in
        /// `HLV Issara Sritharo của U23 Thái Lan`: `RolePossessor`), read with `titleText`.
        var possessor: Range<Int>? = nil
        /// How it was read (`explanation.title_rule`).
        var trace = TitleTrace(.mention, .chain)
    }
    struct Organization: Sendable {
        var range: Range<Int>; var entry: OrganizationEntry; var affiliation: String?; var name: Range<Int>?
        /// The reading that widened the name, for the speaker's trace.
        var rule: SpeakerRule? = nil
    }
    struct Side: Sendable { var range: Range<Int>; var entry: ActorEntry }

    var range: Range<Int>
    var quantified = false
    var honorific = false
    var titles: [Title] = []
    var organizations: [Organization] = []
    var sides: [Side] = []
    var names: [Range<Int>] = []
    /// Tokens joining several speakers (`và`, `,`) between sides.
    var coordinated = false
    var unknownWords = 0
    /// The parse's readings that changed a name or a side, in the order they applied.
    var rules: [SpeakerRule] = []

    mutating func record(_ rule: SpeakerRule) {
        if !rules.contains(rule) { rules.append(rule) }
    }
}

struct MentionParser: Sendable {
    let lexicon: SpeakerLexicon
    /// Performance only: where `parse` keeps its last parse (`ParseMemo`), or nil (the
    /// resolver's own parser: a memo is read on one thread, `memoised(in:)`).
    private var memo: ParseMemo?

    init(lexicon: SpeakerLexicon) {
        self.lexicon = lexicon
    }

    /// This parser keeping its last parse in `memo` (performance only: a mention's words are
    /// parsed by `ResidenceMention`, then by the resolver, the same range of the same tokens).
    func memoised(in memo: ParseMemo) -> MentionParser {
        var parser = self
        parser.memo = memo
        return parser
    }

    /// The capitalised word run at `index` that is not a title, organisation or side.
    func nameRun(in tokens: [Token], at index: Int, limit: Int) -> Int {
        var end = index
        while end < limit, tokens[end].kind == .word {
            if tokens[end].isCapitalized {
                if end > index, lexicon.title(in: tokens, at: end, limit: limit) != nil { break }
                // `HLV Hoàng Anh Tuấn`, `FPT Trương Gia Bình`: an abbreviation (a title's or a
                // body's) before a Vietnamese personal name is no part of it.
                if end > index, tokens[end - 1].isAllCaps, Self.hasSeveralScalars(tokens[end - 1].key),
                   lexicon.startsPersonalName(tokens, at: end), lexicon.actor(in: tokens, at: end, limit: limit) == nil { break }
                // (Performance only: `starts` holds only where a personal name starts; most words start none.)
                if end > index, lexicon.startsPersonalName(tokens, at: end),
                   PersonalNameAfterWords(lexicon: lexicon).starts(tokens, at: end, after: index, limit: limit) { break }
                if isCredit(tokens, at: end, after: index, limit: limit) || opensClause(tokens, at: end, after: index, limit: limit) { break }
                if end == index, lexicon.words.match(.honorific, in: tokens, at: end, limit: limit) != nil
                    || lexicon.pronoun(in: tokens, at: end, limit: limit) != nil || RomanNumeral.isNumeral(tokens[end]) { break }
                // `Facebook Đức Tiến`: a platform glued before a name is no part of it.
                if end == index, let platform = lexicon.words.match(.platform, in: tokens, at: end, limit: limit),
                   let next = tokens[ifPresent: end + platform], end + platform < limit, next.kind == .word,
                   next.isCapitalized { break }
                end += 1
            } else if end > index, case let particles = particleRun(tokens, at: end, limit: limit), particles > 0,
                      end + particles < limit, tokens[end + particles].kind == .word, tokens[end + particles].isCapitalized {
                end += particles // `Lula da Silva`, `Maged al Ansary`, `Ursula von der Leyen`
                continue
            } else if end > index, tokens[index].isAllCaps, Self.hasSeveralScalars(tokens[index].key),
                      lexicon.bodyWords.value(in: tokens, range: end - 1..<end + 1) != nil {
                end += 1 // `UBKT Trung ương`: an abbreviated body's name goes on over a body word
                continue
            } else if case let word = WordCompletedInLowerCase.length(tokens, at: end, after: index, limit: limit, lexicon: lexicon),
                      word > 0 {
                end += word // `Trường Tiểu học Tân Hải`: the word `tiểu học`, not the name's end
                continue
            } else {
                break
            }
            // `Kim Hong-kyun`, `Kosiniak-Kamysz`: a hyphen with no spaces joins the parts.
            if end + 1 < limit, tokens[end].kind == .punctuation, tokens[end].key == "-", !tokens[end].spaceBefore,
               tokens[end + 1].kind == .word, !tokens[end + 1].spaceBefore {
                end += 2
            }
            // `Rigoberto D. Tiglao`: an initial and its full stop.
            if end + 1 < limit, tokens[end].kind == .punctuation, tokens[end].key == ".", !tokens[end].spaceBefore,
               tokens[end - 1].key.unicodeScalars.count == 1, tokens[end + 1].kind == .word, tokens[end + 1].isCapitalized {
                end += 1
            }
            // `TP.HCM`: an abbreviation glued by a full stop to the capitalised word after it.
            if end + 1 < limit, tokens[end].kind == .punctuation, tokens[end].key == ".", !tokens[end].spaceBefore,
               tokens[end - 1].isAllCaps, Self.hasSeveralScalars(tokens[end - 1].key),
               tokens[end + 1].kind == .word, tokens[end + 1].isCapitalized, !tokens[end + 1].spaceBefore,
               lexicon.actor(in: tokens, at: end + 1, limit: limit) == nil {
                end += 1
            }
        }
        return end - index
    }

    /// Whether `key` holds two Unicode scalars or more (`key.unicodeScalars.count > 1`, read up
    /// to its second scalar; performance only: the count walked the whole key, for every word
    /// in capitals of a name run).
    @inline(__always)
    static func hasSeveralScalars(_ key: String) -> Bool {
        var scalars = key.unicodeScalars.makeIterator()
        return scalars.next() != nil && scalars.next() != nil
    }

    /// Whether the word at `end` is a credit after the names from `index` (`George Miller PEOPLE`,
    /// `Erik ten Hag AFP`): a word in capitals (`SpeakerLimits.creditCapitals` letters or more)
    /// ending a run of `SpeakerLimits.creditAfterNames` names or more in mixed case, no part of
    /// the name (`TP.HCM`, `Hà Nội FC`, `Đội CSGT` stay whole). The speaker's trace says
    /// `name: ends before a credit in capitals`.
    func isCredit(_ tokens: [Token], at end: Int, after index: Int, limit: Int) -> Bool {
        guard end < limit, end - index >= SpeakerLimits.creditAfterNames, tokens[end].kind == .word, tokens[end].isAllCaps,
              tokens[end].spaceBefore, tokens[end].key.unicodeScalars.count >= SpeakerLimits.creditCapitals,
              (index..<end).allSatisfy({ tokens[$0].kind != .word || !tokens[$0].isAllCaps }) else { return false }
        return end + 1 >= limit || tokens[end + 1].kind != .word || !tokens[end + 1].isCapitalized
    }

    /// Whether the capitalised word at `end` opens a clause glued to the names from `index`, no
    /// part of them: a caption or heading run into the next sentence without its full stop
    /// (`Chí Trung Dù thừa nhận …`, `… Jake Paul Diễn biến chính …`). The word is one news
    /// almost never capitalises where it could choose (`common_words.tsv` share at most
    /// `SpeakerLimits.clauseWordCapitalShare`: `dù` 0.005, `diễn` 0.011; given names start
    /// higher, `thắng` 0.021, `tâm` 0.043), it follows `SpeakerLimits.creditAfterNames` names
    /// or more and a lower-case word follows it that links no name part (not `và`, `của`, `qua`:
    /// `Bộ Nông Nghiệp và …`).
    /// The speaker's trace says `name: ends before a word that opens a clause`.
    func opensClause(_ tokens: [Token], at end: Int, after index: Int, limit: Int) -> Bool {
        guard end - index >= SpeakerLimits.creditAfterNames, end + 1 < limit, tokens[end].kind == .word, tokens[end].isCapitalized,
              !tokens[end].isAllCaps, tokens[end + 1].kind == .word, !tokens[end + 1].isCapitalized,
              ![WordClass.coordinator, .preposition, .titleLink].contains(where: { lexicon.words.isWord(tokens, at: end + 1, $0) }),
              let share = lexicon.commonWords.value(in: tokens, range: end..<end + 1) else { return false }
        return share <= SpeakerLimits.clauseWordCapitalShare
    }

    /// The number of name particles in a row at `index` (`da`, `von der`: `name_particle` of
    /// `function_words.tsv`), before `limit`.
    private func particleRun(_ tokens: [Token], at index: Int, limit: Int) -> Int {
        var end = index
        while end < limit, lexicon.words.isWord(tokens, at: end, .nameParticle) { end += 1 }
        return end - index
    }

    /// Whether a capitalised name (not a side, organisation or title) stands in `range`.
    func hasName(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            if let side = lexicon.actor(in: tokens, at: index, limit: range.upperBound) { index += side.length; continue }
            if let org = lexicon.organization(in: tokens, at: index, limit: range.upperBound) { index += org.length; continue }
            if let title = lexicon.title(in: tokens, at: index, limit: range.upperBound) { index += title.length; continue }
            if nameRun(in: tokens, at: index, limit: range.upperBound) > 0 { return true }
            index += 1
        }
        return false
    }

    func parse(_ tokens: [Token], range: Range<Int>) -> ParsedMention {
        guard let memo else { return parseWords(tokens, range: range) }
        if let known = memo.parsed(tokens, range) { return known }
        let parsed = parseWords(tokens, range: range)
        memo.keep(parsed, of: tokens)
        return parsed
    }

    /// `parse(_:range:)`, read anew.
    private func parseWords(_ tokens: [Token], range: Range<Int>) -> ParsedMention {
        var parsed = ParsedMention(range: range)
        let limit = range.upperBound
        var index = range.lowerBound
        // Where the last honorific or pronoun read ends (a name may follow it).
        var honorificEnd: Int?
        if let length = lexicon.words.match(.quantifier, in: tokens, at: index, limit: limit), index + length < limit {
            parsed.quantified = true
            index += length
        }
        while index < limit {
            let token = tokens[index]
            if token.kind == .punctuation || token.kind == .quote {
                if token.key == "," { parsed.coordinated = true }
                index += 1
                continue
            }
            if let length = lexicon.words.match(.honorific, in: tokens, at: index, limit: limit) {
                parsed.honorific = true
                index += length
                honorificEnd = index
                continue
            }
            // (Performance only: the organisation at `index` is read once, not once per test.)
            let named = lexicon.organization(in: tokens, at: index, limit: limit)
            let source = named?.entry.kind == .source ? named?.length : nil   // (Performance only: no second optional copy.)
            // A word that is both a role and a source noun (`đại diện`, `trợ lý`) is a source when
            // no name follows it in the mention, or after a quantifier, or before a lower-case noun
            // in a mention that ends with a place (`Đại diện trường Quốc tế TP.HCM`: SourceNounBeforePlace.swift).
            let nounBeforePlace = source.map { length in
                parsed.titles.isEmpty && parsed.names.isEmpty
                    && SourceNounBeforePlace.opensSource(tokens, nounEnd: index + length, limit: limit, lexicon: lexicon)
            } ?? false
            if var title = titleChain(in: tokens, at: index, limit: limit), !nounBeforePlace,
               source == nil || !(parsed.titles.isEmpty && parsed.names.isEmpty
                                  && (parsed.quantified || !hasName(tokens, Range(from: title.range.upperBound, to: limit)))) {
                // `Ông Bùi Thanh Sơn, Phó Thủ tướng kiêm …`: after a name and a comma or dash, an apposition.
                if followsNameAndComma(tokens, at: index, parsed) { title.trace = title.trace.read(at: .mention, as: .apposition) }
                // `… kiêm Tổng giám đốc VinFast toàn cầu Phạm Nhật Vượng`: the joined office's body (JoinedOffices.swift).
                if title.trace.contains(.joinedOffices) {
                    title.range = Range(from: title.range.lowerBound,
                                        to: title.range.upperBound + JoinedOffices(parser: self).body(in: tokens, at: title.range.upperBound, limit: limit))
                }
                parsed.titles.append(title)
                index = title.range.upperBound
                continue
            }
            if source != nil, let org = named {
                if nounBeforePlace { parsed.record(.sourceNounBeforePlace) }
                let unnamed = unnamedSource(org.entry, tokens, at: index, length: org.length, parsed: parsed)
                if unnamed.range.upperBound < limit { parsed.record(.sourceBeforeBracketAside) }
                parsed.organizations.append(unnamed)
                index = limit
                continue
            }
            if let org = named, let end = readBody(org, tokens, at: index, range: range, parsed: &parsed) {
                index = end
                continue
            }
            if let side = lexicon.actor(in: tokens, at: index, limit: limit) {
                index = readSide(side, tokens, at: index, honorificEnd: honorificEnd, parsed: &parsed)
                continue
            }
            // A pronoun before a name (`Anh Nguyễn Văn A`, `Cô Lan`) is an honorific.
            if let length = lexicon.pronoun(in: tokens, at: index, limit: limit) {
                parsed.honorific = true
                index += length
                honorificEnd = index
                continue
            }
            // `Facebook Đức Tiến`, `TikTok Lệ Quyên`: a platform glued before a name only carries
            // the holder's words; the name starts after it.
            if let length = lexicon.words.match(.platform, in: tokens, at: index, limit: limit),
               nameRun(in: tokens, at: index + length, limit: limit) > 0 {
                parsed.record(.platformBeforeName)
                index += length
                continue
            }
            if token.isCapitalized, CountryTailOpensNoName.applies(tokens, at: index, limit: limit, lexicon: lexicon) { parsed.record(.countryTailNoName); index += 1; continue }
            let run = nameRun(in: tokens, at: index, limit: limit)
            if run > 0 {
                if isCredit(tokens, at: index + run, after: index, limit: limit) { parsed.record(.creditAfterName) }
                if opensClause(tokens, at: index + run, after: index, limit: limit) { parsed.record(.clauseAfterName) }
                if (index + 1..<index + run).contains(where: { tokens[$0].kind == .word && !tokens[$0].isCapitalized
                    && WordCompletedInLowerCase.length(tokens, at: $0, after: index, limit: limit, lexicon: lexicon) > 0 }) {
                    parsed.record(.wordCompletedInLowerCase)
                }
                if PersonalNameAfterWords(lexicon: lexicon).starts(tokens, at: index + run, after: index, limit: limit) {
                    parsed.record(.personalNameAfterWords)
                }
                parsed.names.append(index..<index + run)
                index += run
                continue
            }
            if RomanNumeral.isNumeral(token) { parsed.record(.romanNumeralNoName) } // `Đại hội XIV, Tổng Bí thư`
            if lexicon.words.isWord(tokens, at: index, .coordinator) { parsed.coordinated = true }
            else if lexicon.words.match(.appositionLink, in: tokens, at: index, limit: limit) == nil { parsed.unknownWords += 1 }
            index += 1
        }
        return parsed
    }

    /// Reads the body of the lexicon at `index` into `parsed` and returns where the mention goes
    /// on, or nil when it is no body here: a medium's name written as common words (`nhân dân`:
    /// LowercaseMediumName.swift, recorded) or a syllable of a compound word.
    private func readBody(_ org: (length: Int, entry: OrganizationEntry), _ tokens: [Token], at index: Int,
                          range: Range<Int>, parsed: inout ParsedMention) -> Int? {
        let limit = range.upperBound
        if LowercaseMediumName(lexicon: lexicon).isCommonWords(org, tokens, at: index) {
            parsed.record(.mediumNameInLowercase)
            return nil
        }
        guard !isCompoundSyllable(org, tokens, at: index, range) else { return nil }
        let body = organization(org.entry, tokens, at: index, length: org.length, limit: limit)
        if hasPlaceSyllable(tokens, in: Range(from: index, to: index + org.length), limit: limit) {
            parsed.record(.countryInsidePlaceName)
        }
        if let rule = body.rule { parsed.record(rule) }
        // `Công an TP. Hà Nội`: the name went on over a head written short (PlaceHeadAbbreviation.swift).
        if body.range.contains(where: { PlaceHeadAbbreviation.follows(tokens, at: $0, lexicon: lexicon) }) {
            parsed.record(.placeHeadAbbreviation)
        }
        parsed.organizations.append(body)
        var end = body.range.upperBound
        // Its abbreviation in brackets (`Cơ quan Khí tượng Nhật Bản (JMA)`) is no name.
        if tokens[ifPresent: end]?.key == "(", let short = tokens[ifPresent: end + 1], end + 1 < limit, short.isAllCaps {
            end += 2
        }
        return end
    }

    /// Whether `index` follows the mention's last name, a comma or dash and perhaps a link word
    /// (`Name, title`, `Name - là title`): where a title is an apposition (`TitleRule.apposition`).
    private func followsNameAndComma(_ tokens: [Token], at index: Int, _ parsed: ParsedMention) -> Bool {
        guard let name = parsed.names.last, let mark = tokens[ifPresent: name.upperBound], name.upperBound + 1 <= index,
              mark.kind == .punctuation, Punctuation.commaOrDash.contains(mark.key) else { return false }
        let position = name.upperBound + 1
        return position == index || lexicon.words.match(.appositionLink, in: tokens, at: position, limit: index) == index - position
    }

    /// The side at `index`, read by what stands before it; returns where reading goes on.
    /// A nationality (`HLV người Đức`, `tiền vệ người Brazil`: the role speaks) is no side of
    /// the mention; a country word alone after an honorific is a given name (`ông Đức`, `bà Nga`); a side's word that starts a name, with no title
    /// before it, is the name's (`Mỹ Đình`, `Israel Katz`, `Jordan Bardella`: after a title
    /// the side is the title's, `Thủ tướng Anh Keir Starmer`, read by the title chain).
    private func readSide(_ side: (length: Int, entry: ActorEntry), _ tokens: [Token], at index: Int, honorificEnd: Int?,
                          parsed: inout ParsedMention) -> Int {
        let range = parsed.range, limit = range.upperBound
        if index > range.lowerBound, lexicon.words.isWord(tokens, at: index - 1, .demonym) { return index + side.length }
        // A side's syllable that starts a common word (`Anh trai`, `Pháp luật`): no side.
        if SideStartsWord.applies(side, tokens, at: index, limit: limit, lexicon: lexicon) {
            parsed.record(.sideStartsWordNoSide)
            return index + side.length
        }
        // A language, sport, currency or city of the country (`tiếng Anh`, `bóng đá Anh`): no side.
        if let start = lexicon.words.matchEnding(.countryModifier, in: tokens, at: index, lowerBound: range.lowerBound),
           !tokens[start].isCapitalized {
            parsed.record(.countryModifierNoSide)
            return index + side.length
        }
        if endsCapitalisedWord(tokens, at: index, parsed: parsed) {
            parsed.record(.capitalisedWordNoSide)
            return index + side.length
        }
        // `Đức Anh`, `Mỹ Anh`: two country syllables in a row are a given name (CountryInsideName.swift).
        if CountryInsideName.startsGivenNamePair(side, tokens, at: index, limit: limit, lexicon: lexicon),
           CountryInsideName.standsWhereNameMay(tokens, at: index, from: range.lowerBound,
                                                afterWordOfName: honorificEnd == index || parsed.titles.last?.range.upperBound == index,
                                                lexicon: lexicon) {
            parsed.record(.countryPairGivenName)
            let end = index + 2 + nameRun(in: tokens, at: index + 2, limit: limit)
            parsed.names.append(index..<end)
            return end
        }
        let run = nameRun(in: tokens, at: index + side.length, limit: limit)
        if run == 0, side.length == 1, honorificEnd == index {
            parsed.names.append(index..<index + 1)
            return index + 1
        }
        // After a title, a side that starts a given name is the name's (`HLV Đức Thắng`: TitleChain.swift).
        if run > 0, parsed.titles.last?.range.upperBound == index, startsGivenName(side.length, tokens, at: index, limit: limit) {
            parsed.record(.countryStartsGivenName)
            parsed.names.append(index..<index + side.length + run)
            return index + side.length + run
        }
        if run > 0, parsed.titles.isEmpty, side.length == 1, index == range.lowerBound || parsed.honorific {
            // A pronoun that is also a side (`Anh`) before a name is an honorific.
            let pronoun = lexicon.pronoun(in: tokens, at: index, limit: limit) == side.length
            if pronoun { parsed.honorific = true }
            parsed.names.append((pronoun ? index + side.length : index)..<index + side.length + run)
            return index + side.length + run
        }
        parsed.sides.append(.init(range: index..<index + side.length, entry: side.entry))
        return index + side.length
    }

    /// Whether the side at `index` ends a capitalised word of two syllables inside the mention
    /// that names no one (`giải Ngoại hạng Anh`: the Premier League, `Vòng 36 Ngoại hạng Anh`):
    /// a capitalised syllable after the mention's first word, that no title or body read and
    /// that heads no body (`Lực lượng Hezbollah`, `Công an Hà Nội` keep their side), then a
    /// lower-case syllable that is no function word, then the side. The side qualifies that
    /// word; it does not speak. A mention that opens with such a word (`Chính giới Mỹ`,
    /// `Tay vợt Serbia`) keeps the side.
    private func endsCapitalisedWord(_ tokens: [Token], at index: Int, parsed: ParsedMention) -> Bool {
        // The word's two syllables stand at `index - 2` and `index - 1`, after the mention's first word.
        guard index - 2 > parsed.range.lowerBound else { return false }
        let head = tokens[index - 2], tail = tokens[index - 1]
        return head.kind == .word && head.isCapitalized && tail.kind == .word && !tail.isCapitalized
            && lexicon.words.trie.value(in: tokens, range: index - 1..<index) == nil
            && lexicon.bodyHeads.value(in: tokens, range: index - 2..<index - 1) == nil
            && lexicon.bodyHeads.value(in: tokens, range: index - 2..<index) == nil
            && !parsed.titles.contains { $0.range.contains(index - 2) }
            && !parsed.organizations.contains { $0.range.contains(index - 2) }
    }

    /// Whether a body's name read by its head holds a country's syllable as a place's
    /// (`TP Thủ Đức`: `CountryInsideName`), for the speaker's trace.
    private func hasPlaceSyllable(_ tokens: [Token], in body: Range<Int>, limit: Int) -> Bool {
        guard let head = lexicon.bodyHeads.longestMatch(in: tokens, at: body.lowerBound, limit: body.upperBound) else { return false }
        let start = body.lowerBound + head.length
        return (start..<body.upperBound).contains {
            CountryInsideName.isPlaceSyllable(tokens, at: $0, from: start, limit: limit, lexicon: lexicon)
        }
    }

    /// Whether a one-word medium head in lower case is the second syllable of a compound after
    /// a lower-case content word: `báo` of `dự báo` (a forecast), `bài báo`, `trang` of
    /// `chuyên trang`: no medium speaks.
    private func isCompoundSyllable(_ org: (length: Int, entry: OrganizationEntry), _ tokens: [Token], at index: Int,
                                    _ range: Range<Int>) -> Bool {
        guard org.entry.kind == .media, org.length == 1, index > range.lowerBound, !tokens[index].isCapitalized else { return false }
        let before = tokens[index - 1]
        return before.kind == .word && !before.isCapitalized && lexicon.words.trie.value(in: tokens, range: index - 1..<index) == nil
            && lexicon.words.matchEnding(.quantifier, in: tokens, at: index, lowerBound: range.lowerBound) == nil   // `một số trang`
    }

    /// An organisation, medium or statement head with the name after it (not after a
    /// statement: `tuyên bố Nga`) and the sides or bodies that follow.
    private func organization(_ entry: OrganizationEntry, _ tokens: [Token], at index: Int, length: Int,
                              limit: Int) -> ParsedMention.Organization {
        var end = index + length
        var affiliation = entry.affiliation
        var name: Range<Int>?
        var rule: SpeakerRule?
        if entry.kind != .statement {
            let run = nameRun(in: tokens, at: end, limit: limit)
            // A Vietnamese personal name after a body is a person of it (`Công an TP.HCM Nguyễn Văn
            // Hòa`), after a head it is the body's name (`TP Hồ Chí Minh`, `Trường THPT Nguyễn Du`).
            let afterHead = Range(from: max(index, end - SpeakerLimits.headWordsBeforeName), to: end).contains {
                tokens[$0].isCapitalized && lexicon.bodyHeads.longestMatch(in: tokens, at: $0, limit: end)?.length == end - $0
            }
            if run > 0, lexicon.actor(in: tokens, at: end, limit: limit) == nil,
               afterHead || !lexicon.startsPersonalName(tokens, at: end) {
                name = end..<end + run
                end += run
            }
            // `báo Dân trí`: a medium's name in sentence case goes on in lower case.
            if entry.kind == .media, entry.isGenericHead, let read = name,
               let longer = MediumNameInSentenceCase(lexicon: lexicon).end(tokens, after: read, limit: limit) {
                name = read.lowerBound..<longer
                end = longer
                rule = .mediumNameInSentenceCase
            }
        }
        while let next = following(in: tokens, at: end, limit: limit) {
            end += next.length
            affiliation = affiliation ?? next.side
        }
        return .init(range: Range(from: index, to: end), entry: entry, affiliation: affiliation, name: name, rule: rule)
    }

    /// An unnamed source keeps all its words up to the mention's end or an unclosed bracket
    /// (`BracketAside`), and the quantifier before it when nothing else came first; its side
    /// is the one side they name, the bracket's included.
    private func unnamedSource(_ entry: OrganizationEntry, _ tokens: [Token], at index: Int, length: Int,
                               parsed: ParsedMention) -> ParsedMention.Organization {
        let limit = parsed.range.upperBound
        var sides = Set<String>()
        if let own = entry.affiliation { sides.insert(own) }
        var position = index + length
        while position < limit {
            if let side = lexicon.actor(in: tokens, at: position, limit: limit) {
                sides.insert(side.entry.side)
                position += side.length
            } else if let body = lexicon.organization(in: tokens, at: position, limit: limit) {
                if let own = body.entry.affiliation { sides.insert(own) }
                position += body.length
            } else {
                position += 1
            }
        }
        // A count before the source noun (`Ba nguồn tin`, `3 nguồn tin`) stays in its name.
        let counted = index > parsed.range.lowerBound && (parsed.range.lowerBound..<index).allSatisfy {
            tokens[$0].kind == .number || lexicon.numerals.value(in: tokens, range: $0..<$0 + 1) != nil
        }
        var start = counted || (parsed.quantified && parsed.titles.isEmpty && parsed.names.isEmpty && parsed.organizations.isEmpty)
            ? parsed.range.lowerBound : index
        // A source noun whose first syllable closes a body head (`quan chức` in `cơ quan chức
        // năng`, the authorities: head `Cơ quan`) starts with the head.
        if start == index, index > parsed.range.lowerBound, tokens[index - 1].kind == .word,
           lexicon.bodyHeads.value(in: tokens, range: index - 1..<index + 1) != nil {
            start = index - 1
        }
        let end = BracketAside.start(in: tokens, Range(from: index + length, to: limit)) ?? limit
        return .init(range: Range(from: start, to: end), entry: entry, affiliation: sides.count == 1 ? sides.first : nil, name: nil)
    }
}

/// Performance only: the last parse of a `MentionParser` made with `memoised(in:)`, the words
/// it parsed and their tokens. A parse reads only the lexicons, the tokens and the range, so a
/// parse of the same range of the same tokens is the same: the tokens are told apart by their
/// array's storage, which the memo retains (no other array can take its place while it is kept).
/// One memo serves one article's mentions (`MentionContext.parseMemo`), on one thread.
final class ParseMemo: @unchecked Sendable {
    private var tokens: [Token] = []
    private var parsed: ParsedMention?

    /// The parse kept of `range` of `tokens`, if it is the last one made.
    func parsed(_ tokens: [Token], _ range: Range<Int>) -> ParsedMention? {
        guard let parsed, parsed.range == range, Self.sameStorage(tokens, self.tokens) else { return nil }
        return parsed
    }

    /// Keeps `parsed`, the parse of `tokens[parsed.range]`.
    func keep(_ parsed: ParsedMention, of tokens: [Token]) {
        self.tokens = tokens
        self.parsed = parsed
    }

    private static func sameStorage(_ tokens: [Token], _ other: [Token]) -> Bool {
        tokens.withUnsafeBufferPointer { one in
            other.withUnsafeBufferPointer { two in one.baseAddress == two.baseAddress && one.count == two.count }
        }
    }
}

extension MentionParser {
    /// Whether a one-word name is no name but the first syllable of a word: a body head
    /// alone (`Thứ trưởng Bộ`), or a capitalised syllable with a lower-case one after it that
    /// is no function word, opening the sentence (`Đào tạo`, `Xã hội`, `Môi trường`), being
    /// a common word or head (`Ban tổ chức`, `Công an tỉnh`), or forming with it a word that
    /// news writes in lower case (`Quốc gia`, `Đào tạo`: a pair of `common_words.tsv`).
    /// Personal names capitalise every syllable.
    func isWordSyllable(_ tokens: [Token], _ name: Range<Int>, limit: Int) -> Bool {
        guard name.count == 1 else { return false }
        if lexicon.isBareBodyHead(tokens, name) { return true }
        guard let next = tokens[ifPresent: name.upperBound], name.upperBound < limit, next.kind == .word, !next.isCapitalized,
              lexicon.words.trie.value(in: tokens, range: name.upperBound..<name.upperBound + 1) == nil else { return false }
        let opening = (name.lowerBound == 0 || tokens[name.lowerBound - 1].kind != .word)
            && !PlaceHeadAbbreviation.follows(tokens, at: name.lowerBound, lexicon: lexicon)
        return opening || lexicon.bodyHeads.value(in: tokens, range: name) != nil
            || (lexicon.commonWords.value(in: tokens, range: name) ?? 1) <= SpeakerLimits.syllableCapitalShare
            || (lexicon.commonWords.value(in: tokens, range: name.lowerBound..<name.upperBound + 1) ?? 1) <= SpeakerLimits.syllableCapitalShare
    }
}
