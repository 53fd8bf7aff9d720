/// A body of `organizations.tsv` whose row is only the start of its name, read on by the body
/// grammar (`BodyNames.swift`): a row that is a body head and the first words of its
/// complement (`Bộ Giáo dục`, `Bộ Nông nghiệp`, `Cơ quan An ninh`) stands for every body whose
/// name starts so, and the writer's longer name goes on up to the grammar's boundary.
///
/// Recognises: `Bộ Giáo dục và Đào tạo thông tin vụ việc …` → `Bộ Giáo dục và Đào tạo` (before:
/// `Bộ Giáo dục`, with `và Đào tạo` left between the speaker and its cue); `Bộ Nông nghiệp và
/// Phát triển nông thôn đề nghị …`, `Bộ Thông tin và Truyền thông cho biết …`. The row's side
/// and origin stay; the explanation says the name ran on (`organizations.tsv:64 + body
/// complement`).
///
/// Rejects: a row that is no body head and complement (`Chính phủ`, a medium, a source), a row
/// written in capitals (`WHO`), a grammar that ends where the row ends or before it, and a second
/// body after the row (`Bộ Chính trị Đảng Cộng sản Việt Nam`: the Politburo, of the party named
/// after it; `Cơ quan An ninh điều tra Bộ Công an`: the agency, of the ministry) — the words
/// added stop before any capitalised body head or row of `organizations.tsv`; a capitalised
/// word right after the row (`Bộ Quốc phòng Lee Kyung-ho`), one lower-case syllable (`Đảng Cộng
/// hòa lặp lại`) and lower-case words that more of the sentence follows (`Bộ Công an tổ chức Lễ
/// …`): `startsComplement`; after a link, more than one word or a word that is no Vietnamese
/// word nor an abbreviation (`Bộ Y tế và Bảo hiểm Xã hội Việt Nam`, `Bộ Công Thương và
/// Petrolimex`, `Bộ Quốc phòng và Tổng Tham mưu trưởng`: two bodies, `isLastWordOfName`).
enum LexiconBodyComplement {
    /// What the explanation adds to the row's origin when the name ran on.
    static let id = "body complement"
}

extension SpeakerLexicon {
    /// The match of `organizations.tsv` at `index`, run on over the rest of its body name.
    func withBodyComplement(_ match: (length: Int, entry: OrganizationEntry), in tokens: [Token], at index: Int,
                            limit: Int) -> (length: Int, entry: OrganizationEntry) {
        guard match.entry.kind == .organization, !match.entry.isAcronym, !match.entry.isGenericHead,
              let first = tokens[ifPresent: index], first.kind == .word, first.isCapitalized,
              let head = bodyHeads.longestMatch(in: tokens, at: index, limit: limit), head.length < match.length
        else { return match }
        let grammarEnd = complementEnd(tokens, from: index + head.length, limit: min(limit, index + SpeakerLimits.bodyNameWords))
        var end = index + match.length
        while end < grammarEnd, !startsAnotherBody(tokens, at: end, limit: limit) { end += 1 }
        // A link word or a dash the grammar took before the next body stays out of the name.
        while end > index + match.length, tokens[end - 1].kind != .word
                || (!tokens[end - 1].isCapitalized && words.match(.coordinator, in: tokens, at: end - 1, limit: end) != nil) { end -= 1 }
        guard end > index + match.length, startsComplement(tokens, at: index + match.length, end: end, limit: limit) else { return match }
        var entry = match.entry
        entry.origin += " + " + LexiconBodyComplement.id
        return (end - index, entry)
    }

    /// Whether the words after the row go on with its name: a link before a capitalised word
    /// (`và Đào tạo`, `- Thương binh và Xã hội`), or lower-case words, two at least, that end
    /// the mention or stand before punctuation (`Bộ Giao thông vận tải đề nghị`, the cue after
    /// them). A capitalised word right after the row is another name (`Bộ Quốc phòng Lee
    /// Kyung-ho`: the spokesman); one lower-case syllable (`Đảng Cộng hòa lặp lại`) and words
    /// that more of the sentence follows (`Bộ Nội vụ quản lý nhà nước về …`, `Bộ Công an tổ
    /// chức Lễ …`) are the sentence's predicate.
    private func startsComplement(_ tokens: [Token], at position: Int, end: Int, limit: Int) -> Bool {
        guard let token = tokens[ifPresent: position] else { return false }
        if token.kind == .punctuation { return token.key == "-" || token.key == "&" }
        guard token.kind == .word, !token.isCapitalized else { return false }
        if let link = words.match(.coordinator, in: tokens, at: position, limit: end) {
            return isLastWordOfName(tokens, position + link..<end, limit: limit)
        }
        guard end - position >= 2, (position..<end).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized }) else { return false }
        return end >= limit || tokens[ifPresent: end].map { $0.kind == .punctuation } ?? true
    }

    /// Whether the words after a link are the one word that ends a body's name: a capitalised
    /// Vietnamese word of two syllables (`Đào tạo`, `Truyền thông`, `Xã hội`) or an abbreviation
    /// in capitals (`PTNT`). Another body linked by `và` is no part of the name: a foreign or
    /// company name (`Bộ Công Thương và Petrolimex`), a title (`Bộ Quốc phòng và Tổng Tham mưu
    /// trưởng`), a run longer than a word (`Bộ Y tế và Bảo hiểm Xã hội Việt Nam`).
    private func isLastWordOfName(_ tokens: [Token], _ range: Range<Int>, limit: Int) -> Bool {
        guard let first = tokens[ifPresent: range.lowerBound], first.kind == .word, first.isCapitalized,
              title(in: tokens, at: range.lowerBound, limit: limit) == nil else { return false }
        if range.count == 1 { return first.isAllCaps }
        guard range.count == 2, let second = tokens[ifPresent: range.lowerBound + 1], second.kind == .word else { return false }
        return isVietnameseSyllable(first.key) && isVietnameseSyllable(second.key)
    }

    /// Whether a capitalised body head or a row of `organizations.tsv` starts at `position`.
    private func startsAnotherBody(_ tokens: [Token], at position: Int, limit: Int) -> Bool {
        guard let token = tokens[ifPresent: position], token.kind == .word, token.isCapitalized else { return false }
        return bodyHeads.longestMatch(in: tokens, at: position, limit: limit) != nil
            || organizations.longestMatch(in: tokens, at: position, limit: limit) != nil
    }
}
