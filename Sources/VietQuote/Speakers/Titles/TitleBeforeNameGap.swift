/// Words between a title chain and the name it introduces, read when the article index records
/// the title of each name (`ArticleIndex.readTitle`), so that a later mention of the person
/// (a surname, a pronoun, a floating quote) gets the title the article gave at the first one
/// (ANNOTATION.md: the title is the fullest one the article gives the person). The mention
/// parser already reads these gaps for the mention that holds them; without this the index
/// dropped the title at the first word that is no name.
///
/// Recognises:
/// - a nationality (`demonym` + a side of `actors.tsv`) between title and name: `Tiền vệ người
///   Anh Ashley Young thừa nhận …`, later `Young tiết lộ` → `Tiền vệ` (the nationality is no
///   side of the title, as in `MentionParser.readSide`);
/// - a lower-case complement of the title that opens with a `title_link` word (`của`, `tại`)
///   and is closed by a comma, then the name (`AppositiveComplement`): `Tác giả của nghiên cứu, Ashley Spillane, nói với BBC …`, later
///   `bà Spillane nhận định` → `Tác giả của nghiên cứu`.
///
/// Rejects a gap not followed right away by a name run, a nationality whose side is followed
/// by no name (`HLV người Đức cho biết`), and a complement the grammar does not close at a
/// comma: a clause word or verb of saying in it (`Bộ trưởng cho biết, …`), a complement with no
/// link word (dev 440 `cuộc bầu cử Tổng thống Mỹ diễn ra, bà Harris`), a complement ending on a
/// pronoun (silver `cựu cố vấn an ninh quốc gia của bà, Halie Soifer`), a capitalised run
/// right after the chain (`cựu cầu thủ Tottenham Hotspur, Darren Bent`: a name there is
/// read as the titled name).
struct TitleBeforeNameGap {
    let lexicon: SpeakerLexicon
    let parser: MentionParser

    /// Word classes of a possessor that refers back to someone named elsewhere.
    private static let pointingBack: [WordClass] = [.honorific, .pronoun, .firstPerson]

    /// The gap after the chain `chainStart..<chainEnd`: where the name starts, and how many
    /// tokens of the gap are the title's own complement (0 for a nationality); nil when no
    /// name follows such a gap.
    func read(in tokens: [Token], chainStart: Int, chainEnd: Int, limit: Int) -> (nameStart: Int, complement: Int)? {
        guard chainEnd < limit else { return nil }
        if lexicon.words.isWord(tokens, at: chainEnd, .demonym), let side = lexicon.actor(in: tokens, at: chainEnd + 1, limit: limit) {
            let start = chainEnd + 1 + side.length
            return parser.nameRun(in: tokens, at: start, limit: limit) > 0 ? (start, 0) : nil
        }
        // Before a name the complement must be linked to its head (`title_link`: `của`, `tại`):
        // a bare lower-case run there is the sentence's (`cuộc bầu cử Tổng thống Mỹ diễn ra, bà
        // Harris …`, dev 440).
        guard lexicon.words.isWord(tokens, at: chainEnd, .titleLink),
              let complement = AppositiveComplement(lexicon: lexicon).read(in: tokens, from: chainStart, at: chainEnd, limit: limit, hasBody: false),
              complement.length > 0,
              // A possessor that is a pronoun points back (`cựu cố vấn an ninh quốc gia của bà,
              // Halie Soifer`, `nghệ sĩ của mình`): it names no body of the post.
              !Self.pointingBack.contains(where: { lexicon.words.isWord(tokens, at: chainEnd + complement.length - 1, $0) })
        else { return nil }
        // The complement ends at its comma; the name stands right after it, perhaps after an
        // honorific (`Giám đốc của công ty, ông …`).
        var start = chainEnd + complement.length + 1
        if let honorific = lexicon.words.match(.honorific, in: tokens, at: start, limit: limit) { start += honorific }
        return start < limit && parser.nameRun(in: tokens, at: start, limit: limit) > 0 ? (start, complement.length) : nil
    }
}
