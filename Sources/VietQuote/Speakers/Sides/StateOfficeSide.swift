/// Whether a bare title is a state office whose country the article may leave implicit and
/// the context supplies (ANNOTATION.md, `title`: `Tổng thống Donald Trump` in a story on US
/// policy → `Tổng thống Mỹ`): a title of kind office whose head — after its prefixes (`cựu`,
/// `Phó`, `ứng viên`) — is no post that any body has (`function_words.tsv` class
/// `body_post`: `Chủ tịch`, `Giám đốc`, `đại diện` head a company, a club, a federation or
/// a church as often as a state organ). `NameRule` gives such a holder, when
/// nothing else names the side, the article's first side (`SpeakerRule.contextSide`).
///
/// Recognises: `Thượng nghị sĩ`, `cựu Tổng thống`, `Người phát ngôn`, `Thống đốc` (dev 402
/// `Thượng nghị sĩ đảng Dân chủ Chris Murphy` → Mỹ).
/// Rejects: `Chủ tịch`, `Phó Chủ tịch`, `Giám đốc điều hành`, `đại diện`, `Giáo hoàng`
/// (silver: the president of La Liga got `Brazil`, Dubai's airport chief `Italy`, Pope Francis
/// `Việt Nam`), expert titles (`nhà phân tích`), a title with no office head of `titles.tsv`.
/// An untitled person takes no side from the context at all (`SpeakerRule.noContextSideUntitled`).
struct StateOfficeSide: Sendable {
    let lexicon: SpeakerLexicon

    /// Whether the title words `keys`, of kind `kind`, are a state office.
    func isStateOffice(_ keys: [String], kind: TitleKind) -> Bool {
        guard kind == .office else { return false }
        let ids = KeyIDs(keys).ids
        var start = 0
        while let prefix = lexicon.titles.longestMatch(ids: ids, at: start), prefix.value == .prefix { start += prefix.length }
        guard let head = lexicon.titles.longestMatch(ids: ids, at: start), head.value == .office else { return false }
        return lexicon.words.trie.value(ids: ids, range: start..<start + head.length)?.contains(.bodyPost) != true
    }
}
