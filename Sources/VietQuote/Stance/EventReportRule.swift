/// A report of what happened is `neutral` (ANNOTATION.md, Stance): the event terms of a
/// quote — `stance.tsv` categories `assault`, `fight` and `posture` (an attack, casualties,
/// troop movements, a weapons test) — weigh 0 unless the speaker makes the quote a claim
/// of its own.
///
/// A quote is a claim when it holds another hostile sign: a negative term of another
/// category (an accusation, a demand, a threat, a condemnation: `cáo buộc`, `yêu cầu`,
/// `đe dọa`), a negative cue (`cảnh báo`, `lên án`), or, from `reports.tsv`, a first-person
/// word (`chúng tôi`), a content that opens with no subject of its own (`đã`, `sẽ`: the
/// speaker acts), a condition (`nếu`: a threat), a cue that orders (`ra lệnh`), an appeal
/// that names no side (`OwnAppealRule`: `kêu gọi phát triển … vũ khí`); or when the
/// side the content names last before an event term, in its sentence, is the speaker's own
/// (`quân đội Israel tấn công …` said by Israel: its own act). The side named last is the
/// actor as near as words tell: `các lực lượng Ukraine đã đảm bảo quyền kiểm soát tại các
/// khu vực Nga tiến hành tấn công`, said by Ukraine, reports Russia's attack, and
/// `tác động của vụ tấn công đến các căn cứ không quân Israel`, said by Israel's army,
/// names Israel only as the target (dev 405, 401: audited neutral). A pronoun that stands
/// for the speaker (`họ`, `SpeakerPronounRule`) names the speaker's side; an event term
/// right after a passive word (`bị`, `được`: `function_words.tsv` class `passive`) is
/// suffered, not done, by the side named before it. A side the article only guessed for
/// its speaker (`Quote.sideIsGuessed`: a person of no title, given the article's first
/// side) is no side here (`StanceScorer` passes none): `[John Foreman, cựu tùy viên quốc
/// phòng của Vương quốc Anh …, nói] Nga đã tập trung lực lượng … để phá hủy …`, dev 442,
/// guessed Russia's, is a report.
///
/// Example: `ít nhất 182 người thiệt mạng và hàng trăm người bị thương trong cuộc tấn công`
/// (a health ministry, `thông báo`) is neutral; `sẽ tấn công các vũ khí chiến lược của
/// Hezbollah` (Israel's army, `thông báo`) is confrontation; so is `Nga cố tình nhắm vào
/// dân thường` with the cue `cáo buộc`. Rejects nothing else: cooperative terms and the
/// other hostile classes weigh as before.
/// Evidence: each event term that a report silences carries the modifier `report`, factor 0.
struct EventReportRule: Sendable {
    /// The `stance.tsv` categories that name events (an array: three comparisons of short
    /// strings cost less than hashing the category of each evidence record).
    static let eventCategories: [String] = [
        StanceCategory.assault.rawValue, StanceCategory.fight.rawValue, StanceCategory.posture.rawValue,
    ]

    /// The kinds of `reports.tsv` rows.
    enum Marker: String, CaseIterable, Sendable {
        case firstPerson = "first_person"
        case opener
        case conditional
        case command
        /// A third-person pronoun that stands for the speaker's side (`SpeakerPronounRule`).
        case speakerPronoun = "speaker_pronoun"
        /// A word of defence (`OwnDefenceRule`).
        case defence
        /// A verb of prevention among the `negators.tsv` denials (`PreventedEventRule`).
        case prevention
        /// Opens a time clause (`sau`, `khi`): an event after it is the occasion of an
        /// appeal, not what it asks (`OwnAppealRule`).
        case occasion
        /// A word for what is reported or rumoured (`thông tin`, `tin đồn`, `khả năng`): a
        /// denial that takes it denies a report (`DeniedHearsayRule`).
        case hearsay
    }

    let markers: PhraseTrie<Marker>
    /// Reads the sides a content names (`actors.tsv`).
    let names: SpeakerLexicon

    init(files: LexiconFiles, names: SpeakerLexicon) throws(LexiconError) {
        self.names = names
        markers = try StanceLexicon.choiceTrie(files, "reports.tsv", column: "kind", of: Marker.allCases).trie
    }

    /// Whether the speaker makes the quote its own claim (see the type's comment), and
    /// how: `.pronoun` when only a pronoun standing for the speaker makes an event its own
    /// act (`SpeakerPronounRule`), `.named` otherwise; nil when it is no claim.
    func claim(_ evidence: [StanceEvidence], content: WordSpans, cue: WordSpans?, side: String?) -> OwnAct? {
        if evidence.indices.contains(where: {
            evidence[$0].kind != .modifier && evidence[$0].contribution < 0 && !Self.eventCategories.contains(evidence[$0].category)
        }) {
            return .named
        }
        if hasMarker(content.words, where: { kind, words in
            kind == .firstPerson || kind == .conditional || (kind == .opener && words.lowerBound == 0)
        }) {
            return .named
        }
        if let cue, orders(cue) { return .named }
        if let side { return actsAsItsOwn(side, in: content, events: evidence) }
        return nil
    }

    /// Whether a `reports.tsv` row of `words`, read left to right as `PhraseTrie.matches`
    /// reads them (with no array of them), satisfies `accepts` (its kind, its words).
    func hasMarker(_ words: WordSpans.Words, where accepts: (Marker, Range<Int>) -> Bool) -> Bool {
        var index = 0
        while index < words.count {
            guard markers.mayStart(words[index]), let match = markers.longestMatch(in: words, at: index, limit: words.count) else {
                index += 1
                continue
            }
            if accepts(match.value, index..<index + match.length) { return true }
            index += match.length
        }
        return false
    }

    /// Whether the cue words `cue` hold a `command` row (`ra lệnh`, `chỉ đạo`): the speaker
    /// orders its own forces.
    func orders(_ cue: WordSpans) -> Bool {
        hasMarker(cue.words) { kind, _ in kind == .command }
    }

    /// Whether the speaker itself acts in a quote of the words `content` and the cue words
    /// `cue`: the cue orders (`ra lệnh`) or the content opens with no subject of its own
    /// (an `opener` row as its first word: `sẽ`, `cần phải`).
    func speakerActs(content: WordSpans, cue: WordSpans?) -> Bool {
        if let cue, orders(cue) { return true }
        let words = content.words
        return !words.isEmpty && markers.longestMatch(in: words, at: 0, limit: words.count)?.value == .opener
    }

    /// How `side` is the side named last before one of the event terms of `events`, in
    /// that term's sentence: `.named`, or `.pronoun` with its text when a pronoun that
    /// stands for the speaker (`SpeakerPronounRule`) names it; nil when it is not.
    func actsAsItsOwn(_ side: String, in spans: WordSpans, events: [StanceEvidence]) -> OwnAct? {
        let words = spans.words
        let defended = defendedOffsets(spans)
        // An array: a few starts, no hashing.
        let starts = events.filter { $0.kind == .term && Self.eventCategories.contains($0.category) }.compactMap { $0.range?.lowerBound }
            .filter { start in !defended.contains { $0.contains(start) } }
        guard let lastStart = starts.max() else { return nil }
        var last: String?, pronoun: String?
        var index = 0
        // No event term starts after `lastStart`.
        while index < words.count {
            let offset = spans.offsets(index..<index + 1).lowerBound
            guard offset <= lastStart else { break }
            if index > 0, spans.sentence(of: index) != spans.sentence(of: index - 1) { last = nil }
            // `họ đã bị tấn công`: a passive right before the event makes the side its target.
            if starts.contains(offset), last == side, !names.words.isWord(words, at: index - 1, .passive) {
                return pronoun.map { .pronoun($0) } ?? .named
            }
            if let actor = names.actor(in: words, at: index, limit: words.count) {
                if !RelationGate.insideName(spans, Range(from: index, to: index + actor.length)) { last = actor.entry.side; pronoun = nil }
                index += max(1, actor.length)
            } else if markers.mayStart(words[index]), let marker = markers.longestMatch(in: words, at: index, limit: words.count),
                      marker.value == .speakerPronoun, SpeakerPronounRule.standsForSpeaker(spans, at: index, length: marker.length) {
                last = side
                pronoun = spans.found(Range(from: index, to: index + marker.length)).text
                index += marker.length
            } else {
                index += 1
            }
        }
        return nil
    }

    /// Whether `text` (a denial's words) is a `prevention` row (`PreventedEventRule`).
    func isPrevention(_ text: String) -> Bool {
        markers.value(for: MatchKey.words(text)) == .prevention
    }

    /// Whether a `hearsay` row starts at `words[index]` (`DeniedHearsayRule`).
    func isHearsay(_ words: WordSpans.Words, at index: Int) -> Bool {
        guard index < words.count, markers.mayStart(words[index]) else { return false }
        return markers.longestMatch(in: words, at: index, limit: words.count)?.value == .hearsay
    }

    /// The character offsets of the words a defence covers (`OwnDefenceRule.covered`).
    func defendedOffsets(_ spans: WordSpans) -> [Range<Int>] {
        let words = spans.words
        // The rows read as `PhraseTrie.matches` reads them, only the defences kept: no array of every row.
        var defences: [Range<Int>] = []
        _ = hasMarker(words) { kind, range in
            if kind == .defence { defences.append(range) }
            return false
        }
        guard !defences.isEmpty else { return [] }
        return OwnDefenceRule.covered(by: defences, wordCount: words.count).map { spans.offsets($0) }
    }

    /// How the speaker's side is the actor of an event (`actsAsItsOwn`).
    enum OwnAct: Equatable {
        /// The content names the side.
        case named
        /// A pronoun that stands for the speaker names it (`SpeakerPronounRule`).
        case pronoun(String)
    }

    /// The evidence with every hostile event term silenced, when the quote is no claim.
    func apply(to evidence: [StanceEvidence], content: WordSpans, cue: WordSpans?, side: String?) -> [StanceEvidence] {
        // By index: a closure over the records copied each one first.
        guard evidence.indices.contains(where: {
            evidence[$0].kind == .term && evidence[$0].contribution < 0 && Self.eventCategories.contains(evidence[$0].category)
        }) else {
            return evidence
        }
        if OwnAppealRule.appealsToOwnSide(evidence, content: content, names: names, markers: markers) { return OwnAppealRule.marked(evidence) }
        switch claim(evidence, content: content, cue: cue, side: side) {
        case .named: return evidence
        case .pronoun(let pronoun): return SpeakerPronounRule.marked(evidence, pronoun: pronoun)
        case nil: break
        }
        return OwnDefenceRule.marked(evidence, defended: defendedOffsets(content)).map { record in
            guard record.kind == .term, record.contribution < 0, Self.eventCategories.contains(record.category) else { return record }
            var silenced = record
            silenced.modifiers.append(StanceEvidence.Modifier(.report, text: "", factor: 0))
            silenced.contribution = 0
            return silenced
        }
    }
}
