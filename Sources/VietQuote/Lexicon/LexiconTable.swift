import Foundation

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
            guard let value = Self.shortDecimal(text) ?? Double(text), value.isFinite else {
                throw error("column '\(column)': '\(text)' is not a number")
            }
            return value
        }

        /// The value of `text` when it is a short decimal (`-2`, `0.35`: an optional `-`, digits,
        /// an optional `.` and digits, at most 15 digits), else nil: `Double(text)` without
        /// the C library's conversion (a start reads 2,600 numbers). The same value: the digits
        /// as an integer below 2^53 and a power of ten up to 10^15 are exact doubles, and one
        /// division of exact doubles is correctly rounded, as `Double(text)` is.
        static func shortDecimal(_ text: String) -> Double? {
            var mantissa: UInt64 = 0, digits = 0, decimals = 0
            var negative = false, dot = false
            for (index, byte) in text.utf8.enumerated() {
                switch byte {
                case UInt8(ascii: "-") where index == 0:
                    negative = true
                case UInt8(ascii: "."):
                    // A dot after a digit, once (`.5` and `5.` are left to `Double`).
                    guard !dot, digits > 0 else { return nil }
                    dot = true
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    guard digits < Self.decimalDigits else { return nil }
                    mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                    digits += 1
                    if dot { decimals += 1 }
                default:
                    return nil
                }
            }
            guard digits > 0, !dot || decimals > 0 else { return nil }
            let value = Double(mantissa) / Self.powersOfTen[decimals]
            return negative ? -value : value
        }

        /// The digits `shortDecimal` reads, at most: their integer stays below 2^53.
        static let decimalDigits = 15
        /// 10^0 to 10^15, each exact (a product of exact integers below 2^53).
        static let powersOfTen: [Double] = {
            var powers = [1.0]
            while powers.count <= decimalDigits { powers.append(powers[powers.count - 1] * 10) }
            return powers
        }()

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
        var copy = text
        return copy.withUTF8 { bytes -> [[String]?]? in
            guard isPlain(bytes) else { return nil }
            guard let base = bytes.baseAddress else { return [nil] }
            // (Line breaks and tabs found by `memchr`, not by a loop over the bytes: the
            // lexicons are read at every start.)
            func next(_ byte: UInt8, from start: Int, before end: Int) -> Int {
                guard start < end, let found = memchr(base + start, Int32(byte), end - start) else { return end }
                return Int(bitPattern: found) - Int(bitPattern: base)
            }
            var lines: [[String]?] = []
            var start = 0
            while start <= bytes.count {
                let end = next(0x0A, from: start, before: bytes.count)
                if (start < end && bytes[start] == UInt8(ascii: "#"))
                    || (start..<end).allSatisfy({ bytes[$0] == 0x20 || bytes[$0] == 0x09 }) {
                    lines.append(nil)
                } else {
                    // (Room for every field at once: grown field by field, the arrays of a
                    // process's lexicon rows were reallocated 15,000 times.)
                    var tabs = 0
                    var tab = next(0x09, from: start, before: end)
                    while tab < end {
                        tabs += 1
                        tab = next(0x09, from: tab + 1, before: end)
                    }
                    var fields: [String] = []
                    fields.reserveCapacity(tabs + 1)
                    var fieldStart = start
                    while fieldStart <= end {
                        let fieldEnd = next(0x09, from: fieldStart, before: end)
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

    /// Whether every scalar of the UTF-8 `bytes` (valid: a `String`'s) is one that
    /// `fieldsOfLinesByBytes` reads: ASCII but CR, U+0080–U+024F, U+1E00–U+1EFF,
    /// U+2010–U+206F, U+2190–U+22FF. Eight ASCII bytes are tested at once.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let raw = UnsafeRawPointer(bytes.baseAddress) else { return true }
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if word & ByteWords.highs == 0, !ByteWords.hasByte(word, equalTo: 0x0D) {
                    index += 8
                    continue
                }
            }
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0x0D { return false }
                index += 1
            } else if lead < 0xE0 {
                // Two bytes: U+0080–U+07FF.
                let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                if value >= 0x250 { return false }
                index += 2
            } else if lead < 0xF0 {
                let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                guard (0x1E00..<0x1F00).contains(value) || (0x2010..<0x2070).contains(value)
                    || (0x2190..<0x2300).contains(value) else { return false }
                index += 3
            } else {
                return false
            }
        }
        return true
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
