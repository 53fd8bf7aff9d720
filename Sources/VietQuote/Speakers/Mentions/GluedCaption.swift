/// A caption or heading run into the next sentence with no space: the last word of the one
/// and the first of the other written as one word, a capital letter inside it (`ĐứcHLV`,
/// `NộiÔng`). No part of a name: a name run starts after such a word.
///
/// Recognises: `… Borussia Dortmund thua 0-2 trước Real Madrid ở chung kết. Ảnh: Đức` `HLV Edin
/// Terzic cho biết …` written `ĐứcHLV Edin Terzic cho biết` → the name `Edin Terzic`, not
/// `ĐứcHLV Edin Terzic`; `Hà NộiÔng Trương Huy San …` → `Trương Huy San`. The speaker's
/// trace says `name: starts after a word glued to a caption`.
/// A word is glued when a lower-case letter stands right before an upper-case one and the
/// part before holds a letter outside ASCII (a Vietnamese syllable: `Đức`, `Nội`, `Pháp`).
/// Rejects: Latin-script names in mixed case (`McDonald`, `LeBron`, `TikTok`, `VinFast`,
/// `MasterD`: the part before is ASCII), and a word with its capital first only.
struct GluedCaption {
    /// Whether the word at `index` is glued: a caption's last word and a sentence's first.
    static func isGlued(_ tokens: [Token], at index: Int, source: SourceText) -> Bool {
        let token = tokens[index]
        guard token.kind == .word else { return false }
        var sawNonASCII = false
        var previousLower = false
        // An ASCII letter's case is its range (Unicode's Uppercase and Lowercase hold no other
        // ASCII scalar); only the other scalars read the Unicode tables, and only what is asked.
        for position in token.start..<token.end {
            let scalar = source.scalars[position]
            if scalar.isASCII {
                let value = scalar.value
                if previousLower, (0x41...0x5A).contains(value) { return sawNonASCII }
                previousLower = (0x61...0x7A).contains(value)
                continue
            }
            let properties = scalar.properties
            if previousLower, properties.isUppercase { return sawNonASCII }
            previousLower = properties.isLowercase
            if !sawNonASCII, properties.isAlphabetic { sawNonASCII = true }
        }
        return false
    }

    /// Where a name run of `range` starts once the glued words in it are left out: after the
    /// last of them, or `range.lowerBound` when it holds none.
    static func nameStart(_ tokens: [Token], _ range: Range<Int>, source: SourceText) -> Int {
        var start = range.lowerBound
        for index in range where isGlued(tokens, at: index, source: source) { start = index + 1 }
        return start
    }
}
