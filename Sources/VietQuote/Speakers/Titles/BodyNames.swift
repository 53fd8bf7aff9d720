/// Body names: a head of `body_heads.tsv` (`Bộ`, `Ủy ban`, `Viện`, `Tòa án`, `Trung tâm` …)
/// and its complement up to a boundary, lower-case words included where they link
/// capitalised ones (`Ủy ban Kiểm tra Trung ương`, `Bộ Thông tin và Truyền thông`,
/// `Công an tỉnh Nghệ An`, `Cơ quan y tế` before the side `Gaza`). Read where
/// `organizations.tsv` has no row
/// (`SpeakerLexicon.organization(in:at:limit:)`), and by titles (`Thứ trưởng Bộ Y tế`).
///
/// Words of body names that news also writes in lower case (`body_words.tsv`, mined from the
/// silver corpus) stay in the name after its one capitalised word (`Trung tâm Dự báo khí tượng
/// thủy văn quốc gia`, `Tổng cục Khí tượng thủy văn`).
///
/// Rejects: a head not capitalised (`bộ` in `bộ phim`), a head with no capitalised word
/// after it (`Bộ cho biết`: an anaphor, `Mentions/Anaphor.swift`), a side that starts with
/// a head (`Đài Loan`), and lower-case words after the last capitalised one unless they
/// are the one syllable of its word (`Viện Kiểm sát` of `Viện Kiểm sát nhân dân tối cao`).
struct BodyHead: Sendable, Hashable {
    var kind: OrganizationEntry.Kind
    /// Whether a body of this head speaks for its country (a ministry, a party, a court), not
    /// for no state (a company, a hospital, a club: column `side` of `body_heads.tsv`).
    var speaksForCountry: Bool
    var origin: String
}

extension SpeakerLexicon {
    /// The body name at `index` read by the head + complement grammar, or nil.
    func bodyName(in tokens: [Token], at index: Int, limit: Int) -> (length: Int, entry: OrganizationEntry)? {
        guard let first = tokens[ifPresent: index], first.kind == .word, first.isCapitalized,
              let head = bodyHeads.longestMatch(in: tokens, at: index, limit: limit) else { return nil }
        if let side = actor(in: tokens, at: index, limit: limit), side.length > head.length { return nil }
        var added: String?
        let end = complementEnd(tokens, from: index + head.length, limit: min(limit, index + SpeakerLimits.bodyNameWords), added: &added)
        guard end > index + head.length else { return nil }
        let origin = added.map { head.value.origin + " + " + $0 } ?? head.value.origin
        return (end - index, OrganizationEntry(kind: head.value.kind, affiliation: nil, origin: origin))
    }

    /// The length of a body named with its head in lower case, as it stands right after a
    /// title: the head and capitalised words (`tỉnh Zaporizhzhia`, `bang Texas`, `lực lượng
    /// Mật vụ`), or the head and at most `SpeakerLimits.bodyLinkWords` lower-case content
    /// words when a side or a linked side follows (`cơ quan ngoại giao` before `của Liên
    /// minh châu Âu`, `lực lượng tình báo` before `Ukraine`). Rejects a head with nothing
    /// of a name after it (`Thủ tướng bộ này`, `Tổng thống cơ quan …` with no side).
    func lowerCaseBody(in tokens: [Token], at index: Int, limit: Int) -> Int? {
        guard let first = tokens[ifPresent: index], first.kind == .word, !first.isCapitalized else { return nil }
        guard let head = bodyHeads.longestMatch(in: tokens, at: index, limit: limit) else { return fieldBeforeOwner(tokens, at: index, limit: limit) }
        let start = index + head.length
        if tokens[ifPresent: start]?.isCapitalized == true {
            var named = complementEnd(tokens, from: start, limit: min(limit, index + SpeakerLimits.bodyNameWords))
            // Two lower-case words that end it are the sentence's (`câu lạc bộ Thanh Hóa cho
            // biết`), unless a side follows them; one is a word's syllable (`phe Dân chủ`).
            var trailing = named
            while trailing > start, !tokens[trailing - 1].isCapitalized { trailing -= 1 }
            if named - trailing > 1, actor(in: tokens, at: named, limit: limit) == nil { named = trailing }
            return named > start ? placeEnd(tokens, start, named) - index : nil
        }
        var position = start
        while position - start < SpeakerLimits.bodyLinkWords, isContentSyllable(tokens, at: position, limit: limit) { position += 1 }
        guard position > start else { return nil }
        let link = words.match(.titleLink, in: tokens, at: position, limit: limit) ?? 0
        guard actor(in: tokens, at: position + link, limit: limit) != nil else { return nil }
        return position - index
    }

    /// The length of the lower-case words that say what a post covers, before `của` and the
    /// side or body it belongs to (`chỉ huy tình báo cấp cao` of `… của Ukraine`, `tùy viên
    /// quốc phòng` of `… của Vương quốc Anh`): at most `SpeakerLimits.titleFieldWords` content
    /// words. Only before `của`: a verb after a title is not followed by it (`Thủ tướng phát
    /// biểu tại Liên Hợp Quốc` keeps its verb out).
    private func fieldBeforeOwner(_ tokens: [Token], at index: Int, limit: Int) -> Int? {
        var position = index
        while position - index < SpeakerLimits.titleFieldWords, isContentSyllable(tokens, at: position, limit: limit) { position += 1 }
        guard position > index, let link = words.match(.possessive, in: tokens, at: position, limit: limit),
              words.match(.titleLink, in: tokens, at: position, limit: limit) == link,
              actor(in: tokens, at: position + link, limit: limit) != nil
                || organization(in: tokens, at: position + link, limit: limit)?.entry.kind == .organization else { return nil }
        return position - index
    }

    /// Where the capitalised words of a body after a title end when the person's name runs
    /// on with no boundary (`Thống đốc tỉnh Zaporizhzhia Ivan Fedorov`): a run of
    /// `SpeakerLimits.personNameWords` or more capitalised words after the head leaves that
    /// many to the person; a shorter run is all the body's (`bang New York`).
    private func placeEnd(_ tokens: [Token], _ start: Int, _ end: Int) -> Int {
        let capitals = (start..<end).filter { tokens[$0].isCapitalized }
        guard capitals.count > SpeakerLimits.personNameWords, tokens[ifPresent: end]?.isCapitalized != true,
              end == capitals.last! + 1 else { return end }
        var cut = capitals[capitals.count - SpeakerLimits.personNameWords]
        while cut > start, tokens[cut - 1].kind != .word { cut -= 1 }   // `tạp chí Elle - Lauren …`
        return cut
    }

    /// The length of an abbreviation in brackets after a title's body (`Tổ chức Các quốc gia
    /// châu Mỹ (OAS)`): it is written as part of the title; 0 when there is none.
    func bracketedAbbreviation(in tokens: [Token], at index: Int, limit: Int) -> Int {
        guard index + 2 < limit, tokens[index].key == "(", tokens[index + 1].kind == .word, tokens[index + 1].isAllCaps,
              tokens[index + 2].key == ")" else { return 0 }
        return 3
    }

    /// Whether the words of `range` are only a body head (`Bộ`, `Sở`, `Ủy ban`).
    func isBareBodyHead(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard let first = tokens[ifPresent: range.lowerBound], first.isCapitalized else { return false }
        return bodyHeads.longestMatch(in: tokens, at: range.lowerBound, limit: range.upperBound)?.length == range.count
    }

    /// Where the complement of a body name that starts at `start` ends.
    func complementEnd(_ tokens: [Token], from start: Int, limit: Int) -> Int {
        var added: String?
        return complementEnd(tokens, from: start, limit: limit, added: &added)
    }

    /// `complementEnd(_:from:limit:)`; `added` names the reading that took words the grammar
    /// alone would not: lower-case words before a bracket that end the name (`BodyTailBeforeBracket`),
    /// an abbreviation in brackets inside it (`AcronymInsideBodyName`).
    func complementEnd(_ tokens: [Token], from start: Int, limit: Int, added: inout String?) -> Int {
        var end = start
        var position = start
        var abbreviationEnd: Int?
        defer { if let abbreviationEnd, end > abbreviationEnd { added = AcronymInsideBodyName.id } }
        while position < limit, let token = tokens[ifPresent: position] {
            if token.kind == .word, token.isCapitalized {
                // `TP Thủ Đức`: a country's syllable of a place goes on with it (CountryInsideName.swift).
                // A side right after a place head is the place (`Công an TP.Hà Nội`: `isPlaceAfterHead`).
                if actor(in: tokens, at: position, limit: limit) != nil, !startsWordOfName(tokens, at: position, limit: limit),
                   !CountryInsideName.isPlaceSyllable(tokens, at: position, from: start, limit: limit, lexicon: self),
                   !isPlaceAfterHead(tokens, at: position) { break }
                // A person's name after the body (`Tập đoàn Vingroup Phạm Nhật Vượng`) is no part of it.
                // A family name that is also a place's syllable (`huyện Tam Nông Nguyễn Mạnh
                // Hùng`): a name longer than most starts at the family name after it.
                // A place that starts with a family name, then the person (`UBND TP Hồ Chí Minh Phan
                // Văn Mãi`): the name starts at the later family name (`startsPlaceBeforeName`).
                if position > start, startsPersonalName(tokens, at: position),
                   !(startsPersonalName(tokens, at: position + 1) && capitalisedRun(tokens, from: position) > SpeakerLimits.personalNameWords),
                   !startsPlaceBeforeName(tokens, at: position), !isPlaceAfterHead(tokens, at: position) {
                    break
                }
                position += 1
                // One lower-case syllable of the capitalised word (`Kiểm tra`, `Trung ương`, `Quân
                // sự`: a word of `body_words.tsv`), or a two-syllable lower-case word that ends
                // the name (`Công ty GSM toàn cầu`).
                if isBodyWord(tokens, at: position - 1, limit: limit) {
                    position += 1
                } else if isContentSyllable(tokens, at: position, limit: limit) {
                    // An acronym is a whole word: only a whole two-syllable word follows it
                    // (`Công ty GSM toàn cầu`) or a place's head (`UBND tỉnh`), no syllable of
                    // its own (`TAND TP.HCM xử sơ thẩm`).
                    // Its second syllable may be a noun marker that marks nothing (`sự` of `Tổng
                    // cục THA dân sự (Bộ Tư pháp)`): `endsWordWithMarker`.
                    let wordEnds = (isContentSyllable(tokens, at: position + 1, limit: limit)
                                    || endsWordWithMarker(tokens, at: position + 1, limit: limit))
                        && !isContentSyllable(tokens, at: position + 2, limit: limit)
                    if wordEnds { position += 2 } else if !tokens[position - 1].isAllCaps
                        || bodyHeads.longestMatch(in: tokens, at: position, limit: limit)?.length == 1 { position += 1 }
                }
                end = position
            } else if end == position, end > start, (start..<end).count(where: { tokens[$0].isCapitalized }) == 1,
                      isLowerCase(tokens, at: position), isBodyWord(tokens, at: position, limit: limit) {
                // Words of body names written in lower case (`Trung tâm Dự báo khí tượng thủy văn
                // quốc gia`, `Tổng cục THA dân sự`: `body_words.tsv`) after one capitalised word;
                // a writer who capitalised two has ended the name (`Trung tâm Dự báo Khí tượng
                // Thủy văn Quốc gia dự báo, …`), and a head alone is no name (`Cơ quan khí tượng`).
                position += 2
                end = position
            } else if token.kind == .punctuation, token.key == "-" || token.key == "&"
                        || (token.key == "." && !token.spaceBefore && tokens[ifPresent: position + 1]?.spaceBefore == false)
                        || PlaceHeadAbbreviation.follows(tokens, at: position + 1, lexicon: self),
                      end == position, tokens[ifPresent: position + 1]?.isCapitalized == true, tokens[ifPresent: position + 2]?.key != ":" {
                // `Lao động - Thương binh và Xã hội`, `Bộ TT&TT`, `Công an TP.HCM`; not a caption's
                // credit (`… Tập đoàn Infosys - Ảnh: VGP`).
                position += 1
            } else if token.kind == .word, end == position, let bridge = linkLength(tokens, at: position, limit: limit) {
                position += bridge
                // A lower-case complement before a side (`Cơ quan y tế Gaza`): the side follows;
                // not before a place's name it opens (`UBND huyện Đức Cơ`: CountryInsideName.swift).
                if actor(in: tokens, at: position, limit: limit) != nil, !startsWordOfName(tokens, at: position, limit: limit),
                   !CountryInsideName.isPlaceSyllable(tokens, at: position, from: position, limit: limit, lexicon: self) {
                    end = position
                    break
                }
            } else if end == position, end > start, let bracket = AcronymInsideBodyName.length(tokens, at: position, limit: limit) {
                // `Ban Giám đốc (BGĐ) Sân khấu Thế giới Trẻ`: the short form of the words before it.
                position += bracket
                abbreviationEnd = position
            } else {
                if end == position, end > start, let length = BodyTailBeforeBracket.length(tokens, at: position, limit: limit, lexicon: self) {
                    end = position + length
                    added = BodyTailBeforeBracket.id
                }
                break
            }
        }
        return end
    }

    /// Whether the country at `position` is the first syllable of a word of the name: with the
    /// lower-case syllable after it a word of `body_words.tsv`, which holds the words news writes
    /// in lower case that start with a country's syllable (`Pháp lý` of `Trung tâm Nghiên cứu
    /// Quân sự và Pháp lý`, `Ý kiến`), wherever it stands. A country right after the name's
    /// words is its side (`Bộ Ngoại giao Nga`).
    private func startsWordOfName(_ tokens: [Token], at position: Int, limit: Int) -> Bool {
        isBodyWord(tokens, at: position, limit: limit)
    }

    /// Whether the two syllables at `position` are a word of `body_words.tsv`, the second in
    /// lower case and neither starting a cue (`Công Thương cho biết`).
    private func isBodyWord(_ tokens: [Token], at position: Int, limit: Int) -> Bool {
        guard position + 2 <= limit, isLowerCase(tokens, at: position + 1), bodyWords.value(in: tokens, range: position..<position + 2) != nil
        else { return false }
        return cues.match(in: tokens, at: position, limit: limit) == nil && cues.match(in: tokens, at: position + 1, limit: limit) == nil
    }

    private func isLowerCase(_ tokens: [Token], at position: Int) -> Bool {
        guard let token = tokens[ifPresent: position] else { return false }
        return token.kind == .word && !token.isCapitalized
    }

    /// Whether the capitalised run at `index`, which opens with a family name, is a place of
    /// two or three syllables followed by a Vietnamese personal name of three syllables or more
    /// (`Hồ Chí Minh Phan Văn Mãi`, `Hà Tĩnh Võ Trọng Hải`): longer than a personal name, with a
    /// family name inside it that a full name follows. Silver 2025-01-28-dem-giao-thua `Chủ tịch
    /// UBND TP Hồ Chí Minh Phan Văn Mãi` → title `Chủ tịch UBND TP Hồ Chí Minh`, name `Phan Văn
    /// Mãi` (was `Hồ Chí Minh Phan Văn Mãi`). Rejects a personal name alone (`UBND tỉnh Nguyễn Văn
    /// An`: no family name inside with three syllables from it) and two syllables after the inner
    /// family name (`Hồ Chí Minh Phan Anh`: a place or a name, no cut).
    private func startsPlaceBeforeName(_ tokens: [Token], at index: Int) -> Bool {
        let run = capitalisedRun(tokens, from: index)
        return SpeakerLimits.placeSyllablesBeforeName.contains {
            run - $0 >= SpeakerLimits.gluedPersonalNameSyllables && startsPersonalName(tokens, at: index + $0)
        }
    }

    /// Whether the capitalised run at `index`, which opens with a family name, is the place a
    /// place head before it names (`Công an tỉnh Đồng Nai`, `TAND tỉnh Lâm Đồng`, `Đoàn Luật sư
    /// TP Hà Nội`, `UBND quận Ngô Quyền`): right after a head of `place_heads.tsv` and shorter
    /// than a Vietnamese personal name written in full (`SpeakerLimits.personalNameWords`), as
    /// `PlaceName` reads it. Silver 2024-04-30-da-lat `Công an tỉnh Lâm Đồng` → the body, side
    /// Việt Nam (was `source` with no side). Rejects a full name after the head (`UBND tỉnh Trần
    /// Đức Quý`: the person) and a head after an honorific (`ông xã`).
    /// A full stop glued between the head and the place (`Công an TP.Hà Nội`) is the head's
    /// abbreviation: the place still follows its head (was the body `Công an TP`, speakers24).
    /// A head written short, its full stop and a space (`Sở GD-ĐT TP. Hồ Chí Minh`: `PlaceHeadAbbreviation`)
    /// is always followed by its place, a full personal name's length or not.
    private func isPlaceAfterHead(_ tokens: [Token], at index: Int) -> Bool {
        if PlaceHeadAbbreviation.follows(tokens, at: index, lexicon: self) { return true }
        guard capitalisedRun(tokens, from: index) < SpeakerLimits.personalNameWords else { return false }
        let stop = index > 0 && tokens[index - 1].key == "." && !tokens[index - 1].spaceBefore && !tokens[index].spaceBefore
        let headEnd = stop ? index - 1 : index
        return SpeakerLimits.placeHeadWords.contains { length in
            let start = headEnd - length
            return start >= 0 && (start..<headEnd).allSatisfy { tokens[$0].kind == .word }
                && placeHeads.value(in: tokens, range: start..<headEnd) != nil
                && !(start > 0 && words.isWord(tokens, at: start - 1, .honorific))
        }
    }

    /// The number of capitalised words in a row from `start`, counted up to
    /// `SpeakerLimits.capitalisedRunScan` (a title-case page is one long run).
    private func capitalisedRun(_ tokens: [Token], from start: Int) -> Int {
        var end = start
        while end - start < SpeakerLimits.capitalisedRunScan, let token = tokens[ifPresent: end], token.kind == .word,
              token.isCapitalized { end += 1 }
        return end - start
    }

    /// A lower-case word that is no function word and starts no cue, before `limit`: a body's
    /// name ends before the verb that reports it (`Sở Công Thương cho biết`, `Trường THCS Thành
    /// Công cho hay`: `cho` is no syllable of `Công`).
    func isContentSyllable(_ tokens: [Token], at position: Int, limit: Int) -> Bool {
        guard position < limit, let token = tokens[ifPresent: position], token.kind == .word, !token.isCapitalized else { return false }
        return words.trie.value(in: tokens, range: position..<position + 1) == nil
            && cues.match(in: tokens, at: position, limit: limit) == nil
    }

    /// Whether the lower-case syllable at `position` is a one-syllable noun marker with no word
    /// after it (`sự` of `Tổng cục THA dân sự (Bộ Tư pháp)`, `Cục THA dân sự,`): a marker makes
    /// a noun of the word that follows it (`sự phát triển`), so one before a bracket, a comma or
    /// the end marks nothing and is the second syllable of the word before it (`dân sự`, `hình
    /// sự`, `quân sự`). Rejects a marker before a word (`THA dân sự kiện`: `sự kiện` is a word of
    /// its own) and a cue (`cho`). The head of a place after it (`Cục THA dân sự TP.HCM`, `… dân
    /// sự tỉnh Bình Dương`: `place_heads.tsv`) opens the body's place, no word with the marker
    /// (dev 429: the title was `Cục trưởng Cục THA`, speakers24).
    private func endsWordWithMarker(_ tokens: [Token], at position: Int, limit: Int) -> Bool {
        guard position < limit, isLowerCase(tokens, at: position), words.match(.nounMarker, in: tokens, at: position, limit: limit) == 1,
              cues.match(in: tokens, at: position, limit: limit) == nil else { return false }
        guard let next = tokens[ifPresent: position + 1], next.kind == .word else { return true }
        return placeHeads.value(in: tokens, range: position + 1..<position + 2) != nil
    }

    /// Lower-case words that link two capitalised parts of one body name (`và`, `tỉnh`,
    /// `thành phố`): at most `SpeakerLimits.bodyLinkWords` words, not function words other
    /// than a coordinator, followed by a capitalised word that heads no other body.
    private func linkLength(_ tokens: [Token], at start: Int, limit: Int) -> Int? {
        var position = start
        while position < limit, position - start < SpeakerLimits.bodyLinkWords, let token = tokens[ifPresent: position],
              token.kind == .word, !token.isCapitalized {
            if let classes = words.trie.value(in: tokens, range: position..<position + 1), !classes.contains(.coordinator) { return nil }
            position += 1
        }
        // Another body after the link (`Ủy ban Kiểm tra Trung ương và Bộ Y tế`): two bodies.
        guard position > start, tokens[ifPresent: position]?.kind == .word, tokens[position].isCapitalized,
              position < limit, bodyHeads.longestMatch(in: tokens, at: position, limit: limit) == nil else { return nil }
        return position - start
    }
}
