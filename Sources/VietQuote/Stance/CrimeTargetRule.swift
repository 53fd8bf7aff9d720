/// An act against crime is no act against a side (ANNOTATION.md, Stance: stance is about
/// relations between states and the sides of an international conflict; police and courts
/// at home are domestic). A verb of enforcement or prevention (`crime.tsv` kind act: `tấn
/// công`, `trấn áp`, `chống`, `phòng`) whose object is a crime, a disease or an unfair trade
/// practice (kind crime: `tội phạm`, `mua bán người`, `dịch bệnh`, `bán phá giá`) targets no
/// side: every term of the span from the first act to the end of the crime weighs 0 (the
/// attack, the denial `chống` and the crime it flips alike). Acts joined before the crime
/// (`phòng, chống`, `tấn công, trấn áp`) and the words of kind filler (`mọi`, `các`, `hình
/// thức`) may stand between. What the rest of the quote says still weighs: two states'
/// police working together against crime are cooperation (`phối hợp`, `hợp tác`). A list
/// of crimes (`,`, `và`, `nhất là`; kind link) is silenced to its last crime. A silenced
/// term still counts in the quote's mean (weight 0, as `PreventedEventRule`'s), so it thins
/// what is left: `phối hợp` (0.4) beside two silenced terms is 0.133.
///
/// Example (silver): Vietnam's minister of public security on the work with Laos, `lực lượng
/// chức năng của Bộ Công an hai nước đang phối hợp triển khai cao điểm tấn công, trấn áp tội
/// phạm mua bán người` (confrontation by `tấn công`, −0.8) is normalization by `phối hợp`;
/// Cambodia's minister's `trấn áp mọi hình thức tội phạm` and a Vietnamese minister's `phòng,
/// chống dịch bệnh` weigh nothing.
/// Rejects: an act whose object is a side or its forces (dev 311, `Israel đang tiến hành các
/// cuộc tấn công có chủ đích vào các mục tiêu quân sự ở Iran`; `sẽ tấn công các vũ khí chiến
/// lược của Hezbollah`), and a crime word that no act targets (dev 304, `Mông Cổ đã « cho phép
/// một tội phạm thoát khỏi công lý`: a person called a criminal, an accusation).
/// Also rejects a crime laid on a side: a side named in the crime's phrase (`tội phạm
/// chiến tranh của chính quyền Kiev`, `tội phạm khủng bố do Ukraine tài trợ`).
/// Evidence: each silenced term carries the modifier `crime-target`, factor 0.
struct CrimeTargetRule: Sendable {
    /// The rows of `crime.tsv`.
    enum Kind: String, CaseIterable, Sendable {
        case act
        case crime
        case filler
        case link
        case boundary
    }

    let phrases: PhraseTrie<Kind>

    init(files: LexiconFiles) throws(LexiconError) {
        phrases = try StanceLexicon.choiceTrie(files, "crime.tsv", column: "kind", of: Kind.allCases).trie
    }

    /// The offsets in `content` of each span from an act to the end of the crime it targets,
    /// or of the last crime of a list of them (`trấn áp tội phạm ma túy, tội phạm mua bán
    /// người và tội phạm lừa đảo`). No span for a crime the quote lays on a side (`chống tội
    /// phạm chiến tranh của chính quyền Kiev`): a side named in the crime's noun phrase.
    /// - Parameter gate: reads the side names.
    func targetSpans(in content: WordSpans, gate: RelationGate) -> [Range<Int>] {
        let words = content.words
        var spans: [Range<Int>] = []
        var index = 0
        while index < words.count {
            guard phrases.mayStart(words[index]), let first = phrases.longestMatch(in: words, at: index, limit: words.count),
                  first.value == .act else {
                index += 1
                continue
            }
            // Acts and fillers, then a crime.
            var next = index + first.length
            var crimeEnd: Int?
            while next < words.count, phrases.mayStart(words[next]),
                  let match = phrases.longestMatch(in: words, at: next, limit: words.count),
                  match.value != .link, match.value != .boundary {
                next += match.length
                if match.value == .crime { crimeEnd = next; break }
            }
            if let end = crimeEnd, let listEnd = listEnd(after: end, in: words, gate: gate) {
                spans.append(content.offsets(index..<listEnd))
                index = listEnd
            } else {
                index = max(crimeEnd ?? 0, index + first.length)
            }
        }
        return spans
    }

    /// The end of the last crime of the list that a crime ending at `end` opens (`end` itself
    /// when none follows), or nil when a side is named in a crime's noun phrase (`của`, `do`
    /// + a side, or the side right after its qualifiers: `tội phạm ly khai Đài Loan`). After a
    /// crime come its qualifiers (`mạng`, `trực tuyến`, `có tổ chức, xuyên quốc gia`; at
    /// most `CrimeTargetRule.qualifierWords`, up to a word of kind boundary), then a link or
    /// a filler (`và`, `nhất là`, `các loại hình`) or none (a comma is no word), then the
    /// next crime.
    private func listEnd(after end: Int, in words: WordSpans.Words, gate: RelationGate) -> Int? {
        var last = end
        var next = end
        var gap = 0
        var linked = false
        while next < words.count, gap <= Self.qualifierWords {
            // A side after a link opens another clause (`… ma túy và Lào sẽ …`).
            if gate.mayStartSide(words[next]), gate.names.actorSide(in: words, at: next, limit: words.count) != nil { return linked ? last : nil }
            guard phrases.mayStart(words[next]), let match = phrases.longestMatch(in: words, at: next, limit: words.count) else {
                next += 1
                gap += 1
                continue
            }
            switch match.value {
            case .boundary, .act: return last
            case .crime:
                next += match.length
                last = next
                gap = 0
                linked = false
            case .link, .filler:
                next += match.length
                linked = true
            }
        }
        return last
    }

    /// The words a crime's qualifiers may take before the next crime of a list: silver's
    /// `tội phạm có tổ chức, xuyên quốc gia, nhất là tội phạm ma túy` has six.
    static let qualifierWords = 6

    /// `evidence` with each term inside a span of `targetSpans(in: content)` silenced.
    func apply(to evidence: [StanceEvidence], content: WordSpans, gate: RelationGate) -> [StanceEvidence] {
        // Only a quote whose terms weigh can change: most hold no act at all.
        guard evidence.contains(where: { $0.kind == .term && $0.contribution != 0 }) else { return evidence }
        let spans = targetSpans(in: content, gate: gate)
        guard !spans.isEmpty else { return evidence }
        return StanceEvidence.silencingTerms(evidence, inside: spans, by: .crimeTarget)
    }
}
