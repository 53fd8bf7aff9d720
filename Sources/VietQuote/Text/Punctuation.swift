/// The classes of punctuation the stages read: marks, not words (no language knowledge), in
/// one place. Each class says who reads it; the classes differ where the readers' questions
/// differ (does a line end a sentence? does a clause break inside a quote's content?).
enum Punctuation {
    // MARK: Quotes and Speakers (token keys)

    static let comma: Set<String> = [","]
    static let dashes: Set<String> = ["-", "–", "—", "--", "---"]
    static let commaOrDash: Set<String> = [",", "-", "–", "—", "--"]
    /// Marks that end a sentence inside a paragraph (`;` included: it closes a statement).
    static let terminal: Set<String> = [".", "!", "?", "…", ";"]
    /// Marks at which a subject, an object or a content clause stops.
    static let clauseMarks: Set<String> = [",", ";", ":", "-", "–", "—", "--", ".", "!", "?", "…"]
    /// Marks that bound a clause or sentence: one ends before them (a title stated after a
    /// copula) and one opens after them (a sentence's subject); no dash: a dash links names
    /// or opens an apposition, and no colon.
    static let clauseBounds: Set<String> = [".", ",", ";", "!", "?", "…"]
    /// Marks trimmed from the edges of a quote's content.
    static let trailing: Set<String> = [".", "!", "?", "…", ";", ":", ","]
    /// Marks that may stand inside a title's complement in an apposition
    /// (`Ấn Độ Dương-Thái Bình Dương`, `(SBU)`; `AppositiveComplement`).
    static let complementInnerMarks: Set<String> = ["-", "–", "(", ")"]

    // MARK: Stance (clauses of a quote's content)

    /// Where a clause of the content breaks (brackets included: an aside is a clause).
    static let contentClauseBreaks: Set<String> = [",", ";", ":", "(", ")", "[", "]", "\u{2013}", "\u{2014}"]
    /// Where a sentence of the content ends.
    static let contentSentenceEnds: Set<String> = [".", "!", "?", "\u{2026}"]

    // MARK: Segmentation (sentences of a paragraph)

    /// Marks that always end a sentence; `.` ends one unless it closes an abbreviation or an initial.
    static let alwaysTerminal: Set<String> = ["!", "?", "\u{2026}"]
    /// `alwaysTerminal`, looked up by a token's key hash (no `String` hashing).
    static let alwaysTerminalKeys = KeySet(alwaysTerminal)

    // MARK: Article (lines of a page)

    /// Marks a line may start with that are list or menu bullets, not words.
    static let leadingBullets: Set<String> = ["*", "-", "\u{2022}", "|", "[", "#", ">", "+", "\u{2013}", "\u{2014}"]
    /// `leadingBullets`, looked up by a token's key hash (no `String` hashing).
    static let leadingBulletKeys = KeySet(leadingBullets)
    /// Marks a line may end with that are not part of its core words.
    static let lineTrailingMarks: Set<String> = [".", ":", ";", "|", "]", "!", "\u{00BB}"]
    /// `lineTrailingMarks`, looked up by a token's key hash.
    static let lineTrailingMarkKeys = KeySet(lineTrailingMarks)
    /// Closing marks skipped when reading a line's last mark.
    static let lineClosers: Set<String> = [")", "]", "|", "\u{00BB}"]
    /// `lineClosers`, looked up by a token's key hash.
    static let lineCloserKeys = KeySet(lineClosers)
    /// A line that ends with one of these ends a sentence.
    static let lineSentenceEnds: Set<String> = [".", "!", "?", ";", ":"]
    /// `lineSentenceEnds`, looked up by a token's key hash.
    static let lineSentenceEndKeys = KeySet(lineSentenceEnds)
    /// A line of ten words or more that ends with one of these is a statement (prose).
    static let lineStatementEnds: Set<String> = [".", ";", ":"]
    /// `lineStatementEnds`, looked up by a token's key hash.
    static let lineStatementEndKeys = KeySet(lineStatementEnds)
    /// A line that ends with one of these goes on: it is no headline.
    static let lineContinuations: Set<String> = [",", ";", ":", "-", "\u{2013}"]
    /// `lineContinuations`, looked up by a token's key hash.
    static let lineContinuationKeys = KeySet(lineContinuations)
    /// Scalars that end a paragraph's last line as a sentence or quotation does: a kept line
    /// ending otherwise, followed by one starting in lower case, was hard-wrapped.
    static let paragraphEndScalars: Set<Unicode.Scalar> = Set(".!?:…\"”".unicodeScalars)
}

/// The name the Quotes and Speakers stages used before `Punctuation`; kept so Speakers/ can
/// move to `Punctuation` in its own commits.
typealias Marks = Punctuation
