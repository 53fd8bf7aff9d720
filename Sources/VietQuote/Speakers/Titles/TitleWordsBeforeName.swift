/// The words a title chain leaves between its head and the name it introduces, read into the
/// title (ANNOTATION.md: the title is the fullest one, with its body). The chain stops at the
/// first word it does not know; the name after such words is still the title's holder, and the
/// words in between qualify the post or name its body:
/// - a body whose place is left out or written after it (silver 2024-04-24-thi-tot-nghiep-thpt
///   `Phó Chủ tịch UBND tỉnh Trần Đức Quý` → `Phó Chủ tịch UBND tỉnh`, was `Phó Chủ tịch`;
///   2024-06-06-bac-kan `Chủ tịch Ủy ban MTTQ tỉnh Bắc Kạn Đỗ Thị Minh Hoa`);
/// - the lower-case rest of a body's name (`Thứ trưởng Bộ Giao thông vận tải Nguyễn Danh Huy`);
/// - a modifier of the post (2024-07-28-bayern-munich `Giám đốc thể thao Max Eberl`,
///   2025-01-06-patrick-kluivert `chuyên gia chuyển nhượng Fabrizio Romano`,
///   2024-04-29-ban-ket-u23-chau-a `Huấn luyện viên trưởng Shin Tae-yong`).
///
/// Recognises after the chain, up to a name run: lower-case words, a body of
/// `organizations.tsv` or the head of one (`body_heads.tsv`: `UBND`), a side, a place after its head (`tỉnh Bắc Kạn`; a number after the
/// head: `UBND phường 1`), at most `SpeakerLimits.postWordsBeforeName` tokens. A Vietnamese
/// full name right after a place head (`tỉnh Trần Đức Quý`: `SpeakerLimits.personalNameWords`
/// syllables) is the holder, not the place.
/// In a mention the name is the one that speaks (`NameRule`); in running text (`ArticleIndex`,
/// for the person's later mentions) only a gap that holds a body or place counts.
/// Rejects a gap with a clause word (a verb of saying `cues.tsv`, a copula, auxiliary,
/// passive, preposition, coordinator …: `luật sư cho rằng Trương Mỹ Lan`, `tiền vệ được
/// Fotmob`), an honorific or pronoun
/// (`ứng viên tổng thống Mỹ Bà Kamala Harris`), a nationality (`Tiền vệ người Anh Ashley
/// Young`: no part of the title, dev 106 gold `bình luận viên`; `TitleBeforeNameGap` reads it),
/// another title head, any mark or number (`3 lần vô địch`), and a capitalised word that is
/// none of the above before the name. `về` is no clause word here: dev 104 gold `chuyên gia
/// về Trung Quốc`.
/// Rejects also a gap whose last words take a complement (`name_governors.tsv`, review14 M2):
/// silver 2024-09-15-anh-trai-say-hi `Do lần đầu đảm nhận vị trí đội trưởng nên Quang Hùng
/// MasterD thừa nhận` (no `đội trưởng nên`), 2024-07-30-obito `đại diện cho Obito`.
struct TitleWordsBeforeName {
    let lexicon: SpeakerLexicon
    let parser: MentionParser

    /// Function-word classes that open a clause or a phrase of its own, never a post's words.
    private static let clauseClasses: [WordClass] = [
        .quantifier, .complementizer, .copula, .verbMarker, .auxiliary, .predicateAuxiliary, .passive, .negator, .conditional,
        .relative, .clauseBreak, .coordinator, .preposition, .subjectStop, .temporal, .honorific, .pronoun, .firstPerson,
        .demonym, .titleLink, .roleLink, .comment,
    ]

    /// The mention's first title run over such words to the name that speaks (`NameRule`):
    /// the title heads the mention (only words before it: a quantifier, an honorific), has
    /// no principal or possessor, and the gap ends right at `name`.
    func title(_ parsed: ParsedMention, before name: Range<Int>, _ tokens: [Token]) -> ParsedMention.Title? {
        guard var title = parsed.titles.first, title.principal == nil, title.possessor == nil,
              title.range.upperBound < name.lowerBound,
              !Range(from: parsed.range.lowerBound, to: title.range.lowerBound).contains(where: { tokens[$0].kind != .word }),
              gap(in: tokens, chainEnd: title.range.upperBound, limit: parsed.range.upperBound, running: false,
                  isName: { $0 == name.lowerBound }) != nil
        else { return nil }
        title.range = Range(from: title.range.lowerBound, to: name.lowerBound)
        title.trace.insert(.wordsBeforeName)
        return title
    }

    /// Where the name after the chain that ends at `chainEnd` starts, in running text
    /// (`ArticleIndex`): only when the words hold a body or a place (`UBND tỉnh`, `Bộ Giao
    /// thông vận tải`); the lower-case words of a post alone are read in a mention only, as
    /// running text puts verbs there (`đạo diễn chọn X`, `Bác sĩ chẩn đoán X`), and so are
    /// lower-case words before the body or place (a verb taking it as object, review14 S21:
    /// `Phó Thủ tướng giao UBND tỉnh Quảng Nam Lê Trí Thanh chủ trì`), but for a place's head.
    func nameStart(in tokens: [Token], chainEnd: Int, limit: Int) -> Int? {
        guard let found = gap(in: tokens, chainEnd: chainEnd, limit: limit, running: true,
                              isName: { parser.nameRun(in: tokens, at: $0, limit: limit) > 0 }), found.body else { return nil }
        return found.nameStart
    }

    /// The gap after the chain: where the name starts (`isName` says whether one does at a
    /// capitalised word that is no body, side or place), and whether a body or place stands in
    /// it; nil when other words stand there, or none. In `running` text a lower-case word
    /// before the first capitalised part must end a place's head (`tỉnh`).
    private func gap(in tokens: [Token], chainEnd: Int, limit: Int, running: Bool,
                     isName: (Int) -> Bool) -> (nameStart: Int, body: Bool)? {
        let end = min(limit, chainEnd + SpeakerLimits.postWordsBeforeName + 1)
        var position = chainEnd
        var body = false
        while position < end {
            let token = tokens[position]
            switch token.kind {
            case .word where !token.isCapitalized:
                guard !isClauseWord(tokens, at: position, limit: limit) else { return nil }
                let placeHead = lexicon.placeHeadEnds(tokens, before: position + 1, from: chainEnd)
                if placeHead { body = true }
                if running, !body, !placeHead, !capitalised(tokens, from: chainEnd, to: position),
                   !lowerCasePlaceHeadStarts(tokens, at: position, from: chainEnd, limit: limit) { return nil }
                position += 1
            case .number where lexicon.placeHeadEnds(tokens, before: position, from: chainEnd):
                position += 1   // `UBND phường 1`
            case .word:
                guard let next = afterCapitalized(tokens, at: position, from: chainEnd, limit: limit) else {
                    return position > chainEnd && !endsInGovernor(tokens, before: position, from: chainEnd)
                        && isName(position) ? (position, body) : nil
                }
                guard next.end > position else { return nil }
                body = body || next.body
                position = next.end
            default:
                return nil
            }
        }
        return nil
    }

    /// Where a capitalised part of the gap at `position` ends, and whether it is a body or
    /// place (not a side): a body, a side (no nationality) or a place after its head; `position`
    /// itself when it is another title or a side after a nationality (the gap fails), nil when
    /// a name starts there.
    private func afterCapitalized(_ tokens: [Token], at position: Int, from start: Int, limit: Int) -> (end: Int, body: Bool)? {
        if lexicon.title(in: tokens, at: position, limit: limit) != nil { return (position, false) }
        if let body = lexicon.organization(in: tokens, at: position, limit: limit), body.entry.kind == .organization {
            // The body grammar reads on over a place to the person (`UBND tỉnh Trần Đức Quý`):
            // the body ends before the holder's full name.
            let end = (position + 1..<position + body.length).first { holdsFullName(tokens, at: $0, from: start, limit: limit) }
            return (end ?? position + body.length, true)
        }
        // A body's head alone, its place after it (`UBND tỉnh`: the province left out).
        if let head = lexicon.bodyHeads.longestMatch(in: tokens, at: position, limit: limit), head.value.kind == .organization {
            return (position + head.length, true)
        }
        if let side = lexicon.actor(in: tokens, at: position, limit: limit) {
            return (lexicon.words.isWord(tokens, at: position - 1, .demonym) ? position : position + side.length, false)
        }
        guard lexicon.placeHeadEnds(tokens, before: position, from: start),
              !holdsFullName(tokens, at: position, from: start, limit: limit) else { return nil }
        // The place's name, up to the holder's (`tỉnh Bắc Kạn Đỗ Thị Minh Hoa`).
        var end = position + 1
        while end < limit, tokens[end].kind == .word, tokens[end].isCapitalized, !lexicon.startsPersonalName(tokens, at: end) { end += 1 }
        return (end, true)
    }

    /// Whether a Vietnamese full name (`SpeakerLimits.personalNameWords` capitalised syllables
    /// or more, a family name first) starts at `position` right after a place head: the
    /// holder, not the place (`UBND tỉnh Trần Đức Quý`, as `PlaceName` reads it).
    private func holdsFullName(_ tokens: [Token], at position: Int, from start: Int, limit: Int) -> Bool {
        guard lexicon.placeHeadEnds(tokens, before: position, from: start), lexicon.startsPersonalName(tokens, at: position) else { return false }
        var end = position
        while end < limit, tokens[end].kind == .word, tokens[end].isCapitalized { end += 1 }
        return end - position >= SpeakerLimits.personalNameWords
    }

    /// Whether a capitalised word stands in `start..<end` (a body's or place's own name began).
    private func capitalised(_ tokens: [Token], from start: Int, to end: Int) -> Bool {
        (start..<end).contains { tokens[$0].isCapitalized }
    }

    /// Whether a place head of more than one word starts at `position` (`thành phố`).
    private func lowerCasePlaceHeadStarts(_ tokens: [Token], at position: Int, from start: Int, limit: Int) -> Bool {
        SpeakerLimits.placeHeadWords.contains { length in
            position + length <= limit && lexicon.placeHeadEnds(tokens, before: position + length, from: position)
        }
    }

    /// Whether the words right before `name` (from `start` on) take a complement
    /// (`name_governors.tsv`: `cho`, `quê`, `phụ trách`): the name is no title's holder then.
    private func endsInGovernor(_ tokens: [Token], before name: Int, from start: Int) -> Bool {
        SpeakerLimits.governorWords.contains { length in
            name - length >= start && (name - length..<name).allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCapitalized }
                && lexicon.nameGovernors.value(in: tokens, range: name - length..<name) != nil
        }
    }

    private func isClauseWord(_ tokens: [Token], at position: Int, limit: Int) -> Bool {
        lexicon.cues.match(in: tokens, at: position, limit: limit) != nil
            || Self.clauseClasses.contains(where: { lexicon.words.match($0, in: tokens, at: position, limit: limit) != nil })
            || lexicon.pronoun(in: tokens, at: position, limit: limit) != nil
    }
}
