/// A role that does not head its mention but belongs to the noun before it (issue 14, item 7):
/// the mention's head, a family tie (class `kin` of `function_words.tsv`: `vợ`, `Vợ chồng`) or
/// a noun before `của` (class `possessive`), is what speaks, and the role only says whose it is.
/// No one of that role speaks: the mention up to the end of the role is an unnamed source, as
/// `KinPossessorRule` keeps `Chồng Phương Lan`.
///
/// Recognises: silver 2024-05-23-ho-yeu-tieu-hong-nuong `Người hâm mộ của dàn diễn viên cũng
/// bênh vực cho bộ phim` → `Người hâm mộ của dàn diễn viên` (was the role `diễn viên`);
/// 2024-11-26-lee-dong-hwi `công ty quản lý của 2 diễn viên`; 2024-06-13-dien-vien-hong-hai
/// `vợ nam diễn viên cho biết` (`source: the noun that a role without a name belongs to`).
/// Between the link and the role at most `SpeakerLimits.wordsBeforePossessorRole` lower-case
/// words or numbers that count or group its holders (`dàn`, `2`, `nam`).
/// Rejects: a role opening the mention (`RoleRule`), a mention with a name, body, side or
/// another title before the role (`Bài đăng của nam ca sĩ`: a statement, read by the rules for
/// bodies), a head that is a cue or a cue noun (`nhận định của Phó Thống đốc NHNN`: the
/// opinion is the role's, who speaks), a head after a source cue (silver 2024-04-16-long-non-la
/// `Theo phác đồ của bác sĩ`: the regimen is the doctor's word, the doctor the source), a head
/// with punctuation, a tie right before the role (silver 2024-05-03-hana-cam-tien `Chồng Rapper
/// xác nhận`: the rapper husband himself), and words before the role that
/// are neither a tie nor a noun before `của` (`Chính nam ca sĩ`, `thi xong lãnh đạo sở`).
enum RoleAsPossessor {
    /// The end of the role that the mention's head owns, or nil when the role heads the mention.
    static func end(of title: ParsedMention.Title, in mention: MentionContext) -> Int? {
        let tokens = mention.tokens, words = mention.words, parsed = mention.parsed
        let first = mention.range.lowerBound, start = title.range.lowerBound
        guard start > first, parsed.names.isEmpty,
              !parsed.organizations.contains(where: { $0.range.lowerBound < start }),
              !parsed.sides.contains(where: { $0.range.lowerBound < start }),
              !parsed.titles.contains(where: { $0.range.lowerBound < start }),
              !(first..<start).contains(where: { tokens[$0].kind == .punctuation }) else { return nil }
        // Back from the role over the words that count or group its holders (`dàn`, `2`, `nam`).
        var link = start
        while link > first, start - link < SpeakerLimits.wordsBeforePossessorRole,
              tokens[link - 1].kind == .number || (tokens[link - 1].kind == .word && !tokens[link - 1].isCapitalized),
              !words.isWord(tokens, at: link - 1, .possessive), words.match(.kin, in: tokens, at: link - 1, limit: start) == nil {
            link -= 1
        }
        // `vợ nam diễn viên`, `Vợ chồng nam ca sĩ`, `chồng của cố ca sĩ`: a tie opens the mention,
        // with `của` or a word of the holders after it (`Chồng Rapper` alone may be the husband, a rapper).
        if let tie = kinEnd(from: first, to: start, tokens, words),
           tie < start, tie >= link || words.isWord(tokens, at: tie, .possessive) {
            return title.range.upperBound
        }
        // (After a source cue, `Theo phác đồ của bác sĩ`, `theo quan sát và tìm hiểu của phóng viên`,
        // the head is what the role wrote or saw, and the role is the source.)
        guard link > first + 1, words.isWord(tokens, at: link - 1, .possessive),
              first == 0 || mention.resolver.cues.match(in: tokens, at: first - 1, limit: first)?.entry.category != .source,
              !(first..<link - 1).contains(where: { position in
                  mention.resolver.cues.match(in: tokens, at: position, limit: link - 1) != nil
                      || words.isWord(tokens, at: position, .cueNoun)
              }) else { return nil }
        return title.range.upperBound
    }

    /// The end of the family ties opening the words `first..<limit` (`Vợ chồng`), or nil.
    private static func kinEnd(from first: Int, to limit: Int, _ tokens: [Token], _ words: FunctionWords) -> Int? {
        var position = first
        while position < limit, let length = words.match(.kin, in: tokens, at: position, limit: limit) { position += length }
        return position > first ? position : nil
    }
}
