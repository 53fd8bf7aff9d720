/// A bare role that describes the person the text has just made its subject (issue 14, items 2
/// and 7): a role of titles.tsv opening the mention, with nothing after it but the person's
/// country (`người Pháp`: class `demonym` of function_words.tsv and a country; `của Croatia`:
/// class `possessive` and a country), stands for the nearest person named before it when that
/// person is the subject of a sentence or clause (`SentenceSubject`, or a name that opens one and
/// is apposed after a dash: `Olivier Giroud – người …– đã ghi …`) and the article gives them no
/// other role (they have a title that holds this role, `role_kinds.tsv`, or no title at all when
/// the role is an occupation, kind `expert`: an office such as `Thủ tướng` is a post of its own).
/// Going back from the mention through its own sentence and the one before it
/// (`SpeakerLimits.roleSubjectSentencesBefore`, in its paragraph and the one before: `LookBack`),
/// names inside a quotation and names that are no person (a club, a country, one untitled word:
/// `Milan`) are passed; the first person is the only candidate: the role describes the subject
/// with no other candidate between.
/// `RoleRule` reads it after the nearest speaker, the article's person of the title, `RoleHolder`
/// and `PointingRole` (which takes an age or a demonstrative: `Cầu thủ 23 tuổi`, `HLV này`).
///
/// Recognises: silver 2024-09-12-louis-pham `Trước đó, Louis Phạm đã lên tiếng … Cựu VĐV khẳng
/// định …` → Louis Phạm; the two sentences of silver 2024-11-02-ac-milan `So với mùa giải
/// trước, Olivier Giroud – người đóng vai trò trung phong chính của Milan – đã ghi được ba bàn …
/// Cầu thủ người Pháp tiếp tục khẳng định phong độ cao …` → Olivier Giroud (in the whole article
/// `hàng tiền đạo Milan` titles `Milan`, a person that stops the search); 2024-06-15-lamine-yamal `Trước thềm trận đấu với Tây Ban Nha,
/// Luka Modric nhận được câu hỏi … Đội trưởng của Croatia không ngần ngại chỉ ra …` → Luka Modric
/// (both were the unnamed role; `role: a bare role, the person named as the subject before`).
/// Rejects: a role whose own sentence opens with more than `SpeakerLimits.roleSubjectOpeningWords`
/// words (silver 2024-11-19 `Tình huống diễn ra ở giữa sân, nhưng trọng tài cho rằng`: that clause
/// has its own subject, the player booked before is no referee), a role the subject's sentence or
/// the words after it write as someone else (2025-01-07 `Trả lời luật sư, Cường cho hay …` then
/// `luật sư hỏi`), an untitled subject for an office (`Thủ tướng` after the footballer `Thành
/// Chung`), a nearest person who is no subject (`trong bối cảnh Messi không đạt phong độ`: after a
/// noun, no clause opens), a subject titled with other roles only (`HLV Xavi` for `cầu thủ`), a
/// role with other words (`Đội trưởng tuyển Pháp`, `lãnh đạo phường Ô Chợ Dừa`: the role of a
/// unit stays unnamed), a role after other words (`họ la ó cầu thủ`), and a gendered role
/// (`Nam ca sĩ`: `EpithetRule`). Then the role stays an unnamed role (`title: role without a name`).
enum RoleSubjectBefore {
    /// The person the bare role `office` (the title chain opening the mention) describes, or nil;
    /// `occupation`: the role is no office (kind `expert`), so a person with no title may hold it.
    static func holder(office: Range<Int>, occupation: Bool, in mention: MentionContext) -> ArticleIndex.Run? {
        let tokens = mention.tokens, lexicon = mention.lexicon
        guard office.lowerBound == mention.range.lowerBound, mention.parsed.names.isEmpty,
              !mention.words.isWord(tokens, at: office.lowerBound, .individual),
              let chain = lexicon.title(in: tokens, at: office.lowerBound, limit: mention.range.upperBound),
              onlyCountryAfter(office.lowerBound + chain.length, mention) else { return nil }
        let role = mention.keys(Range(from: office.lowerBound, to: office.lowerBound + chain.length))
        let subject = SentenceSubject(lexicon: lexicon, words: mention.words), parser = mention.resolver.parser
        var sentences = 0, opening = 0
        for (back, stretch) in LookBack.stretches(before: mention, paragraphs: SpeakerLimits.describedAnaphorParagraphsBefore,
                                                  tokens: SpeakerLimits.describedAnaphorTokensBefore).enumerated() {
            let words = stretch.words, bound = stretch.bound, quoted = mention.paragraphs[mention.span.paragraph - back].insideQuote
            // (A paragraph break ends a sentence; the full stop closing the paragraph is that same end.)
            var wordAfter = back == 0
            if back > 0 { sentences += 1 }
            if sentences > 0, opening > SpeakerLimits.roleSubjectOpeningWords { return nil }
            for start in stride(from: bound - 1, through: stretch.first, by: -1) where quoted[ifPresent: start] != true {
                let token = words[start]
                if token.kind == .punctuation, wordAfter, Punctuation.contentSentenceEnds.contains(token.key) { sentences += 1 }
                if sentences > SpeakerLimits.roleSubjectSentencesBefore || (sentences > 0 && opening > SpeakerLimits.roleSubjectOpeningWords) {
                    return nil
                }
                if token.kind == .word {
                    wordAfter = true
                    if sentences == 0 { opening += 1 }
                }
                // (`Trả lời luật sư, Cường cho hay …"…", luật sư hỏi`: the role written before is another person.)
                if writes(role, words, at: start) { return nil }
                guard token.kind == .word, token.isCapitalized,
                      !PointingRole.continuesRun(words, at: start, from: stretch.first, parser, lexicon) else { continue }
                let run = parser.nameRun(in: words, at: start, limit: bound)
                guard run > 0, lexicon.organization(in: words, at: start, limit: bound) == nil,
                      lexicon.actor(in: words, at: start, limit: bound) == nil,
                      let person = mention.index.fullest(words[from: start, upTo: start + run].map(\.key)) else { continue }
                let titles = mention.index.titles(of: person).filter { !$0.companion }
                // (One untitled word written as no person, `Milan`, is passed: a club or a place.)
                guard !titles.isEmpty || run > 1 || lexicon.startsPersonalName(words, at: start)
                        || mention.index.writesAfterHonorific(words[start]) else { continue }
                let isSubject = subject.isSubject(words, at: start, length: run, fullLength: person.keys.count, limit: bound)
                    || apposed(words, at: start, length: run, bound: bound, subject)
                let fits = titles.isEmpty ? occupation : titles.contains { PointingRole.holds(role, $0, lexicon) }
                return isSubject && fits && !writesRole(role, words, before: start, from: stretch.first) ? person : nil
            }
        }
        return nil
    }

    /// Whether the words from `position` to the mention's end are nothing, or a country after a
    /// demonym or a possessive (`người Pháp`, `của Croatia`).
    private static func onlyCountryAfter(_ position: Int, _ mention: MentionContext) -> Bool {
        let tokens = mention.tokens, end = mention.range.upperBound
        guard position < end else { return position == end }
        guard position + 1 < end, mention.words.isWord(tokens, at: position, .demonym) || mention.words.isWord(tokens, at: position, .possessive),
              let side = mention.lexicon.actor(in: tokens, at: position + 1, limit: end) else { return false }
        return position + 1 + side.length == end
    }

    /// Whether the role's words stand at `position`.
    private static func writes(_ role: [String], _ words: [Token], at position: Int) -> Bool {
        words[position].kind == .word && words[position].key == role[0] && position + role.count <= words.count
            && words[from: position, upTo: position + role.count].map(\.key) == role
    }

    /// Whether the sentence of the name at `name` writes the role before it, other than as the
    /// name's own title right before it (`ca sĩ Lương Bích Hữu`).
    private static func writesRole(_ role: [String], _ words: [Token], before name: Int, from first: Int) -> Bool {
        for position in stride(from: name - role.count - 1, through: first, by: -1) {
            if words[position].kind == .punctuation, Punctuation.contentSentenceEnds.contains(words[position].key) { return false }
            if writes(role, words, at: position) { return true }
        }
        return false
    }

    /// Whether the name run at `start` opens a sentence or clause and a dash follows it (an apposition
    /// between the subject and its verb: `Olivier Giroud – người đóng vai trò … – đã ghi …`).
    private static func apposed(_ words: [Token], at start: Int, length: Int, bound: Int, _ subject: SentenceSubject) -> Bool {
        guard start + length < bound, let next = words[ifPresent: start + length], next.kind == .punctuation,
              ["-", "–"].contains(next.key) else { return false }
        return subject.opens(words, at: start)
    }
}
