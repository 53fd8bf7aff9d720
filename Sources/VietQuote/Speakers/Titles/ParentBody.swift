/// The body a title's body belongs to, written in brackets after it: `Phó tổng cục trưởng Tổng
/// cục THA dân sự (Bộ Tư pháp)` (dev 429), `Vụ trưởng Vụ Pháp chế (Bộ Công Thương)`. Vietnamese
/// news names a department, an agency or a unit with the ministry or body above it this way, and
/// the bracket is part of the post's title (before, the title ended before the bracket and the
/// parent body was lost).
///
/// Recognises `(`, a body of the lexicons or of the body-name grammar (`MentionParser.following`,
/// with the country after it, which then gives the side when the title has none), and `)`. The
/// closing bracket may stand right at the mention's end (`(Bộ Tư pháp), cho biết`: the mention
/// stops before the `)`). Read only after a title that names a body or a side.
/// Rejects: a bracket with more than the body (`(Bộ Tư pháp, 2020)`, `(Bộ Y tế) và …` unclosed),
/// an abbreviation (`(OAS)`: `SpeakerLexicon.bracketedAbbreviation`), a side alone (`(Mỹ)`), a
/// person's age or place (`(58 tuổi)`, `(Hà Nội)`), a bracket right after a bare title (`luật sư
/// (LS)`).
struct ParentBody {
    let parser: MentionParser

    /// The length of the bracket at `index` with the body it holds, and the side that body names.
    func read(in tokens: [Token], at index: Int, limit: Int) -> (length: Int, side: String?)? {
        guard index + 1 < limit, tokens[index].key == "(",
              let body = parser.following(in: tokens, at: index + 1, limit: limit), body.isBody else { return nil }
        let close = index + 1 + body.length
        guard close <= limit, let closing = tokens[ifPresent: close], closing.key == ")" else { return nil }
        return (close + 1 - index, body.side)
    }
}
