/// The medium an expert's title names after `của` (`title_link`): a commentator, reporter
/// or editor of a newspaper, channel or agency belongs to it, and the title holds it
/// (`nhà bình luận kỳ cựu của đài Fox News`, `phóng viên của tờ Los Angeles Times`). The
/// medium gives no side (ANNOTATION.md: media speak for no country); the title is an
/// expert's, so its holder has none either.
///
/// Recognises a medium of `organizations.tsv` (kind `media`) right after the link, with the
/// capitalised name after its head (`đài` + `Fox News`), or a medium named alone (`CNN`).
/// Rejects: a medium whose name is cut inside a word (`MC của Đài Truyền hình Kỹ thuật số`),
/// a medium head with no name after it (`của báo chí`, `của tờ này`), and any
/// link of an office title (`người phát ngôn của …` is read by `titleChain` as before).
struct ExpertMedium {
    let parser: MentionParser

    /// The length of the medium at `index`, its name included, or nil.
    func length(in tokens: [Token], at index: Int, limit: Int) -> Int? {
        guard let medium = parser.lexicon.organization(in: tokens, at: index, limit: limit), medium.entry.kind == .media
        else { return nil }
        let start = index + medium.length
        let name = parser.nameRun(in: tokens, at: start, limit: limit)
        // A syllable cut from a word is no name (`Đài Truyền hình Kỹ thuật số`): no medium read.
        if name == 1, parser.isWordSyllable(tokens, start..<start + 1, limit: limit) { return nil }
        if name > 0 { return medium.length + name }
        // A medium named alone is capitalised (`CNN`, `Reuters`); a bare head is no name (`của báo chí`).
        return tokens[index].isCapitalized && !parser.lexicon.isBareBodyHead(tokens, index..<index + medium.length) ? medium.length : nil
    }
}
