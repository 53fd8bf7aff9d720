/// One parsed TSV lexicon file.
///
/// The format, shared by every file in `lexicons/`:
/// - lines starting with `#` are comments (each file opens with a header comment that
///   says what it holds and how its columns are read); blank lines are skipped;
/// - the first other line names the columns, separated by tabs;
/// - every following line is a row with exactly that many tab-separated fields.
package struct LexiconTable: Sendable {
    /// One row, with the line it came from (for error messages).
    package struct Row: Sendable {
        package var line: Int
        package var fields: [String]
        let columns: [String: Int]
        let file: String

        /// The field of the named column.
        package subscript(_ column: String) -> String {
            guard let index = columns[column] else { return "" }
            return fields[index]
        }

        /// An error located at this row.
        package func error(_ reason: String) -> LexiconError {
            LexiconError(file: file, line: line, reason: reason)
        }

        /// The field of the named column read as a number, or an error naming the row.
        package func double(_ column: String) throws(LexiconError) -> Double {
            let text = self[column]
            guard let value = Double(text), value.isFinite else {
                throw error("column '\(column)': '\(text)' is not a number")
            }
            return value
        }

        /// The field of the named column, which must be one of `allowed`.
        package func choice(_ column: String, in allowed: Set<String>) throws(LexiconError) -> String {
            let text = self[column]
            guard allowed.contains(text) else {
                throw error("column '\(column)': '\(text)' is not one of \(allowed.sorted().joined(separator: ", "))")
            }
            return text
        }

        /// The field of the named column, which must not be empty.
        package func required(_ column: String) throws(LexiconError) -> String {
            let text = self[column]
            guard !text.isEmpty else { throw error("column '\(column)' is empty") }
            return text
        }
    }

    package var file: String
    package var columns: [String]
    package var rows: [Row]

    /// Parses `text`, checking that it has the `expected` columns in that order.
    package init(file: String, text: String, expected: [String]) throws(LexiconError) {
        self.file = file
        var header: [String]?
        var rows: [Row] = []
        var index: [String: Int] = [:]
        var lineNumber = 0
        for fields in Self.fieldsOfLines(text) {
            lineNumber += 1
            guard let fields else { continue }
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

extension LexiconTable {
    /// The fields of each line of `text`, space-trimmed, or nil for a comment or blank line.
    static func fieldsOfLines(_ text: String) -> [[String]?] {
        fieldsOfLinesByBytes(text) ?? fieldsOfLinesByCharacters(text)
    }

    static func fieldsOfLinesByCharacters(_ text: String) -> [[String]?] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { rawLine in
            var line = Substring(rawLine)
            if line.last == "\r" { line = line.dropLast() }
            if line.first == "#" || line.allSatisfy({ $0 == " " || $0 == "\t" }) { return nil }
            return line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
        }
    }

    /// `fieldsOfLines` read byte by byte, for a text where that gives the same result as
    /// reading it by `Character`: no CR, and only ASCII, Latin letters, general punctuation,
    /// arrows and mathematical operators (none of which joins a line break, `#`, tab or
    /// space into one grapheme, as combining marks and joiners do). Nil for any other text.
    static func fieldsOfLinesByBytes(_ text: String) -> [[String]?]? {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let plain = (value < 0x80 && value != 0x0D) || (0x80..<0x250).contains(value) || (0x1E00..<0x1F00).contains(value)
                || (0x2010..<0x2070).contains(value) || (0x2190..<0x2300).contains(value)
            if !plain { return nil }
        }
        var copy = text
        return copy.withUTF8 { bytes -> [[String]?] in
            var lines: [[String]?] = []
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                if (start < end && bytes[start] == UInt8(ascii: "#"))
                    || (start..<end).allSatisfy({ bytes[$0] == 0x20 || bytes[$0] == 0x09 }) {
                    lines.append(nil)
                } else {
                    // (Room for every field at once: grown field by field, the arrays of a
                    // process's lexicon rows were reallocated 15,000 times.)
                    var tabs = 0
                    for position in start..<end where bytes[position] == 0x09 { tabs += 1 }
                    var fields: [String] = []
                    fields.reserveCapacity(tabs + 1)
                    var fieldStart = start
                    while fieldStart <= end {
                        var fieldEnd = fieldStart
                        while fieldEnd < end, bytes[fieldEnd] != 0x09 { fieldEnd += 1 }
                        var lower = fieldStart, upper = fieldEnd
                        while lower < upper, bytes[lower] == 0x20 { lower += 1 }
                        while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
                        fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self))
                        fieldStart = fieldEnd + 1
                    }
                    lines.append(fields)
                }
                start = end + 1
            }
            return lines
        }
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
