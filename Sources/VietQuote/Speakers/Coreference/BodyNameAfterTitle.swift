/// A body's name right after a title head, written without the body's head: `Chủ tịch
/// Vingroup khẳng định …` in an article that writes `Chủ tịch Tập đoàn Vingroup` (or any
/// `Tập đoàn Vingroup`). The name is the post's body, part of the title, not the holder's
/// name (before, `Vingroup` became a person); the title then stands for the article's person
/// who holds it (`ArticleIndex.person(titled:)`, which compares titles without the words of
/// body heads: `Chủ tịch Vingroup` = `Chủ tịch Tập đoàn Vingroup`).
///
/// Recognises a name of the mention right after its title whose words the article writes
/// right after a head of `body_heads.tsv` (`Tập đoàn`, `Công ty`, `Ngân hàng` …), capitalised.
/// Rejects: a name the article never writes after a body's head (`Chủ tịch Tập Cận Bình`),
/// a person's name that names a place or a school (`TP Hồ Chí Minh`, `Trường THPT Nguyễn Du`:
/// `Chủ tịch Hồ Chí Minh` is a person),
/// a name not right after the title (`Chủ tịch, ông Vượng`).
struct BodyNameAfterTitle {
    /// The names the article writes after a body's head, by their keys.
    struct Names: Sendable {
        private var keys: Set<ByteKeys> = []

        /// Records the capitalised words after the head of the body of `length` words at `index`.
        mutating func record(_ length: Int, _ tokens: [Token], at index: Int, lexicon: SpeakerLexicon) {
            guard let head = lexicon.bodyHeads.longestMatch(in: tokens, at: index, limit: index + length), head.length < length,
                  (index + head.length..<index + length).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized }),
                  !lexicon.startsPersonalName(tokens, at: index + head.length)
            else { return }
            keys.insert(ByteKeys(tokens[index + head.length..<index + length].map(\.key)))
        }

        /// Records the names of the bodies inside a title (`Chủ tịch Tập đoàn Vingroup`).
        mutating func recordBodies(in range: Range<Int>, _ tokens: [Token], lexicon: SpeakerLexicon) {
            for position in range.dropFirst() where tokens[position].isCapitalized
                && lexicon.bodyHeads.longestMatch(in: tokens, at: position, limit: range.upperBound) != nil {
                if let body = lexicon.organization(in: tokens, at: position, limit: range.upperBound) {
                    record(body.length, tokens, at: position, lexicon: lexicon)
                }
            }
        }

        func contains(_ name: [String]) -> Bool { !keys.isEmpty && keys.contains(ByteKeys(name)) }
    }

    /// The mention's parse with each name that is a body's name after a title moved into
    /// that title.
    func apply(to parsed: inout ParsedMention, _ tokens: [Token], index: ArticleIndex) {
        guard !parsed.titles.isEmpty, !parsed.names.isEmpty else { return }
        parsed.moveNamesIntoTitles(.bodyNameInTitle, .bodyNameInTitle) { name, titles in
            guard let title = titles.firstIndex(where: { $0.range.upperBound == name.lowerBound }),
                  index.bodyNames.contains(tokens[name].map(\.key)) else { return nil }
            return title
        }
    }

    /// The keys of a title without the words of body heads (`chủ tịch vingroup`); `words` are
    /// the keys' word ids (a mention's tokens' `wordID`s, or `KeyIDs`: performance only, as
    /// `KeyIDs` takes `WordTable.shared`'s lock, and this ran per nameless title mention).
    static func withoutBodyHeads(_ keys: [String], ids words: [UInt32], lexicon: SpeakerLexicon) -> [String] {
        var kept: [String] = []
        var position = 0
        while position < words.count {
            if position > 0, let head = lexicon.bodyHeads.longestMatch(ids: words, at: position) {
                position += head.length
            } else {
                kept.append(keys[position])
                position += 1
            }
        }
        return kept
    }
}

extension ParsedMention {
    /// Moves each name for which `title` gives the index of a title of `titles` into that
    /// title, which then runs on to the name's end (`BodyNameAfterTitle`, `BrandAfterTitle`).
    mutating func moveNamesIntoTitles(_ rule: SpeakerRule, _ titleRule: TitleRule,
                                      title: (_ name: Range<Int>, _ titles: [Title]) -> Int?) {
        var kept: [Range<Int>] = []
        for name in names {
            guard let index = title(name, titles) else {
                kept.append(name)
                continue
            }
            titles[index].range = Range(from: titles[index].range.lowerBound, to: name.upperBound)
            titles[index].trace.insert(titleRule)
            record(rule)
        }
        names = kept
    }
}
