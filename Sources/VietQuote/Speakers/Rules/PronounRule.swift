/// A mention made only of a pronoun, honorific or anaphor stands for the nearest earlier
/// speaker of a compatible kind (`ông` a person, `nước này` a country, `Bộ này` a body).
///
/// Recognises: `"Chúng tôi không muốn đối đầu", ông nói.` after `Ngoại trưởng Nga Sergei
/// Lavrov tuyên bố …` → Sergei Lavrov (`pronoun: nearest compatible speaker before`).
/// An anaphor with a place name inside (`quốc gia Trung Đông này`) counts as `quốc gia này`.
/// Pronouns and kinship terms of `speaker_pronouns.tsv` count (`Cô cho rằng …` → the nearest
/// person), except a side (`Anh`) that the article writes as a side elsewhere (`Thủ tướng Anh`);
/// a pronoun + demonstrative (`Anh ấy`, `Anh ta`) is the pronoun always (review10 m7).
/// With no earlier speaker, a personal pronoun is the person named nearest before it with an
/// honorific or a title (`pronoun: nearest person named before`), else (a kinship pronoun:
/// `Cô`, `Anh`) the nearest Vietnamese personal name before it anywhere in the article
/// (`pronoun: person named earlier in the article`). Before that, the nearest name that is a
/// sentence's subject in the same paragraphs (`SentenceSubject`: `… được Masaaki Noiri chính
/// thức xác nhận. Anh cho biết:` → Masaaki Noiri, `pronoun: person named as a subject before`).
/// A body head alone with no earlier organisation speaker is the body named before with the
/// same head (`BareHeadBody`: `pronoun: the body named before with this head`), else, a private
/// body's head (`Công ty`), the body named as a sentence's subject before (`BodySubjectBefore`:
/// `pronoun: the body named as a subject before`); a country
/// anaphor the country named before (`CountryNamedBefore`: `pronoun: the country named before`).
/// An inclusive first-person plural (`chúng ta`, class `inclusive` of function_words.tsv: the
/// writer and the reader) never stands for a third person: no name, kind `source`
/// (`pronoun: inclusive we, no one before`; silver `Điều này khiến chúng ta …` was `Rob Janoff`).
/// A gendered pronoun (`anh`, `cô`, `ông`, `bà`) takes, at each step, only a person the article
/// does not mark with the other gender (`PronounGender`; the trace then adds
/// `pronoun: skips a person the article marks with the other gender`).
/// A named person is never one named inside a quotation or as someone's relative
/// (`NamedAsRelative`: silver 2024-07-12-thanh-dien `Ông bày tỏ …` after `"… tôi nhớ Huệ quá …"`
/// and `NSND Thanh Điền` → Thanh Điền, not his late wife; the trace then adds
/// `pronoun: skips a person named as a relative or inside a quotation`).
/// A person named as a list's third or later member (`ListedName`: `… gồm MC Nguyên Khang, Thanh
/// Thảo Hugo, nghệ sĩ Cát Tường. Anh cho biết` after `Sơn Ngọc Minh thổ lộ`) is taken only when no
/// one else is named before it in its paragraph (the trace adds `pronoun: skips a person named in a list`).
/// A capitalised `Người` inside the article's sentences is a person pronoun too (`ReverentPronoun`:
/// `…, Người bày tỏ` after `Chủ tịch Hồ Chí Minh khẳng định` → Hồ Chí Minh).
/// Rejects: a mention with a name (`ông Lavrov`), which `NameRule` reads. With no earlier
/// compatible speaker, named person or body the mention names no one: a pronoun or a body head
/// is never a name (`Ông cho hay …` opening an article, `Công ty cho biết …` after a company
/// named without the head, silver `Apex`; `Họ`, `Anh yêu em …`). It stays an unnamed source
/// (issue 14 item 2), kind `source`, never a country, `pronoun: no earlier speaker`: a body
/// head (`Công ty`, `Tòa`) or an anaphor of `function_words.tsv`'s anaphor classes (dev 001
/// `Theo nguồn tin này, …`) keeps its words as written (ANNOTATION.md: an unnamed source keeps
/// its words); a personal pronoun (`Ông`, `Họ`, `Anh`) has no words that describe anyone, and
/// its name is empty.
struct PronounRule: SpeakerSieve {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision? {
        // A capitalised `Người` inside the article's sentences is a revered person's pronoun (`ReverentPronoun`).
        if ReverentPronoun.isPronoun(mention) {
            var decision = resolve(.person, &mention)
            decision.trace.append(.reverentPronoun)
            return decision
        }
        // `Cô giáo thừa nhận`: a pronoun opening a noun of a person describes someone (PronounBeforePersonNoun.swift).
        if let described = PronounBeforePersonNoun.decision(mention) { return described }
        guard let target = mention.resolver.anaphor(mention.tokens, mention.range), !isSide(mention) else { return nil }
        // `… Alcaraz đã để lại phát biểu … . Anh nói rằng`: the person the paragraph made its subject.
        if PronounAfterSubject.overridesSide(mention), var named = Self.nearestNamedPerson(mention, reach: .paragraphSubject) {
            named.mention = mention.text
            return SpeakerDecision(named, .pronounAfterSubject)
        }
        return resolve(target, &mention)
    }

    private func resolve(_ target: AnaphorTarget, _ mention: inout MentionContext) -> SpeakerDecision {
        // The inclusive `chúng ta` (class `inclusive`) names the writer and the reader: no one before.
        if mention.words.match(.inclusive, in: mention.tokens, at: mention.range.lowerBound, limit: mention.range.upperBound)
            == mention.range.count {
            return SpeakerDecision(Speaker(name: "", mention: mention.text, kind: .source), .pronounInclusive)
        }
        // A gendered pronoun (`anh`, `cô`) passes over the persons the article marks with the
        // other gender (`PronounGender`): the trace says when it did.
        let agreement = target == .person ? PronounGender(mention) : nil
        var decision = resolvePerson(target, &mention, agreement) ?? resolveRest(target, &mention)
        if agreement?.rejected == true { decision.trace.append(.pronounOfItsGender) }
        return decision
    }

    /// The earlier speaker or named person a pronoun or anaphor stands for (`resolve`), each
    /// agreeing with `agreement` when it has one; nil when `resolve` is to go on.
    private func resolvePerson(_ target: AnaphorTarget, _ mention: inout MentionContext, _ agreement: PronounGender?) -> SpeakerDecision? {
        let nearest = agreement.map { agreement in
            mention.history.last { position in
                let speaker = mention.history.speakers[position]
                return target.accepts(speaker) && !speaker.name.isEmpty && agreement.agrees(speaker.name)
            }
        } ?? mention.history.nearest(target)
        // A person the pronoun's paragraph makes a subject since the last speaker spoke
        // (ParagraphSubject.swift) is whom the pronoun follows.
        if target == .person, let earlier = nearest,
           ParagraphSubject.isAbsent(earlier, before: mention),
           var named = Self.nearestNamedPerson(mention, reach: .paragraphSubject, agreement: agreement),
           MatchKey.words(named.name) != MatchKey.words(earlier.name) {
            named.mention = mention.text
            return SpeakerDecision(named, .pronounParagraphSubject)
        }
        if var earlier = nearest {
            // A body head alone (`Công ty`) stands for a body of its head: an earlier speaker
            // of another head (`Bộ Y tế`, a country) only when no body of this head is named
            // before it (`BareHeadBody`; `Apex cho biết … Công ty cho biết` keeps Apex).
            if target == .organization, !MatchKey.words(earlier.name).starts(with: mention.keys(mention.range)),
               let body = BareHeadBody.body(for: mention) {
                return SpeakerDecision(body, .pronounBodyBefore)
            }
            earlier.mention = mention.text
            return SpeakerDecision(earlier, .pronounNearest)
        }
        // A person named as a relative or inside a quotation is passed over (`NamedAsRelative`): the trace says when.
        var skipped = false, listed = false
        var decision: SpeakerDecision?
        if target == .person || target == .any,
           let named = Self.nearestNamedPerson(mention, agreement: agreement, skipped: &skipped, skippedListed: &listed) {
            decision = SpeakerDecision(named, .pronounNamedBefore)
        } else if target == .person,
                  let named = Self.nearestNamedPerson(mention, reach: .subject, agreement: agreement, skipped: &skipped, skippedListed: &listed) {
            decision = SpeakerDecision(named, .pronounSubjectBefore)
        } else if target == .person,
                  let named = Self.nearestNamedPerson(mention, reach: .article, agreement: agreement, skipped: &skipped, skippedListed: &listed) {
            decision = SpeakerDecision(named, .pronounNamedInArticle)
        }
        decision?.speaker.mention = mention.text
        if skipped { decision?.trace.append(.pronounSkipsRelative) }
        if listed { decision?.trace.append(.pronounSkipsListed) }
        return decision
    }

    /// The body, country or unnamed source of a mention that `resolvePerson` found no one for.
    private func resolveRest(_ target: AnaphorTarget, _ mention: inout MentionContext) -> SpeakerDecision {
        if target == .organization, let body = BareHeadBody.body(for: mention) {
            return SpeakerDecision(body, .pronounBodyBefore)
        }
        if target == .organization, let body = BodySubjectBefore.body(for: mention) {
            return SpeakerDecision(body, .pronounBodySubjectBefore)
        }
        if target == .country, let country = CountryNamedBefore.country(for: mention) {
            return SpeakerDecision(country, .pronounCountryBefore)
        }
        // An anaphor of the lexicon's classes (`nguồn tin này`, `quan chức này`) still describes
        // someone: it keeps its words.
        let range = mention.range
        let described = [WordClass.anaphorPerson, .anaphorCountry, .anaphorOrganization, .anaphorSource].contains {
            mention.words.match($0, in: mention.tokens, at: range.lowerBound, limit: range.upperBound) == range.count
        }
        // A body head (`Công ty`, `Tòa`) is an unnamed body and keeps its words too; a personal
        // pronoun (`Anh`, `Họ`, `Ông`) names no one: no name.
        let keepsWords = described || mention.lexicon.isBareBodyHead(mention.tokens, range)
        return SpeakerDecision(Speaker(name: keepsWords ? mention.text : "", mention: mention.text, kind: .source),
                               .pronounUnresolved)
    }

    /// The person named nearest before the mention (its paragraph and the
    /// `SpeakerLimits.issuerParagraphsBefore` before it) who has not spoken yet: a name run
    /// after an honorific or pronoun (`ông Nguyễn Văn A`, `chị Lan`) or one the article gives a title, with its
    /// fullest name, title and the title's side.
    /// `reach` `.subject`: the same paragraphs, a name that is a sentence's subject
    /// (`SentenceSubject`) counting instead. `.article`: anywhere before in the article, a
    /// Vietnamese personal name (a family name of `family_names.tsv` first) counting too:
    /// `Cô cho rằng …` in a profile that named its subject only in the lead.
    /// With an `agreement` (`PronounGender`), a person the article marks with the other gender is passed over.
    /// A person named as a relative or inside a quotation (`NamedAsRelative`) is passed over too,
    /// and one named in a list (`ListedName`) while another is named before it in its paragraph.
    static func nearestNamedPerson(_ mention: MentionContext, reach: Reach = .honorificOrTitle, agreement: PronounGender? = nil) -> Speaker? {
        var skipped = false, listed = false
        return nearestNamedPerson(mention, reach: reach, agreement: agreement, skipped: &skipped, skippedListed: &listed)
    }

    /// `nearestNamedPerson(_:reach:agreement:)`; `skipped` is set when it passed over a person
    /// named as a relative or inside a quotation, `skippedListed` when it passed over a person
    /// named in a list for one named before it in the same paragraph (`ListedName`).
    static func nearestNamedPerson(_ mention: MentionContext, reach: Reach = .honorificOrTitle, agreement: PronounGender?,
                                   skipped: inout Bool, skippedListed: inout Bool) -> Speaker? {
        let span = mention.span, wide = reach == .article
        let relative = NamedAsRelative(lexicon: mention.lexicon)
        let subject = SentenceSubject(lexicon: mention.lexicon, words: mention.words)
        let first = wide ? 0 : reach == .paragraphSubject ? span.paragraph : max(0, span.paragraph - SpeakerLimits.issuerParagraphsBefore)
        for paragraphIndex in stride(from: span.paragraph, through: first, by: -1) {
            // `… gồm MC Nguyên Khang, Thanh Thảo Hugo, nghệ sĩ Cát Tường. Anh cho biết`: a list's
            // later member, taken only when no one else is named before it in its paragraph (`ListedName`).
            var listed: Speaker?
            let tokens = mention.paragraphs[paragraphIndex].tokens, quoted = mention.paragraphs[paragraphIndex].insideQuote
            let bound = paragraphIndex == span.paragraph ? span.range.lowerBound : tokens.count
            for start in stride(from: bound - 1, through: 0, by: -1) where tokens[start].kind == .word && tokens[start].isCapitalized {
                let run = mention.resolver.parser.nameRun(in: tokens, at: start, limit: bound)
                guard run > 0, !mention.index.isCommonWordOpening(tokens, at: start) else { continue }
                let keys = tokens[from: start, upTo: start + run].map(\.key)
                let full = mention.index.fullest(tokens[from: start, upTo: start + run])
                let title = if let full { mention.index.title(of: full) } else { mention.index.title(of: keys) }
                let honorific = start > 0 && (mention.words.isWord(tokens, at: start - 1, .honorific)
                    || mention.lexicon.pronoun(in: tokens, at: start - 1, limit: start) == 1)
                let personal = run > 1 && mention.lexicon.startsPersonalName(tokens, at: start)
                switch reach {
                case .honorificOrTitle: guard honorific || title != nil else { continue }
                case .subject:
                    guard subject.isSubject(tokens, at: start, length: run, fullLength: full?.keys.count ?? run, limit: bound) else { continue }
                case .paragraphSubject:
                    guard ParagraphSubject(subject: subject).isPerson(tokens, at: start, length: run, fullLength: full?.keys.count ?? run,
                                                                      honorific: honorific, titled: title != nil, limit: bound) else { continue }
                case .article:
                    guard title != nil || personal || (start > 0 && mention.words.isWord(tokens, at: start - 1, .honorific)) else { continue }
                }
                if quoted[ifPresent: start] == true || relative.isRelative(tokens, at: start) {
                    skipped = true
                    continue
                }
                let name = full?.text ?? ArticleIndex.text(tokens, Range(from: start, to: start + run), mention.source)
                if let agreement, !agreement.agrees(name) { continue }
                var speaker = Speaker(name: name, mention: name, title: title?.text, kind: .person,
                                      affiliation: title.flatMap { $0.kind == .expert ? nil : $0.affiliation })
                speaker.titleTrace = title?.trace
                if ListedName.isListed(tokens, at: start, lexicon: mention.lexicon) {
                    if listed == nil { listed = speaker }
                    continue
                }
                if listed != nil { skippedListed = true }
                return speaker
            }
            if let listed { return listed }
        }
        return nil
    }

    /// How far back and by what a named person is taken for a pronoun.
    enum Reach { case honorificOrTitle, subject, article, paragraphSubject }

    /// A pronoun that is also a side (`Anh`, the United Kingdom), alone or opening the mention,
    /// is the side when the article writes it as a side elsewhere: after a title or body
    /// (`Thủ tướng Anh`), or `phía Anh`.
    private func isSide(_ mention: MentionContext) -> Bool {
        let range = mention.range
        guard let side = mention.lexicon.actor(in: mention.tokens, at: range.lowerBound, limit: range.upperBound) else { return false }
        let token = mention.tokens[range.lowerBound]
        // A pronoun + demonstrative (`Anh ấy`, `Anh ta`, `Anh này`: a word after it of the
        // classes `noun_follower` or `first_person`) is the pronoun, never the side.
        if side.length < range.count, mention.lexicon.pronoun(in: mention.tokens, at: range.lowerBound, limit: range.upperBound) != nil,
           mention.tokens[range.lowerBound + side.length].kind == .word, !mention.tokens[range.lowerBound + side.length].isCapitalized,
           mention.words.isWord(mention.tokens, at: range.lowerBound + side.length, .nounFollower)
            || mention.words.isWord(mention.tokens, at: range.lowerBound + side.length, .firstPerson) { return false }
        // Opening more words (`Anh nhanh chóng xác minh`), it is the pronoun only where the
        // article writes the pronoun in lower case too (`anh cho biết`).
        if side.length < range.count, !mention.index.writesLowercase(token) { return true }
        // `Alcaraz đã để lại phát biểu … . Anh nói rằng`: alone and opening a sentence of a
        // paragraph that made a person its subject before it, it is that person's pronoun.
        if PronounAfterSubject.overridesSide(mention) { return false }
        return mention.index.writesAsSide(side.entry.side, token)
    }
}
