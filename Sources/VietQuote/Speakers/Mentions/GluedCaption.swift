/// A caption or heading run into the next sentence with no space: the last word of the one
/// and the first of the other written as one word, a capital letter inside it (`ĐứcHLV`,
/// `NộiÔng`). No part of a name: a name run starts after such a word.
///
/// Recognises: `… Borussia Dortmund thua 0-2 trước Real Madrid ở chung kết. Ảnh: Đức` `HLV Edin
/// Terzic cho biết …` written `ĐứcHLV Edin Terzic cho biết` → the name `Edin Terzic`, not
/// `ĐứcHLV Edin Terzic`; `Hà NộiÔng Trương Huy San …` → `Trương Huy San`. The speaker's
/// trace says `name: starts after a word glued to a caption`.
/// A word is glued when a lower-case letter stands right before an upper-case one and the
/// part before holds a letter outside ASCII (a Vietnamese syllable: `Đức`, `Nội`, `Pháp`), or
/// the part after does (a caption that ends in an ASCII syllable before a Vietnamese one:
/// silver `AnhVợ Sophia` → `Sophia`, `AnhĐược`, `Quảng NinhCựu`, `QatarTiền`; the 44 such
/// words of silver are all glued).
/// A word of ASCII letters is glued too when the capitals after its last lower→upper change
/// are a title of `titles.tsv` (`gluesTitle`): silver 2024-08-09-man-city---man-utd `AnhHLV
/// Erik ten Hag` (the caption's `Anh` and the title `HLV`) → `Erik ten Hag` (7 quotes were
/// `AnhHLV Erik ten Hag`).
/// Rejects: Latin-script names in mixed case (`McDonald`, `LeBron`, `TikTok`, `VinFast`,
/// `MasterD`, `OpenAI`: ASCII on both sides, and no title after the change), and a word with
/// its capital first only.
struct GluedCaption {
    /// Whether the word at `index` is glued: a caption's last word and a sentence's first.
    /// (Performance only: the token is read by position, not copied, and its scalars and
    /// `latinTable` through buffers, with no bounds check or lazy-global check per scalar:
    /// `ArticleIndex` asks it of every word of every name run.)
    /// The source's scalars and `latinTable` are `scalars` and `table` (performance only:
    /// `nameStart` takes the buffers once per name run, not once per word).
    @inline(__always)
    private static func isGlued(_ tokens: [Token], at index: Int, scalars: UnsafeBufferPointer<Unicode.Scalar>,
                                table: UnsafeBufferPointer<UInt8>) -> Bool {
        guard tokens[index].kind == .word else { return false }
        let range = Range(from: tokens[index].start, to: tokens[index].end)
        // A word of one scalar holds no letter after another.
        guard range.count > 1 else { return false }
        precondition(range.upperBound <= scalars.count, "a token's scalars lie in its source")
        return isGlued(scalars[range], table: table)
    }

    /// Whether the scalars of a word hold a lower-case letter right before an upper-case one,
    /// and a letter outside ASCII before it or after it (`latinTable` is `table`).
    private static func isGlued(_ scalars: Slice<UnsafeBufferPointer<Unicode.Scalar>>, table: UnsafeBufferPointer<UInt8>) -> Bool {
        var sawNonASCII = false
        var previousLower = false
        // A lower→upper change seen with only ASCII letters before it: glued if one follows.
        var changed = false
        // An ASCII letter's case is its range (Unicode's Uppercase and Lowercase hold no other
        // ASCII scalar); a Latin letter's classes are read off `latinClasses`; only the other
        // scalars read the Unicode tables, and only what is asked.
        for scalar in scalars {
            let value = scalar.value
            if value < 0x80 {
                if previousLower, (0x41...0x5A).contains(value) {
                    if sawNonASCII { return true }
                    changed = true
                }
                previousLower = (0x61...0x7A).contains(value)
                continue
            }
            if let classes = Self.latinClasses(of: value, table: table) {
                if previousLower, classes & Self.uppercase != 0 {
                    if sawNonASCII { return true }
                    changed = true
                }
                previousLower = classes & Self.lowercase != 0
                if classes & Self.alphabetic != 0 { sawNonASCII = true }
                continue
            }
            let properties = scalar.properties
            if previousLower, properties.isUppercase {
                if sawNonASCII { return true }
                changed = true
            }
            previousLower = properties.isLowercase
            if !sawNonASCII, properties.isAlphabetic { sawNonASCII = true }
        }
        return changed && sawNonASCII
    }

    private static let uppercase: UInt8 = 1, lowercase: UInt8 = 2, alphabetic: UInt8 = 4

    /// Unicode's Uppercase, Lowercase and Alphabetic of U+0080–U+024F and U+1E00–U+1EFF (the
    /// Latin letters of Vietnamese and of most foreign names), read once. (Performance only:
    /// the Unicode tables were read for every letter beyond ASCII of every name word.)
    private static let latinTable: [UInt8] = (Array(0x80...0x24F) + Array(0x1E00...0x1EFF)).map { value in
        guard let properties = Unicode.Scalar(UInt32(value))?.properties else { return 0 }
        return (properties.isUppercase ? uppercase : 0) | (properties.isLowercase ? lowercase : 0)
            | (properties.isAlphabetic ? alphabetic : 0)
    }

    /// The classes of the scalar `value` (at least U+0080) in `latinTable` (`table`), nil outside it.
    @inline(__always)
    private static func latinClasses(of value: UInt32, table: UnsafeBufferPointer<UInt8>) -> UInt8? {
        if value <= 0x24F { return table[Int(value - 0x80)] }
        if value >= 0x1E00, value <= 0x1EFF { return table[Int(value - 0x1E00) + (0x250 - 0x80)] }
        return nil
    }

    /// The fewest capitals of a title glued after an ASCII word (`HLV`, `CEO`, `TS`): one
    /// capital after a lower-case letter is a brand's (`CellphoneS`, `HyunA`, `MasterD`).
    static let gluedTitleLetters = 2

    /// Whether the word at `index` is ASCII letters whose capitals after the last lower→upper
    /// change (at least `gluedTitleLetters`, to the word's end) are a title of `titles`
    /// (`AnhHLV`). Performance only: a word that does not end in an ASCII capital is read no further.
    private static func gluesTitle(_ tokens: [Token], at index: Int, scalars: UnsafeBufferPointer<Unicode.Scalar>,
                                   lexicon: SpeakerLexicon) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, !token.isAllCaps, token.end - token.start > gluedTitleLetters,
              (0x41...0x5A).contains(scalars[token.end - 1].value) else { return false }
        var position = token.end - 1
        // The capitals at the word's end, back to the lower-case letter before them.
        while position > token.start, (0x41...0x5A).contains(scalars[position - 1].value) { position -= 1 }
        guard position > token.start, token.end - position >= gluedTitleLetters,
              (0x61...0x7A).contains(scalars[position - 1].value),
              (token.start..<position).allSatisfy({ scalars[$0].value < 0x80 }) else { return false }
        let capitals = String(String.UnicodeScalarView(scalars[position..<token.end]))
        return lexicon.titles.value(for: MatchKey.words(capitals)) != nil
    }

    /// Where a name run of `range` starts once the glued words in it are left out: after the
    /// last of them, or `range.lowerBound` when it holds none. `lexicon.titles` are the titles a
    /// word of ASCII letters may be glued to (`gluesTitle`). (Performance only: the lexicon is
    /// taken, one reference, and its title trie read only by `gluesTitle`'s last test; the trie
    /// taken as an argument was copied, its three arrays retained and released through their
    /// generic value witnesses, at every name run of the article: 4.3 M instructions on s500.)
    static func nameStart(_ tokens: [Token], _ range: Range<Int>, source: SourceText, lexicon: SpeakerLexicon) -> Int {
        source.scalars.withUnsafeBufferPointer { scalars in
            latinTable.withUnsafeBufferPointer { table in
                var start = range.lowerBound
                for index in range where isGlued(tokens, at: index, scalars: scalars, table: table)
                    || gluesTitle(tokens, at: index, scalars: scalars, lexicon: lexicon) { start = index + 1 }
                return start
            }
        }
    }
}
