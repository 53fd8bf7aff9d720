/// A capitalised word opening the sentence that no lexicon calls common (`common_words.tsv`)
/// and that the article writes in lower case only inside links (an address, a path, a handle:
/// `cellphones.com.vn/sforum/kling-ai`, `(@phantom)`) is a name, not a common word: a link is
/// written in lower case whatever its words are (`Sforum sẽ chia sẻ …`, silver
/// 2024-07-24-kling-ai; `Phantom thông báo, …`, 2024-11-13-phantom-wallet).
/// `ArticleIndex.isCommonWordOpening` took such a word for a common one, as the article
/// "writes it in lower case", and the quote had no speaker.
///
/// Recognises: a one-word name before a lower-case word, none of whose lower-case occurrences
/// in the article stands outside a link: each is glued (no space before) to a mark of a
/// link (`/`, `@`, `.`, `-`, `_`, `=`, `#`).
/// Rejects: a word of `common_words.tsv` (`Thành`, `Xin`: news writes them in lower case, links
/// aside), a function word or pronoun, and a word the article writes in lower case in its
/// text (`Zalo … vào zalo`, `vng công an` in a tag line).
struct LinkOnlyLowercase: Sendable {
    let lexicon: SpeakerLexicon

    /// The marks a word of a link is glued to (performance only: looked up by a token's key hash).
    static let linkMarks = KeySet(["/", "@", ".", "-", "_", "=", "#"])

    /// Whether the one-word `name` opening a sentence is a name written in lower case in links only.
    func isName(_ tokens: [Token], _ name: Range<Int>, index: ArticleIndex) -> Bool {
        guard name.count == 1 else { return false }
        let token = tokens[name.lowerBound]
        guard token.kind == .word, token.isCapitalized,
              let next = tokens[ifPresent: name.upperBound], next.kind == .word, !next.isCapitalized,
              !lexicon.isCommonWord(tokens, at: name.lowerBound),
              lexicon.words.trie.value(in: tokens, range: name) == nil,
              lexicon.pronouns.value(in: tokens, range: name) == nil else { return false }
        return !index.writesLowercaseOutsideLinks(token)
    }

    /// Whether the word at `position` is glued to a mark of a link before it.
    static func isInLink(_ tokens: [Token], at position: Int) -> Bool {
        guard position > 0, !tokens[position].spaceBefore else { return false }
        let before = tokens[position - 1]
        return before.kind == .punctuation && linkMarks.contains(before)
    }
}
