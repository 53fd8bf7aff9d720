/// A subject made only of a lower-case pronoun or kinship term of speaker_pronouns.tsv (`chị`,
/// `anh`, `cô`, `em`, `anh ấy`, `cô gái`) names a speaker, as the honorifics `ông`/`bà` of
/// function_words.tsv do: the person named before (the Speakers stage's pronoun sieve). Capitalised
/// at a sentence's start (`Chị nói: …`) such a word already counts; after a quotation and its comma
/// (`"…", chị nói.`) or after a clause's comma it is written in lower case and named no speaker,
/// so the quote was lost (read16, misses 1: `anh`/`chị`/`cô` after a quote gave nothing, `ông`/`bà`
/// worked).
///
/// Example: "\"Nhưng tôi trấn an họ rằng mình sẽ hát đến khi không còn sức lực\", cô nói." (silver
/// 2024-05-14-huong-tram): the subject `cô` (Hương Tràm), the quotation before it.
/// Rejects: a pronoun with other words in the subject (`anh trai tôi`, `cô giáo trường …`: no
/// pronoun alone; those words name someone only through the other tests), a pronoun phrase that
/// is only the start of a longer word of the subject.
struct PronounSubjectRule {
    let id = QuoteRefinement.pronounSubject

    /// Whether the subject `range` is one pronoun phrase of speaker_pronouns.tsv and nothing else.
    func isPronounSubject(_ range: Range<Int>, in paragraph: ParagraphContext, names: SpeakerLexicon) -> Bool {
        guard !range.isEmpty, paragraph.tokens[range.lowerBound].kind == .word else { return false }
        return names.pronoun(in: paragraph.tokens, at: range.lowerBound, limit: range.upperBound) == range.count
    }
}
