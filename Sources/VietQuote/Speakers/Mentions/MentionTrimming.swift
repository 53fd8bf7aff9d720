/// The words of a mention that name its speaker, before the rules read it: the Quotes stage
/// gives the words before (or after) a cue, which may hold more than the speaker.
extension SpeakerResolver {
    /// The mention's range, trimmed: trailing punctuation dropped; cut after a relay or a
    /// medium's cue, or before another cue (`cutAtRelayOrCue`); widened to a name right
    /// before an apposition (`joiningNameBeforeApposition`) and to a quantifier left out of
    /// an unnamed source (`joiningQuantifier`). `cause`: the words before a causative the
    /// mention was cut after (`CausativeMention`), else nil. `parser`: the mention's parser
    /// (performance only: the resolver's own, memoised for the article, `MentionParser.memoised(in:)`).
    func trimmed(_ mention: Range<Int>, tokens: [Token], index: ArticleIndex,
                 parser: MentionParser) -> (range: Range<Int>, cause: Range<Int>?) {
        let range = joiningCutName(withoutTrailingPunctuation(mention, tokens: tokens), tokens: tokens)
        var (cut, cause) = cutAtRelayOrCue(range, tokens: tokens, index: index, parser: parser)
        cut = joiningNameBeforeApposition(withoutTrailingPunctuation(cut, tokens: tokens), tokens: tokens, index: index, parser: parser)
        return (joiningQuantifier(cut, tokens: tokens), cause)
    }

    private func withoutTrailingPunctuation(_ mention: Range<Int>, tokens: [Token]) -> Range<Int> {
        var range = mention
        while range.count > 1, tokens[range.upperBound - 1].kind != .word, tokens[range.upperBound - 1].kind != .number {
            range = Range(from: range.lowerBound, to: range.upperBound - 1)
        }
        return range
    }

    /// A cue inside the mention ends it (`các quan chức … cho biết nguồn gốc …`) when the words
    /// before it name a speaker; after a relay word or a medium's cue (`báo X dẫn nguồn tin …`)
    /// the one quoted is the speaker, and after a causative (`CausativeMention`) the one made
    /// to speak is; the words before the last causative cut are its cause.
    private func cutAtRelayOrCue(_ mention: Range<Int>, tokens: [Token], index: ArticleIndex,
                                 parser: MentionParser) -> (Range<Int>, cause: Range<Int>?) {
        var range = mention
        var cause: Range<Int>?
        var position = range.lowerBound + 1
        while position < range.upperBound {
            if let relay = words.match(.relay, in: tokens, at: position, limit: range.upperBound), position + relay < range.upperBound {
                range = Range(from: position + relay, to: range.upperBound)
                position = range.lowerBound + 1
                continue
            }
            if let causative = CausativeMention(words: words).length(in: tokens, at: position, limit: range.upperBound) {
                cause = Range(from: range.lowerBound, to: position)
                range = Range(from: position + causative, to: range.upperBound)
                position = range.lowerBound + 1
                continue
            }
            // A capitalised cue word inside the mention is part of a name (`Bộ Thông tin và Truyền thông`),
            // and so is the second syllable of its blocked word (`Đài Tiếng nói Việt Nam`: CueInsideNameWord).
            if !tokens[position].isCapitalized, !CueInsideNameWord.isInside(tokens, at: position, cues: cues),
               let cue = cues.match(in: tokens, at: position, limit: range.upperBound),
               cue.entry.category != .blocker {
                if cue.entry.category == .medium, position + cue.length < range.upperBound {
                    range = Range(from: position + cue.length, to: range.upperBound)
                    position = range.lowerBound + 1
                    continue
                }
                if cue.entry.category != .medium, cue.entry.category != .source,
                   names(tokens, Range(from: range.lowerBound, to: position), index: index, parser: parser) {
                    return (Range(from: range.lowerBound, to: position), cause)
                }
            }
            position += 1
        }
        return (range, cause)
    }

    /// `Sami Abu Zuhri, quan chức cấp cao Hamas nói`: a name right before an apposition
    /// mention (a title or an unnamed source with no name of its own) joins it.
    private func joiningNameBeforeApposition(_ range: Range<Int>, tokens: [Token], index: ArticleIndex,
                                             parser: MentionParser) -> Range<Int> {
        let comma = range.lowerBound - 1
        // (Performance only: the look-ups at the mention's start first, the parse of its words last.)
        guard range.lowerBound >= 2, tokens[comma].kind == .punctuation, ArticleIndex.commaOrDash.contains(tokens[comma]),
              lexicon.title(in: tokens, at: range.lowerBound, limit: range.upperBound) != nil
                || lexicon.organization(in: tokens, at: range.lowerBound, limit: range.upperBound)?.entry.kind == .source,
              anaphor(tokens, range) == nil,
              !parser.hasName(tokens, range) || RolePossessor(lexicon: lexicon).namesOnlyPossessors(tokens, range, parser: parser)
        else { return range }
        var start = range.lowerBound - 2
        while start > 0, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized { start -= 1 }
        while start < comma, parser.nameRun(in: tokens, at: start, limit: comma) != comma - start {
            start += 1
        }
        guard start < comma, lexicon.actor(in: tokens, at: start, limit: comma) == nil,
              lexicon.organization(in: tokens, at: start, limit: comma) == nil,
              !(comma - start == 1 && index.isCommonWordOpening(tokens, at: start)) else { return range }
        return Range(from: start, to: range.upperBound)
    }

    /// `Sở Giáo dục và Đào tạo công bố`, `Công an TP.HCM yêu cầu`: a mention that starts inside
    /// a name (cut at the `và` of a body's name, or at the full stop of `TP.HCM`) starts where
    /// the name starts, and a body right before a body joins it (`Sở Giao thông vận tải
    /// TP.HCM`). A body that ends before the mention (`Bộ Y tế và Bộ Tài chính`) is no cut.
    private func joiningCutName(_ range: Range<Int>, tokens: [Token]) -> Range<Int> {
        let first = range.lowerBound
        guard first > 0, tokens[first].kind == .word, tokens[first].isCapitalized else { return range }
        var start = first
        if first >= 2, tokens[first - 1].kind == .punctuation, tokens[first - 1].key == ".", !tokens[first - 1].spaceBefore,
           !tokens[first].spaceBefore, tokens[first - 2].kind == .word, tokens[first - 2].isAllCaps,
           tokens[first - 2].key.unicodeScalars.count > 1, lexicon.actor(in: tokens, at: first, limit: range.upperBound) == nil {
            start = first - 2
        }
        let startsBody = lexicon.organization(in: tokens, at: start, limit: range.upperBound)?.entry.kind == .organization
        for candidate in Range(from: max(0, start - SpeakerLimits.bodyNameWords), to: start)
        where tokens[candidate].kind == .word && tokens[candidate].isCapitalized {
            if let body = lexicon.organization(in: tokens, at: candidate, limit: range.upperBound),
               body.entry.kind == .organization || body.entry.kind == .media,
               candidate + body.length > first || (candidate + body.length == start && startsBody) {
                return Range(from: candidate, to: range.upperBound)
            }
        }
        return Range(from: start, to: range.upperBound)
    }

    /// `một nhà ngoại giao Ả Rập`: a quantifier left out of a source mention belongs to it.
    private func joiningQuantifier(_ range: Range<Int>, tokens: [Token]) -> Range<Int> {
        guard lexicon.organization(in: tokens, at: range.lowerBound, limit: range.upperBound)?.entry.kind == .source else { return range }
        for start in Range(from: max(0, range.lowerBound - SpeakerLimits.quantifierWords), to: range.lowerBound)
        where words.match(.quantifier, in: tokens, at: start, limit: range.lowerBound) == range.lowerBound - start {
            return Range(from: start, to: range.upperBound)
        }
        return range
    }

    /// Whether the words name a speaker (a side, organisation, source, title or a name that
    /// is not a common word opening the sentence): a cue after them ends the mention.
    func names(_ tokens: [Token], _ range: Range<Int>, index: ArticleIndex, parser: MentionParser) -> Bool {
        let parsed = parser.parse(tokens, range: range)
        if !parsed.sides.isEmpty || !parsed.organizations.isEmpty || !parsed.titles.isEmpty { return true }
        return parsed.names.contains { $0.count > 1 || !index.isCommonWordOpening(tokens, at: $0.lowerBound) }
    }
}
