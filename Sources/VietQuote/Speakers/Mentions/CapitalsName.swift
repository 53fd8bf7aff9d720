/// A word in capitals opening the sentence before a lower-case word is a name (a stage name,
/// a company's or league's acronym), never a common word: the writer chose the capitals
/// (`SOOBIN cho biết: …`, silver 2025-01-15-soobin; `VNG cho biết, …`, 2024-09-06-vng-cong-an;
/// `NBA sẽ công bố …`). `ArticleIndex.isCommonWordOpening` took it for one when the article
/// wrote its word in lower case elsewhere, most often in a link or a tag line
/// (`…/soobin-thau-tom-…`, `vng công an`), and the quote had no speaker.
///
/// Recognises: a one-word name of two letters or more, all in capitals, before a lower-case word.
/// Rejects: a word of a line in capitals (`BẤM XÁC NHẬN`: the next word is in capitals too),
/// a Roman numeral (`XIV`), a single letter, a function word or pronoun, and a title (`BS`, a
/// physician), body head or body or medium of organizations.tsv (`CSGT`) (read by their own rules).
/// A short acronym that stays is a body's, not a person's (`AcronymName` gives the kind).
struct CapitalsName: Sendable {
    let lexicon: SpeakerLexicon

    /// Whether the one-word `name` opening a sentence is a name written in capitals.
    func isName(_ tokens: [Token], _ name: Range<Int>) -> Bool {
        guard name.count == 1 else { return false }
        let token = tokens[name.lowerBound]
        guard token.kind == .word, token.isAllCaps, MentionParser.hasSeveralScalars(token.key), !RomanNumeral.isNumeral(token),
              let next = tokens[ifPresent: name.upperBound], next.kind == .word, !next.isCapitalized else { return false }
        return lexicon.words.trie.value(in: tokens, range: name) == nil && lexicon.pronouns.value(in: tokens, range: name) == nil
            && lexicon.title(in: tokens, at: name.lowerBound, limit: name.upperBound) == nil
            && lexicon.bodyHeads.value(in: tokens, range: name) == nil
            && lexicon.organization(in: tokens, at: name.lowerBound, limit: name.upperBound) == nil
    }
}
