/// A personal pronoun follows the person its own paragraph has made a sentence's subject since
/// the last speaker spoke, not that speaker (`PronounRule`, `pronoun: person its paragraph made
/// the subject since the last speaker`). Dev 449: after `Nhà phân tích Ken Foong … "…", ông nói.`
/// the next paragraph reads `Trong video phỏng vấn, ông Vượng thể hiện … Ông cho biết …`: `Ông`
/// is Phạm Nhật Vượng, not Ken Foong; dev 450: `Giữa tháng 4/2014, Durov công khai từ chối …
/// Ông tuyên bố …` after the biographer Nikolay Kononov spoke.
///
/// Recognises, in the pronoun's paragraph before it, the nearest name that is a subject
/// (`SentenceSubject`, or a name after an honorific that opens the paragraph, a sentence or a
/// clause: `, ông Vượng thể hiện`) and is a person (an honorific, a title the article gives it
/// or a name of two words or more in its fullest form), when the last person speaker is not
/// named in that paragraph before the pronoun.
/// Rejects: a paragraph that names the last speaker again (`Ông A nói … Ông B cho rằng … Ông
/// nói`: the nearest speaker, as before), a name inside a clause (`mà VinFast đang`), one
/// capitalised word with no honorific or title (`VinFast sẽ …`: a company), the same person
/// as the last speaker.
struct ParagraphSubject {
    let subject: SentenceSubject

    /// Whether the last speaker `earlier` is not named in the mention's paragraph before it.
    static func isAbsent(_ earlier: Speaker, before mention: MentionContext) -> Bool {
        guard let last = MatchKey.words(earlier.name).last else { return false }
        let tokens = mention.tokens[from: 0, upTo: mention.span.range.lowerBound]
        // (Performance only: by the token's key hash, then its bytes: match keys are folded from
        // NFC text, so two are canonically equivalent exactly when their bytes are equal.)
        let hash = MatchKey.hash(last)
        return !tokens.contains { $0.kind == .word && $0.keyHash == hash && ByteKey.sameBytes($0.key, last) }
    }

    /// Whether the name run of `length` words at `start` is a person who is a subject.
    func isPerson(_ tokens: [Token], at start: Int, length: Int, fullLength: Int, honorific: Bool, titled: Bool, limit: Int) -> Bool {
        guard honorific || titled || fullLength > 1 else { return false }
        if subject.isSubject(tokens, at: start, length: length, fullLength: fullLength, limit: limit) { return true }
        guard honorific, start >= 1 else { return false }
        let opener = start - 1
        let opens = opener == 0 || (tokens[opener - 1].kind == .punctuation && tokens[opener].spaceBefore
                                    && Punctuation.clauseBounds.contains(tokens[opener - 1].key))
        guard opens, let next = tokens[ifPresent: start + length], start + length < limit, next.kind == .word, !next.isCapitalized
        else { return false }
        return !subject.words.isWord(tokens, at: start + length, .possessive) && !subject.words.isWord(tokens, at: start + length, .preposition)
            && !subject.words.isWord(tokens, at: start + length, .coordinator)
    }
}
