/// The gender a mention marks for one person, and whether an earlier speaker agrees with it:
/// an epithet `nữ diễn viên` (a woman) does not stand for a man the article calls `ông` or
/// `nam diễn viên`, nor does `nam ca sĩ` stand for a woman it calls `bà`. The marks are the
/// classes `male` and `female` of `function_words.tsv`: an honorific opening the mention
/// (`ông`, `bà`), or `nam`/`nữ` before a lower-case noun (`Nam Thư`, a name, marks nothing).
///
/// Recognises: silver 2024-06-25 (2169) `Baifern … kèm dòng chia sẻ` (no quote) … `nữ diễn viên
/// nói` after `Nine Naphat`, whom the article calls `Nam diễn viên`: not him
/// (`EpithetRule`, `epithet: nearest person of its gender before`).
/// Rejects: a speaker with no marked mention, or marked both ways (either may be read wrongly:
/// it agrees), and a mention with no mark (it agrees with anyone).
struct GenderAgreement {
    enum Gender { case male, female }

    let words: FunctionWords

    /// The gender the mention's first words mark, or nil.
    func gender(_ tokens: [Token], _ range: Range<Int>) -> Gender? {
        guard let first = range.first, tokens[first].kind == .word else { return nil }
        let isModifier = words.isWord(tokens, at: first, .individual)
        if isModifier {
            guard let next = tokens[ifPresent: first + 1], first + 1 < range.upperBound, next.kind == .word,
                  !next.isCapitalized else { return nil }
        }
        if words.isWord(tokens, at: first, .male) { return .male }
        if words.isWord(tokens, at: first, .female) { return .female }
        return nil
    }

    /// The gender a written mention marks (`Anh`, `Nam diễn viên`), or nil. An honorific
    /// before a lower-case word other than a demonstrative (class `noun_follower`: `bà ấy`)
    /// opens a compound, not a person (`bà con`, "people"; `ông bà`): it marks nothing.
    func gender(written mention: String) -> Gender? {
        let parts = Self.firstWords(mention) ?? mention.split(separator: " ", maxSplits: 2)
        guard let head = parts.first else { return nil }
        let key = MatchKey.words(String(head))
        guard key.count == 1, let classes = words.trie.value(for: key) else { return nil }
        if classes.contains(.individual) {
            guard parts.count > 1, let letter = parts[1].first, letter.isLowercase else { return nil }
        } else if parts.count > 1, let letter = parts[1].first, letter.isLowercase,
                  words.trie.value(for: MatchKey.words(String(parts[1])))?.contains(.nounFollower) != true {
            return nil
        }
        if classes.contains(.male) { return .male }
        if classes.contains(.female) { return .female }
        return nil
    }

    /// The first two words of `text` (or fewer), as `split(separator: " ", maxSplits: 2)` gives
    /// them, read by scalars; nil when a space read may join a scalar before or after it into one
    /// Character (a combining mark after it, a prepended mark before it: then the Characters'
    /// split decides). Performance only: the split read the mention's Characters one by one.
    static func firstWords(_ text: String) -> [Substring]? {
        let scalars = text.unicodeScalars
        var parts: [Substring] = []
        var start = scalars.startIndex, index = start
        var previous: Unicode.Scalar?
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == " " {
                guard previous.map(standsApart) ?? true, next == scalars.endIndex || standsApart(scalars[next]) else { return nil }
                if start != index {
                    parts.append(text[start..<index])
                    if parts.count == 2 { return parts }
                }
                start = next
            }
            previous = scalar
            index = next
        }
        if start != index { parts.append(text[start..<index]) }
        return parts
    }

    /// Whether `scalar` never joins a space beside it into one Character: below the combining
    /// marks (U+0300) or a precomposed Latin letter (U+1E00–U+1EFF: `ễ`); no such scalar is a
    /// prepended mark, an extending or spacing mark, or a joiner.
    private static func standsApart(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x300 || (0x1E00...0x1EFF).contains(scalar.value)
    }

    /// The genders the history's mentions mark, by speaker name: each mention read once
    /// (`SpeakerHistory.genderMarks` keeps them for the article's next questions).
    func marks(_ history: SpeakerHistory) -> [String: Set<Gender>] {
        history.genderMarks { gender(written: $0.mention) }
    }

    /// Whether the earlier speaker at `position` of `history` agrees with `gender`: no mention
    /// of that speaker's name in the history marks the other gender alone (`marked`: `marks(history)`).
    func agrees(_ history: SpeakerHistory, at position: Int, with gender: Gender, marked: [String: Set<Gender>]) -> Bool {
        guard let marks = marked[history.speakers[position].name] else { return true }
        return marks.isEmpty || marks.contains(gender)
    }
}
