/// An auxiliary inside a cue's subject opens the subject's own predicate: the speaker is the
/// words before it. A `predicate_auxiliary` word of function_words.tsv (`cũng`, `vẫn`, `đã`,
/// `từng`), lower-case, after the subject's first word and a word, ends the mention.
///
/// Example: "Bà cũng đưa ra mức thưởng … và đe dọa đưa vào danh sách đen …" — the speaker
/// is `Bà`, not `Bà cũng đưa ra mức thưởng`.
/// Leaves: a subject with no such word, one that opens with it (`Cũng theo …`), a capitalised
/// syllable of a name, nouns' modifiers that are no rows (`báo cáo mới nhất của …`), a word
/// that opens a longer function-word phrase of a class other than `auxiliary` (`ban lãnh đạo
/// cũng như Ancelotti`: `cũng như` coordinates; `vừa qua`; `cũng đã` still cuts).
struct AuxiliaryInSubjectRule {
    let id = QuoteRefinement.auxiliaryInSubject

    /// Where the speaker of `mention` ends (the auxiliary's index), or nil.
    func speakerEnd(in mention: Range<Int>, view: SentenceView) -> Int? {
        Self.speakerEnd(in: mention, tokens: view.tokens, words: view.words)
    }

    /// `speakerEnd(in:view:)` on a paragraph's `tokens`: the Speakers stage reads every
    /// mention with it (`AuxiliaryEndsMention`). A number before the auxiliary ends the subject
    /// as a word does (`Công ty 545 liên tục đề nghị …`, `Nam diễn viên sinh năm 1989 từng …`).
    static func speakerEnd(in mention: Range<Int>, tokens: [Token], words: FunctionWords) -> Int? {
        var index = mention.lowerBound + 1
        while index < mention.upperBound {
            if tokens[index].kind == .word, !tokens[index].isCapitalized,
               tokens[index - 1].kind == .word || tokens[index - 1].kind == .number,
               let length = words.match(.predicateAuxiliary, in: tokens, at: index, limit: mention.upperBound),
               let longest = words.trie.longestMatch(in: tokens, at: index, limit: mention.upperBound),
               longest.length == length || longest.value.contains(.auxiliary) {
                return index
            }
            index += 1
        }
        return nil
    }
}
