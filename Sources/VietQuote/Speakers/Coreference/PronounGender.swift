/// A gendered pronoun stands only for a person of its gender: `anh`, `chú`, `chàng`, `ông`
/// (a man) is never an earlier speaker or named person the article marks as a woman, `cô`,
/// `chị`, `nàng`, `bà` (a woman) never one it marks as a man (`PronounRule`,
/// `pronoun: skips a person the article marks with the other gender`).
/// The pronoun's gender: column `gender` of `speaker_pronouns.tsv`, or the classes `male`,
/// `female` of `function_words.tsv` (`ông`, `bà`). A person's marks are the article's own:
/// - a gendered honorific or pronoun in lower case right before the name (`anh Bình`, `cô Lý`,
///   `ông John Molise Tau`; a capital `Anh` opens a name: silver 2024-12-08-8wonder `Anh Thư`),
///   or `nam`/`nữ` opening the lower-case words before it (`nam diễn viên Quốc Cường`);
/// - a gendered pronoun opening the words right after the name and a comma (`Về phần vợ cũ
///   Iran, cô được …`): the name's own pronoun in its sentence. Not after a cue: silver
///   2024-04-21-midu `Midu cho biết anh hiền lành` (her husband), 2025-01-03-cindy-lu `Vợ cũ
///   Hoài Lâm cho biết cô và anh` (the subject is the wife) marked women as men;
/// - the marks of the speaker's mentions (`GenderAgreement`: `ông X`, `nữ diễn viên`).
/// A name's marks are those of every run written whose words end the name or that the name's
/// words end (`anh Bình` marks `Trương Gia Bình`).
///
/// Recognises: silver 2024-07-25-olympics `Cha cô, ông John Molise Tau, …` then `Tau đáp rằng
/// phụ nữ cũng có thể rất mạnh mẽ. "Khi bước lên sàn đấu, …", cô nói` → not the father.
/// Rejects (agrees): a person with no mark, or marked both ways (either may be misread), and
/// a pronoun with no gender (`em`, `bác`, `họ`): every person agrees with it.
final class PronounGender {
    typealias Gender = GenderAgreement.Gender

    let gender: Gender
    /// Whether a person of the other gender was passed over (the trace says so).
    private(set) var rejected = false
    /// The marks of the runs of names the article writes, by their last match key.
    private let written: WrittenGenderMarks.Table
    /// The marks of the history's speakers' mentions, by speaker name.
    private let spoken: [String: Set<Gender>]

    /// The agreement of a person pronoun mention (`PronounRule`'s target `.person`), or nil
    /// when it marks no gender.
    init?(_ mention: MentionContext) {
        let tokens = mention.tokens, range = mention.range
        if let pronoun = mention.lexicon.pronounGenders.longestMatch(in: tokens, at: range.lowerBound, limit: range.upperBound),
           pronoun.length == range.count || !tokens[range.lowerBound + pronoun.length].isCapitalized {
            gender = pronoun.value
        } else if range.count == 1, mention.words.isWord(tokens, at: range.lowerBound, .honorific),
                  let honorific = GenderAgreement(words: mention.words).gender(tokens, range) {
            gender = honorific
        } else {
            return nil
        }
        written = mention.writtenGenderMarks.table(mention)
        spoken = GenderAgreement(words: mention.words).marks(mention.history)
    }

    /// Whether the person named `name` may be the pronoun's antecedent; a `false` is remembered.
    func agrees(_ name: String) -> Bool {
        let keys = MatchKey.words(name)
        var marks = spoken[name] ?? []
        // A run and a name one of which ends the other share their last key; a name of no
        // keys is ended by every run.
        let candidates = keys.last.map { written[$0] ?? [] } ?? written.values.flatMap { $0 }
        for (run, genders) in candidates where !run.isEmpty && (keys.ends(with: run) || run.ends(with: keys)) {
            marks.formUnion(genders)
        }
        let agrees = marks.isEmpty || marks.contains(gender)
        if !agrees { rejected = true }
        return agrees
    }

    /// The genders the article marks for each name run it writes (the first two kinds of marks),
    /// by the run's last match key (`WrittenGenderMarks.Table`). (Performance only: each run is
    /// found among the few of its last key, not hashed as an array of keys.)
    fileprivate static func writtenMarks(_ mention: MentionContext) -> WrittenGenderMarks.Table {
        var marks: WrittenGenderMarks.Table = [:]
        let parser = mention.resolver.parser
        for paragraph in mention.paragraphs {
            let tokens = paragraph.tokens
            var start = 0
            while start < tokens.count {
                guard tokens[start].kind == .word, tokens[start].isCapitalized else { start += 1; continue }
                let run = max(1, parser.nameRun(in: tokens, at: start, limit: tokens.count))
                if let gender = before(tokens, start, mention) ?? after(tokens, start + run, mention) {
                    let keys = tokens[start..<start + run].map(\.key)
                    let last = keys[keys.count - 1]
                    if let known = marks[last]?.firstIndex(where: { $0.run == keys }) {
                        if marks[last]?[known].genders.contains(gender) == false { marks[last]?[known].genders.append(gender) }
                    } else {
                        marks[last, default: []].append((keys, [gender]))
                    }
                }
                start += run
            }
        }
        return marks
    }

    /// The gender a word right before the name marks (`anh Bình`, `ông X`), or `nam`/`nữ`
    /// opening up to `SpeakerLimits.genderedTitleWords` lower-case words before it.
    private static func before(_ tokens: [Token], _ start: Int, _ mention: MentionContext) -> Gender? {
        guard start > 0, tokens[start - 1].kind == .word else { return nil }
        if !tokens[start - 1].isCapitalized, let gender = wordGender(tokens, start - 1, mention) { return gender }
        var first = start - 1
        while first > 0, start - first < SpeakerLimits.genderedTitleWords, tokens[first].kind == .word, !tokens[first].isCapitalized {
            if mention.words.isWord(tokens, at: first, .individual), let gender = GenderAgreement(words: mention.words).gender(tokens, first..<start) {
                return gender
            }
            first -= 1
        }
        return nil
    }

    /// The gender of a pronoun opening the words after the name and a comma, before a
    /// lower-case word (`, anh Nguyễn …` names someone else).
    private static func after(_ tokens: [Token], _ end: Int, _ mention: MentionContext) -> Gender? {
        let next = end + 1
        // (Performance only: the mark's kind first, then its key.)
        guard let comma = tokens[ifPresent: end], comma.kind == .punctuation, comma.key == ",", let token = tokens[ifPresent: next], token.kind == .word, !token.isCapitalized,
              let after = tokens[ifPresent: next + 1], after.kind == .word, !after.isCapitalized else { return nil }
        return mention.lexicon.pronounGenders.value(in: tokens, range: next..<next + 1)
    }

    /// The gender one word marks: an honorific of `male`/`female` (`ông`, `bà`) or a gendered pronoun.
    private static func wordGender(_ tokens: [Token], _ position: Int, _ mention: MentionContext) -> Gender? {
        if mention.words.isWord(tokens, at: position, .honorific) {
            return GenderAgreement(words: mention.words).gender(tokens, position..<position + 1)
        }
        return mention.lexicon.pronounGenders.value(in: tokens, range: position..<position + 1)
    }
}

/// Performance only: the article's written marks (`PronounGender.writtenMarks`), made at the
/// article's first gendered pronoun and kept for its next ones, by the runs' last keys (each
/// pronoun read every paragraph of the article, then compared every run with each name: a long
/// page's quadratic cost). One per article: `MentionContext.writtenGenderMarks`.
final class WrittenGenderMarks: @unchecked Sendable {
    /// (The genders of a run as a list of each once: a set made per run cost more than the reading.)
    typealias Table = [String: [(run: [String], genders: [GenderAgreement.Gender])]]
    private var made: Table?

    /// The table of the article `mention` is in, made at the first call.
    func table(_ mention: MentionContext) -> Table {
        if let made { return made }
        let table = PronounGender.writtenMarks(mention)
        made = table
        return table
    }
}

private extension Array where Element == String {
    func ends(with suffix: [String]) -> Bool { count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix) }
}
