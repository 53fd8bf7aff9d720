/// A Vietnamese official's short name right after the body of their title, written with a bare
/// place head (`Phó Chủ tịch UBND tỉnh Nguyễn Minh`: the vice-chairman of the province's people's
/// committee, Nguyễn Minh; the province is the article's). The body reader takes a two-syllable
/// run opening with a family name after a place head for the place (`Công an tỉnh Đồng Nai`,
/// `BodyNames.isPlaceAfterHead`); after a title it is the person, unless the article writes the
/// same run after a place head with no title before it (`tỉnh Đồng Nai`, `Công an tỉnh Đồng Nai`:
/// `ArticleIndex.writesUntitledPlace`).
///
/// Recognises: silver 2024-08-10-ro `Phát biểu kết thúc buổi toạ đàm, Phó Chủ tịch UBND tỉnh
/// Nguyễn Minh khẳng định: …` → the person `Nguyễn Minh`, title `Phó Chủ tịch UBND tỉnh`, side
/// Việt Nam (was the whole mention, side null).
/// Rejects: `Phó Chủ tịch UBND tỉnh Đồng Nai cho biết …` in an article that writes `tỉnh Đồng Nai`
/// with no title before it; a run of `SpeakerLimits.personalNameWords` syllables or more (the
/// body reader already leaves it to the person); a mention with a name of its own.
struct OfficialAfterPlaceHead: Sendable {
    let lexicon: SpeakerLexicon

    /// Cuts the run off the end of the mention's last title and makes it the mention's name.
    func apply(to parsed: inout ParsedMention, _ tokens: [Token], index: ArticleIndex) {
        guard parsed.names.isEmpty, let last = parsed.titles.indices.last else { return }
        let title = parsed.titles[last].range
        let start = title.upperBound - SpeakerLimits.shortPersonalNameWords
        guard start > title.lowerBound, lexicon.startsPersonalName(tokens, at: start),
              (start..<title.upperBound).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized }),
              !(tokens[ifPresent: title.upperBound].map { $0.kind == .word && $0.isCapitalized } ?? false),
              lexicon.placeHeadEnds(tokens, before: start, from: title.lowerBound),
              !index.writesUntitledPlace(tokens, at: start) else { return }
        parsed.titles[last].range = Range(from: title.lowerBound, to: start)
        parsed.names.append(start..<title.upperBound)
        parsed.record(.officialAfterPlaceHead)
    }
}
