/// The complement of a title head in an apposition, up to the comma that closes it: the body,
/// place or principal the post belongs to, in lower-case words the title chain does not read
/// (ANNOTATION.md: the title is the fullest one, with its body). `Tamaz Gambarashvili, người
/// đứng đầu cơ quan quản lý quân sự của Vovchansk, nói …` → `người đứng đầu cơ quan quản lý
/// quân sự của Vovchansk`; also `điều phối viên đặc biệt của Liên Hợp Quốc về Lebanon,`,
/// `cố vấn cho lãnh đạo nước cộng hòa Donetsk tự xưng,`, `chuyên gia kinh tế thị trường tại
/// Mizuho Securities,`.
///
/// Recognises lower-case words and the names in them (and a hyphen or brackets) after the
/// title chain that end at a comma (dev 106 `nhà phân tích an ninh từ ban Trung Quốc và Ấn Độ
/// Dương-Thái Bình Dương tại Geopolitica,`: 14 tokens after the head; the grammar bounds it: the
/// comma, a clause word, the sentence's end; and `SpeakerLimits.appositiveComplementTokens`,
/// for a bracket left open);
/// a side right before the comma is the title's (`lãnh đạo đảng Đầy tớ của nhân dân cầm
/// quyền trong quốc hội Ukraine`; an organisation's own side, `bộ phận Copernicus tại Ủy ban
/// châu Âu` → EU); one name alone after a bare head (`nhà sáng lập Infosys,`). A comma inside
/// an open bracket does not close the run (`Chủ tịch phường Dữu Lâu (thành phố Việt Trì, tỉnh
/// Phú Thọ),`): the run goes on to the bracket's end and the comma after it. A clause word
/// right after the bracket closes (silver 3727 `Chủ tịch phường Dữu Lâu (thành phố Việt Trì,
/// tỉnh Phú Thọ) cho biết`: the writer left out the comma) ends the apposition before the
/// bracket, an aside on the place: `Chủ tịch phường Dữu Lâu`.
/// Rejects a longer name right after the chain (`Chủ tịch Nghị viện
/// châu Âu Roberta Metsola,`: the title of another person), a place after a body (`read`), a
/// run that holds a verb of saying (`cues.tsv`), a complementizer, copula, auxiliary or verb
/// marker (`chuyên gia kinh tế cho rằng, …`: the clause is the sentence's), a quantifier
/// (`đại diện các phòng nghiệp vụ,`: a group, or an amount, never one person's post), a
/// quotation mark or number, a run that the sentence ends before any comma, and a title
/// already closed by its comma. After a chain that ends on a whole organisation of
/// `organizations.tsv` (`Bộ trưởng Bộ Công an dự, chỉ đạo …`: the sentence's verb), only the
/// name's own continuation: a lower-case word before a name (`tỉnh Phú Thọ`, then brackets).
/// A country right after a `preposition` (`cựu trợ lý cá nhân cho David ở Tây Ban Nha,`) is
/// where the person is, not the title's side.
struct AppositiveComplement {
    let lexicon: SpeakerLexicon

    /// Function-word classes that start a clause, never a title's complement.
    /// A quantifier names a group or an amount, never one person's post.
    private static let clauseClasses: [WordClass] = [
        .quantifier, .complementizer, .copula, .verbMarker, .auxiliary, .predicateAuxiliary, .conditional, .relative, .clauseBreak,
    ]

    /// The complement at `index` (where the title chain ended) up to the closing comma: its
    /// length and the side named last in it, right before the comma (`… trong quốc hội
    /// Ukraine,`); nil when there is none. `hasBody`: the chain already read a body or side, so
    /// a phrase of place after it (`tại`, `ở` …: `preposition`) is where the body stands
    /// (`nhà nghiên cứu tại Viện Thống nhất Quốc gia Hàn Quốc ở Seoul`), not the title's.
    /// `chainStart`: where the title chain began.
    func read(in tokens: [Token], from chainStart: Int, at index: Int, limit: Int, hasBody: Bool) -> (length: Int, side: String?)? {
        guard index < limit, let first = tokens[ifPresent: index], first.kind == .word,
              !(hasBody && lexicon.words.match(.preposition, in: tokens, at: index, limit: limit) != nil),
              !endsOnOrganization(tokens, from: chainStart, at: index, limit: limit) || continuesName(tokens, at: index, limit: limit)
        else { return nil }
        // A capitalised word right after a bare head is the body's own name only when it alone
        // fills the apposition (`nhà sáng lập Infosys,`); a longer run is a person's name.
        if first.isCapitalized {
            guard !hasBody, tokens[ifPresent: index + 1]?.key == ",", index + 1 < limit else { return nil }
            return (1, lexicon.actor(in: tokens, at: index, limit: index + 1)?.entry.side)
        }
        // The sentence's end (a mark that is no comma, bracket or dash), a clause word or the
        // closing comma bounds it; a generous count too, for a bracket left open.
        let end = min(limit, index + SpeakerLimits.appositiveComplementTokens)
        var position = index
        var side: (end: Int, side: String)?
        var openBrackets = 0
        // The last bracket closed: where it opened and the position right after it.
        var aside: (start: Int, after: Int)?
        while position < end {
            let token = tokens[position]
            if token.key == ",", openBrackets == 0 {
                return (position - index, side?.end == position ? side?.side : nil)
            }
            switch token.kind {
            case .word:
                if lexicon.cues.match(in: tokens, at: position, limit: limit) != nil
                    || Self.clauseClasses.contains(where: { lexicon.words.match($0, in: tokens, at: position, limit: limit) != nil }) {
                    // A clause right after a bracket closed (`Chủ tịch phường Dữu Lâu (thành phố Việt
                    // Trì, tỉnh Phú Thọ) cho biết`): the apposition ended before the bracket, its
                    // comma left out; the bracket is an aside on the place.
                    guard let aside, aside.after == position, aside.start > index else { return nil }
                    return (aside.start - index, side?.end == aside.start ? side?.side : nil)
                }
                if token.isCapitalized, let named = self.side(in: tokens, at: position, from: index, limit: limit) {
                    side = named.side.map { (position + named.length, $0) }
                }
            case .punctuation where token.key == ",":
                break
            case .punctuation where Punctuation.complementInnerMarks.contains(token.key):
                if token.key == "(" {
                    if openBrackets == 0 { aside = (position, -1) }
                    openBrackets += 1
                } else if token.key == ")" {
                    openBrackets = max(0, openBrackets - 1)
                    if openBrackets == 0, let open = aside?.start { aside = (open, position + 1) }
                }
            default:
                return nil
            }
            position += 1
        }
        return nil
    }

    /// The side a capitalised word at `position` names, and its length: a side of `actors.tsv`
    /// (nil side for a country right after a `preposition`: a place), else the side of an
    /// organisation of `organizations.tsv` (`Ủy ban châu Âu` → EU); nil when it names none.
    private func side(in tokens: [Token], at position: Int, from start: Int, limit: Int) -> (length: Int, side: String?)? {
        if let actor = lexicon.actor(in: tokens, at: position, limit: limit) {
            let placed = lexicon.words.matchEnding(.preposition, in: tokens, at: position, lowerBound: start) != nil
            return (actor.length, placed && actor.entry.kind.speakerKind == .country ? nil : actor.entry.side)
        }
        guard let body = wholeOrganization(tokens, at: position, limit: limit), let side = body.value.affiliation else { return nil }
        return (body.length, side)
    }

    private func wholeOrganization(_ tokens: [Token], at position: Int, limit: Int) -> (length: Int, value: OrganizationEntry)? {
        lexicon.organizations.longestMatch(in: tokens, at: position, limit: limit, where: { !$0.isAcronym || tokens[position].isAllCaps })
    }

    /// Whether the title chain `chainStart..<index` ends on a whole organisation of
    /// `organizations.tsv` (`Bộ trưởng Bộ Công an`), one the words after it do not lengthen.
    private func endsOnOrganization(_ tokens: [Token], from chainStart: Int, at index: Int, limit: Int) -> Bool {
        (max(0, chainStart)..<index).contains { start in
            tokens[start].isCapitalized && wholeOrganization(tokens, at: start, limit: limit).map { start + $0.length == index } == true
        }
    }

    /// Whether the words at `index` go on with a name: a lower-case word right before a
    /// capitalised one (`tỉnh Phú Thọ`, `và Đào tạo`); a bracket inside it is read by `read`.
    private func continuesName(_ tokens: [Token], at index: Int, limit: Int) -> Bool {
        index + 1 < limit && tokens[ifPresent: index]?.isCapitalized == false && tokens[ifPresent: index + 1]?.isCapitalized == true
    }
}
