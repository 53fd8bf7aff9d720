/// A lexicon file that cannot be read: the file, the line and the reason.
public struct LexiconError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file name (or path) of the lexicon.
    public var file: String
    /// The 1-based line number, or 0 when the problem concerns the whole file.
    public var line: Int
    /// What is wrong, in one line.
    public var reason: String

    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String {
        line > 0 ? "\(file):\(line): error: \(reason)" : "\(file): error: \(reason)"
    }
}
