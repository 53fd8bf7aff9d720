/// The body an apposition's bare title heads, written out to where the apposition ends
/// (ANNOTATION.md: the title is the fullest one, with its body). Silver `Ông Mạ Văn Tiến, Phó
/// Chủ tịch UBND xã Lục Hồn cho biết` → `Phó Chủ tịch UBND xã Lục Hồn`; also `Kevin Feige -
/// chủ tịch Hãng Marvel cho biết`, `Phó Tư lệnh Quân khu 4 cho biết`. The body grammar
/// (`BodyNames.swift`) and the complement (`AppositiveComplement.swift`) leave such names out
/// (a number, a name after a lower-case place word, a longer capitalised run), and the chain
/// kept the bare head.
///
/// Recognises, right after a bare head (no body or side read), a capitalised head of
/// `body_heads.tsv`, then words, numbers and hyphens (at most
/// `SpeakerLimits.apposedBodyLowerCaseRun` lower-case word in a row: `xã`, `tỉnh`) up to the
/// apposition's end: a comma or other mark, a verb of saying (`cues.tsv`) or a clause word;
/// the last word before that end is capitalised or a number (a body's name ends on its own name).
/// Rejects a run with a family name that opens a full name (`Giám đốc Sở cùng ông Nguyễn Văn
/// An`: a person's name, not the body's; after a place word it is a place: `TP Hồ Chí Minh`),
/// a lower-case word before another body's head (silver 2024-10-13 `Phó Tư lệnh Quân khu chúc
/// mừng Tổng Công ty HTKT`: a verb and its object), two lower-case words in a row (`Sở du lịch
/// cùng đoàn`: mostly the sentence's verb; `Sở du lịch TP HCM` is left out with them), a run
/// that ends on lower-case words, one longer than `SpeakerLimits.apposedBodyTokens`, and a head
/// not capitalised (`sở`: a common noun).
struct ApposedBody {
    let lexicon: SpeakerLexicon

    /// Function-word classes that start the sentence's own clause after the apposition.
    private static let clauseClasses: [WordClass] = [
        .quantifier, .complementizer, .copula, .verbMarker, .auxiliary, .predicateAuxiliary, .conditional, .relative, .clauseBreak,
    ]

    /// The length of the body at `index` (right after a bare title head) to the apposition's
    /// end, or nil when there is none.
    func read(in tokens: [Token], at index: Int, limit: Int) -> Int? {
        guard index < limit, let first = tokens[ifPresent: index], first.kind == .word, first.isCapitalized,
              let head = lexicon.bodyHeads.longestMatch(in: tokens, at: index, limit: limit) else { return nil }
        let end = min(limit, index + SpeakerLimits.apposedBodyTokens)
        var position = index + head.length
        var lowerCaseRun = 0
        while position < end {
            let token = tokens[position]
            switch token.kind {
            case .number:
                lowerCaseRun = 0
            case .word where isClauseWord(tokens, at: position, limit: limit):
                return closes(tokens, from: index, at: position)
            case .word where token.isCapitalized:
                if startsPersonalName(tokens, at: position, limit: limit) { return nil }
                // `Quân khu thăm Tổng Công ty …`: a lower-case word between two bodies is a verb.
                if lowerCaseRun > 0, lexicon.bodyHeads.longestMatch(in: tokens, at: position, limit: limit) != nil { return nil }
                lowerCaseRun = 0
            case .word:
                lowerCaseRun += 1
                guard lowerCaseRun <= SpeakerLimits.apposedBodyLowerCaseRun else { return nil }
            case .punctuation where token.key == "-" && !token.spaceBefore:
                break
            default:
                return closes(tokens, from: index, at: position)
            }
            position += 1
        }
        return nil
    }

    /// The body's length when it ends right before `position` on a capitalised word or a number.
    func closes(_ tokens: [Token], from index: Int, at position: Int) -> Int? {
        guard position > index, let last = tokens[ifPresent: position - 1],
              last.kind == .number || (last.kind == .word && last.isCapitalized) else { return nil }
        return position - index
    }

    /// Whether a family name at `position` opens a full name (`SpeakerLimits.apposedBodyNameWords`
    /// capitalised words or more) that no place word stands before (`TP Hồ Chí Minh`, `tỉnh Hà Tĩnh`
    /// are places: a body head before them).
    func startsPersonalName(_ tokens: [Token], at position: Int, limit: Int) -> Bool {
        guard lexicon.familyNames.value(in: tokens, range: position..<position + 1) != nil,
              lexicon.bodyHeads.longestMatch(in: tokens, at: position - 1, limit: position) == nil else { return false }
        var end = position
        while end < limit, tokens[end].kind == .word, tokens[end].isCapitalized { end += 1 }
        return end - position >= SpeakerLimits.apposedBodyNameWords
    }

    func isClauseWord(_ tokens: [Token], at position: Int, limit: Int) -> Bool {
        lexicon.cues.match(in: tokens, at: position, limit: limit) != nil
            || Self.clauseClasses.contains(where: { lexicon.words.match($0, in: tokens, at: position, limit: limit) != nil })
    }
}
