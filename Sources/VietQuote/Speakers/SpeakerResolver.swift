/// The Speakers stage: turns each quote's mention into a speaker with a canonical name,
/// title, kind and side, resolving pronouns to the nearest compatible speaker before.
///
/// The rules, in order (each quote's `explanation.speakerRule` names the one that chose):
/// 1. the mention is trimmed: a relay word (`dẫn`) hands it to the one after, a cue inside
///    it ends it, and a name right before an apposition mention joins it;
/// 2. a pronoun or anaphor (`ông`, `nước này`, `Bộ này`) → the nearest compatible speaker;
/// 3. several names joined (`A và B`) → one speaker named as written;
/// 4. a name → a person with the fullest name and title of the article (`Coreference.swift`),
///    its side from the title, else from the article's first side;
/// 5. an organisation, medium, unnamed source, or statement (→ its issuer named before);
/// 6. a role without a name → the article's person of that role, or the role itself;
/// 7. a side or several sides (`Washington` → `Mỹ`, `Mỹ và Cuba`).
struct SpeakerResolver: Sendable {
    let words: FunctionWords
    let lexicon: SpeakerLexicon
    let parser: MentionParser
    let cues: CueLexicon

    init(lexicon: SpeakerLexicon, cues: CueLexicon) {
        self.words = lexicon.words
        self.cues = cues
        self.lexicon = lexicon
        parser = MentionParser(lexicon: lexicon)
    }

    func resolve(_ found: [FoundQuote], in paragraphs: [ParagraphContext], source: SourceText) -> [Quote] {
        guard !found.isEmpty else { return [] }   // no quote: no article index to build
        let index = ArticleIndex(paragraphs: paragraphs, source: source, parser: parser)
        var quotes: [Quote] = []
        var history = SpeakerHistory()
        var previous: Speaker?
        var bodies = BodySides()
        for item in found {
            let paragraph = paragraphs[item.content.paragraph]
            let tokens = paragraph.tokens
            let range = tokens[item.content.range.lowerBound].start..<tokens[item.content.range.upperBound - 1].end
            let original = source.originalRange(range)
            var speaker: Speaker
            var speakerRule: String
            if let mention = item.mention {
                (speaker, speakerRule) = resolveMention(mention, paragraphs: paragraphs, source: source, index: index,
                                                        history: history, bodies: &bodies)
                completeSide(&speaker, rule: &speakerRule, mention: mention, paragraphs: paragraphs, source: source, bodies: &bodies)
            } else if let earlier = previous {
                speaker = earlier
                speakerRule = "floating: previous speaker"
            } else {
                speaker = Speaker(name: "", mention: "", kind: .source)
                speakerRule = "none"
            }
            previous = speaker
            history.add(speaker)
            var cue: String?
            if let span = item.cue {
                let cueTokens = paragraphs[span.paragraph].tokens
                cue = source.string(cueTokens[span.range.lowerBound].start..<cueTokens[span.range.upperBound - 1].end)
            }
            quotes.append(Quote(
                content: source.string(range), start: original.lowerBound, end: original.upperBound,
                type: item.type, cue: cue, speaker: speaker,
                explanation: Explanation(quoteRule: item.rule, cueEntry: item.cueEntry?.origin, speakerRule: speakerRule)
            ))
        }
        return quotes
    }

    /// The organisation or side named nearest before `mention` (this paragraph and the two
    /// before it): the issuer of a statement that stands for it (`tuyên bố cho biết`).
    func nearestIssuer(before mention: TokenSpan, paragraphs: [ParagraphContext], source: SourceText) -> Speaker? {
        for paragraphIndex in stride(from: mention.paragraph, through: max(0, mention.paragraph - 2), by: -1) {
            let tokens = paragraphs[paragraphIndex].tokens
            let bound = paragraphIndex == mention.paragraph ? mention.range.lowerBound : tokens.count
            var position = bound - 1
            while position >= 0 {
                if let org = lexicon.organization(in: tokens, at: position, limit: bound), org.entry.kind == .organization {
                    var end = position + org.length
                    var affiliation = org.entry.affiliation
                    if let next = lexicon.actor(in: tokens, at: end, limit: bound) {
                        end += next.length
                        affiliation = affiliation ?? next.entry.side
                    }
                    let name = ArticleIndex.text(tokens, position..<end, source)
                    return Speaker(name: name, mention: name, kind: .organization, affiliation: affiliation)
                }
                if let side = lexicon.actor(in: tokens, at: position, limit: bound),
                   position == 0 || lexicon.words.match(.sidePrefix, in: tokens, at: position - 1, limit: bound) == nil {
                    // The country of an organisation head (`Bộ Ngoại giao Trung Quốc`): the organisation.
                    if let head = (max(0, position - 5)..<position).first(where: { start in
                        lexicon.organization(in: tokens, at: start, limit: position).map {
                            $0.entry.kind == .organization && start + $0.length == position
                        } == true
                    }) {
                        position = head
                        continue
                    }
                    let kind: SpeakerKind = side.entry.kind == "bloc" || side.entry.kind == "group" ? .organization : .country
                    return Speaker(name: side.entry.side, mention: side.entry.side, kind: kind, affiliation: side.entry.side)
                }
                position -= 1
            }
        }
        return nil
    }

    /// Whether the words name a speaker (a side, organisation, source, title or a name that
    /// is not a common word opening the sentence): a cue after them ends the mention.
    func names(_ tokens: [Token], _ range: Range<Int>, index: ArticleIndex) -> Bool {
        let parsed = parser.parse(tokens, range: range)
        if !parsed.sides.isEmpty || !parsed.organizations.isEmpty || !parsed.titles.isEmpty { return true }
        return parsed.names.contains { $0.count > 1 || !index.isCommonWordOpening(tokens, at: $0.lowerBound) }
    }

    /// Whether title words name an organisation (`người phát ngôn của ICC`): a title of a body
    /// with no side of its own gives no side from the context either.
    func namesBody(_ keys: [String]) -> Bool {
        for start in keys.indices {
            for end in (start + 1)...min(keys.count, start + 6) {
                if let entry = lexicon.organizations.value(for: Array(keys[start..<end])), entry.kind == .organization { return true }
                if let side = lexicon.actors.value(for: Array(keys[start..<end])), side.kind == "bloc" { return true }
            }
        }
        return false
    }

    /// The anaphor target of a mention made only of a pronoun or honorific, or nil.
    func anaphor(_ tokens: [Token], _ range: Range<Int>) -> AnaphorTarget? {
        let start = range.lowerBound, count = range.count
        let classes: [(WordClass, AnaphorTarget)] = [
            (.anaphorPerson, .person), (.anaphorCountry, .country),
            (.anaphorOrganization, .organization), (.anaphorSource, .source),
            (.honorific, .person), (.pronoun, .any), (.firstPerson, .any),
        ]
        for (wordClass, target) in classes where words.match(wordClass, in: tokens, at: start, limit: range.upperBound) == count {
            return target
        }
        // An anaphor with a place name inside (`quốc gia Trung Đông này` for `quốc gia này`).
        let inner = range.dropFirst().filter { tokens[$0].kind == .word && tokens[$0].isCapitalized }
        guard !inner.isEmpty, inner.count < count - 1, !tokens[range.upperBound - 1].isCapitalized else { return nil }
        let keys = range.filter { !inner.contains($0) }.map { tokens[$0].key }
        guard let found = words.trie.value(for: keys) else { return nil }
        for (wordClass, target) in classes.prefix(4) where found.contains(wordClass) { return target }
        return nil
    }

    func resolveMention(_ mention: TokenSpan, paragraphs: [ParagraphContext], source: SourceText,
                        index: ArticleIndex, history: SpeakerHistory, bodies: inout BodySides) -> (Speaker, String) {
        var (speaker, rule) = resolveMentionParts(mention, paragraphs: paragraphs, source: source, index: index,
                                                  history: history, bodies: &bodies)
        // Several sides in one mention (`Mỹ và Cuba`, `các quan chức Israel, Hamas và …`): the
        // speaker speaks for none alone, but each side speaks in the article.
        if speaker.affiliation == nil, speaker.kind != .media {
            let parsed = parser.parse(paragraphs[mention.paragraph].tokens, range: mention.range)
            var sides: [String] = []
            for side in parsed.sides.map(\.entry.side) + parsed.titles.compactMap(\.affiliation)
                + parsed.organizations.compactMap(\.affiliation) where !sides.contains(side) {
                sides.append(side)
            }
            if sides.count >= 2 { speaker.sides = sides }
        }
        return (speaker, rule)
    }

    private func resolveMentionParts(_ mention: TokenSpan, paragraphs: [ParagraphContext], source: SourceText,
                                     index: ArticleIndex, history: SpeakerHistory, bodies: inout BodySides) -> (Speaker, String) {
        let tokens = paragraphs[mention.paragraph].tokens
        var range = mention.range
        while range.count > 1, tokens[range.upperBound - 1].kind != .word, tokens[range.upperBound - 1].kind != .number {
            range = range.lowerBound..<range.upperBound - 1
        }
        // A cue inside the mention ends it (`các quan chức … cho biết nguồn gốc …`); after a
        // medium's cue (`báo X dẫn nguồn tin …`) the one quoted is the speaker.
        var position = range.lowerBound + 1
        while position < range.upperBound {
            if let relay = words.match(.relay, in: tokens, at: position, limit: range.upperBound),
               position + relay < range.upperBound {
                range = position + relay..<range.upperBound
                position = range.lowerBound + 1
                continue
            }
            if let cue = cues.match(in: tokens, at: position, limit: range.upperBound), cue.entry.category != .blocker {
                if cue.entry.category == .medium, position + cue.length < range.upperBound {
                    range = position + cue.length..<range.upperBound
                    position = range.lowerBound + 1
                    continue
                }
                if cue.entry.category != .medium, cue.entry.category != .source,
                   names(tokens, range.lowerBound..<position, index: index) {
                    range = range.lowerBound..<position
                    break
                }
            }
            position += 1
        }
        while range.count > 1, tokens[range.upperBound - 1].kind != .word, tokens[range.upperBound - 1].kind != .number {
            range = range.lowerBound..<range.upperBound - 1
        }
        // `Sami Abu Zuhri, quan chức cấp cao Hamas nói`: a name right before an apposition mention.
        if range.lowerBound >= 2, tokens[range.lowerBound - 1].kind == .punctuation,
           Marks.commaOrDash.contains(tokens[range.lowerBound - 1].key),
           !parser.hasName(tokens, range), anaphor(tokens, range) == nil,
           lexicon.title(in: tokens, at: range.lowerBound, limit: range.upperBound) != nil
            || lexicon.organization(in: tokens, at: range.lowerBound, limit: range.upperBound)?.entry.kind == .source {
            var start = range.lowerBound - 2
            while start > 0, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized { start -= 1 }
            while start < range.lowerBound - 1, parser.nameRun(in: tokens, at: start, limit: range.lowerBound - 1) != range.lowerBound - 1 - start {
                start += 1
            }
            if start < range.lowerBound - 1, lexicon.actor(in: tokens, at: start, limit: range.lowerBound - 1) == nil,
               lexicon.organization(in: tokens, at: start, limit: range.lowerBound - 1) == nil,
               !(range.lowerBound - 1 - start == 1 && index.isCommonWordOpening(tokens, at: start)) {
                range = start..<range.upperBound
            }
        }
        // `một nhà ngoại giao Ả Rập`: a quantifier left out of a source mention belongs to it.
        if lexicon.organization(in: tokens, at: range.lowerBound, limit: range.upperBound)?.entry.kind == .source {
            for start in max(0, range.lowerBound - 2)..<range.lowerBound
            where words.match(.quantifier, in: tokens, at: start, limit: range.lowerBound) == range.lowerBound - start {
                range = start..<range.upperBound
                break
            }
        }
        func text(_ r: Range<Int>) -> String { ArticleIndex.text(tokens, r, source) }
        let mentionText = text(range)

        if let target = anaphor(tokens, range) {
            if var earlier = history.nearest(target) {
                earlier.mention = mentionText
                return (earlier, "pronoun: nearest compatible speaker before")
            }
            return (Speaker(name: mentionText, mention: mentionText, kind: target == .country ? .country : .person),
                    "pronoun: no earlier speaker")
        }

        var parsed = parser.parse(tokens, range: range)
        // A capitalised common word opening the sentence (`Trong`, `Theo`) is not a name.
        parsed.names = parsed.names.compactMap { name in
            index.isCommonWordOpening(tokens, at: name.lowerBound) ? (name.count > 1 ? name.lowerBound + 1..<name.upperBound : nil) : name
        }

        // Several people of one cue: one speaker named as written.
        if parsed.coordinated, parsed.names.count >= 2, parsed.unknownWords == 0, parsed.sides.isEmpty || !parsed.titles.isEmpty,
           (parsed.names[0].upperBound..<parsed.names[1].lowerBound).contains(where: {
               words.isWord(tokens, at: $0, .coordinator) || tokens[$0].key == ","
           }) {
            let names = parsed.names.map { index.fullest(tokens[$0].map(\.key))?.text ?? text($0) }
            let last = parsed.names.count - 1
            // The word that joins the last two names (`và`), as written; commas before it.
            let link = (parsed.names[last - 1].upperBound..<parsed.names[last].lowerBound).last {
                words.isWord(tokens, at: $0, .coordinator)
            }.map { text($0..<$0 + 1) }
            let name = link.map { names.dropLast().joined(separator: ", ") + " " + $0 + " " + names[last] }
                ?? names.joined(separator: ", ")
            let affiliations = Set(parsed.titles.map(\.affiliation))
            return (Speaker(name: name, mention: mentionText, kind: .person,
                            affiliation: affiliations.count == 1 && parsed.titles.count == parsed.names.count ? affiliations.first! : nil),
                    "names: several speakers of one cue")
        }

        // A person named in the mention: its longest name (the first of equal ones, the subject).
        // In an apposition (`Name, nhà phân tích … tại X,`) the head before the first comma names
        // the speaker; names inside the apposition are places and bodies.
        let firstComma = parsed.range.first { tokens[$0].kind == .punctuation && tokens[$0].key == "," }
        let headNames = firstComma.map { comma in parsed.names.filter { $0.upperBound <= comma } } ?? []
        // An organisation as the head (`CPI, đóng trụ sở tại La Haye, Hà Lan,`): no name speaks.
        let organizationHead = firstComma.map { comma in
            headNames.isEmpty && parsed.organizations.contains { $0.entry.kind == .organization && $0.range.upperBound <= comma }
        } ?? false
        let candidates = organizationHead ? [] : headNames.isEmpty ? parsed.names : headNames
        let longestName = candidates.max { $0.count < $1.count }
        if let nameRange = longestName {
            let keys = tokens[nameRange].map(\.key)
            let mediaHead = parsed.organizations.first { $0.entry.kind == .media && $0.name == nil && $0.range.upperBound == nameRange.lowerBound }
            if parsed.titles.isEmpty, mediaHead != nil {
                return (Speaker(name: text(nameRange), mention: mentionText, kind: .media), "mention: media name")
            }
            var name = text(nameRange)
            var rule = "mention: name"
            var canonical = keys
            if let full = index.fullest(keys) {
                if full.keys.count > keys.count { rule = "mention+coreference: fullest name" }
                name = full.text
                canonical = full.keys
            }
            var title = parsed.titles.first.map { (text: text($0.range), keys: tokens[$0.range].map(\.key), kind: $0.kind, affiliation: $0.affiliation) }
            if let known = index.title(of: canonical), title == nil || known.keys.count > title!.keys.count {
                title = (known.text, known.keys, known.kind, known.affiliation)
            }
            var rule2 = ""
            if let bare = title, bare.affiliation == nil, bare.kind == .office, let sided = index.sidedTitle(bare.keys) {
                title = (sided.text, MatchKey.words(sided.text), bare.kind, sided.side)
                rule2 = "; title side from the article"
            }
            rule += rule2
            var affiliation = title?.affiliation
            if title?.kind == .expert { affiliation = nil }
            else if affiliation == nil, !(title.map { namesBody($0.keys) } ?? false), let side = index.contextSide {
                if let body = introducedSide(ofPerson: name, paragraphs: paragraphs, bodies: &bodies) {
                    affiliation = body
                    rule += "; side of the body named where the person is introduced"
                } else {
                    affiliation = side
                    rule += "; side from the context"
                }
            }
            return (Speaker(name: name, mention: mentionText, title: title?.text, kind: .person, affiliation: affiliation), rule)
        }

        // Organisations, media, sources and statements.
        if let org = parsed.organizations.first {
            switch org.entry.kind {
            case .organization:
                if parsed.titles.isEmpty || parsed.titles[0].range.lowerBound > org.range.lowerBound {
                    return (Speaker(name: text(org.range), mention: mentionText, kind: .organization, affiliation: org.affiliation),
                            "organization: \(org.entry.origin)")
                }
            case .media:
                let name = org.name.map(text) ?? text(org.range)
                return (Speaker(name: name, mention: mentionText, kind: .media), "media: \(org.entry.origin)")
            case .source:
                if parsed.titles.isEmpty {
                    // The same unnamed source again (`Nhà ngoại giao Ả Rập` after `một nhà ngoại giao Ả Rập`).
                    let keys = tokens[org.range].map(\.key)
                    if var earlier = history.last(where: {
                        history.kinds[$0] == .source && history.nameKeys[$0].count > keys.count
                            && history.nameKeys[$0].suffix(keys.count) == ArraySlice(keys)
                    }) {
                        earlier.mention = mentionText
                        return (earlier, "source: the same source named before")
                    }
                    return (Speaker(name: text(org.range), mention: mentionText, kind: .source, affiliation: org.affiliation),
                            "source: \(org.entry.origin)")
                }
            case .statement:
                if parsed.titles.isEmpty, parsed.sides.isEmpty, parsed.names.isEmpty {
                    if var issuer = nearestIssuer(before: mention, paragraphs: paragraphs, source: source)
                        ?? history.nearest(.organization) ?? history.nearest(.any) {
                        issuer.mention = mentionText
                        return (issuer, "statement: issuer is the nearest speaker before")
                    }
                }
            }
        }

        // A quantified role without a name (`các bộ trưởng ngoại giao của nhóm G7`) is a group.
        if parsed.quantified, parsed.names.isEmpty, let title = parsed.titles.first {
            let sides = Set(parsed.sides.map(\.entry.side) + [title.affiliation].compactMap { $0 })
            return (Speaker(name: mentionText, mention: mentionText, kind: .source, affiliation: sides.count == 1 ? sides.first : nil),
                    "source: quantified role")
        }

        // A title without a name: the article's person of that title, or the role itself.
        if let title = parsed.titles.first {
            let keys = tokens[title.range].map(\.key)
            let affiliation = title.kind == .expert ? nil : title.affiliation
            if parsed.names.isEmpty, let earlier = history.last(titledWith: keys, where: {
                history.kinds[$0] == .person && history.speakers[$0].name != history.speakers[$0].title
            }) {
                var speaker = earlier
                speaker.mention = mentionText
                return (speaker, "title: nearest speaker before with this title")
            }
            if let person = index.person(titled: keys) {
                let known = index.title(of: person.keys)
                return (Speaker(name: person.text, mention: mentionText, title: known?.text ?? text(title.range), kind: .person,
                                affiliation: known.map { $0.kind == .expert ? nil : $0.affiliation } ?? affiliation),
                        "title: the article's person of this title")
            }
            return (Speaker(name: text(title.range), mention: mentionText, title: text(title.range), kind: .person, affiliation: affiliation),
                    "title: role without a name")
        }

        // Sides: a country, metonym, bloc; several of them joined.
        if let first = parsed.sides.first {
            if parsed.sides.count == 1 {
                let kind: SpeakerKind = first.entry.kind == "bloc" || first.entry.kind == "group" ? .organization : .country
                return (Speaker(name: first.entry.side, mention: mentionText, kind: kind, affiliation: first.entry.side),
                        "side: \(first.entry.origin)")
            }
            let sides = Set(parsed.sides.map(\.entry.side))
            return (Speaker(name: mentionText, mention: mentionText, kind: .country, affiliation: sides.count == 1 ? sides.first : nil),
                    "sides: several speakers of one cue")
        }

        if let nameRange = parsed.names.first {
            return (Speaker(name: text(nameRange), mention: mentionText, kind: .person), "mention: name")
        }
        var name = mentionText
        if let honorific = words.match(.honorific, in: tokens, at: range.lowerBound), honorific < range.count {
            name = text(range.lowerBound + honorific..<range.upperBound)
        }
        return (Speaker(name: name, mention: mentionText, kind: .person), "mention")
    }
}
