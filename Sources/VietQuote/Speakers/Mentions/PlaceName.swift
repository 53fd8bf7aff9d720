/// A name run of a mention that is a Vietnamese place, no person: the capitalised words right
/// after the head of a place (`place_heads.tsv`: `tỉnh`, `huyện`, `quận`, `thành phố`, `phường`,
/// `xã`), or a run that opens with the head (`TP Hà Nội`, `Tỉnh Phú Thọ`) after other words of
/// the mention. The place says where the body or person before it is (`Công an tỉnh Đồng Nai`,
/// `Đoàn Luật sư TP Hà Nội`, `lãnh đạo phường Ô Chợ Dừa`), or is the body's own name: the
/// rules then read the body, title or words of the mention, never the place as a person.
///
/// Recognises: silver 2024-04-28-bac-si-dong-nai `Ngày 27-4, Công an tỉnh Đồng Nai đang tiếp
/// tục hỏi cung …` → the body `Công an tỉnh Đồng Nai` (was the person `Đồng Nai`; the trace
/// says `name: a place after its head, no person`).
/// A body headed by a place head after other words (`Theo Trung tâm kiểm soát bệnh tật TP HCM`,
/// `một tiệm thịt quay tại TP HCM`) is the place of those words, no speaker either
/// (`isPlaceAfterWords`; silver 2025-02-07-sui-mao-ga was the body `TP HCM`).
/// Rejects: a run opening the mention with its own head (`TP.HCM công bố …`, `Tỉnh Phú Thọ
/// cũng đã công bố …`: the city or province itself speaks, `BodyRule` reads it); a Vietnamese
/// personal name after a title whose body ends in the head (`Phó Chủ tịch UBND tỉnh Trần Đức
/// Quý`): one of `SpeakerLimits.personalNameWords` syllables or more (unless, after a capitalised
/// head, the article writes the same run after a capitalised head with no title before it,
/// `ArticleIndex.writesUntitledFullPlace`: silver 2024-06-06-vietnam `Lãnh đạo Ủy ban Nhân dân Thành
/// phố Hồ Chí Minh bày tỏ …` beside `tại Thành phố Hồ Chí Minh` is the city's committee, was the
/// person `Hồ Chí Minh`; a head in lower case keeps the person, `Thứ trưởng Nông nghiệp và Phát
/// triển nông thôn Nguyễn Hoàng Hiệp`), or one whose first or last word the article writes after an honorific
/// (`ông Minh`); a head after an honorific (`ông xã Phương Lan`: the husband, no commune).
/// Read on silver (baseline 6b6d8bb): 97 quotes named a person by a place after its head
/// (`Công an tỉnh Lâm Đồng` 4, `UBND huyện Đức Cơ` 3, `xã Kỳ Tân` 4).
struct PlaceName {
    let lexicon: SpeakerLexicon

    /// Whether the name run `name` of the mention `parsed` is a place.
    func isPlace(_ tokens: [Token], _ name: Range<Int>, in parsed: ParsedMention, index: ArticleIndex) -> Bool {
        guard !name.isEmpty, afterHead(tokens, name, mentionStart: parsed.range.lowerBound)
                || opensWithHead(tokens, name, in: parsed) else { return false }
        // `… UBND tỉnh Trần Đức Quý`: a person after the body's head, a full Vietnamese name or
        // one the article writes after an honorific (`ông Minh`, `ông Nguyễn Minh`).
        // `TP. Hồ Chí Minh`: after a head written short, always a place (`PlaceHeadAbbreviation`).
        guard lexicon.startsPersonalName(tokens, at: name.lowerBound),
              !PlaceHeadAbbreviation.follows(tokens, at: name.lowerBound, lexicon: lexicon) else { return true }
        let first = tokens[name.lowerBound], last = tokens[name.upperBound - 1]
        // `Ủy ban Nhân dân Thành phố Hồ Chí Minh`: a full name the article also writes after a
        // place head with no title (`tại Thành phố Hồ Chí Minh`) is that place's name.
        let untitled = name.count == SpeakerLimits.personalNameWords && Self.capitalisedHeadEnds(tokens, before: name.lowerBound, lexicon: lexicon)
            && index.writesUntitledFullPlace(tokens, at: name.lowerBound)
        return (name.count < SpeakerLimits.personalNameWords || untitled) && !index.writesAfterHonorific(first)
            && !(last.kind == .word && index.writesAfterHonorific(last))
    }

    /// Whether a place head written capitalised (`Thành phố`, `Tỉnh`: a place's official name
    /// follows) ends right before `position`; with `alone`, no capitalised word before the head
    /// (`tại Thành phố`, not `ấp Đại Thôn`: a head inside a longer name).
    static func capitalisedHeadEnds(_ tokens: [Token], before position: Int, lexicon: SpeakerLexicon, alone: Bool = false) -> Bool {
        SpeakerLimits.placeHeadWords.contains { length in
            let start = position - length
            guard start >= 0, tokens[start].kind == .word, tokens[start].isCapitalized,
                  (start..<position).allSatisfy({ tokens[$0].kind == .word }),
                  lexicon.placeHeads.value(in: tokens, range: start..<position) != nil else { return false }
            return !alone || start == 0 || !(tokens[start - 1].kind == .word && tokens[start - 1].isCapitalized)
        }
    }

    /// Whether the body `organization` of the mention `parsed` is a place the words before it
    /// are at or belong to (`Trung tâm kiểm soát bệnh tật TP HCM`, `một tiệm thịt quay tại TP
    /// HCM`): a body headed by a place head (`TP`, `Thành phố`) after other words of the mention.
    /// The trace says `organization: a place after other words, no speaker`.
    func isPlaceAfterWords(_ tokens: [Token], _ organization: ParsedMention.Organization, in parsed: ParsedMention) -> Bool {
        let start = organization.range.lowerBound
        return wordsBefore(start, tokens, in: parsed) && SpeakerLimits.placeHeadWords.contains { length in
            start + length < organization.range.upperBound
                && lexicon.placeHeads.value(in: tokens, range: start..<start + length) != nil
        }
    }

    /// A head of `place_heads.tsv` (one or two words: `tỉnh`, `thành phố`) ends right before the
    /// run, no honorific before it (`ông xã Lee Bo Young`, `bà xã`: the husband, the wife).
    /// A head written short and its full stop (`TP. Thủ Đức`: `PlaceHeadAbbreviation`) end there too.
    private func afterHead(_ tokens: [Token], _ name: Range<Int>, mentionStart: Int) -> Bool {
        if name.lowerBound - 2 >= mentionStart, PlaceHeadAbbreviation.follows(tokens, at: name.lowerBound, lexicon: lexicon) {
            return !(name.lowerBound > 2 && lexicon.words.isWord(tokens, at: name.lowerBound - 3, .honorific))
        }
        return SpeakerLimits.placeHeadWords.contains { length in
            let start = name.lowerBound - length
            return start >= mentionStart && (start..<name.lowerBound).allSatisfy { tokens[$0].kind == .word }
                && lexicon.placeHeads.value(in: tokens, range: start..<name.lowerBound) != nil
                && !(start > 0 && lexicon.words.isWord(tokens, at: start - 1, .honorific))
        }
    }

    /// The run opens with a head (`TP Hà Nội`) after other words of the mention.
    private func opensWithHead(_ tokens: [Token], _ name: Range<Int>, in parsed: ParsedMention) -> Bool {
        wordsBefore(name.lowerBound, tokens, in: parsed) && name.count > 1
            && lexicon.placeHeads.value(in: tokens, range: name.lowerBound..<name.lowerBound + 1) != nil
    }

    /// Whether the mention holds a word before `position` (not only a bracket: `[Quận Đống Đa`).
    private func wordsBefore(_ position: Int, _ tokens: [Token], in parsed: ParsedMention) -> Bool {
        (parsed.range.lowerBound..<position).contains { tokens[$0].kind == .word }
    }
}
