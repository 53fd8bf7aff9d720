/// A name run that ends in a company's designator (class `company_designator` of
/// `function_words.tsv`: `Entertainment`, `Group`, `Corp`, `Podcast`) is the name of a company,
/// label or show, not a fuller form of a shorter name it holds: a person who gives a company
/// or a show their name (`Nam Thư` of `Nam Thư Entertainment`, `Gary Neville` of `The Gary
/// Neville Podcast`) keeps their own name. `ArticleIndex.fullest` passes over such a run for a
/// name that does not end in a designator itself and that the article titles (a person's:
/// `Diễn viên Nam Thư`, `cựu hậu vệ Gary Neville`); `NameRule` traces it (`companyNameNotFuller`).
///
/// Recognises (silver 2024-08-05-nam-thu): `công ty Nam Thư Entertainment cùng diễn viên Nam
/// Thư …`, then `Nam Thư phủ nhận …` → `Nam Thư` (was `Nam Thư Entertainment`, 12 quotes of the
/// actress in three articles); 2024-10-28-ten-hag `"…", Neville bình luận trên The Gary Neville
/// Podcast.` → `Gary Neville` (was the podcast, 7 quotes).
/// Rejects: a run whose last word is no designator (`Luiz Inacio Lula da Silva` stays the
/// fullest form of `Lula`), a name that ends in a designator itself (`SM Entertainment`), and
/// a name the article never titles: the company's short name (silver 2024-09-06-vng-bi-thanh-tra
/// `VNG` stays `VNG Corp`, not the next longer run `VNG Campus`; `Marvel` stays `Marvel Studios`,
/// not `Captain Marvel`).
enum CompanyNameRun {
    /// Whether the name run over `range` of `tokens` ends in a company's designator.
    static func ends(_ tokens: [Token], _ range: Range<Int>, lexicon: SpeakerLexicon) -> Bool {
        // One word names no company by its designator alone (`Group` at a sentence start).
        guard range.count > 1 else { return false }
        return lexicon.words.isWord(tokens, at: range.upperBound - 1, .companyDesignator)
    }
}
