/// In an article of relations, a quote that concerns none of the sides the article
/// relates is no matter between them (ANNOTATION.md, Stance: stance is about relations
/// between the sides of the article; a country's own affairs are `neutral`).
/// `RelationGate` lets every quote of a speaker with a side pass once one quote of the
/// article relates two sides and takes a pole; this rule takes back the polar quotes that
/// the gate passed for that alone: the article's parties are the sides its relating quotes
/// relate (a polar quote whose speaker's side and the sides its content names are two or
/// more, or that announces its side's own military act, `OwnForceRule`); a polar quote
/// whose speaker's side and named sides are none of them, that names no matter between
/// states (`interstate.tsv`) and announces no act of force speaks of something else — its
/// own home, a market, a company.
///
/// Example: dev 424, the shooting of Slovakia's prime minister, where Russia's ambassador
/// relates Russia and Ukraine (`Slovakia sẽ chấm dứt viện trợ vũ khí cho Ukraine`): the
/// Slovak government's `đây là một "âm mưu ám sát"`, the Slovak opposition leader's
/// `[lên án] vụ tấn công "tàn bạo"` are neutral (gold neutral): Slovakia is no party.
/// Rejects: a quote of a party (`[đại sứ Nga lên án] vụ nổ súng` in the same article:
/// Russia is one; another rule may still take it back), a quote that names a party or a
/// matter between states (`quan hệ`, `biên giới`), one that announces its side's own act
/// of force, a quote of no side that names none (it passed the gate by a matter), and every
/// quote of an article where no quote relates two sides (the gate's); a quote of a bloc
/// (`actors.tsv` kind bloc: a body of states speaks of relations between them, dev 414:
/// `[Liên Hợp Quốc kêu gọi] các bên kiềm chế …`) and a threat that weighs (`stance.tsv`
/// category threaten: a threat is made to another side, dev 417: `[Nga tuyên bố] sẽ có
/// hành động trả đũa mạnh mẽ đối với bất cứ quốc gia nào thực hiện yêu cầu của ICC`).
/// Evidence: each term and cue of a quote it silences carries the modifier `outside-party`.
enum OutsidePartyRule {
    /// The sides that the relating quotes of an article read as `readings` relate: each
    /// polar quote's speaker's sides (none when only guessed, as the gate reads them) and
    /// the sides its content names, when they are two or more or the quote announces its
    /// side's own act of force.
    /// (An array, not a set: an article has few parties, and a set hashed each name, ~1,000
    /// instructions for a Vietnamese one; `sameName` is `==`, as the set compared.)
    static func parties(_ readings: [RelationGate.Reading], gate: RelationGate) -> [String] {
        var parties: [String] = []
        // A quote's distinct sides in a reused array (a quote names few: a set per quote hashed
        // each name, ~1,000 instructions for a Vietnamese one); `sameName` is `==`.
        var sides: [String] = []
        func add(_ side: String) {
            if !sides.contains(where: { GroupTallies.sameName($0, side) }) { sides.append(side) }
        }
        // (Read by index, in place: `for reading in` copied each reading, its references retained.)
        for index in readings.indices where readings[index].polar {
            sides.removeAll(keepingCapacity: true)
            if !readings[index].guessedSide {
                for side in readings[index].sides { if let side { add(side) } }
            }
            _ = gate.sideReading(of: readings[index]) { add($0) }
            if sides.count >= 2 || readings[index].ownForce {
                for side in sides where !isParty(side, parties) { parties.append(side) }
            }
        }
        return parties
    }

    /// Whether a polar quote read as `reading`, in an article whose parties are `parties`,
    /// concerns none of them (see the type's comment).
    static func isOutside(_ reading: RelationGate.Reading, evidence: borrowing [StanceEvidence], parties: [String],
                          gate: RelationGate) -> Bool {
        guard reading.polar, !reading.ownForce, !parties.isEmpty, !threatens(evidence) else { return false }
        var involved = false
        for side in reading.sides {
            guard let side else { continue }
            if isParty(side, parties) || isBloc(side, names: gate.names) { return false }
            involved = true
        }
        var party = false
        _ = gate.sideReading(of: reading) { side in
            involved = true
            if isParty(side, parties) { party = true }
        }
        return involved && !party && !gate.namesMatter(reading.words)
    }

    /// Whether `side` is one of `parties`.
    private static func isParty(_ side: String, _ parties: [String]) -> Bool {
        parties.contains { GroupTallies.sameName($0, side) }
    }

    /// Whether a term of `evidence` of category threaten pushes towards confrontation.
    static func threatens(_ evidence: borrowing [StanceEvidence]) -> Bool {
        for index in evidence.indices where evidence[index].kind == .term && evidence[index].contribution < 0
            && evidence[index].category == StanceCategory.threaten.rawValue {
            return true
        }
        return false
    }

    /// Whether the side named `side` is a bloc of `actors.tsv` (`Liên Hợp Quốc`, `EU`).
    static func isBloc(_ side: String, names: SpeakerLexicon) -> Bool {
        let words = WordSpans(side).words
        guard let actor = names.actor(in: words, at: 0, limit: words.count), actor.length == words.count else { return false }
        return actor.entry.kind == .bloc
    }

    /// `stance` silenced: score 0, `neutral`, each weighing record marked `outside-party`.
    static func silenced(_ stance: QuoteStance) -> QuoteStance {
        stance.silenced(by: .outsideParty)
    }
}
