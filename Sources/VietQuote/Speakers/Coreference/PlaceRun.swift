/// A name run of the article that opens with the head of a Vietnamese place (`place_heads.tsv`,
/// capitalised: `TP Hà Nội`, `Tỉnh Phú Thọ`, `Phường Nam Dương`) is the place, no person: the
/// article index gives it no title, neither the one written before it (`Đoàn Luật sư TP Hà Nội`:
/// `Luật sư` is no title of `TP Hà Nội`) nor an apposition after it (`Tại TP HCM, lãnh đạo Sở
/// GTVT đánh giá …`). A title without a name (`RoleRule`) then finds no place for its holder;
/// the quote's trace says `title: a place after it is no holder of it` when the article wrote
/// the title before or beside a place only.
///
/// Recognises: silver 2024-05-03-clip-danh-ghen `Luật sư cho rằng …` after `luật sư Đặng Văn
/// Cường, Đoàn Luật sư TP Hà Nội` → no longer the person `TP Hà Nội` titled `Luật sư`;
/// 2024-04-22-lich-nghi-le-30-4,-1-5-nam-2024 `Tại TP HCM, lãnh đạo Sở GTVT đánh giá …` → the
/// role `lãnh đạo Sở GTVT` (was the person `TP HCM`).
/// Rejects: a head alone (`TP cho biết`: one word, no place named), a head in lower case after
/// a title (`Phó Chủ tịch UBND tỉnh Nguyễn Minh`: the person after the body's place head,
/// `OfficialAfterPlaceHead`), and a capitalised word that is no head (`Trường Giang`).
enum PlaceRun {
    /// Whether the name run `run` opens with a place head followed by the place's name.
    static func isPlace(_ tokens: [Token], _ run: Range<Int>, lexicon: SpeakerLexicon) -> Bool {
        SpeakerLimits.placeHeadWords.contains { length in
            run.count > length && tokens[run.lowerBound].isCapitalized
                && lexicon.placeHeads.value(in: tokens, range: run.lowerBound..<run.lowerBound + length) != nil
        }
    }

    /// The title of an apposition right after the place (`TP HCM, lãnh đạo Sở GTVT`): its keys
    /// and where it ends, read as `ArticleIndex` reads a person's apposition; nil when none follows.
    static func appositionTitle(after index: Int, in tokens: [Token], parser: MentionParser) -> (keys: [String], end: Int)? {
        let limit = tokens.count
        guard index < limit, tokens[index].kind == .punctuation, ArticleIndex.commaOrDash.contains(tokens[index]) else { return nil }
        var position = index + 1
        if let link = parser.lexicon.words.match(.appositionLink, in: tokens, at: position, limit: limit) { position += link }
        guard let (title, _) = parser.appositionTitle(in: tokens, at: position, limit: limit) else { return nil }
        let end = title.range.upperBound
        return (tokens[from: position, upTo: end].map(\.key), end)
    }
}
