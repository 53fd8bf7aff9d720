/// Shape rules on a single line: they look at letters, marks and lengths only.
enum LineShape {
    /// A line led by an unaccented lower-case slug (`nga keu goi my tu bo doi dau ...`):
    /// the address of another article, printed before its teaser title. Five such
    /// words in a row do not occur at the start of Vietnamese prose.
    static func isSlugLed(_ line: ArticleLine, scalars: [Unicode.Scalar]) -> Bool {
        let tokens = line.tokens[line.visible]
        guard tokens.count >= 5 else { return false }
        for token in tokens.prefix(5) {
            guard token.kind == .word else { return false }
            for scalar in scalars[token.range] where !(scalar >= "a" && scalar <= "z") { return false }
        }
        return true
    }

    /// A teaser that prints its own text twice on one line (`A A`, the second copy
    /// possibly cut short): the title of a link and the link's tooltip run together.
    /// - Complexity: O(*n*): at most three candidate restarts are compared.
    static func isDoubled(_ line: ArticleLine) -> Bool {
        let count = line.visible.count
        let probe = 4
        guard count >= 2 * probe else { return false }
        // (The tokens read through a pointer: the slice's bounds checks cost more than the test.)
        return line.tokens.withUnsafeBufferPointer { all in
            // (The rebasing drops the slice's bounds check: kept here, one compare per line.)
            precondition(line.visible.lowerBound >= 0 && line.visible.upperBound <= all.count)
            let tokens = UnsafeBufferPointer(rebasing: all[line.visible])
            // Whether the keys of `tokens[a + k]` and `tokens[b + k]` agree for k < length.
            func same(_ a: Int, _ b: Int, _ length: Int) -> Bool {
                (0..<length).allSatisfy { tokens[a + $0].hasSameKey(as: tokens[b + $0]) }
            }
            var candidates = 0
            var start = probe
            // (Performance only: two tokens of one key have one key hash; most tokens differ there.)
            let firstHash = tokens[0].keyHash
            let lastStart = count - probe
            while start <= lastStart, candidates < 3 {
                // The next token with the first one's key hash, in a loop of its own (a probe of
                // every token through the loop's other tests cost four times as much).
                while start <= lastStart, tokens[start].keyHash != firstHash { start &+= 1 }
                guard start <= lastStart else { break }
                if tokens[start].hasSameKey(as: tokens[0]), same(start, 0, probe) {
                    candidates += 1
                    let rest = count - start
                    if rest <= start, same(start, 0, rest) { return true }
                }
                start += 1
            }
            return false
        }
    }

    /// A list of numbers with no more words than numbers: lottery results, tables.
    static func isNumberList(_ line: ArticleLine) -> Bool {
        line.numberCount >= 5 && line.numberCount >= line.wordCount
    }

    /// A date, time or dateline alone (`11:06 02/11/2022`, `Đặng Cường | 09/10/2023,
    /// 09:56`): at most four words beside numbers with date or time separators.
    static func isDateLine(_ line: ArticleLine) -> Bool {
        line.wordCount <= 4 && line.hasDateNumber && line.tokens.count <= 20 && !line.endsSentence
            || (line.wordCount <= 2 && line.numberCount >= 3 && line.tokens.count <= 20)
    }

    /// A short label in capitals (`ĐÀI LOAN - TRUNG QUỐC`, `HÀ PHƯƠNG`): a section
    /// name or an author's byline.
    static func isCapitalsLabel(_ line: ArticleLine) -> Bool {
        line.isAllCaps && line.wordCount <= 6 && line.lastMark != "."
    }

    /// A short line of capitalised words and nothing else (`Nguyễn Tiến`,
    /// `Minh Phương`): an author's byline.
    static func isByline(_ line: ArticleLine) -> Bool {
        guard line.allWordsCapitalized, (1...4).contains(line.wordCount), line.numberCount == 0 else { return false }
        return line.tokens[line.visible].allSatisfy { $0.kind == .word || $0.key == "|" || $0.key == "-" }
    }
}
