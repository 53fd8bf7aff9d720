/// A mention that is only the place a person lives or works, written after the person's name
/// and a comma (`Name, sống tại Quận 3, TP.HCM cho biết`), is no speaker: the Quotes stage took
/// the words after the last comma. A clause of at most `SpeakerLimits.residenceVerbWords`
/// lower-case words, then a preposition (`tại`, `ở`: `preposition` of `function_words.tsv`)
/// and a capitalised place, is the person's residence; the speaker is the clause before it,
/// back to the comma or dash that opens it, when that clause is a mention that holds a name.
///
/// Recognises: silver 2024-04-21-zalo-loi `Chị Huỳnh Vi, sống tại Quận 3, TP.HCM cho biết` →
/// `Chị Huỳnh Vi` (was the place `TP.HCM`; `mention: before the residence written after it`).
/// An address with no preposition is a residence too: clauses of an administrative unit in
/// lower case (a head of `place_heads.tsv`) and a place's name, at most
/// `SpeakerLimits.addressClauses` of them (`Chị Nông Thị Thúy Hiển, quận Hoàng Mai, thành phố
/// Hà Nội cho biết` → `Chị Nông Thị Thúy Hiển`, was `TP Hà Nội`). When the clause the address
/// follows is a title of a person before it (`AppositionChain`), the person speaks and the address
/// is the title's place (silver 2024-05-02-chu-tich-nuoc `ông Siu Luynh, Phó Chủ tịch UBND huyện
/// Đức Cơ, tỉnh Gia Lai cho biết` → `Siu Luynh`, was `Đức Cơ`, side Đức).
/// A bare place (capitalised words only, no body, title or honorific) ends an address too, and
/// may follow a job held at a place of up to `SpeakerLimits.jobBeforePlaceWords` words
/// (speakers31: silver 2024-05-10-ti-le-choi-vao-lop-10-nam-2024-ha-noi `thầy Nguyễn Minh Phi,
/// Hiệu trưởng Trường THPT Hoàng Văn Thụ, quận Hoàng Mai, Hà Nội cho hay` → `Nguyễn Minh Phi`;
/// 2024-07-16-tiem-chung-benh-bach-hau `bác sĩ Bùi Thị Việt Hoa, cán bộ tiêm chủng tại Trung tâm
/// Tiêm chủng Safpo/Potec Xuân Đỉnh, Hà Nội cho hay` → `Bùi Thị Việt Hoa`; both were `Hà Nội`,
/// named `Việt Nam`). A bracketed aside after the person's name (`chị Lê Phương Liên (34 tuổi),`)
/// is left out of the person.
/// Rejects: a mention with a title or a personal name of its own (`…, ở Hà Nội, ông Nguyễn Văn A
/// cho biết`), a clause before it with no preposition opening a place (`…, trong khi đó, …`),
/// a place that does not end the clause (`cuối tuần qua Mỹ đã tuyên bố`), a residence with no
/// name before it (`Nhiều người, sống ở Hà Nội, cho biết`) and a body after an address
/// (`Nút giao …, quận 2, Ban Giao thông cho biết`: no bare place).
enum ResidenceMention {
    /// The words before the residence the mention `mention` ends, and the reading that found
    /// them (`beforeResidence`, `addressAfterPerson`, `titleBeforeAddress`), or nil when it ends none.
    static func before(_ mention: Range<Int>, in tokens: [Token], parser: MentionParser) -> (range: Range<Int>, rule: SpeakerRule)? {
        guard let last = mention.last(where: { tokens[$0].kind == .word }) else { return nil }
        // `TP.HCM`: a mention cut at the full stop inside a place starts where the place starts.
        var first = mention.lowerBound
        while first > 0, !tokens[first].spaceBefore, tokens[first - 1].kind != .quote,
              !Punctuation.commaOrDash.contains(tokens[first - 1].key) { first -= 1 }
        let range = Range(from: first, to: last + 1)
        let lexicon = parser.lexicon
        // The mention is the residence clause itself (`sống tại TP.HCM`), or a place after it.
        var residence = range
        var address = !isResidence(range, tokens, parser: parser) && isAddress(range, tokens, parser: parser)
        // A residence with a preposition among the clauses (`sống tại Quận 3, TP.HCM`) names the reading.
        var preposition = !address
        if !isResidence(range, tokens, parser: parser), !address {
            // (Performance only: the clause mark before the mention first, the parse of its words last.)
            guard let open = clauseStart(before: range.lowerBound, in: tokens), !names(range, tokens, parser: parser) else { return nil }
            residence = Range(from: open, to: range.lowerBound - 1)
            // Only a residence with a preposition comes before such a place: before an address the
            // mention is a body of its own (`Nút giao …, quận 7, Ban Giao thông cho biết`), unless
            // it is a bare place, the address's last unit (`…, quận Hoàng Mai, Hà Nội cho hay`).
            let place = isBarePlace(range, tokens, parser: parser)
            if place, isAddress(residence, tokens, parser: parser) {
                address = true
                preposition = false
            } else {
                // A bare place after a job held there may follow a longer clause (`nhân viên bán hàng tại Hoàng Mai, Hà Nội`).
                let words = place ? SpeakerLimits.jobBeforePlaceWords : SpeakerLimits.residenceVerbWords
                guard isResidence(residence, tokens, parser: parser, words: words) else { return nil }
            }
        }
        guard var start = clauseStart(before: residence.lowerBound, in: tokens) else { return nil }
        var end = residence.lowerBound - 1
        // An address of several units (`quận Hoàng Mai, thành phố Hà Nội`, `sống tại Quận 3, TP.HCM`): back over each.
        for _ in 0..<SpeakerLimits.addressClauses where isAddress(Range(from: start, to: end), tokens, parser: parser)
            || isResidence(Range(from: start, to: end), tokens, parser: parser) {
            if isResidence(Range(from: start, to: end), tokens, parser: parser) { preposition = true } else { address = true }
            guard let open = clauseStart(before: start, in: tokens) else { return nil }
            end = start - 1
            start = open
        }
        // `chị Lê Phương Liên (34 tuổi), nhân viên …`: an aside in brackets after the name is no part of it.
        let person = Range(from: start, to: asideStart(before: end, from: start, in: tokens) ?? end)
        let parsed = parser.parse(tokens, range: person)
        // The clause before the address is a title of the person before it (`ông Siu Luynh, Phó Chủ
        // tịch UBND huyện Đức Cơ, tỉnh Gia Lai`): the address is the title's, the person speaks.
        if AppositionChain.isTitleClause(person, parsed, tokens, parser: parser),
           let name = AppositionChain.personStart(before: start, in: tokens, parser: parser) {
            return (Range(from: name, to: end), .titleBeforeAddress)
        }
        // The clause before is a mention and nothing else (`Như ông Trump đã hứa …, cuối tuần qua
        // Mỹ`: a clause with words of its own is no person the residence follows).
        guard !parsed.names.isEmpty, parsed.unknownWords == 0, parsed.honorific || !parsed.titles.isEmpty
                || person.contains(where: { lexicon.startsPersonalName(tokens, at: $0) }) else { return nil }
        return (person, address && !preposition ? .addressAfterPerson : .beforeResidence)
    }

    /// Where the clause ending at the comma or dash at `end - 1` starts (after a clause mark,
    /// a quote or the paragraph's start), or nil when no comma or dash ends one there.
    static func clauseStart(before end: Int, in tokens: [Token]) -> Int? {
        let mark = end - 1
        guard mark > 0, tokens[mark].kind == .punctuation, Punctuation.commaOrDash.contains(tokens[mark].key) else { return nil }
        var start = mark
        while start > max(0, mark - SpeakerLimits.bracketAsideTokens), tokens[start - 1].kind != .quote,
              tokens[start - 1].kind != .punctuation || !Punctuation.clauseMarks.contains(tokens[start - 1].key) {
            start -= 1
        }
        guard start < mark, start == 0 || tokens[start - 1].kind == .punctuation || tokens[start - 1].kind == .quote,
              Range(from: start, to: mark).contains(where: { tokens[$0].kind == .word }) else { return nil }
        return start
    }

    /// `sống tại Quận 3`, `ở Hà Nội`: a few lower-case words, a preposition, a capitalised word.
    private static func isResidence(_ range: Range<Int>, _ tokens: [Token], parser: MentionParser,
                                    words: Int = SpeakerLimits.residenceVerbWords) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound, index - range.lowerBound <= words,
              tokens[index].kind == .word, !tokens[index].isCapitalized {
            if parser.lexicon.words.isWord(tokens, at: index, .preposition) {
                // The place ends the clause (`cuối tuần qua Mỹ đã tuyên bố`: a time, then a subject).
                guard let place = tokens[ifPresent: index + 1], index + 1 < range.upperBound,
                      tokens[range.upperBound - 1].kind == .number || tokens[range.upperBound - 1].isCapitalized else { return false }
                return place.kind == .word && place.isCapitalized && !names(Range(from: index + 1, to: range.upperBound), tokens, parser: parser)
            }
            index += 1
        }
        return false
    }

    /// `quận Hoàng Mai`, `thành phố Hà Nội`, `TP HCM`: an administrative unit in lower case (or
    /// `TP`; a head of `place_heads.tsv`) and a capitalised place's name or a number
    /// (`quận 4`), nothing else: an address written with no preposition.
    private static func isAddress(_ range: Range<Int>, _ tokens: [Token], parser: MentionParser) -> Bool {
        guard let length = parser.lexicon.placeHeads.longestMatch(in: tokens, at: range.lowerBound, limit: range.upperBound)?.length,
              !tokens[range.lowerBound].isCapitalized || tokens[range.lowerBound].isAllCaps,
              case let place = Range(from: range.lowerBound + length, to: range.upperBound), !place.isEmpty,
              place.allSatisfy({ tokens[$0].kind == .number || (tokens[$0].kind == .word && tokens[$0].isCapitalized)
                  || (tokens[$0].key == "." && !tokens[$0].spaceBefore) }) // `TP.HCM`
        else { return false }
        return !names(place, tokens, parser: parser)
    }

    /// Where the bracket opens that closes right before `end` (`(34 tuổi)`), when words stand before
    /// it from `start`; nil when no bracket closes there.
    private static func asideStart(before end: Int, from start: Int, in tokens: [Token]) -> Int? {
        guard end - 1 > start, tokens[end - 1].key == ")",
              let open = (start..<(end - 1)).last(where: { tokens[$0].key == "(" }), open > start else { return nil }
        return open
    }

    /// `Hà Nội`, `Xuân Đỉnh`: capitalised words only, read as no honorific, title or body, and
    /// no full personal name (`names`): a place and nothing else.
    private static func isBarePlace(_ range: Range<Int>, _ tokens: [Token], parser: MentionParser) -> Bool {
        guard range.count <= SpeakerLimits.barePlaceWords,
              range.allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized }) else { return false }
        let parsed = parser.parse(tokens, range: range)
        return !parsed.honorific && parsed.titles.isEmpty && parsed.organizations.isEmpty && parsed.unknownWords == 0
            && !names(range, tokens, parser: parser)
    }

    /// Whether the words name a speaker of their own: an honorific or a title, or a Vietnamese
    /// personal name of 3 syllables or more (2 are as often a place: `Hà Nội`).
    private static func names(_ range: Range<Int>, _ tokens: [Token], parser: MentionParser) -> Bool {
        let parsed = parser.parse(tokens, range: range)
        return parsed.honorific || !parsed.titles.isEmpty || parsed.names.contains {
            $0.count >= SpeakerLimits.gluedPersonalNameSyllables && parser.lexicon.startsPersonalName(tokens, at: $0.lowerBound)
        }
    }
}
