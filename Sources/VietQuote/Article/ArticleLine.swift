/// One non-blank line of the page with the facts the article rules look at.
/// Everything here is shape (letters, marks, lengths); no word of any language.
struct ArticleLine {
    /// 1-based line number in the text (blank lines counted).
    var number: Int
    /// The trimmed line in the normalised scalars.
    var range: Range<Int>
    var tokens: [Token]
    /// Whether a blank line (or the start of the text) stands right before this line.
    var blankBefore: Bool

    /// The tokens of the visible text: the link text of a Markdown link or image,
    /// otherwise the whole line.
    var visible: Range<Int>
    /// `visible` without leading bullets (`*`, `-`, `|` ...) and trailing marks
    /// (`.`, `:`, `|` ...): what whole-line, prefix and suffix markers are matched on.
    var core: Range<Int>
    var wordCount = 0
    var numberCount = 0
    /// A Markdown image, `![alt](url)`.
    var isImage = false
    /// A line that is one Markdown link, `[text](url)`.
    var isLink = false
    /// A row of a Markdown or text table, `| … |`.
    var isTableRow = false
    /// A bare web address.
    var isURL = false
    /// The visible text ends with an ellipsis (`...`, `…`): a cut-off teaser.
    var endsWithEllipsis = false
    /// The closing ellipsis touches the word or mark before it (`nông thuỷ sản...`,
    /// `Cloud, Blockchain…`): the writer's "and so on" after a list. An aggregator cuts a
    /// teaser at a word boundary and puts a space (often a no-break space) before its `...`.
    var ellipsisTouchesWord = false
    /// The last mark of the visible text, closing quotes and brackets skipped;
    /// `nil` when it ends with a word or a number.
    var lastMark: String?
    /// The index of `lastMark`'s token (looked up by key hash, not by `String` hashing).
    var lastMarkIndex: Int?
    /// The first word starts with a lower-case letter.
    var startsLowercase = false
    /// Every word starts with a capital letter.
    var allWordsCapitalized = false
    /// Every letter is upper case (and there is a word of two letters or more).
    var isAllCaps = false
    /// Some number token holds a date or time separator (`9/10/2023`, `21:00`).
    var hasDateNumber = false

    /// `words`: what the words and numbers of all `tokens` are like, when the tokenizer read
    /// them as it made the tokens (`Tokenizer.LineScanner.tokensAndWords`); nil to read them here.
    init(number: Int, range: Range<Int>, scalars: [Unicode.Scalar], tokens: [Token], blankBefore: Bool,
         words: Tokenizer.WordCounts? = nil) {
        self.number = number
        self.range = range
        self.tokens = tokens
        self.blankBefore = blankBefore
        visible = 0..<tokens.count
        core = visible

        let first = scalars[range.lowerBound]
        let last = scalars[range.upperBound - 1]
        isTableRow = first == "|" || last == "|"
        isURL = Self.isBareAddress(scalars[range])
        if let linkText = Self.markdownLinkText(scalars, range) {
            isImage = first == "!"
            isLink = !isImage
            // The tokens that start inside the link text: a run (tokens are in text order),
            // found from both ends with no array of their indices.
            let first = tokens.indices.first { linkText.contains(tokens[$0].start) }
            let last = first == nil ? nil : tokens.indices.last { linkText.contains(tokens[$0].start) }
            visible = (first ?? 0)..<((last ?? -1) + 1)
        }

        var lower = visible.lowerBound
        var upper = visible.upperBound
        while lower < upper, tokens[lower].kind == .punctuation, Punctuation.leadingBulletKeys.contains(tokens[lower]) { lower += 1 }
        while upper > lower, tokens[upper - 1].kind == .punctuation, Punctuation.lineTrailingMarkKeys.contains(tokens[upper - 1]) {
            upper -= 1
        }
        core = lower..<upper
        // (Performance only: the tokenizer's counts hold for the whole line, not a link's text.)
        if let words, visible == 0..<tokens.count {
            take(words)
        } else {
            readWords(scalars)
        }
        // (Tokens read by position: `first(where:)` and `reversed()` copied each one.)
        if let firstWord = visible.first(where: { tokens[$0].isWordLike }), tokens[firstWord].kind == .word {
            startsLowercase = Tokenizer.isLowercase(scalars[tokens[firstWord].start])
        }
        if !visible.isEmpty {
            // (By bytes: a key is NFC, and nothing else is canonically equivalent to `…`;
            // `==` took the slow path of a non-ASCII comparison.)
            endsWithEllipsis = ByteKey.sameBytes(tokens[visible.upperBound - 1].key, "\u{2026}")
            if endsWithEllipsis, visible.count >= 2 {
                ellipsisTouchesWord = tokens[visible.upperBound - 2].end == tokens[visible.upperBound - 1].start
            }
        }
        for index in visible.reversed() {
            if tokens[index].kind == .quote || Punctuation.lineCloserKeys.contains(tokens[index]) { continue }
            lastMark = tokens[index].kind == .punctuation ? tokens[index].key : nil
            lastMarkIndex = tokens[index].kind == .punctuation ? index : nil
            break
        }
    }

    /// Counts the words and numbers of the visible text and reads their letters: whether
    /// every word is capitalised, every letter upper case, a number holds a date separator.
    /// (The letters and tokens are read through buffers, the counts kept in locals: a slice
    /// of `scalars` per token retained the array, a `for token in` loop copied each token,
    /// and the array's bounds checks and the stores to `self` cost more than the tests.)
    private mutating func readWords(_ scalars: [Unicode.Scalar]) {
        var counts = Tokenizer.WordCounts()
        let visible = visible
        scalars.withUnsafeBufferPointer { scalars in
            tokens.withUnsafeBufferPointer { tokens in
                for index in visible {
                    let range = tokens[index].range
                    switch tokens[index].kind {
                    case .word:
                        counts.words += 1
                        if !tokens[index].isCapitalized { counts.everyWordCapitalized = false }
                        if !counts.lowercaseLetter, scalars[range].contains(where: Tokenizer.isLowercase) { counts.lowercaseLetter = true }
                        if range.count >= 2 { counts.longWord = true }
                    case .number:
                        counts.numbers += 1
                        if !counts.dateNumber, scalars[range].contains(where: { $0 == "/" || $0 == ":" }) { counts.dateNumber = true }
                    default:
                        break
                    }
                }
            }
        }
        take(counts)
    }

    /// The line's counts and letters from `counts` (of its visible tokens).
    private mutating func take(_ counts: Tokenizer.WordCounts) {
        wordCount = counts.words
        numberCount = counts.numbers
        hasDateNumber = counts.dateNumber
        allWordsCapitalized = counts.words > 0 && counts.everyWordCapitalized
        isAllCaps = counts.words > 0 && !counts.lowercaseLetter && counts.longWord
    }

    /// The line ends a sentence: its last mark is a full stop, `!`, `?`, `;` or `:`.
    var endsSentence: Bool { lastMarkIndex.map { Punctuation.lineSentenceEndKeys.contains(tokens[$0]) } ?? false }

    /// A paragraph of running text: a statement of ten words or more (ending with a
    /// full stop, `;` or `:`; titles end with `!` and `?` too), or any line of forty
    /// words or more.
    var isProse: Bool {
        (wordCount >= 10 && lastMarkIndex.map { Punctuation.lineStatementEndKeys.contains(tokens[$0]) } ?? false) || wordCount >= 40
    }

    /// The scalar range of the text between `[` and `](` when the whole line is a
    /// Markdown link `[text](url)` or image `![text](url)`.
    static func markdownLinkText(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int>? {
        var start = range.lowerBound
        if scalars[start] == "!" { start += 1 }
        guard start < range.upperBound, scalars[start] == "[", scalars[range.upperBound - 1] == ")" else { return nil }
        var index = start + 1
        while index + 1 < range.upperBound {
            if scalars[index] == "]" && scalars[index + 1] == "(" { return (start + 1)..<index }
            index += 1
        }
        return nil
    }

    /// A web address alone on the line.
    static func isBareAddress(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        // (Performance only: an address starts with `h` or `w`, in either case; no other
        // scalar lowers to either letter. The test below lowers eight scalars as strings.)
        switch text.first {
        case "h", "H", "w", "W": break
        default: return false
        }
        if text.contains(" ") { return false }
        let lowered = text.prefix(8).map { Character(String($0).lowercased()) }
        let head = String(lowered)
        return head.hasPrefix("http://") || head.hasPrefix("https://") || head.hasPrefix("www.")
    }
}
