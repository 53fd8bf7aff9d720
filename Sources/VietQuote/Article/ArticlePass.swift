/// One walk over the lines of a page, top to bottom, deciding each line.
struct Pass {
    let lines: [ArticleLine]
    let lexicon: BoilerplateLexicon
    let scalars: [Unicode.Scalar]

    /// Thresholds of the shape rules.
    enum Limits {
        /// Adjacent headline-like lines that make a list of links.
        static let run = 3
        /// Words of a headline-like line, at most.
        static let titleWords = 30
        /// Body paragraphs kept before an `end` marker may end the article.
        static let bodyBeforeEnd = 2
        /// Body paragraphs kept before a credit line ends the article.
        static let bodyBeforeCredit = 3
        /// Words of a label before the article (menu, section name), at most.
        static let labelWords = 2
    }

    private var rules: [BoilerplateLexicon.Rule?] = []
    private var wrapped: [Bool] = []
    private var runLength: [Int] = []
    private let repeats: RepeatedLines

    // State of the walk.
    private var result: [Paragraph] = []
    private var keptAny = false
    private var headlineSeen = false
    private var captionSeen = false
    private var proseKept = 0
    private var section: (line: Int, rule: BoilerplateLexicon.Rule)?
    /// Later copies of a teaser dropped in the teaser slot: the article's own text, kept.
    private var articleCopies: Set<Int> = []
    private var end: String?

    init(lines: [ArticleLine], lexicon: BoilerplateLexicon, scalars: [Unicode.Scalar]) {
        self.lines = lines
        self.lexicon = lexicon
        self.scalars = scalars
        repeats = RepeatedLines(lines)
        rules = lines.map { lexicon.rule(tokens: $0.tokens, core: $0.core, words: $0.wordCount) }
        wrapped = lines.indices.map { Self.isWrapped($0, in: lines) }
        runLength = Self.headlineRuns(lines, wrapped: wrapped, rules: rules)
    }

    /// A line of hard-wrapped prose: it runs on into a next line that starts in lower
    /// case, or it starts in lower case after a line with no final mark.
    static func isWrapped(_ position: Int, in lines: [ArticleLine]) -> Bool {
        let line = lines[position]
        if position + 1 < lines.count {
            let next = lines[position + 1]
            if !next.blankBefore, next.startsLowercase, !line.endsSentence { return true }
        }
        if position > 0, !line.blankBefore, line.startsLowercase, !lines[position - 1].endsSentence { return true }
        return false
    }

    /// Short, title-shaped: no final full stop, capital first, at most 30 words.
    static func isHeadlineLike(_ line: ArticleLine, wrapped: Bool) -> Bool {
        guard !wrapped, !line.isProse, (2...Limits.titleWords).contains(line.wordCount), !line.startsLowercase else { return false }
        if let mark = line.lastMarkIndex, Punctuation.lineContinuationKeys.contains(line.tokens[mark]) { return false }
        return true
    }

    /// For each line, the length of the run of adjacent (no blank line between)
    /// headline-like lines it belongs to.
    static func headlineRuns(_ lines: [ArticleLine], wrapped: [Bool], rules: [BoilerplateLexicon.Rule?]) -> [Int] {
        var lengths = Array(repeating: 0, count: lines.count)
        var start = 0
        while start < lines.count {
            guard isHeadlineLike(lines[start], wrapped: wrapped[start]), rules[start]?.action != .caption else {
                start += 1
                continue
            }
            var end = start + 1
            while end < lines.count, !lines[end].blankBefore, isHeadlineLike(lines[end], wrapped: wrapped[end]),
                  rules[end]?.action != .caption {
                end += 1
            }
            for position in start..<end { lengths[position] = end - start }
            start = end
        }
        return lengths
    }

    mutating func run() -> [Paragraph] {
        result.reserveCapacity(lines.count)
        for position in lines.indices {
            let (role, reason) = decide(position)
            if role != .boilerplate {
                keptAny = true
                if role == .headline { headlineSeen = true }
                if role == .lead || (role == .body && (lines[position].isProse || wrapped[position])) { proseKept += 1 }
            }
            result.append(Paragraph(range: lines[position].range, role: role, reason: reason))
        }
        return result
    }

    private mutating func decide(_ position: Int) -> (ParagraphRole, String) {
        let line = lines[position]
        let prose = line.isProse || wrapped[position]
        if let end { return (.boilerplate, "after the article's end (\(end))") }

        // Lexicon markers. A credit marker on a line that runs on (`Theo ông X:`)
        // introduces a statement instead.
        var rule = rules[position]
        if rule?.action == .credit, let mark = line.lastMark, [":", ","].contains(mark) { rule = nil }
        if let rule, let decision = markerDecision(rule, line: line) { return decision }
        if let open = section {
            // A list ends at the first full paragraph; before the body starts (a menu
            // above the headline) it also ends at a blank line.
            if prose || (line.blankBefore && proseKept == 0) {
                section = nil
            } else {
                return (.boilerplate, "in the list after line \(open.line) \(open.rule.citation)")
            }
        }
        if let later = repeats.laterCopy[position], isTeaserSlot(position) {
            articleCopies.insert(later)
            return (.boilerplate, "structure: aggregator's teaser; the article prints it again at line \(lines[later].number)")
        }
        if let reason = shapeReason(position, rule: rule) { return (.boilerplate, reason) }
        if let rule, rule.action == .caption {
            captionSeen = true
            return (.caption, "caption: \(rule.citation)")
        }

        // Short lines around the article.
        if !prose, LineShape.isByline(line), headlineSeen || proseKept > 0 {
            return (.boilerplate, "structure: byline (a few capitalised words alone)")
        }
        if !prose, !headlineSeen, proseKept == 0, line.wordCount <= Limits.labelWords, !line.isLink {
            return (.boilerplate, "structure: short label before the article (menu or section name)")
        }

        // Roles: title lines above the first caption and paragraph are headlines (a
        // page may print a cut and a full title); the first paragraph is the lead.
        if proseKept == 0, !captionSeen, !prose, line.isLink || (line.wordCount >= 3 && line.lastMark != ",") {
            return (.headline, headlineSeen ? "headline (another title line before the lead)" : "headline")
        }
        if proseKept == 0, prose { return (.lead, "lead (first paragraph of the article)") }
        return (.body, prose ? "body" : "body (short line: subheading or caption)")
    }

    /// The role a lexicon marker gives its line; nil for a caption marker, which is decided
    /// after the structure checks.
    private mutating func markerDecision(_ rule: BoilerplateLexicon.Rule, line: ArticleLine) -> (ParagraphRole, String)? {
        switch rule.action {
        case .drop:
            return (.boilerplate, "\(rule.citation) (drop)")
        case .section:
            section = (line.number, rule)
            return (.boilerplate, "\(rule.citation) (section start)")
        case .end:
            if proseKept >= Limits.bodyBeforeEnd {
                end = "line \(line.number), \(rule.citation)"
                return (.boilerplate, "\(rule.citation) (end of article)")
            }
            section = (line.number, rule)
            return (.boilerplate, "\(rule.citation) (end marker before the body: section start)")
        case .credit:
            if proseKept >= Limits.bodyBeforeCredit {
                end = "line \(line.number), credit line \(rule.citation)"
                return (.boilerplate, "\(rule.citation) (credit line; ends the article)")
            }
            return (.boilerplate, "\(rule.citation) (credit line)")
        case .caption:
            return nil
        }
    }

    /// The first prose line after the headline, before any caption or paragraph: where an
    /// aggregator puts the feed's teaser (ANNOTATION.md: the article's own copy of a teaser's
    /// sentence is the one annotated; a teaser that is the only copy counts like the lead).
    private func isTeaserSlot(_ position: Int) -> Bool {
        guard headlineSeen, proseKept == 0, !captionSeen else { return false }
        return lines[position].isProse || wrapped[position]
    }

    /// A cut-off teaser in the teaser slot whose sentence stands nowhere else in the page:
    /// the only copy, kept like a lead (`Ứng viên … Donald Trump cho biết, … trong cuộc bầu ...`).
    /// A cut-off line further down, or one whose opening words another line prints, is a
    /// teaser of the lead or of another story and is dropped.
    private func isOnlyCopyTeaser(_ position: Int) -> Bool {
        guard headlineSeen, proseKept == 0, !captionSeen else { return false }
        return !RepeatedLines.opensAnotherLine(position, in: lines)
    }

    /// The shape rule that drops the line, if any.
    private func shapeReason(_ position: Int, rule: BoilerplateLexicon.Rule?) -> String? {
        let line = lines[position]
        if line.isImage { return "structure: Markdown image (its alt text is not a caption)" }
        if line.isURL { return "structure: bare web address" }
        if LineShape.isDateLine(line) { return "structure: date, time or dateline alone" }
        if line.wordCount == 0 { return "structure: no words (player time, separator or widget)" }
        if line.isTableRow, rule?.action != .caption { return "structure: table row '| … |' (teaser box)" }
        if LineShape.isSlugLed(line, scalars: scalars) { return "structure: unaccented slug line (link to another article)" }
        if LineShape.isDoubled(line) { return "structure: teaser that prints its text twice" }
        if LineShape.isNumberList(line) { return "structure: list of numbers (lottery results)" }
        if line.isLink, keptAny { return "structure: Markdown link line (another page)" }
        if line.endsWithEllipsis, !line.ellipsisTouchesWord, keptAny, !isOnlyCopyTeaser(position) {
            return "structure: teaser cut off with '...' (repeats the lead or another story)"
        }
        if let source = repeats.sources[position], !articleCopies.contains(position) {
            let other = lines[source.line].number
            return source.decorated
                ? "structure: copy of line \(other) with a short tail (alt text or meta description)"
                : "structure: repeats line \(other)"
        }
        if runLength[position] >= Limits.run {
            return "structure: run of \(runLength[position]) short headline-like lines"
        }
        if LineShape.isCapitalsLabel(line) { return "structure: label in capitals (section name or byline)" }
        return nil
    }
}
