/// A title, the copula and a name inside one mention (`Giám đốc thể thao của Barca là Deco
/// khẳng định …`): the name after the copula holds the title and speaks, not a name inside the
/// title (`Barca`, which `NameRule` took as the longest name before).
///
/// Recognises a name of the mention right after a `copula` word of function_words.tsv (`là`)
/// that follows a title of the mention. Rejects a copula with no title before it (`Barca là
/// Deco` stays as parsed) and a copula not right before the name (`Giám đốc là người …`).
struct CopulaHolder {
    let lexicon: SpeakerLexicon

    /// The name that holds the mention's title through the copula, or nil.
    func name(in parsed: ParsedMention, tokens: [Token]) -> Range<Int>? {
        parsed.names.first { name in
            let copula = name.lowerBound - 1
            return copula > parsed.range.lowerBound
                && lexicon.words.match(.copula, in: tokens, at: copula, limit: name.lowerBound) != nil
                && parsed.titles.contains { $0.range.upperBound <= copula }
        }
    }
}
