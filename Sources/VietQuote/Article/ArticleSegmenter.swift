import Foundation

/// Finds the article inside a crawled news page: keeps the headline, the lead, the
/// body and photo captions, and drops menus, widgets, related-article lists, teasers,
/// lottery lists, comment prompts and credit lines.
///
/// Knowledge of words lives in `lexicons/boilerplate.tsv`; the shape rules (runs of
/// short headline-like lines, repeated lines, unaccented slug lines, table rows,
/// cut-off teasers, number lists, text after the article's end) are in code.
package struct ArticleSegmenter: Sendable {
    let lexicon: BoilerplateLexicon

    /// Loads `boilerplate.tsv` from `files`.
    /// - Throws: `LexiconError` naming the file, the line and the reason when a row
    ///   is malformed (unknown `match` or `action`, bad `max_words`, duplicate marker).
    package init(files: LexiconFiles) throws(LexiconError) {
        lexicon = try BoilerplateLexicon(files: files)
    }

    /// Every non-blank line of `text`, in order, kept or dropped, with the reason.
    /// - Complexity: O(*n*) in the length of the text.
    package func paragraphs(in text: SourceText) -> [Paragraph] {
        paragraphsAndTokens(in: text).paragraphs
    }

    /// `paragraphs(in:)`, with the tokens of each paragraph (as `Tokenizer` gives them for
    /// its range), so that later stages need not tokenise the text again.
    func paragraphsAndTokens(in text: SourceText) -> (paragraphs: [Paragraph], tokens: [[Token]]) {
        let lines = Self.lines(of: text)
        guard !lines.isEmpty else { return ([], []) }
        var pass = Pass(lines: lines, lexicon: lexicon, scalars: text.scalars)
        return (pass.run(), lines.map(\.tokens))
    }

    /// A table of the paragraphs of `text` for people: one line each, kept or
    /// dropped, role, line number, reason and the start of the text.
    package func explain(_ text: SourceText, width: Int = 90) -> String {
        var out = ""
        var lineNumber = 1
        var position = 0
        for paragraph in paragraphs(in: text) {
            while position < paragraph.range.lowerBound {
                if text.scalars[position] == "\n" { lineNumber += 1 }
                position += 1
            }
            let mark = paragraph.isKept ? "KEEP" : "drop"
            let role = paragraph.role.rawValue.padding(11)
            var snippet = text.string(paragraph.range.lowerBound..<min(paragraph.range.upperBound, paragraph.range.lowerBound + width))
            if paragraph.range.count > width { snippet += "\u{2026}" }
            out += "\(mark) \(role) L\(lineNumber)\t\(paragraph.reason)\n      | \(snippet)\n"
        }
        return out
    }

    /// The non-blank lines of the text, trimmed, with their tokens.
    static func lines(of text: SourceText) -> [ArticleLine] {
        let scalars = text.scalars
        // One copy of the word table for the whole page: a word numbered by another thread
        // between two lines (a lexicon loading) must not get two ids in one article, since
        // `TokenWordSet` compares the article's tokens by id.
        let words = WordTable.shared
        // One scanner for the page's lines: the tokenizer's tables and buffers set up once.
        return Tokenizer.withLines(of: text, words: words) { scanner in
            var lines: [ArticleLine] = []
            var start = 0
            var number = 1
            var blankBefore = true
            while start <= scalars.count {
                let end = scalars.withUnsafeBufferPointer { Self.lineFeed($0, from: start) }
                var lower = start
                var upper = end
                while lower < upper, Tokenizer.isWhitespace(scalars[lower]) { lower += 1 }
                while upper > lower, Tokenizer.isWhitespace(scalars[upper - 1]) { upper -= 1 }
                if lower < upper {
                    let (tokens, words) = scanner.tokensAndWords(lower..<upper)
                    lines.append(ArticleLine(number: number, range: lower..<upper, scalars: scalars,
                                             tokens: tokens, blankBefore: blankBefore, words: words))
                    blankBefore = false
                } else {
                    blankBefore = true
                }
                number += 1
                start = end + 1
            }
            return lines
        }
    }
}

extension ArticleSegmenter {
    /// The position of the first line feed of `scalars` from `start` on, or the end. The C
    /// library's `memchr` finds each byte 0x0A of the scalars (32 bytes per vector compare);
    /// a byte of another scalar (U+010A, U+200A …) is skipped. (A loop of two 16-byte
    /// compares a step cost 3.5 instructions a scalar, 3 % of the Article stage.)
    static func lineFeed(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int {
        guard start >= 0, start < scalars.count, let base = scalars.baseAddress else { return start }
        let bytes = UnsafeRawPointer(base)
        let end = 4 * scalars.count
        var offset = 4 * start
        while offset < end, let found = memchr(bytes + offset, 0x0A, end - offset) {
            let at = bytes.distance(to: UnsafeRawPointer(found))
            if scalars[at / 4] == "\n" { return at / 4 }
            offset = at + 1
        }
        return scalars.count
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
