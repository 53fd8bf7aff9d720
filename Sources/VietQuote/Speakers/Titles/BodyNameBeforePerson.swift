/// A title whose body is a name the lexicons do not know, then a comma and the person who holds
/// it: `Theo giám đốc Roland Garros, Amelie Mauresmo, …` (silver 2024-05-27-roland-garros),
/// `cựu cầu thủ Tottenham Hotspur, Darren Bent đưa ra quan điểm` (silver 2024-10-14-saka). The
/// name run after the title is the post's body, and the title with it (`giám đốc Roland Garros`)
/// is the person's, recorded by the article index for the name after the comma, so that every
/// later mention of that person gets it (ANNOTATION.md: the fullest title the article gives).
///
/// Recognises a name run of two words or more right after the comma that the apposition closes:
/// a comma that no name follows (`…, Amelie Mauresmo, huyền thoại …`) or a verb of saying
/// (`cues.tsv`: `…, Darren Bent đưa ra quan điểm`).
/// Rejects a one-word name after the comma (`Theo HLV Flick, Yamal …`: a surname, the subject
/// of the next clause), a name followed by any other word (`Theo HLV Hansi Flick, Lamine Yamal
/// cần nghỉ ngơi`: a clause whose subject is another person), a list (`…, Pedri, Gavi` or
/// `…, Pedri và Gavi`), a name the sentence ends on, and a person with a title of its own after
/// the comma (silver `các cầu thủ U17 Việt Nam, HLV Cristiano Roland chia sẻ`).
struct BodyNameBeforePerson {
    let lexicon: SpeakerLexicon
    let parser: MentionParser

    /// Where the person's name starts when the run ending at `runEnd` (after a title) is the
    /// title's body and the person follows its comma; nil otherwise.
    func personStart(in tokens: [Token], runEnd: Int, limit: Int) -> Int? {
        guard runEnd + 1 < limit, tokens[runEnd].key == "," else { return nil }
        let start = runEnd + 1, length = parser.nameRun(in: tokens, at: start, limit: limit)
        // A title after the comma is the person's own (`các cầu thủ U17 Việt Nam, HLV Cristiano
        // Roland chia sẻ`): the words before it are the sentence's.
        guard length >= 2, start + length < limit, lexicon.title(in: tokens, at: start, limit: limit) == nil else { return nil }
        let after = start + length
        if tokens[after].key == "," {
            guard after + 1 < limit, parser.nameRun(in: tokens, at: after + 1, limit: limit) == 0,
                  !lexicon.words.isWord(tokens, at: after + 1, .coordinator) else { return nil }
            return start
        }
        return lexicon.cues.match(in: tokens, at: after, limit: limit) != nil ? start : nil
    }
}
