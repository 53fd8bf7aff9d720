/// A report of what happened is `neutral` (ANNOTATION.md, Stance): the event terms of a
/// quote — `stance.tsv` categories `assault`, `fight` and `posture` (an attack, casualties,
/// troop movements, a weapons test) — weigh 0 unless the speaker makes the quote a claim
/// of its own.
///
/// A quote is a claim when it holds another hostile sign: a negative term of another
/// category (an accusation, a demand, a threat, a condemnation: `cáo buộc`, `yêu cầu`,
/// `đe dọa`), a negative cue (`cảnh báo`, `lên án`), or, from `reports.tsv`, a first-person
/// word (`chúng tôi`), a content that opens with no subject of its own (`đã`, `sẽ`: the
/// speaker acts), a condition (`nếu`: a threat), a cue that orders (`ra lệnh`); or when the
/// content names the speaker's own side (`quân đội Israel …` said by Israel).
///
/// Example: `ít nhất 182 người thiệt mạng và hàng trăm người bị thương trong cuộc tấn công`
/// (a health ministry, `thông báo`) is neutral; `sẽ tấn công các vũ khí chiến lược của
/// Hezbollah` (Israel's army, `thông báo`) is confrontation; so is `Nga cố tình nhắm vào
/// dân thường` with the cue `cáo buộc`. Rejects nothing else: cooperative terms and the
/// other hostile classes weigh as before.
/// Evidence: each event term that a report silences carries the modifier `report`, factor 0.
struct EventReportRule: Sendable {
    /// The `stance.tsv` categories that name events.
    static let eventCategories: Set<String> = [
        StanceCategory.assault.rawValue, StanceCategory.fight.rawValue, StanceCategory.posture.rawValue,
    ]

    /// The kinds of `reports.tsv` rows.
    enum Marker: String, CaseIterable, Sendable {
        case firstPerson = "first_person"
        case opener
        case conditional
        case command
    }

    let markers: PhraseTrie<Marker>

    init(files: LexiconFiles) throws(LexiconError) {
        var markers = PhraseTrie<Marker>()
        for row in try files.table("reports.tsv", columns: ["term", "kind"]).rows {
            let keys = MatchKey.words(try row.required("term"))
            guard !keys.isEmpty else { throw row.error("column 'term' has no words") }
            markers.insert(keys, value: try StanceLexicon.choice(row, "kind", of: Marker.allCases))
        }
        self.markers = markers
    }

    /// Whether the speaker makes the quote its own claim (see the type's comment).
    func isClaim(_ evidence: [StanceEvidence], content: String, cue: String?, side: String?) -> Bool {
        if evidence.contains(where: { $0.kind != .modifier && $0.contribution < 0 && !Self.eventCategories.contains($0.category) }) {
            return true
        }
        let words = WordSpans(content).words
        for match in markers.matches(in: words, range: 0..<words.count) {
            switch match.value {
            case .firstPerson, .conditional: return true
            case .opener where match.range.lowerBound == 0: return true
            default: continue
            }
        }
        if let cue {
            let cueWords = WordSpans(cue).words
            if markers.matches(in: cueWords, range: 0..<cueWords.count).contains(where: { $0.value == .command }) { return true }
        }
        if let side {
            let keys = MatchKey.words(side), contentKeys = words.map(\.key)
            if !keys.isEmpty, contentKeys.count >= keys.count,
               (0...(contentKeys.count - keys.count)).contains(where: { Array(contentKeys[from: $0, upTo: $0 + keys.count]) == keys }) {
                return true
            }
        }
        return false
    }

    /// The evidence with every hostile event term silenced, when the quote is no claim.
    func apply(to evidence: [StanceEvidence], content: String, cue: String?, side: String?) -> [StanceEvidence] {
        guard evidence.contains(where: { $0.kind == .term && $0.contribution < 0 && Self.eventCategories.contains($0.category) }),
              !isClaim(evidence, content: content, cue: cue, side: side) else { return evidence }
        return evidence.map { record in
            guard record.kind == .term, record.contribution < 0, Self.eventCategories.contains(record.category) else { return record }
            var silenced = record
            silenced.modifiers.append(StanceEvidence.Modifier(.report, text: "", factor: 0))
            silenced.contribution = 0
            return silenced
        }
    }
}
