/// The sides of `actors.tsv` found at each word of a quote's content, read once per quote
/// (`SpeakerLexicon.actorSide` at every word where one may start): `RelationGate.sideReading`,
/// `RelationGate.nameRanges`, `SideSyllableRule.evidence` and `SidePlaceRule.evidence` each
/// scanned the content's words and looked the lexicon up again (four scans, ~1,000
/// instructions a quote each); they read this table instead, with the same answers.
///
/// An entry is a word where `actorSide(in: words, at: index, limit: words.count)` finds a
/// side, and whether an `actors.tsv` phrase itself may start there (`actors.mayStart`: the
/// scans of names and evidence look only there) or only a side prefix (`phía Nga`: read by
/// `sideReading` alone). Words where nothing is found have no entry.
struct ActorStarts: Sendable {
    struct Entry: Sendable {
        /// The word the side starts at (its prefix's first word when it has one).
        let index: Int
        /// How many words `actorSide` read (prefix included).
        let length: Int
        let side: String
        /// Whether `actors.mayStart` holds at the word (not only a side prefix).
        let actorStarts: Bool
    }

    /// The entries in word order.
    let entries: [Entry]

    /// The sides found in the words of `spans`, read with `names`.
    init(_ spans: borrowing WordSpans, names: SpeakerLexicon) {
        let words = spans.words
        // (The tries read at every word, taken out of the lexicon once.)
        let actors = names.actors, functionWords = names.words
        var entries: [Entry] = []
        // A side's words hold a capitalised word (`actorSide`): none starts after the last one.
        let end = (words.lastIndex { $0.isCapitalized } ?? -1) + 1
        for index in 0..<end {
            let actorStarts = actors.mayStart(words[index])
            guard actorStarts || functionWords.mayStart(.sidePrefix, words[index]),
                  let found = names.actorSide(in: words, at: index, limit: words.count) else { continue }
            // Room made once for the sides most contents name (grown one by one, the array was
            // made again at each doubling); a long page keeps a table per quote, so no more.
            if entries.isEmpty { entries.reserveCapacity(min(end - index, ActorStartsLimits.firstRoom)) }
            entries.append(Entry(index: index, length: found.length, side: found.side, actorStarts: actorStarts))
        }
        self.entries = entries
    }

    /// The entries a left-to-right scan that steps over each side it finds reads
    /// (`index += max(1, length)`), handed to `body` in order; with `actorsOnly`, only those
    /// where an `actors.tsv` phrase may start count (the others are stepped over as words).
    func eachSkipping(actorsOnly: Bool, _ body: (Entry) -> Void) {
        var next = 0
        for entry in entries where entry.index >= next && (!actorsOnly || entry.actorStarts) {
            body(entry)
            next = entry.index + max(1, entry.length)
        }
    }
}

/// The limits `ActorStarts` reads.
enum ActorStartsLimits {
    /// The entries a table makes room for at its first side: a content names a few sides.
    static let firstRoom = 4
}
