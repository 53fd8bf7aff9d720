/// The complement of a title head in an apposition, up to the comma that closes it: the body,
/// place or principal the post belongs to, in lower-case words the title chain does not read
/// (ANNOTATION.md: the title is the fullest one, with its body). `Kamaz Gambarashvili, người
/// đứng đầu cơ quan quản lý quân sự của Vovchansk, nói …` → `người đứng đầu cơ quan quản lý
/// quân sự của Vovchansk`; also `điều phối viên đặc biệt của Liên Hợp Quốc về Lebanon,`,
/// `cố vấn cho lãnh đạo nước cộng hòa Donetsk tự xưng,`, `chuyên gia kinh tế thị trường tại
/// Mizuho Securities,`.
///
/// Recognises lower-case words and the names in them (and a hyphen or brackets) after the
/// title chain that end at a comma within `SpeakerLimits.appositiveComplementTokens` tokens;
/// a side right before the comma is the title's (`lãnh đạo đảng Đầy tớ của nhân dân cầm
/// quyền trong quốc hội Ukraine`); one name alone after a bare head (`nhà sáng lập Infosys,`).
/// Rejects a longer name right after the chain (`Chủ tịch Nghị viện
/// châu Âu Roberta Metsola,`: the title of another person), a place after a body (`read`), a
/// run that holds a verb of saying (`cues.tsv`), a complementizer, copula, auxiliary or verb
/// marker (`chuyên gia kinh tế cho rằng, …`: the clause is the sentence's), a quotation mark
/// or number, a run that the sentence ends before any comma, and a title already closed by
/// its comma.
struct AppositiveComplement {
    let lexicon: SpeakerLexicon

    /// Function-word classes that start a clause, never a title's complement.
    private static let clauseClasses: [WordClass] = [
        .complementizer, .copula, .verbMarker, .auxiliary, .predicateAuxiliary, .conditional, .relative, .clauseBreak,
    ]

    /// Marks that may stand inside a complement (`Ấn Độ Dương-Thái Bình Dương`, `(SBU)`).
    private static let innerMarks: Set<String> = ["-", "–", "(", ")"]

    /// The complement at `index` (where the title chain ended) up to the closing comma: its
    /// length and the side named last in it, right before the comma (`… trong quốc hội
    /// Ukraine,`); nil when there is none. `hasBody`: the chain already read a body or side, so
    /// a phrase of place after it (`tại`, `ở` …: `preposition`) is where the body stands
    /// (`nhà nghiên cứu tại Viện Thống nhất Quốc gia Hàn Quốc ở Seoul`), not the title's.
    func read(in tokens: [Token], at index: Int, limit: Int, hasBody: Bool) -> (length: Int, side: String?)? {
        guard index < limit, let first = tokens[ifPresent: index], first.kind == .word,
              !(hasBody && lexicon.words.match(.preposition, in: tokens, at: index, limit: limit) != nil) else { return nil }
        // A capitalised word right after a bare head is the body's own name only when it alone
        // fills the apposition (`nhà sáng lập Infosys,`); a longer run is a person's name.
        if first.isCapitalized {
            guard !hasBody, tokens[ifPresent: index + 1]?.key == ",", index + 1 < limit else { return nil }
            return (1, lexicon.actor(in: tokens, at: index, limit: index + 1)?.entry.side)
        }
        let end = min(limit, index + SpeakerLimits.appositiveComplementTokens + 1)
        var position = index
        var side: (end: Int, side: String)?
        while position < end {
            let token = tokens[position]
            if token.key == "," {
                return (position - index, side?.end == position ? side?.side : nil)
            }
            switch token.kind {
            case .word:
                if lexicon.cues.match(in: tokens, at: position, limit: limit) != nil { return nil }
                if Self.clauseClasses.contains(where: { lexicon.words.match($0, in: tokens, at: position, limit: limit) != nil }) {
                    return nil
                }
                if token.isCapitalized, let actor = lexicon.actor(in: tokens, at: position, limit: limit) {
                    side = (position + actor.length, actor.entry.side)
                }
            case .punctuation where Self.innerMarks.contains(token.key):
                break
            default:
                return nil
            }
            position += 1
        }
        return nil
    }
}
