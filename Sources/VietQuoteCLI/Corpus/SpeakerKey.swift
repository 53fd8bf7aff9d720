import VietQuote

/// The key under which the corpus tables (`speakers`, the HTML report) group a speaker:
/// its canonical name with case folded, the quantifier that makes an unnamed group
/// plural left out (`Các nhân chứng` is `Nhân chứng`), and an anaphor the resolver could
/// not resolve read as the group it points into (`Quan chức này` is `quan chức`, like
/// `các quan chức`). The word classes are function_words.tsv's `quantifier`, `pronoun`
/// and `noun_follower`; a named speaker (`Sergei Lavrov`) is only case-folded.
enum SpeakerKey {
    /// The built-in function words; nil if they cannot load (then names are only case-folded).
    private static let words: FunctionWords? = try? FunctionWords(files: .builtIn)

    static func of(_ speaker: Speaker) -> String { key(speaker.name) }

    /// (Its tokens are read at once: their long keys in a store dropped after, not in the
    /// collector thread's, which no article ever empties.)
    static func key(_ name: String) -> String {
        ArticleKeys.withScratch { scratchKey(name) }
    }

    private static func scratchKey(_ name: String) -> String {
        let text = SourceText(name)
        var tokens = Tokenizer.tokens(in: text, range: 0..<text.scalars.count).filter(\.isWordLike)
        guard let words, !tokens.isEmpty else { return name.lowercased() }
        while tokens.count > 1, let length = words.match(.quantifier, in: tokens, at: 0), length < tokens.count {
            tokens.removeFirst(length)
        }
        if tokens.count > 1, words.match(.pronoun, in: tokens, at: 0) == tokens.count,
           let start = words.matchEnding(.nounFollower, in: tokens, at: tokens.count, lowerBound: 1) {
            tokens.removeLast(tokens.count - start)
        }
        return tokens.map(\.key).joined(separator: " ")
    }

    /// The sides a quote counts for: the affiliation, else the joint or own sides.
    static func sides(of speaker: Speaker) -> [String] {
        speaker.affiliation.map { [$0] } ?? speaker.sides ?? []
    }
}
