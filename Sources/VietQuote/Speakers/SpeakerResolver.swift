/// The Speakers stage: turns each quote's mention into a speaker with a canonical name,
/// title, kind and side. Each quote's `explanation.speakerRule` names the rules that chose
/// (`SpeakerRule`, rendered by `SpeakerTrace`).
///
/// A mention is first trimmed (`Mentions/MentionTrimming.swift`: a relay word hands it to the
/// one after, a cue inside it ends it, a name right before an apposition joins it), parsed
/// into its parts (`Mentions/MentionParser.swift`, titles by `Titles/`; a statement that names
/// its issuer after it is read from the issuer on: `Mentions/IssuerAfterStatement.swift`), then read by the
/// rules of `sieves` in order; the first that decides chooses the speaker:
/// 0. `KinPossessorRule`: a family tie before a person (`Mẹ của Ronaldo`) → the relative, a source;
/// `AgentOfOwnerRule`: an agent before the one it speaks for (`đại diện Châu Bùi`) → the agent, a source;
/// `MemberOfNamedRule`: people before the one they belong to (`fan của Wanbi Tuấn Anh`) → them, a source;
/// 1. `PronounRule`: a pronoun or anaphor → the nearest compatible speaker;
/// 1a. `DescribedAnaphorRule`: a noun + demonstrative (`Sở này`, `Nhà phân tích này`) → the one
/// named before with that noun; 1b. `RelativeApposition`: `X, người …` → X;
/// 2. `SeveralNamesRule`: several names joined (`A và B`) → one speaker named as written;
/// 3. `NameRule`: a name → a person with the article's fullest name and title, and a side;
/// 4. `LeaderRule`: `nhà lãnh đạo Nga` → the article's person who holds Russia's own office;
/// 5. `BodyRule`, 6. `MediaRule`, 7. `UnnamedSourceRule`, 8. `StatementRule` (→ its issuer);
/// 9. `QuantifiedRoleRule`: `các bộ trưởng …` → an unnamed group;
/// 10. `RoleRule`: a title without a name → the article's person of that title, or the role;
/// 11. `QualifiedSideRule`: a country after the nouns opening the mention (`Các nhà lập pháp Hàn
/// Quốc`) → an unnamed source of that side;
/// 12. `SideRule`: a side or several sides (`Washington` → `Mỹ`, `Mỹ và Cuba`);
/// 13. `EpithetRule`: a description of one person (`Nữ diễn viên`) → the nearest person before;
/// 14. `LastResortRule`: the mention as written.
/// Then `Sides/SeveralSides.swift` gives a speaker of several sides each of them, and
/// `BodySideCompletion` the side of a bare body. A quote with no mention: `FloatingRule`.
/// (A final class of constants, performance only: each mention's `MentionContext` holds the
/// resolver, and a struct copied and destroyed its lexicons' storage, field by field.)
final class SpeakerResolver: Sendable {
    let words: FunctionWords
    let lexicon: SpeakerLexicon
    let parser: MentionParser
    /// The lexicon's (the pipeline's one) cue lexicon, held here as `words` is.
    let cues: CueLexicon

    /// The mention rules, in the order they are tried.
    let sieves: [any SpeakerSieve] = [
        KinPossessorRule(), AgentOfOwnerRule(), MemberOfNamedRule(), PronounRule(), DescribedAnaphorRule(), RelativeApposition(), SeveralNamesRule(), MediumNameWord(), NameRule(), LeaderRule(), BodyRule(), MediaRule(), UnnamedSourceRule(), StatementRule(),
        QuantifiedRoleRule(), RoleRule(), QualifiedSideRule(), SideRule(), EpithetRule(), WomanEpithetRule(), LastResortRule(),
    ]

    init(lexicon: SpeakerLexicon) {
        self.words = lexicon.words
        self.cues = lexicon.cues
        self.lexicon = lexicon
        parser = MentionParser(lexicon: lexicon)
    }

    func resolve(_ found: [FoundQuote], in paragraphs: [ParagraphContext], source: SourceText) -> [Quote] {
        guard !found.isEmpty else { return [] }   // no quote: no article index to build
        var quotes: [Quote] = []
        quotes.reserveCapacity(found.count)   // one quote per found quote (performance only: no regrowth)
        var previous: Speaker?
        // One context for the article's mentions in turn: it holds the speakers and bodies read so far.
        var context = MentionContext(resolver: self, paragraphs: paragraphs, source: source,
                                     index: ArticleIndex(paragraphs: paragraphs, source: source, resolver: self))
        for item in found {
            let tokens = paragraphs[item.content.paragraph].tokens
            // A quote over several paragraphs ends in its last one (`FoundQuote.continuation`).
            let last = item.continuation.map { (paragraphs[$0.paragraph].tokens, $0.range) } ?? (tokens, item.content.range)
            let range = Range(from: tokens[item.content.range.lowerBound].start, to: last.0[last.1.upperBound - 1].end)
            let original = source.originalRange(range)
            let decision: SpeakerDecision
            if let mention = item.mention {
                decision = resolveMention(mention, rule: item.rule, context: &context)
            } else {
                decision = FloatingRule().decide(previous: previous)
            }
            previous = decision.speaker
            context.record(decision.speaker)
            let cue = item.cue.map { span in
                let cueTokens = paragraphs[span.paragraph].tokens
                return source.string(Range(from: cueTokens[span.range.lowerBound].start, to: cueTokens[span.range.upperBound - 1].end))
            }
            quotes.append(Quote(
                content: source.string(range), start: original.lowerBound, end: original.upperBound,
                type: item.type, cue: cue, speaker: decision.speaker,
                explanation: Explanation(quoteRule: item.rule, cueEntry: item.cueEntry?.origin,
                                         speakerRule: decision.trace.rendered,
                                         titleRule: decision.speaker.title == nil ? nil : decision.speaker.titleTrace?.rendered,
                                         refinements: item.distinctRefinements,
                                         speakerTrace: decision.trace)
            ))
        }
        // A title found once belongs to the person's other quotes (Coreference/QuotedTitleCarry.swift).
        QuotedTitleCarry().carry(&quotes)
        return quotes
    }

    /// The speaker of one mention, read in the article's `context`: the first rule of `sieves`
    /// that decides, then the sides of a speaker of several sides and of a bare body.
    /// `rule` is the quote rule that found the mention (nil for a cause read as a mention).
    func resolveMention(_ span: TokenSpan, rule: QuoteRule? = nil, context mention: inout MentionContext) -> SpeakerDecision {
        let tokens = mention.paragraphs[span.paragraph].tokens
        // (Performance only: `ResidenceMention` parses the words parsed below, most often.)
        let parser = self.parser.memoised(in: mention.parseMemo)
        // `[Công an yêu cầu …](…)`: a link's opening bracket is no part of the mention (`LinkTextBracket`).
        let linkStart = LinkTextBracket.start(of: span.range, in: tokens)
        let written = linkStart.map { Range(from: $0, to: span.range.upperBound) } ?? span.range
        let bracketed = BracketedMention.before(written, in: tokens, parser: parser)
        let residence = bracketed == nil ? ResidenceMention.before(written, in: tokens, parser: parser) : nil
        var (range, cause) = trimmed(bracketed ?? residence?.range ?? written, tokens: tokens, index: mention.index, parser: parser)
        // `Công ty 545 liên tục đề nghị`: the speaker ends before its predicate's auxiliary (`AuxiliaryEndsMention`).
        let auxiliary = AuxiliaryEndsMention(words: words).end(of: range, in: tokens, rule: rule)
        if let auxiliary { range = Range(from: range.lowerBound, to: auxiliary) }
        if let cause { recordCause(TokenSpan(paragraph: span.paragraph, range: cause), context: &mention) }
        var parsed = parsedWithoutCommonWords(tokens, range, index: mention.index, source: mention.source, parser: parser)
        // A title with no name but its body's places, the last of an apposition chain after a person (`AppositionChain`).
        // Or a title and its body's name (`CEO Unimedia`: `BodyOfApposedTitle`), whose name is then no person.
        if parsed.titles.first?.range.lowerBound == range.lowerBound {
            let named = !parsed.names.isEmpty
            let ofPlaces = named && AppositionChain.placesOfTitle(parsed, tokens, parser: parser)
            let bodies = named && !ofPlaces ? BodyOfApposedTitle.namesBodies(parsed, tokens, parser: parser, index: mention.index) : nil
            if !named || ofPlaces || bodies != nil,
               let start = AppositionChain.personStart(before: range.lowerBound, in: tokens, parser: parser) {
                let mentionStart = range.lowerBound
                range = Range(from: start, to: range.upperBound)
                parsed = parsedWithoutCommonWords(tokens, range, index: mention.index, source: mention.source, parser: parser)
                AppositionChain.joiningTitles(&parsed, mentionStart: mentionStart, in: tokens)
                parsed.record(.appositionChain)
                if let bodies {
                    BodyOfApposedTitle.endTitleAtBodies(&parsed, mentionStart: mentionStart, readings: bodies, in: tokens,
                                                         lexicon: parser.lexicon)
                } else if named { parsed.record(.placesOfTitle) }
            }
        }
        // `thông báo của Fed`: the issuer the mention names after its statement (`IssuerAfterStatement`).
        if let issuer = IssuerAfterStatement(lexicon: lexicon).start(of: parsed, in: tokens, parser: parser) {
            range = Range(from: issuer, to: range.upperBound)
            parsed = parsedWithoutCommonWords(tokens, range, index: mention.index, source: mention.source, parser: parser)
            parsed.record(.issuerAfterStatement)
        }
        // `founder Kalotoys` beside `startup Kalotoys`: the brand is the title's body (`BrandAfterTitle`).
        BrandAfterTitle(lexicon: lexicon).apply(to: &parsed, tokens, source: mention.source, paragraphs: mention.paragraphs,
                                                bodies: &mention.bodies)
        if cause != nil { parsed.record(.afterCausative) }
        if linkStart != nil { parsed.record(.afterLinkBracket) }
        if auxiliary != nil { parsed.record(.beforePredicateAuxiliary) }
        if bracketed != nil { parsed.record(.beforeBracket) }
        if let residence { parsed.record(residence.rule) }
        let text = ArticleIndex.text(tokens, range, mention.source)
        mention.read(span, tokens: tokens, range: range, parsed: consume parsed, text: text)
        var decision: SpeakerDecision!
        for sieve in sieves {
            if let decided = sieve.decide(&mention) {
                decision = decided
                break
            }
        }
        // The parse's readings that changed a name or a side of this mention.
        for rule in mention.parsed.rules where !decision.trace.rules.contains(rule) { decision.trace.append(rule) }
        // (The sides, titles and bodies of the parse: `parsedWithoutCommonWords` changes only names.)
        // (Performance only: `giveSeveralSides`' own first test, asked before the parse is copied
        // into its argument, which a speaker with a side or a medium never reads.)
        if decision.speaker.affiliation == nil, decision.speaker.kind != .media {
            giveSeveralSides(&decision.speaker, mention: span, paragraphs: mention.paragraphs,
                             parsed: range == span.range ? mention.parsed : nil)
        }
        BodySideCompletion().complete(&decision, mention: span, resolver: self, paragraphs: mention.paragraphs, source: mention.source,
                                      bodies: &mention.bodies)
        return decision
    }

    /// A person the cause before a causative names (`Những màn bóng gió của BB Trần khiến cả
    /// hai vợ chồng … phải thốt lên`: `CausativeMention`) joins the history before the mention's own speaker: no quote of
    /// its own, but the antecedent of the pronouns after it. (The cause is read as a mention:
    /// it holds no causative, so this recursion ends.)
    /// Its one effect on `mention` is that history entry (review9 m5): the words it sets with
    /// `read` are the mention's own again once `resolveMention` reads them, and what its rules
    /// learnt of the article's bodies (`bodies`: `BodySideCompletion`, `NameRule`'s introduced
    /// side) is dropped, as a cause is no quote. (`BodySides` is a memo of the article, so
    /// keeping it changed no output either: dev and silver byte-identical both ways.)
    private func recordCause(_ cause: TokenSpan, context mention: inout MentionContext) {
        let bodies = mention.bodies
        let decision = resolveMention(cause, context: &mention)
        mention.bodies = bodies
        if CausativeMention.namesPerson(decision) { mention.record(decision.speaker) }
    }

    /// The parts of the mention, without a capitalised common word opening the sentence
    /// (`Trong`, `Theo`) as a name, nor a syllable cut from a word (`isWordSyllable`), nor
    /// a modifier of a common noun (`isModifier`), nor a place after its head (`PlaceName`).
    /// A name run holding a word glued to a caption (`GluedCaption`) starts after it.
    private func parsedWithoutCommonWords(_ tokens: [Token], _ range: Range<Int>, index: ArticleIndex,
                                          source: SourceText, parser: MentionParser) -> ParsedMention {
        var parsed = parser.parse(tokens, range: range)
        // (Performance only: each list of names is rebuilt only when a name changes; most stay.)
        if parsed.names.contains(where: { GluedCaption.nameStart(tokens, $0, source: source, lexicon: parser.lexicon) != $0.lowerBound }) {
            parsed.names = parsed.names.compactMap { name in
                let start = GluedCaption.nameStart(tokens, name, source: source, lexicon: parser.lexicon)
                guard start != name.lowerBound else { return name }
                parsed.record(.gluedCaption)
                return start < name.upperBound ? Range(from: start, to: name.upperBound) : nil
            }
        }
        // A common word opening the sentence that names someone all the same (`Thành chia sẻ`,
        // `SOOBIN cho biết`, `Phantom thông báo`): kept, by the rule that says so.
        var kept: [Int: SpeakerRule] = [:]
        if parsed.names.count == 1, let name = parsed.names.first, name.count == 1, index.isCommonWordOpening(tokens, at: name.lowerBound),
           let rule = openingName(tokens, name, index: index) {
            kept[name.lowerBound] = rule
        }
        // `Mỹ Linh nói` beside `chị Mỹ Linh`: a given name's first syllable (HonouredOpeningWord.swift).
        for name in parsed.names where index.isCommonWordOpening(tokens, at: name.lowerBound) && HonouredOpeningWord.keeps(tokens, name, index: index) {
            kept[name.lowerBound] = .honouredOpeningWord
        }
        if !kept.isEmpty || parsed.names.contains(where: { index.isCommonWordOpening(tokens, at: $0.lowerBound) }) {
            parsed.names = parsed.names.compactMap { name in
                if let rule = kept[name.lowerBound] {
                    parsed.record(rule)
                    return name
                }
                // `Người Việt Nam còn gọi`, `Tuyển Việt Nam cho rằng`: the rest is a side the word qualifies (PeopleOfSide.swift).
                if index.isCommonWordOpening(tokens, at: name.lowerBound),
                   let side = PeopleOfSide.side(after: name, in: tokens, lexicon: lexicon) {
                    parsed.sides.append(.init(range: name.lowerBound + 1..<name.upperBound, entry: side.entry))
                    parsed.record(.peopleOfSide)
                    return nil
                }
                return index.isCommonWordOpening(tokens, at: name.lowerBound)
                    ? (name.count > 1 ? Range(from: name.lowerBound + 1, to: name.upperBound) : nil) : name
            }
        }
        let given = OpeningGivenName(lexicon: lexicon)   // `Diệp nghẹn ngào`: a given name, no word's syllable
        let honoured = GivenNameAfterHonorific(lexicon: lexicon)   // `ông An đồng ý`: likewise
        // (One pass: the second test reads none of what the first records.)
        parsed.names = parsed.names.filter { name in
            if kept[name.lowerBound] == nil, parser.isWordSyllable(tokens, name, limit: range.upperBound) {
                if honoured.isName(tokens, name) {
                    parsed.record(.givenNameAfterHonorific)
                } else {
                    guard given.isName(tokens, name, index: index) else { return false }
                    parsed.record(.openingGivenName)
                }
            }
            return !isModifier(tokens, name, in: parsed, index: index) && !isNumberedItem(tokens, name)
        }
        // `Công an tỉnh Đồng Nai`: a place after its head is no person (`PlaceName`).
        let places = PlaceName(lexicon: lexicon)
        parsed.names = parsed.names.filter { name in
            guard places.isPlace(tokens, name, in: parsed, index: index) else { return true }
            parsed.record(.placeNameNoPerson)
            if PlaceHeadAbbreviation.follows(tokens, at: name.lowerBound, lexicon: lexicon) { parsed.record(.placeHeadAbbreviation) }
            return false
        }
        parsed.organizations = parsed.organizations.filter { organization in
            guard places.isPlaceAfterWords(tokens, organization, in: parsed) else { return true }
            parsed.record(.placeBodyAfterWords)
            return false
        }
        OfficialAfterPlaceHead(lexicon: lexicon).apply(to: &parsed, tokens, index: index)
        PlaceBeforePersonalName(lexicon: lexicon).apply(to: &parsed, tokens, index: index)   // `Thống đốc Florida Ron DeSantis`
        BodyNameAfterTitle().apply(to: &parsed, tokens, index: index)
        RolePossessor(lexicon: lexicon).apply(to: &parsed, tokens)   // `HLV X của U23 Thái Lan`: X, not the team
        return parsed
    }

    /// The rule that takes the mention's one name, one word opening the sentence and a common
    /// word, for a name all the same: in capitals (`CapitalsName`), the last of a person's name
    /// written before (`GivenNameOfNamedPerson`), or in lower case only in links
    /// (`LinkOnlyLowercase`). None when the word starts a word with the next one (a pair of
    /// `common_words.tsv` or `body_words.tsv`: `Xin lỗi`), a body's head (`Công an`, `Tổ chức`,
    /// `Trung tâm`) or a title (`Hoàng đế`): silver had `Công an Hà Nội` → `Phan Thành Công`.
    private func openingName(_ tokens: [Token], _ name: Range<Int>, index: ArticleIndex) -> SpeakerRule? {
        let pair = name.lowerBound..<min(tokens.count, name.upperBound + 1)
        guard lexicon.commonWords.value(in: tokens, range: pair) == nil, lexicon.bodyWords.value(in: tokens, range: pair) == nil,
              lexicon.bodyHeads.longestMatch(in: tokens, at: name.lowerBound, limit: tokens.count) == nil,
              lexicon.title(in: tokens, at: name.lowerBound, limit: tokens.count) == nil else { return nil }
        if CapitalsName(lexicon: lexicon).isName(tokens, name) { return .capitalsName }
        guard let rule = GivenNameOfNamedPerson(lexicon: lexicon).rule(tokens, name, index: index)
                ?? (LinkOnlyLowercase(lexicon: lexicon).isName(tokens, name, index: index) ? .lowercaseOnlyInLinks : nil)
        else { return nil }
        // `Thông tin ban đầu cho biết` after `Nguyễn Văn Thông`: a word of two syllables first.
        // (Asked last: it reads the article, or from the article's third question on a table made
        // once, `ArticleIndex.writesLowercaseOutsideLinks`; most articles ask none.)
        if GivenNameOfNamedPerson.startsLowercaseWord(tokens, name, index: index) { return nil }
        return rule
    }

    /// Whether a one-word name is a common word before a number: a numbered item (`Điều 104`
    /// of a law, `Khoản 8`), never a person.
    private func isNumberedItem(_ tokens: [Token], _ name: Range<Int>) -> Bool {
        name.count == 1 && tokens[ifPresent: name.upperBound]?.kind == .number && lexicon.isCommonWord(tokens, at: name.lowerBound)
    }

    /// Whether a one-word name is no person but a modifier of the common noun before it:
    /// a nationality, language or region (`khán giả Việt`, `tiếng Thái`, `miền Trung`,
    /// `người Việt`, `siêu máy tính Opta`): a word after a lower-case word that is no function
    /// word (`người` of a nationality aside; `tuyên bố từ UEFA` keeps UEFA). It is a
    /// name when a pronoun, title or body stands right before it (`cô Lý`, `HLV Park`), or
    /// the article writes it as a person: in a fuller name (`Nguyễn Văn Hùng` for `Hùng`),
    /// with a title, or after an honorific.
    private func isModifier(_ tokens: [Token], _ name: Range<Int>, in parsed: ParsedMention, index: ArticleIndex) -> Bool {
        guard name.count == 1, name.lowerBound > parsed.range.lowerBound else { return false }
        let before = name.lowerBound - 1
        guard tokens[before].kind == .word, !tokens[before].isCapitalized,
              words.trie.value(in: tokens, range: before..<before + 1).map({ $0.contains(.demonym) || $0.contains(.countryModifier) }) ?? true,
              lexicon.pronouns.value(in: tokens, range: before..<before + 1) == nil,
              !parsed.titles.contains(where: { $0.range.upperBound == name.lowerBound }),
              !parsed.organizations.contains(where: { $0.range.upperBound == name.lowerBound }) else { return false }
        let keys = [tokens[name.lowerBound].key]
        return (index.fullest(keys)?.keys.count ?? 1) == 1 && index.title(of: keys) == nil
            && !index.writesAfterHonorific(tokens[name.lowerBound])
    }
}
