/// A capitalised name that ends with a word English-language media put last in their names
/// (`Sports`, `News`, `Times`, `Mirror`, `Weekly`: class `medium_word` of `function_words.tsv`)
/// names a medium, not a person, when nothing in the mention marks a person (no honorific, no
/// title): the kind comes from the name's head word, as `tờ`/`báo` give it to the name after them.
///
/// Recognises: silver 2025-01-05-arsenal `Theo Sky Sports, …` (was a person; 12 silver quotes),
/// `RMC Sport`, `VTC News`, `Evening Standard`, `Football Insider`, `Intouch Weekly`
/// (`media: the name ends with a medium's head word`).
/// Rejects: a name whose medium word is not its last (`Sports Mole` aside, `Dignity Health
/// Sports Park`: a stadium), a name after an honorific or with a title (`bình luận viên Jamie
/// Redknapp của Sky Sports`: the commentator speaks), a one-word name (`Sport` alone is as
/// often a word of another name), and a Korean or Chinese given name (`Goo Hye Sun`: `Sun` is
/// no medium word; `The Sun` is a lexicon row's business).
struct MediumNameWord: SpeakerSieve {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision? {
        let parsed = mention.parsed
        guard !parsed.honorific, parsed.titles.isEmpty, parsed.names.count == 1, let name = parsed.names.first, name.count >= 2,
              mention.words.isWord(mention.tokens, at: name.upperBound - 1, .mediumWord) else { return nil }
        return SpeakerDecision(Speaker(name: mention.text(name), mention: mention.text, kind: .media), .mediumNameWord)
    }
}
