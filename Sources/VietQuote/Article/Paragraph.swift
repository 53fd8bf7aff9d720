/// What a line of a crawled page is, once the article has been found in it.
package enum ParagraphRole: String, Codable, Sendable, Hashable {
    /// The article's title (a page may show it more than once; each kept copy is one).
    case headline
    /// The first full paragraph of the article (the sapo), often led by an outlet tag.
    case lead
    /// A paragraph of the article's text.
    case body
    /// A photo caption that belongs to the article.
    case caption
    /// Anything that is not the article: menus, widgets, related lists, credits ...
    case boilerplate
}

/// One line of the normalised text, with the part it plays in the page.
package struct Paragraph: Hashable, Codable, Sendable {
    /// Range in `SourceText.scalars` (normalised): the line without its line break,
    /// leading and trailing spaces trimmed.
    package var range: Range<Int>
    /// The role; `.boilerplate` means the line is dropped.
    package var role: ParagraphRole
    /// Why the line was kept or dropped, naming the rule or the lexicon row, e.g.
    /// `boilerplate.tsv:52 'TIN LIÊN QUAN' (section start)` or
    /// `structure: run of 4 short headline-like lines`.
    package var reason: String

    /// A paragraph over `range` of the normalised scalars, with its role and reason.
    package init(range: Range<Int>, role: ParagraphRole, reason: String) {
        self.range = range
        self.role = role
        self.reason = reason
    }

    /// Whether the line is part of the article.
    package var isKept: Bool { role != .boilerplate }
}
