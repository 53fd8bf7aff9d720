/// The terms and modifiers of a quote's content, and the modifiers' effect on each term.
struct ContentAnalysis {
    /// A lexicon phrase found in the content.
    struct Item {
        var words: Range<Int>
        var entry: StanceEntry
        /// Whether a modifier item took effect (it then appears in the evidence).
        var used = false
        /// For a denial: the negator that cancelled it.
        var cancelledBy: Int?
        /// For a negator or denial: the terms it flipped.
        var negated = 0
    }

    /// A term's running state.
    struct TermState {
        var item: Int
        var term: StanceTerm
        var modifiers: [StanceEvidence.Modifier] = []
        var factor = 1.0
        /// The negator items that flipped the term.
        var negators: [Int] = []
    }

    let spans: WordSpans
    /// The `opener … closer` question patterns (`StanceLexicon.questions`).
    let questions: [QuestionRule]
    var items: [Item] = []
    var terms: [TermState] = []
    /// Denials or cancelled denials that weigh by themselves.
    var ownWeights: [TermState] = []
    /// The words `CapitalisedNameSyllableRule` and `CapitalisedNamePhraseRule` dropped.
    var nameSyllables: [Range<Int>] = []

    /// The analysis's arrays between two quotes of an article, emptied with their room
    /// kept: each quote fills them again instead of allocating its own.
    struct Scratch {
        var items: [Item] = []
        var terms: [TermState] = []
        var ownWeights: [TermState] = []
        var nameSyllables: [Range<Int>] = []
    }

    init(content: WordSpans, lexicon: borrowing StanceLexicon) {
        var scratch = Scratch()
        self.init(content: content, lexicon: lexicon, scratch: &scratch)
    }

    /// The analysis of `content`, its arrays taken from `scratch` (give them back with
    /// `giveBack(to:)`).
    init(content: WordSpans, lexicon: borrowing StanceLexicon, scratch: inout Scratch) {
        questions = lexicon.questions
        spans = content
        // Found in locals, stored at the end: filling `self` while reading `self.spans`
        // copied the whole analysis.
        let words = content.words
        var items = scratch.items, terms = scratch.terms, nameSyllables = scratch.nameSyllables
        ownWeights = scratch.ownWeights
        scratch = Scratch()
        // In each clause, the longest phrase that starts at a word, left to right (as
        // `PhraseTrie.matches`, without an array per clause), but a name's syllable
        // (`CapitalisedNameSyllableRule`).
        for clause in content.clauses {
            var index = clause.lowerBound
            while index < clause.upperBound {
                // (Most words start no phrase: the trie's first-word filter, inlined, answers first.)
                guard lexicon.content.mayStart(words[index]),
                      let match = lexicon.content.longestMatch(in: words, at: index, limit: clause.upperBound) else {
                    index += 1
                    continue
                }
                if CapitalisedNameSyllableRule.drops(length: match.length, at: index, in: words, clause: clause) {
                    if CapitalisedNameSyllableRule.records(match.value) { nameSyllables.append(index..<index + 1) }
                    index += 1
                    continue
                }
                if CapitalisedNamePhraseRule.drops(length: match.length, at: index, in: content) {
                    if CapitalisedNameSyllableRule.records(match.value) { nameSyllables.append(index..<index + match.length) }
                    index += match.length
                    continue
                }
                if case .negator(let rule) = match.value, RejectedObjectRule.lacksObject(
                    rule, endingAt: index + match.length, in: words, clause: clause, lexicon: lexicon) {
                    index += 1
                    continue
                }
                // Room for a match at every word once one is found: none for a quote of no phrase.
                if items.isEmpty, items.capacity < words.count { items.reserveCapacity(words.count) }
                items.append(Item(words: index..<index + match.length, entry: match.value))
                index += match.length
            }
        }
        if terms.capacity < items.count { terms.reserveCapacity(items.count) }
        for index in items.indices {
            if case .term(let term) = items[index].entry, term.category != .block, term.category != .modal {
                terms.append(TermState(item: index, term: term))
            }
        }
        self.items = items
        self.terms = terms
        self.nameSyllables = nameSyllables
    }

    /// Empties the arrays, keeping their room, into `scratch` for the next quote.
    /// (Emptied from the end: `removeAll(keepingCapacity:)` went through the generic
    /// `replaceSubrange`, ~200 instructions an array for the few records of a quote.)
    mutating func giveBack(to scratch: inout Scratch) {
        while items.popLast() != nil {}
        while terms.popLast() != nil {}
        while ownWeights.popLast() != nil {}
        while nameSyllables.popLast() != nil {}
        swap(&scratch.items, &items)
        swap(&scratch.terms, &terms)
        swap(&scratch.ownWeights, &ownWeights)
        swap(&scratch.nameSyllables, &nameSyllables)
    }

    func text(of item: Int) -> String { spans.found(items[item].words).text }

    /// The first word of the last term, nil when there is none.
    var lastTermStart: Int? {
        var last: Int?
        for term in terms.indices { last = max(last ?? 0, items[terms[term].item].words.lowerBound) }
        return last
    }

    /// Drops the terms whose words lie inside one of `names` (`RelationGate.nameRanges`):
    /// `hiệp ước` in `Tổ chức Hiệp ước Bắc Đại Tây Dương` names NATO and reports no treaty.
    /// The phrase still wins its longest match; it only stops weighing.
    mutating func dropTerms(inside names: [Range<Int>]) {
        guard !names.isEmpty else { return }
        terms.removeAll { term in
            let words = items[term.item].words
            return names.contains { $0.lowerBound <= words.lowerBound && words.upperBound <= $0.upperBound }
        }
    }

    func sameClause(_ a: Int, _ b: Int) -> Bool {
        spans.clause(of: items[a].words.lowerBound) == spans.clause(of: items[b].words.lowerBound)
    }

    /// Multiplies term `index` by `factor`, recording the modifier `item`.
    mutating func modify(term index: Int, by item: Int, name: StanceModifierName, factor: Double) {
        terms[index].factor *= factor
        terms[index].modifiers.append(.init(name, text: text(of: item), factor: factor))
        items[item].used = true
    }

    mutating func applyModifiers() {
        applyNegation()
        applyIntensifiers()
        applyHedges()
        applyContrast()
        applyObligation()
    }

    // MARK: - Negation, denial, questions

    func negatorRule(_ item: Int) -> NegatorRule? {
        if case .negator(let rule) = items[item].entry { return rule }
        return nil
    }

    /// The question pattern that `item` closes, with the word index where its opener ends.
    func question(closedBy item: Int) -> (rule: QuestionRule, openerEnd: Int)? {
        let words = items[item].words
        let keys = words.map { spans.words[$0].key }
        let clauseID = spans.clause(of: words.lowerBound)
        let clauseRange = spans.clauses.first { $0.contains(words.lowerBound) }!
        // A closer ends its clause.
        guard words.upperBound == clauseRange.upperBound else { return nil }
        for rule in questions where rule.closer == keys {
            var start = words.lowerBound - rule.opener.count
            let lowest = max(clauseRange.lowerBound, words.lowerBound - rule.opener.count - rule.scope)
            while start >= lowest {
                if spans.clause(of: start) == clauseID,
                   (0..<rule.opener.count).allSatisfy({ spans.words[start + $0].key == rule.opener[$0] }) {
                    return (rule, start + rule.opener.count)
                }
                start -= 1
            }
        }
        return nil
    }

    mutating func applyNegation() {
        for index in items.indices {
            guard let rule = negatorRule(index) else { continue }
            if rule.kind == .negator, let (question, openerEnd) = question(closedBy: index) {
                for term in terms.indices {
                    let start = items[terms[term].item].words.lowerBound
                    if start >= openerEnd, start < items[index].words.lowerBound, question.factor != 1 {
                        modify(term: term, by: index, name: .question, factor: question.factor)
                    }
                }
                continue
            }
            if items[index].cancelledBy != nil { continue }
            let end = items[index].words.upperBound
            let name = rule.modifierName
            // The first term in scope, and the terms chained to it by coordinators.
            var next = index + 1
            var lastEnd: Int?
            while next < items.count, sameClause(index, next) {
                let start = items[next].words.lowerBound
                if let lastEnd {
                    // Only coordinators may stand between a flipped term and the next.
                    if case .chain = items[next].entry { next += 1; continue }
                    guard Range(from: lastEnd, to: start).allSatisfy({ word in
                        items.contains { if case .chain = $0.entry { $0.words.contains(word) } else { false } }
                    }) else { break }
                } else if start - end > rule.scope {
                    break
                }
                if let inner = negatorRule(next) {
                    // A negation of a denial cancels it (`không loại trừ`), if nothing
                    // stance-bearing stands between.
                    if inner.kind == .denial || inner.kind == .harm, items[index].negated == 0 {
                        items[next].cancelledBy = index
                        items[index].used = true
                    } else if inner.kind == .harm, lastEnd != nil {
                        // A harming verb chained to a flipped term is negated with it
                        // (`không sử dụng vũ lực hoặc đe dọa`).
                        items[next].cancelledBy = index
                    }
                    break
                }
                if case .term(let term) = items[next].entry, term.category != .block,
                   let position = terms.firstIndex(where: { $0.item == next }) {
                    // A harming verb flips only what is cooperative; a hostile object ends it.
                    if rule.kind == .harm, term.weight * terms[position].factor <= 0 { break }
                    modify(term: position, by: index, name: name, factor: rule.factor)
                    terms[position].negators.append(index)
                    items[index].negated += 1
                    lastEnd = items[next].words.upperBound
                }
                next += 1
            }
        }
        addOwnWeights()
    }

    /// Denials that flipped nothing, and every harming verb, weigh by themselves
    /// (negated when a negator cancelled them).
    mutating func addOwnWeights() {
        for index in items.indices {
            guard let rule = negatorRule(index), rule.weight != 0,
                  (rule.kind == .denial && items[index].negated == 0) || rule.kind == .harm else { continue }
            let end = items[index].words.upperBound
            if rule.kind == .harm {
                // A harming verb always weighs by itself; negated when cancelled.
                var state = TermState(item: index, term: StanceTerm(weight: rule.weight, category: .harm))
                if let canceller = items[index].cancelledBy, let outer = negatorRule(canceller) {
                    state.factor = outer.factor
                    state.modifiers = [.init(.negation, text: text(of: canceller), factor: outer.factor)]
                }
                ownWeights.append(state)
                items[index].used = true
            } else if let canceller = items[index].cancelledBy {
                // Cancelled: its own weight counts, negated, only if no term stands in its scope.
                let covered = terms.contains {
                    let start = items[$0.item].words.lowerBound
                    return start >= end && start - end <= rule.scope && sameClause($0.item, index)
                }
                guard !covered, let outer = negatorRule(canceller) else { continue }
                var state = TermState(item: index, term: StanceTerm(weight: rule.weight, category: .denial))
                state.factor = outer.factor
                state.modifiers = [.init(.negation, text: text(of: canceller), factor: outer.factor)]
                ownWeights.append(state)
            } else {
                ownWeights.append(TermState(item: index, term: StanceTerm(weight: rule.weight, category: .denial)))
            }
        }
    }

    // MARK: - Intensifiers and dampeners

    mutating func applyIntensifiers() {
        for index in items.indices {
            guard case .intensifier(let rule) = items[index].entry else { continue }
            let words = items[index].words
            if rule.position != .after,
               let target = terms.indices.first(where: {
                   let start = items[terms[$0].item].words.lowerBound
                   return start >= words.upperBound && start - words.upperBound <= IntensifierRule.beforeWindow
                       && sameClause(terms[$0].item, index)
               }) {
                modify(term: target, by: index, name: .intensifier, factor: rule.factor)
                continue
            }
            if rule.position != .before,
               let target = terms.indices.last(where: {
                   let end = items[terms[$0].item].words.upperBound
                   return end <= words.lowerBound && words.lowerBound - end <= IntensifierRule.afterWindow
                       && sameClause(terms[$0].item, index)
               }) {
                modify(term: target, by: index, name: .intensifier, factor: rule.factor)
            }
        }
    }

    // MARK: - Hedges

    mutating func applyHedges() {
        for term in terms.indices {
            let start = items[terms[term].item].words.lowerBound
            // The nearest hedge before the term, in its clause and scope.
            let hedge = items.indices.last { index in
                guard case .hedge(let rule) = items[index].entry else { return false }
                let end = items[index].words.upperBound
                return end <= start && start - end <= rule.scope && sameClause(index, terms[term].item)
            }
            if let hedge, case .hedge(let rule) = items[hedge].entry {
                modify(term: term, by: hedge, name: .hedge, factor: rule.factor)
            }
        }
    }

    // MARK: - Contrast

    mutating func applyContrast() {
        for index in items.indices {
            guard case .contrast(let rule) = items[index].entry else { continue }
            let words = items[index].words
            let sentenceID = spans.sentence(of: words.lowerBound)
            let clauseID = spans.clause(of: words.lowerBound)
            let opensSentence = words.lowerBound == 0 || spans.sentence(of: words.lowerBound - 1) != sentenceID
            for term in terms.indices {
                let start = items[terms[term].item].words.lowerBound
                let termSentence = spans.sentence(of: start)
                switch rule.kind {
                case .turn:
                    if start >= words.upperBound, termSentence == sentenceID {
                        modify(term: term, by: index, name: .contrast, factor: rule.after)
                    } else if start < words.lowerBound,
                              termSentence == sentenceID || (opensSentence && termSentence == sentenceID - 1) {
                        modify(term: term, by: index, name: .contrast, factor: rule.before)
                    }
                case .concession:
                    if start >= words.upperBound, spans.clause(of: start) == clauseID {
                        modify(term: term, by: index, name: .concession, factor: rule.before)
                    }
                case .trap:
                    break
                }
            }
        }
    }

    // MARK: - Cue

    /// The cue judges its content. A disapproving cue (`lên án`, `phản đối`): every
    /// term takes the cue's sign, keeping its strength (condemning an agreement is
    /// confrontation). An approving cue (`hoan nghênh`) leaves the terms as they are:
    /// welcoming a sanction package endorses the sanction, it does not make it
    /// cooperative, and welcoming an agreement is already positive by its words.
    mutating func applyJudge(_ judge: StanceEvidence.Modifier) {
        guard judge.factor < 0 else { return }
        for term in terms.indices {
            let signed = terms[term].term.weight * terms[term].factor
            guard signed != 0, (signed < 0) != (judge.factor < 0) else { continue }
            terms[term].factor *= -1
            terms[term].modifiers.append(judge)
        }
    }

    /// An appeal to a named side to stop or withdraw is a demand that it yield (CAMEO
    /// 105, ANNOTATION.md: demands are confrontation): when the content opens with a
    /// capitalised word (the addressee: `kêu gọi Belarus rút quân`, `hối thúc Trung Quốc
    /// thuyết phục Nga dừng xung đột`) and its first clause holds a `cease` row of
    /// `negators.tsv`, every cooperative term and weight takes the negative sign, as
    /// after a disapproving judging cue. An appeal with no named addressee (`kêu gọi
    /// ngừng bắn`, `kêu gọi các bên kiềm chế`) or asking something else (`đề nghị Trung
    /// Quốc đẩy nhanh kết nối đường sắt`) keeps its words' signs.
    /// - Returns: whether the appeal was read as a demand.
    @discardableResult
    mutating func applyDemand(_ appeal: StanceEvidence.Modifier) -> Bool {
        guard let first = spans.words.first, first.isCapitalized, let firstClause = spans.clauses.first,
              items.contains(where: { item in
                  if case .negator(let rule) = item.entry { rule.ceases && firstClause.contains(item.words.lowerBound) && item.words.lowerBound > 0 }
                  else { false }
              }) else { return false }
        for index in terms.indices where terms[index].term.weight * terms[index].factor > 0 {
            terms[index].factor *= appeal.factor
            terms[index].modifiers.append(appeal)
        }
        for index in ownWeights.indices where ownWeights[index].term.weight * ownWeights[index].factor > 0 {
            ownWeights[index].factor *= appeal.factor
            ownWeights[index].modifiers.append(appeal)
        }
        return true
    }

    /// An obligation laid on a named side is a demand (CAMEO 10; ANNOTATION.md: a demand
    /// that the other side give in or pay is confrontation): when the content opens with a
    /// capitalised word (the side: `Mông Cổ có nghĩa vụ hợp tác với tòa án`) and a hostile
    /// `demand` term stands later in that first clause, the cooperative terms after it in
    /// its sentence take the negative sign. An obligation with no named side first (`các
    /// bên có nghĩa vụ …`) or a cooperative term before it keeps its words' signs.
    mutating func applyObligation() {
        guard let first = spans.words.first, first.isCapitalized, let firstClause = spans.clauses.first,
              let demand = terms.first(where: { state in
                  let start = items[state.item].words.lowerBound
                  return state.term.category == .demand && state.term.weight < 0 && start > 0 && firstClause.contains(start)
              }) else { return }
        let after = items[demand.item].words.upperBound
        let sentence = spans.sentence(of: items[demand.item].words.lowerBound)
        for index in terms.indices {
            let start = items[terms[index].item].words.lowerBound
            guard start >= after, spans.sentence(of: start) == sentence,
                  terms[index].term.weight * terms[index].factor > 0 else { continue }
            terms[index].factor *= -1
            terms[index].modifiers.append(StanceEvidence.Modifier(.demand, text: text(of: demand.item), factor: -1))
        }
    }

    /// The cue denies (`phủ nhận`, `bác bỏ`): every term of the content is flipped,
    /// except the demands and coercive measures of the other side (categories `demand`
    /// and `coerce`: `yêu cầu`, `lệnh bắt giữ`, `lệnh trừng phạt`). Denying an
    /// accusation or a threat denies hostile intent (normalization), but rejecting a
    /// demand or a measure is a refusal (CAMEO 12 reject), so those keep their
    /// negative sign: `gạt bỏ yêu cầu của Nhật Bản`, `bác bỏ các lệnh bắt giữ`.
    mutating func applyCueDenial(_ denial: StanceEvidence.Modifier) {
        for term in terms.indices {
            let category = terms[term].term.category
            if category == .demand || category == .coerce,
               terms[term].term.weight * terms[term].factor < 0 { continue }
            terms[term].factor *= denial.factor
            terms[term].modifiers.append(denial)
        }
    }

    // MARK: - Evidence

    func evidence() -> [StanceEvidence] {
        let capacity = terms.count + ownWeights.count + items.count + nameSyllables.count
        guard capacity > 0 else { return [] }
        // Each record's word position and source on the stack, put in text order first: the
        // records are then made once, in that order (made, sorted and copied, the first array
        // was freed). The source is the list (terms, own weights, modifier items, name
        // syllables) in its high bits and the index in it: the order the records come in.
        return withUnsafeTemporaryAllocation(of: (position: Int, source: Int).self, capacity: capacity) { room in
            var count = 0
            func add(_ position: Int, list: Int, _ index: Int) {
                room[count] = (position, list << 32 | index)
                count += 1
            }
            for index in terms.indices { add(items[terms[index].item].words.lowerBound, list: 0, index) }
            for index in ownWeights.indices { add(items[ownWeights[index].item].words.lowerBound, list: 1, index) }
            for item in items.indices where items[item].used { add(items[item].words.lowerBound, list: 2, item) }
            for index in nameSyllables.indices { add(nameSyllables[index].lowerBound, list: 3, index) }
            // In text order, records of one position in the order made (most often they are made in order).
            var places = UnsafeMutableBufferPointer(rebasing: room[..<count])
            if !(0..<max(0, count - 1)).allSatisfy({ places[$0].position <= places[$0 + 1].position }) {
                places.sort { ($0.position, $0.source) < ($1.position, $1.source) }
            }
            var evidence: [StanceEvidence] = []
            evidence.reserveCapacity(count)
            for place in places {
                let index = place.source & 0xFFFF_FFFF
                switch place.source >> 32 {
                case 0: evidence.append(termEvidence(terms[index]))
                case 1: evidence.append(termEvidence(ownWeights[index]))
                case 2: evidence.append(modifierEvidence(items[index]))
                default: evidence.append(nameSyllables[index].count == 1 ? CapitalisedNameSyllableRule.evidence(nameSyllables[index], in: spans)
                                                                : CapitalisedNamePhraseRule.evidence(nameSyllables[index], in: spans))
                }
            }
            return evidence
        }
    }

    private func termEvidence(_ state: TermState) -> StanceEvidence {
        let found = spans.found(items[state.item].words)
        return StanceEvidence(
            kind: .term, text: found.text, category: state.term.category.rawValue, weight: state.term.weight,
            modifiers: state.modifiers, contribution: clampUnit(state.term.weight * state.factor),
            range: found.offsets
        )
    }

    private func modifierEvidence(_ item: Item) -> StanceEvidence {
        let found = spans.found(item.words)
        let (name, factor): (String, Double) = switch item.entry {
        case .negator(let rule): (rule.modifierName.rawValue, rule.factor)
        case .intensifier(let rule): (StanceModifierName.intensifier.rawValue, rule.factor)
        case .hedge(let rule): (StanceModifierName.hedge.rawValue, rule.factor)
        case .contrast(let rule): ((rule.kind == .turn ? StanceModifierName.contrast : .concession).rawValue, rule.before)
        case .term, .trap, .chain: ("", 1)
        }
        return StanceEvidence(kind: .modifier, text: found.text, category: name, weight: factor, contribution: 0, range: found.offsets)
    }
}

/// The cue's own weight, its intensifiers, and whether it denies its content.
struct CueAnalysis {
    var evidence: [StanceEvidence] = []
    /// Set when the cue holds an odd number of negators and denials (`phủ nhận`, but not
    /// `không loại trừ`): the content's terms are then flipped by this factor.
    var denial: StanceEvidence.Modifier?
    /// Set when the cue is a judging cue (category `judge`): factor ±1, its sign.
    var judge: StanceEvidence.Modifier?
    /// Set when the cue is an appeal (category `appeal_cue`): factor −1.
    var appeal: StanceEvidence.Modifier?

    /// - Parameters:
    ///   - refusal: when given, a negation that governs a verb of saying denies nothing
    ///     (`RefusalToSpeakRule`); `content` is the quote's words it reads.
    init(cue spans: borrowing WordSpans, lexicon: borrowing StanceLexicon,
         refusal: RefusalToSpeakRule? = nil, content: WordSpans.Words? = nil) {
        let words = spans.words
        // Most cues (`cho biết`, `nói`) hold no word that starts a phrase of either lexicon:
        // no match, so no evidence, denial, judge or appeal (the analysis stays empty).
        guard words.contains(where: { lexicon.content.mayStart($0) || lexicon.cues.mayStart($0) }) else { return }
        let all = 0..<words.count
        let modifiers = lexicon.content.matches(in: words, range: all)
        let rows = lexicon.cues.matches(in: words, range: all)
        // With no cue row, the feelings the cue expresses weigh (`CueFeelingWeight`); a
        // negator of one of them (`bày tỏ sự không hài lòng`) negates the feeling, not the content.
        // (No content phrase in the whole cue: none in a clause of it, so no feeling.)
        let feelings = rows.isEmpty && !modifiers.isEmpty ? CueFeelingWeight.feelings(cue: copy spans, lexicon: lexicon)
            : (evidence: [], negators: [])
        var negations: [(range: Range<Int>, rule: NegatorRule)] = []
        for match in modifiers {
            // A harming verb in the cue (`đe dọa`) denies nothing: its weight is a cue row.
            guard case .negator(let rule) = match.value, rule.kind != .question, rule.kind != .harm,
                  !feelings.negators.contains(match.range) else { continue }
            if let refusal, refusal.refuses(cue: words, negation: match.range, content: content) {
                let found = spans.found(match.range)
                evidence.append(StanceEvidence(kind: .modifier, text: found.text, category: StanceModifierName.refusal.rawValue,
                                               weight: 1, contribution: 0, range: found.offsets))
                continue
            }
            negations.append((match.range, rule))
        }
        if negations.count % 2 == 1, let last = negations.last {
            denial = .init(.cueDenial, text: spans.found(last.range).text, factor: last.rule.factor)
        }
        for match in rows {
            var applied: [StanceEvidence.Modifier] = []
            var factor = 1.0
            for modifier in modifiers {
                guard case .intensifier(let rule) = modifier.value else { continue }
                let before = modifier.range.upperBound <= match.range.lowerBound
                    && match.range.lowerBound - modifier.range.upperBound <= IntensifierRule.beforeWindow
                    && rule.position != .after
                let after = modifier.range.lowerBound >= match.range.upperBound
                    && modifier.range.lowerBound - match.range.upperBound <= IntensifierRule.afterWindow
                    && rule.position != .before
                if before || after {
                    factor *= rule.factor
                    applied.append(.init(.intensifier, text: spans.found(modifier.range).text, factor: rule.factor))
                }
            }
            let found = spans.found(match.range)
            if match.value.category == .judge, match.value.weight != 0 {
                judge = .init(.judge, text: found.text, factor: match.value.weight < 0 ? -1 : 1)
            }
            if match.value.category == .appealCue {
                appeal = .init(.demand, text: found.text, factor: -1)
            }
            evidence.append(StanceEvidence(
                kind: .cue, text: found.text, category: match.value.category.rawValue, weight: match.value.weight,
                modifiers: applied, contribution: clampUnit(match.value.weight * factor), range: found.offsets
            ))
        }
        if !feelings.evidence.isEmpty { evidence += feelings.evidence }
    }
}
