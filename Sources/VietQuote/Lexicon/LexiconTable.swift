/// One parsed TSV lexicon file.
///
/// The format, shared by every file in `lexicons/`:
/// - lines starting with `#` are comments (each file opens with a header comment that
///   says what it holds and how its columns are read); blank lines are skipped;
/// - the first other line names the columns, separated by tabs;
/// - every following line is a row with exactly that many tab-separated fields.
public struct LexiconTable: Sendable {
    /// One row, with the line it came from (for error messages).
    public struct Row: Sendable {
        public var line: Int
        public var fields: [String]
        let columns: [String: Int]
        let file: String

        /// The field of the named column.
        public subscript(_ column: String) -> String {
            guard let index = columns[column] else { return "" }
            return fields[index]
        }

        /// An error located at this row.
        public func error(_ reason: String) -> LexiconError {
            LexiconError(file: file, line: line, reason: reason)
        }

        /// The field of the named column read as a number, or an error naming the row.
        public func double(_ column: String) throws(LexiconError) -> Double {
            let text = self[column]
            guard let value = Double(text), value.isFinite else {
                throw error("column '\(column)': '\(text)' is not a number")
            }
            return value
        }

        /// The field of the named column, which must be one of `allowed`.
        public func choice(_ column: String, in allowed: Set<String>) throws(LexiconError) -> String {
            let text = self[column]
            guard allowed.contains(text) else {
                throw error("column '\(column)': '\(text)' is not one of \(allowed.sorted().joined(separator: ", "))")
            }
            return text
        }

        /// The field of the named column, which must not be empty.
        public func required(_ column: String) throws(LexiconError) -> String {
            let text = self[column]
            guard !text.isEmpty else { throw error("column '\(column)' is empty") }
            return text
        }
    }

    public var file: String
    public var columns: [String]
    public var rows: [Row]

    /// Parses `text`, checking that it has the `expected` columns in that order.
    public init(file: String, text: String, expected: [String]) throws(LexiconError) {
        self.file = file
        var header: [String]?
        var rows: [Row] = []
        var index: [String: Int] = [:]
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.last == "\r" { line = line.dropLast() }
            if line.first == "#" || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingSpaces() }
            guard let columns = header else {
                guard fields == expected else {
                    throw LexiconError(
                        file: file, line: lineNumber,
                        reason: "the column header must be '\(expected.joined(separator: "<TAB>"))', found '\(fields.joined(separator: "<TAB>"))'"
                    )
                }
                header = fields
                for (position, name) in fields.enumerated() { index[name] = position }
                continue
            }
            guard fields.count == columns.count else {
                throw LexiconError(
                    file: file, line: lineNumber,
                    reason: "expected \(columns.count) tab-separated columns (\(columns.joined(separator: ", "))), found \(fields.count)"
                )
            }
            rows.append(Row(line: lineNumber, fields: fields, columns: index, file: file))
        }
        guard let columns = header else {
            throw LexiconError(file: file, line: 0, reason: "no column header line")
        }
        self.columns = columns
        self.rows = rows
    }
}

extension Substring {
    func trimmingSpaces() -> String {
        var slice = self[...]
        while let first = slice.first, first == " " { slice = slice.dropFirst() }
        while let last = slice.last, last == " " { slice = slice.dropLast() }
        return String(slice)
    }
}
