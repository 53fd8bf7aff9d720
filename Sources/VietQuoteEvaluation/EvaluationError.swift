/// An error of the scorer: a gold file or a system output that cannot be read.
///
/// The description is one line that names the place: the file, the quote (its index
/// and the start of its content) or the line and column of a JSON syntax error.
public struct EvaluationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: String, Sendable, Hashable, Codable {
        /// A file or folder could not be read.
        case unreadable
        /// A gold folder holds no `.json` file.
        case emptyGoldFolder
        /// A gold file has no article `.txt` of the same stem in the corpus.
        case missingArticle
        /// The JSON is not well formed, or a field has the wrong JSON type.
        case invalidJSON
        /// A required field is absent or null.
        case missingField
        /// A `type` other than `direct`, `indirect`, `mixed`.
        case unknownType
        /// A stance label outside the allowed set.
        case unknownLabel
        /// The quote content is not in the article at the stated occurrence.
        case contentNotFound
        /// The `document` field does not name the file's article.
        case documentMismatch
    }

    /// What went wrong.
    public var code: Code
    /// The file at fault (a path), or a description such as `system output line 3`.
    public var file: String
    /// The 0-based index of the quote at fault, if the error concerns one quote.
    public var quoteIndex: Int?
    /// The content of the quote at fault, if known.
    public var quoteContent: String?
    /// The 1-based line and column of a JSON syntax error, if known.
    public var line: Int?
    /// The 1-based column of a JSON syntax error, if known.
    public var column: Int?
    /// The reason, in words.
    public var reason: String

    /// Creates an error.
    public init(
        _ code: Code, file: String, quoteIndex: Int? = nil, quoteContent: String? = nil,
        line: Int? = nil, column: Int? = nil, reason: String
    ) {
        self.code = code
        self.file = file
        self.quoteIndex = quoteIndex
        self.quoteContent = quoteContent
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// `error: FILE:LINE:COLUMN: quote #N "content…": reason`.
    public var description: String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        var text = "error: \(place): "
        if let quoteIndex {
            text += "quote #\(quoteIndex)"
            if let quoteContent { text += " \"\(Abbreviation.shorten(quoteContent, to: 60))\"" }
            text += ": "
        }
        return text + reason
    }
}
