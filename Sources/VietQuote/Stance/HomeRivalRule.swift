/// A politician's charge against a home rival is home politics, though it names a foreign
/// state as what the rival would serve (ANNOTATION.md, Stance: "statements about one
/// country's own domestic affairs — elections, parties, a government and its critics … — are
/// `neutral`"). `DomesticMatterRule` takes back a quote of home politics only when it names no
/// side but its speaker's; this rule reads who the quote is about. A polar quote whose content
/// opens with a word of home politics of `domestic.tsv` (a party or camp, an election, the
/// cabinet, a candidate with a title; after a noun marker such as `các`, `những`) has that home
/// actor as its subject: the speaker judges the actor, and a foreign state named later is the
/// argument (what the rival would favour), not a side the speaker acts towards. Such a quote
/// is neutral when its speaker speaks for one side, given (not guessed from the article, not
/// inferred); when no side but the speaker's own stands right after the opening phrase
/// (`StanceThresholds.rivalQualifier` words: `đảng đối lập Hàn Quốc` said by Seoul is home,
/// `bầu cử Nga` said by Washington is another state's election); when the speaker's own side
/// is named nowhere else (a state named as the object of another's party, `… kiềm chế Trung
/// Quốc` said by Beijing, is that party's state acting towards the speaker); when it speaks of
/// no war or army (`stance.tsv` fight, posture) and announces no act of force (`OwnForceRule`);
/// and when it names no matter between states (`interstate.tsv`).
///
/// Example (silver 2024-12-03-han-quoc, President Yoon on the martial law): `[cáo buộc] đảng
/// đối lập chính có động thái có thể có lợi với Triều Tiên` and `[cáo buộc] đảng đối lập
/// chính của đất nước này có động thái có thể có lợi cho Triều Tiên và có các hoạt động chống
/// lại nhà nước` are neutral: he accuses the opposition at home; North Korea is what they
/// would favour.
/// Rejects: a quote that opens with the foreign side (dev 408, US officials: `[cáo buộc] Nga
/// đang can thiệp và nâng cao cơ hội thắng cử của ông Trump`: Russia's meddling relates two
/// sides), a quote opening with anything else (dev 415, Trump `[tuyên bố] nếu tái đắc cử ông
/// sẽ chấm dứt cuộc chiến trong vòng 24 giờ`), an election of another state named after its
/// word, a word of crime and courts (`domestic.tsv` needs `alone`: crime across borders is a
/// matter between states, `CrimeTargetRule`), a speaker of no side or of two.
/// Evidence: each term and cue of a quote it silences carries the modifier `home-rival`.
enum HomeRivalRule {
    /// Whether a quote read as `reading`, polar, that `domestic` did not take back, judges a
    /// home actor it opens with (see the type's comment).
    static func isHomeRival(_ reading: RelationGate.Reading, evidence: borrowing [StanceEvidence],
                            domestic: DomesticMatterRule, gate: RelationGate) -> Bool {
        guard reading.polar, !reading.ownForce, !reading.guessedSide, !reading.inferredSide,
              let own = reading.sides.first ?? nil, reading.sides.allSatisfy({ $0 == own }),
              !DomesticMatterRule.speaksOfWar(evidence) else { return false }
        let words = reading.words.words
        var start = 0
        while gate.names.words.isWord(words, at: start, .nounMarker) { start += 1 }
        guard start < words.count,
              let end = domestic.phraseEnd(words, at: start, names: gate.names, cooperation: DomesticMatterRule.cooperates(evidence), alone: false),
              !gate.namesMatter(reading.words) else { return false }
        // The sides right after the opening phrase qualify it: only the speaker's own may.
        var qualifying = 0
        for next in end..<min(words.count, end + StanceThresholds.rivalQualifier) where gate.mayStartSide(words[next]) {
            guard let found = gate.names.actorSide(in: words, at: next, limit: words.count) else { continue }
            guard GroupTallies.sameName(found.side, own) else { return false }
            qualifying += 1
        }
        var named = 0
        _ = gate.sideReading(of: reading) { side in
            if GroupTallies.sameName(side, own) { named += 1 }
        }
        return named <= qualifying
    }

    /// `stance` silenced: score 0, `neutral`, each weighing record marked `home-rival`.
    static func silenced(_ stance: QuoteStance) -> QuoteStance {
        stance.silenced(by: .homeRival)
    }
}
