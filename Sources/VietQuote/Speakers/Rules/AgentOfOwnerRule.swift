/// A mention that opens with an unnamed agent (class `owner_agent` of `function_words.tsv`:
/// `đại diện`, `đại diện pháp lý`, `công ty quản lý`, `công ty chủ quản`) right before the
/// person or company it speaks for names the agent, not its owner: the agent speaks. The
/// article gives the agent no name, so it is an unnamed source (ANNOTATION.md: an unnamed
/// source keeps its words; the dev gold writes `đại diện IDF`, `đại diện PSS` so) that keeps
/// its words up to the end of the owner's name, with no title; a quantifier before the agent
/// (`Một`) is kept, `phía` (`Phía đại diện NSND Xuân Bắc`) is not.
///
/// Recognises: silver 2024-06-25-chau-bui-camera `"…", đại diện Châu Bùi nói.` → `đại diện
/// Châu Bùi`, a source (was the model Châu Bùi, titled `đại diện`); 2024-07-08-hyuna `công ty
/// quản lý của ca sĩ Yong Jun Hyung` (was the singer); 2024-08-01-tivi `đại diện Xiaomi`
/// (was `Xiaomi Việt Nam`, a person) (`source: an unnamed agent before the one it speaks for`).
/// Rejects: an agent that does not open the mention (`Chu Thanh Huyền, đại diện của cô`: the
/// name before it is the agent), a longer title that only starts with the agent's words
/// (`Đại diện Cấp cao về Chính sách An ninh và Đối ngoại của EU Kaja Kallas`: an office and its
/// holder), lower-case words or a body between the agent and the name (`đại diện nhà sản xuất
/// Võ Nguyên Đán`, `đại diện Bộ Ngoại giao Phạm Thu Hằng`: the name after them is the agent
/// himself), a name after the owner's (`Đại diện của X, Nguyễn Văn A`: a holder in
/// apposition), and a name followed by a lower-case word that is no function word (silver
/// 2024-08-20-bao-hiem-y-te `đại diện Vụ Bảo hiểm y tế`: the parse cut the body's name, and
/// the other rules read it).
struct AgentOfOwnerRule: SpeakerSieve {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision? {
        guard let (start, end) = Self.agentRange(mention) else { return nil }
        let name = mention.text(Range(from: start, to: end))
        return SpeakerDecision(Speaker(name: name, mention: mention.text, kind: .source, affiliation: nil), .agentOfOwner)
    }

    /// The words of the agent and its owner's name (from a quantifier before the agent), or nil
    /// when the mention opens with no agent right before a name.
    static func agentRange(_ mention: MentionContext) -> (start: Int, end: Int)? {
        let tokens = mention.tokens, range = mention.range, words = mention.words
        guard var first = range.first, tokens[first].kind == .word else { return nil }
        if words.isWord(tokens, at: first, .sidePrefix) { first += 1 }
        let start = first
        if first < range.upperBound, words.isWord(tokens, at: first, .quantifier) { first += 1 }
        guard first < range.upperBound, tokens[first].kind == .word,
              let length = words.match(.ownerAgent, in: tokens, at: first, limit: range.upperBound) else { return nil }
        var position = first + length
        guard position < range.upperBound else { return nil }
        // The parse before `RolePossessor` runs the title over the name after `của` and drops
        // that name (`đại diện của Linh Ka`).
        let parsed = mention.resolver.parser.parse(tokens, range: range)
        // A title longer than the agent's words is an office of its own (`Đại diện Cấp cao …`).
        guard !parsed.titles.contains(where: { $0.range.lowerBound == first && $0.range.upperBound > position }) else { return nil }
        if words.isWord(tokens, at: position, .possessive) { position += 1 }
        guard position < range.upperBound, tokens[position].kind == .word else { return nil }
        var opening = position
        if words.isWord(tokens, at: position, .honorific) {
            opening = position + 1
        } else if let title = parsed.titles.first(where: { $0.range.lowerBound == position }) {
            opening = title.range.upperBound
        }
        guard let name = parsed.names.first(where: { $0.lowerBound == opening }) else { return nil }
        // A name the parse split in two ends with its last part.
        var end = name.upperBound
        while let next = parsed.names.first(where: { $0.lowerBound == end }) { end = next.upperBound }
        guard !parsed.names.contains(where: { $0.lowerBound > end }) else { return nil }
        // A lower-case word that is no function word right after the name: the name was cut
        // from a longer one (`đại diện Vụ Bảo hiểm y tế`, `Đại diện Học viện`), left to the other rules.
        if end < range.upperBound, tokens[end].kind == .word, !tokens[end].isCapitalized,
           words.trie.value(in: tokens, range: end..<end + 1) == nil { return nil }
        return (start, end)
    }
}
