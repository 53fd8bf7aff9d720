/// A capitalised name run that is the subject of its sentence or clause: it opens the
/// paragraph, a sentence or a clause (after a mark of `Punctuation.clauseBounds` and a space:
/// `.`, `,`) or stands after a passive marker (`được Masaaki Noiri xác nhận`: the agent), and a lower-case word
/// follows it that is no possessive, preposition or coordinator (its verb or an adverb:
/// `Arteta hiểu`, `Adriano sẽ chơi`). A personal pronoun with no earlier speaker stands for the
/// nearest such name (`PronounRule`, `pronoun: person named as a subject before`).
///
/// Recognises: `Tuyên bố … được Masaaki Noiri chính thức xác nhận … . Anh cho biết:` →
/// `Masaaki Noiri`; `Sau 20 năm …, Arteta hiểu … "…," ông nói` → `Arteta`.
/// Rejects: a name inside a clause (`trong lịch sử Arsenal, họ …`), a name before a possessive
/// (`Arsenal của George Graham`), a word in capitals (`ONE đã …`: an abbreviation), a country,
/// body or title at the run's start, a name after a dash or a quotation mark (`Hoa Hồng – Rose`,
/// a song's title), and one Vietnamese syllable alone (`Trà xanh thì đắng`: a common word).
struct SentenceSubject {
    let lexicon: SpeakerLexicon
    let words: FunctionWords

    /// Whether the run of `length` words at `start` is a sentence or clause subject.
    /// `fullLength`: the words of the article's fullest form of the name.
    func isSubject(_ tokens: [Token], at start: Int, length: Int, fullLength: Int, limit: Int) -> Bool {
        guard length > 0, !(length == 1 && tokens[start].isAllCaps && tokens[start].key.unicodeScalars.count > 1),
              lexicon.actor(in: tokens, at: start, limit: limit) == nil,
              lexicon.organization(in: tokens, at: start, limit: limit) == nil,
              lexicon.title(in: tokens, at: start, limit: limit) == nil else { return false }
        // One Vietnamese syllable alone opening a sentence is as often a common word (`Trà xanh
        // thì đắng`); a Vietnamese person is written with two syllables or more.
        if fullLength == 1, lexicon.isVietnameseSyllable(tokens[start].key) { return false }
        guard opens(tokens, at: start), let next = tokens[ifPresent: start + length], start + length < limit,
              next.kind == .word, !next.isCapitalized else { return false }
        let after = start + length
        return !words.isWord(tokens, at: after, .possessive) && !words.isWord(tokens, at: after, .preposition)
            && !words.isWord(tokens, at: after, .coordinator)
    }

    /// Whether a word at `start` opens the paragraph, a sentence or a clause, or stands after a passive marker.
    func opens(_ tokens: [Token], at start: Int) -> Bool {
        start == 0 || words.isWord(tokens, at: start - 1, .passive)
            || (tokens[start - 1].kind == .punctuation && tokens[start].spaceBefore && Punctuation.clauseBounds.contains(tokens[start - 1].key))
    }
}
