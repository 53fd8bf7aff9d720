/// A person named in the mention is the speaker, with the fullest form of the name the
/// article writes (`Coreference/ArticleIndex`), its fullest title, and a side: the title's
/// country or body, else the side of the body named where the person is introduced, else
/// the article's first side — only for a bare title of a state office (`StateOfficeSide`:
/// `Thượng nghị sĩ`, not `Chủ tịch`, `Giám đốc`, `đại diện`). An untitled person (a singer,
/// footballer, witness, analyst, businessman) speaks for no country (ANNOTATION.md), nor does
/// the holder of a title that names a company, hospital, school or club (`Chủ tịch Tập đoàn
/// Vingroup`, `body_heads.tsv` side `none`); a state organ the mention names gives its side
/// afterwards (`BodySideCompletion`).
///
/// Recognises: `Ngoại trưởng Nga Sergei Lavrov tuyên bố …` → Sergei Lavrov, `Ngoại trưởng
/// Nga`, Nga (`mention: name`); `Ông Zelensky cho biết …` after `Tổng thống Ukraine
/// Volodymyr Zelenskyy` → the fuller name (`mention+coreference: fullest name`); the name of
/// a medium after its head (`tờ Kommersant`) is the medium (`mention: media name`).
/// In an apposition (`Name, nhà phân tích … tại X,`) only a name before the first comma
/// speaks. Rejects: a mention whose head is an organisation (`CPI, đóng trụ sở tại La Haye,
/// Hà Lan,`), and one with no name (read by the rules after this one).
struct NameRule: SpeakerSieve {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision? {
        let parsed = mention.parsed
        // `Giám đốc thể thao của Barca là Deco`: the name after the copula holds the title (CopulaHolder.swift).
        let held = CopulaHolder(lexicon: mention.lexicon).name(in: parsed, tokens: mention.tokens)
        // `Park Bom đăng ảnh của Lee Min Ho … và viết`: the subject, not the longer object (SubjectName.swift).
        let candidates = speakingNames(mention)
        let longest: Range<Int>? = candidates.max { $0.count < $1.count }
        var subject: Range<Int>? = nil
        if held == nil { subject = SubjectName(lexicon: mention.lexicon).name(among: candidates, in: parsed, tokens: mention.tokens) }
        guard let nameRange: Range<Int> = held ?? subject ?? longest else { return nil }
        // (Performance only: the organisations read in place, by position; `first` copied each
        // into an optional destroyed through its generic value witness.)
        let organizations = parsed.organizations
        if parsed.titles.isEmpty, organizations.indices.contains(where: {
            organizations[$0].entry.kind == .media && organizations[$0].name == nil
                && organizations[$0].range.upperBound == nameRange.lowerBound
        }) {
            return SpeakerDecision(Speaker(name: mention.text(nameRange), mention: mention.text, kind: .media), .mediaName)
        }
        var canonical = mention.keys(nameRange)
        var trace = SpeakerTrace(.name)
        let name: String
        // (Performance only: the name's words are looked up by their tokens, and its title by the run found.)
        let written = mention.tokens[from: nameRange.lowerBound, upTo: nameRange.upperBound]
        let full = mention.index.fullest(written)
        if let full {
            if full.keys.count > canonical.count { trace = SpeakerTrace(.fullestName) }
            // (Performance only: the two readings compared by their runs' positions, no run made.)
            if let longest = mention.index.fullestPosition(written, preferTitled: false), longest != full.position {
                // `Tau` beside `Cha cô, ông John Molise Tau` and `Michelle Tau`: the relative's is the longer name.
                trace.append(mention.index.isFirstWrittenAsRelative(longest) ? .sharedNameNotRelative : .titledNameFuller)
            }
            name = full.text
            canonical = full.keys
        } else {
            name = mention.text(nameRange)
        }
        // `Nam Thư` beside `Nam Thư Entertainment`: the company's run was passed over (CompanyNameRun.swift).
        if mention.index.namesCompanies, mention.index.fullestPosition(written, keepingCompanies: true) != full?.position {
            trace.append(.companyNameNotFuller)
        }
        // `Giám đốc thể thao Max Eberl`: the words before the name (TitleWordsBeforeName.swift).
        let heading = TitleWordsBeforeName(lexicon: mention.lexicon, parser: mention.resolver.parser)
            .title(parsed, before: nameRange, mention.tokens) ?? parsed.titles.first
        var title = heading.map {
            PersonTitle(text: mention.titleText($0), keys: mention.titleKeys($0), kind: $0.kind, affiliation: $0.affiliation, trace: $0.trace)
        }
        let knownTitle = if let full { mention.index.title(of: full) } else { mention.index.title(of: canonical) }
        if let known = knownTitle, title == nil || known.keys.count > title!.keys.count {
            title = PersonTitle(text: known.text, keys: known.keys, kind: known.kind, affiliation: known.affiliation,
                                trace: known.trace, described: known.copula && known.affiliation == nil)
            if known.copula { trace.append(.copulaTitle) }
        }
        if let bare = title, bare.affiliation == nil, bare.kind == .office, let sided = mention.index.sidedTitle(bare.keys, source: mention.source) {
            var read = bare.trace
            read.insert(.sideFromArticle)
            title = PersonTitle(text: sided.text, keys: MatchKey.words(sided.text), kind: bare.kind, affiliation: sided.side, trace: read)
            trace.append(.titleSideFromArticle)
        } else if let bare = title, bare.affiliation == nil,
                  let home = mention.lexicon.compatriotSide(ofHolder: canonical, titleKeys: bare.keys, kind: bare.kind) {
            // `Chủ tịch FPT Trương Gia Bình`: the post of a named body of no state (PostOfNamedBody.swift),
            // `Giám đốc Y khoa Hệ thống tiêm chủng VNVC`: a unit of one (UnitOfNoStateBody.swift).
            if let refused = UnitOfNoStateBody(lexicon: mention.lexicon).refusal(title: bare.text) {
                trace.append(refused)
            } else {
                title?.affiliation = home
                trace.append(.compatriotTitleSide)
            }
        }
        if held != nil { trace.append(.copulaHolder) }
        if subject != nil { trace.append(.subjectBeforeObject) }
        var affiliation = side(of: name, title: title, mention: &mention, trace: &trace)
        // `UEFA`, `HYBE`, `AI`: a few capitals alone are a body's acronym, no person (AcronymName.swift).
        let acronym = title == nil && AcronymName(lexicon: mention.lexicon).isAcronym(mention.tokens, nameRange, text: name, parsed: parsed)
        if acronym { trace.append(.acronymNoPerson) }
        var kind: SpeakerKind = acronym ? .organization : .person
        // `Theo Coin Metrics` after `công ty phân tích Coin Metrics`: the kind the article gives it (KindNamedInArticle.swift).
        if !acronym, title == nil, !parsed.honorific,
           let named = KindNamedInArticle(lexicon: mention.lexicon).kind(of: name, paragraphs: mention.paragraphs, bodies: &mention.bodies) {
            kind = named
            trace.append(.kindNamedInArticle)
        } else if !acronym, title != nil,
                  let named = CompanyTitledByArticle(lexicon: mention.lexicon).kind(of: name, at: nameRange, titleInMention: heading != nil,
                                                                                    honorific: parsed.honorific, mention: &mention) {
            // `VinFast tự …` beside `công ty VinFast` and `CEO VinFast`: the company, not a person holding the CEO's title.
            kind = named
            title = nil
            affiliation = nil
            trace.append(.companyTitledByArticle)
        }
        var speaker = Speaker(name: name, mention: mention.text, title: title?.text, kind: kind, affiliation: affiliation)
        speaker.titleTrace = title?.trace
        return SpeakerDecision(speaker: speaker, trace: trace)
    }

    /// `described`: a title with no side stated with a copula (`Đó là một nhà bình luận …`,
    /// `Coreference/CopulaTitle.swift`) says who the person is, not in what capacity the person
    /// speaks: for the side, the person counts as untitled.
    private struct PersonTitle {
        var text: String; var keys: [String]; var kind: TitleKind; var affiliation: String?; var trace: TitleTrace; var described = false
    }

    /// The names that may speak: those before the first comma when there are some; the longest
    /// of them speaks (the first of equal ones), unless the first is the subject (`SubjectName`).
    private func speakingNames(_ mention: MentionContext) -> [Range<Int>] {
        let parsed = mention.parsed, tokens = mention.tokens
        let firstComma = parsed.range.first { tokens[$0].kind == .punctuation && tokens[$0].key == "," }
        let headNames = firstComma.map { comma in parsed.names.filter { $0.upperBound <= comma } } ?? []
        // An organisation as the head (`CPI, đóng trụ sở tại La Haye, Hà Lan,`): no name speaks.
        let organizationHead = firstComma.map { comma in
            headNames.isEmpty && parsed.organizations.contains { $0.entry.kind == .organization && $0.range.upperBound <= comma }
        } ?? false
        return organizationHead ? [] : headNames.isEmpty ? parsed.names : headNames
    }

    /// The person's side: the title's, none for an expert or a title of a body that speaks
    /// for no state, else the body of the person's introduction, else the article's first
    /// side (`SpeakerRule.contextSide`) for a bare state office only (`StateOfficeSide`); a
    /// title stated with a copula (`described`) keeps the first side the article titles.
    private func side(of name: String, title: PersonTitle?, mention: inout MentionContext, trace: inout SpeakerTrace) -> String? {
        let described = title?.described == true
        if title?.kind == .expert, !described { return nil }
        if let affiliation = title?.affiliation { return affiliation }
        guard let side = mention.index.contextSide else { return nil }
        if let title, !described {
            let words = KeyIDs(title.keys)   // read once for both look-ups
            if mention.lexicon.namesBody(words) || mention.lexicon.namesBodyOfNoSide(words) {
                trace.append(.noContextSideBodyTitle)
                return nil
            }
        }
        if let body = mention.resolver.introducedSide(ofPerson: name, paragraphs: mention.paragraphs, bodies: &mention.bodies) {
            trace.append(.introducedBodySide)
            return body
        }
        if !mention.bodies.foreignAtHomeBody.isEmpty, mention.bodies.foreignAtHomeBody.contains(ByteKeys(MatchKey.words(name))) {
            trace.append(.foreignNameNoHomeSide)
        }
        guard let title else {
            trace.append(.noContextSideUntitled)
            return nil
        }
        if described, !mention.index.writesInTitle(side) {
            trace.append(.noContextSideUntitled)
            return nil
        }
        if !described, !StateOfficeSide(lexicon: mention.lexicon).isStateOffice(title.keys, kind: title.kind) {
            trace.append(.noContextSidePost)
            return nil
        }
        // `Người phát ngôn của Everton`: the post of a named body of no state (PostOfNamedBody.swift).
        let post = PostOfNamedBody(lexicon: mention.lexicon)
        if !described, post.linksNamedBody(mention.tokens, mention.parsed.range) || post.linksNamedBody(title: title.text) {
            trace.append(.noContextSideNamedBody)
            return nil
        }
        trace.append(.contextSide)
        return side
    }
}
