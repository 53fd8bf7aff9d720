/// A people, fans or a team of a country (`Người Việt Nam`, `Tuyển Việt Nam`, `người Nhật Bản`)
/// is an unnamed group, not the country and not one person: the speaker keeps its words (kind
/// `source`, no side: ANNOTATION.md, private persons and clubs speak for no country).
///
/// Two readings make the group visible to the rules after the parse:
/// - a capitalised run whose first word is a common word opening the sentence and whose other
///   words are exactly a side of `actors.tsv` (two syllables or more, or any side after the
///   demonym `người`) holds no personal name: the side is the country the words qualify. Silver
///   2024-08-08-ngay-that-tich `Người Việt Nam còn gọi đây là ngày ông Ngâu bà Ngâu` → `Người
///   Việt Nam` (was the person `Việt Nam`), 2025-01-05-que-ngoc-hai `Tuyển Việt Nam cho rằng
///   Thái Lan nên trả bóng` → `Tuyển Việt Nam`; and in the article's index (`ArticleIndex`)
///   `Tại Việt Nam, …`, `Hiện Việt Nam có …` write no person `Việt Nam`, so no `Việt` of
///   `fan Việt` or `83% số người Việt tham gia` grows into the country's name.
/// - a mention that opens with the demonym (after a quantifier) and ends with the side is the
///   people, not an epithet of the person before: `người Nhật Bản sẽ viết ước nguyện` (silver
///   2024-08-08-ngay-that-tich, was the person before it).
///
/// Rejects: a one-syllable side after another common word (`Cháu Mỹ`, `Con Nhật`: a given name
/// after a kin word), a run with words after the side (`Hiện Việt Nam Airlines`), and a
/// nationality after a role (`Chiến lược gia người Hàn Quốc`: the role is one person, an
/// epithet, `EpithetRule`).
enum PeopleOfSide {
    /// The side that fills the name run `name` after its first word, where that word (a common
    /// word opening the sentence, the caller's test) only qualifies it.
    static func side(after name: Range<Int>, in tokens: [Token], lexicon: SpeakerLexicon) -> (length: Int, entry: ActorEntry)? {
        guard name.count >= 2, let side = lexicon.actor(in: tokens, at: name.lowerBound + 1, limit: name.upperBound),
              side.length == name.count - 1 else { return nil }
        guard side.length >= 2 || lexicon.words.isWord(tokens, at: name.lowerBound, .demonym) else { return nil }
        return side
    }

    /// Whether the mention `range` is a people: a demonym opening it (after a quantifier), then
    /// a side that ends it (`người Nhật Bản`, `những người Hàn Quốc`).
    static func isPeople(_ tokens: [Token], _ range: Range<Int>, lexicon: SpeakerLexicon) -> Bool {
        var start = range.lowerBound
        if let quantifier = lexicon.words.match(.quantifier, in: tokens, at: start, limit: range.upperBound) { start += quantifier }
        guard start + 1 < range.upperBound, lexicon.words.isWord(tokens, at: start, .demonym),
              let side = lexicon.actor(in: tokens, at: start + 1, limit: range.upperBound) else { return false }
        return start + 1 + side.length == range.upperBound
    }
}
