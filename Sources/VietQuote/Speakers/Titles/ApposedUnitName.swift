/// The unit an apposition's bare head leads, named by its own words with no body head of
/// `body_heads.tsv` before them (ANNOTATION.md: the title is the fullest one, with its body):
/// a department in sentence case. Silver 2025-01-22-hau-a-lenh `Ông Phan
/// Đình Trạc, Trưởng ban Nội chính Trung ương,` → `Trưởng ban Nội chính Trung ương`;
/// 2024-10-04-zona-than-kinh `Bà Vũ Thị Thu Hà, Giám đốc Cung ứng của Hệ thống tiêm chủng VNVC
/// cho biết` → `Giám đốc Cung ứng của Hệ thống tiêm chủng VNVC`. The chain (`TitleChain.swift`) reads only bodies and sides
/// its lexicons hold, and `ApposedBody.swift` only a body head's name, so these kept the bare head.
///
/// Recognises, right after a bare head (no body or side read, no body head next), a
/// capitalised word that is no family name and no title, then words, numbers and glued hyphens
/// (at most `SpeakerLimits.apposedUnitLowerCaseRun` lower-case words in a row: `Dự báo thời
/// tiết`) up to the apposition's end. A comma, dash or other mark ends it on any word
/// (`Trưởng phòng Bảo vệ,`); a verb of saying (`cues.tsv`) or a clause word ends it only after a
/// capitalised word or a number, as a sentence-case run before the verb may be the verb's own
/// words.
/// Rejects a run of capitalised words alone, name particles aside (`Bộ trưởng Khánh cho biết`,
/// `HLV Erik ten Hag`, `trung vệ Jan Vertonghen hay Toby Alderweireld`: persons' names; so a company's name in title case, `Bamboo Airways`, is
/// left out too; also before a link: `tiền vệ Brian Farinas của Barcelona`), a family name at the start or opening a full name inside (`Giám đốc Nguyễn Văn An`:
/// a person), a lower-case word before a body head not linked by `của`/`tại` (`… thăm Tổng Công
/// ty`: a verb and its object), a longer lower-case run (`đến thăm và tặng quà`: the sentence's
/// predicate), and a run longer than `SpeakerLimits.apposedBodyTokens` with no end.
struct ApposedUnitName {
    let lexicon: SpeakerLexicon

    private var body: ApposedBody { ApposedBody(lexicon: lexicon) }

    /// The length of the unit's name at `index` (right after a bare title head) to the
    /// apposition's end, or nil when there is none.
    func read(in tokens: [Token], at index: Int, limit: Int) -> Int? {
        guard index < limit, let first = tokens[ifPresent: index], first.kind == .word, first.isCapitalized,
              lexicon.bodyHeads.longestMatch(in: tokens, at: index, limit: limit) == nil,
              lexicon.familyNames.value(in: tokens, range: index..<index + 1) == nil,
              lexicon.title(in: tokens, at: index, limit: limit) == nil,
              !body.isClauseWord(tokens, at: index, limit: limit) else { return nil }
        let end = min(limit, index + SpeakerLimits.apposedBodyTokens)
        var position = index + 1
        var lowerCaseRun = 0
        var linked = false
        // A run of capitalised words alone is a person's name (`Bộ trưởng Khánh`, `HLV Erik ten
        // Hag`), not a unit: the unit's own words are in sentence case or hold a number.
        var sentenceCase = false
        while position < end {
            let token = tokens[position]
            switch token.kind {
            case .number:
                lowerCaseRun = 0
                sentenceCase = true
            case .word where body.isClauseWord(tokens, at: position, limit: limit):
                return sentenceCase ? body.closes(tokens, from: index, at: position) : nil
            case .word where token.isCapitalized:
                if body.startsPersonalName(tokens, at: position, limit: limit) { return nil }
                if lowerCaseRun > 0, !linked, lexicon.bodyHeads.longestMatch(in: tokens, at: position, limit: limit) != nil { return nil }
                lowerCaseRun = 0
                linked = false
            case .word where lexicon.words.match(.nameParticle, in: tokens, at: position, limit: limit) != nil
                || lexicon.words.match(.frameListLink, in: tokens, at: position, limit: limit) != nil:
                break   // `ten`, `bin`: a particle inside a foreign name; `hay`, `và` between two names
            case .word:
                // `tiền vệ Brian Farinas của Barcelona`: a link is no sentence case; capitalised
                // words alone before it are a person's name, not the unit's.
                let isLink = lexicon.words.match(.titleLink, in: tokens, at: position, limit: limit) != nil
                if isLink, !sentenceCase { return nil }
                sentenceCase = true
                lowerCaseRun += 1
                linked = linked || isLink
                guard lowerCaseRun <= SpeakerLimits.apposedUnitLowerCaseRun else { return nil }
            case .punctuation where token.key == "-" && !token.spaceBefore:
                break
            default:
                return sentenceCase ? position - index : nil
            }
            position += 1
        }
        return nil
    }

    /// Whether the name before the apposition at `position` (after its comma or dash and link
    /// word) opens a person's name: an honorific or a person's pronoun before or opening it
    /// (`ông Pierre de Coubertin,`, `Chị Kơ Liêng K’Rim -`), a title right before it (`Tiến sỹ
    /// Jerome Teelucksingh,`), or a family name opening it or a full name in it (`BSCKI Đặng Thế
    /// Cường –`). Not a run that goes on from a body's capitalised name (silver
    /// 2024-09-01 `Hội Nạn nhân chất độc da cam/dioxin Việt Nam TP HCM,`) or a possessor after a
    /// link (2024-11-10 `thủ đô Santiago của Chỉle,`): a unit after them would make a titled
    /// person of them.
    func followsPersonalName(_ tokens: [Token], at position: Int) -> Bool {
        let marks = max(0, position - SpeakerLimits.apposedUnitMarkLookBack)..<position
        guard let mark = marks.last(where: { tokens[$0].kind == .punctuation && Marks.commaOrDash.contains(tokens[$0].key) })
        else { return false }
        // The capitalised run before the mark, name particles and glued marks (`K’Rim`) in it.
        var start = mark
        while start > 0, mark - start < SpeakerLimits.apposedBodyTokens {
            let token = tokens[start - 1]
            let named = token.kind == .word
                && (token.isCapitalized || lexicon.words.match(.nameParticle, in: tokens, at: start - 1, limit: mark) != nil)
            let glued = token.kind == .punctuation && !token.spaceBefore && start < mark && !tokens[start].spaceBefore
            guard named || glued else { break }
            start -= 1
        }
        guard start < mark else { return false }
        let personal = [start - 1, start].contains { at in
            at >= 0 && (lexicon.words.match(.honorific, in: tokens, at: at, limit: mark) != nil
                || lexicon.pronouns.longestMatch(in: tokens, at: at, limit: mark) != nil)
        }
        let titled = (max(0, start - SpeakerLimits.titleWordsBeforeName)..<start).contains { at in
            lexicon.title(in: tokens, at: at, limit: start)?.length == start - at
        }
        return personal || titled || (start..<mark).contains { at in
            lexicon.familyNames.value(in: tokens, range: at..<at + 1) != nil
                && (at == start || body.startsPersonalName(tokens, at: at, limit: mark))
        }
    }
}
