import Foundation
import VietQuote

/// Numbers in the JSON the tool writes, rounded to `decimals` places: `-0.69`, not
/// `-0.6900000000000001`. Works on the encoded text, so every number of every field
/// (scores, contributions, means) is rounded the same way, now and when fields are
/// added; integers and the contents of strings are left alone.
enum JSONNumbers {
    /// Four decimals: a score's third decimal is what the tables show; one more keeps
    /// means apart without printing binary noise.
    static let decimals = 4

    /// Read as UTF-8 bytes (the marks of JSON are ASCII; a string's other bytes are copied
    /// as they are): appending scalar by scalar cost more than encoding the JSON.
    static func rounded(_ json: String) -> String {
        let input = Array(json.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
        var index = 0
        var inString = false
        while index < input.count {
            let byte = input[index]
            if inString {
                out.append(byte)
                if byte == backslash, index + 1 < input.count {
                    out.append(input[index + 1])
                    index += 2
                    continue
                }
                if byte == quote { inString = false }
                index += 1
                continue
            }
            if byte == quote {
                inString = true
                out.append(byte)
                index += 1
                continue
            }
            guard byte == UInt8(ascii: "-") || isDigit(byte) else {
                out.append(byte)
                index += 1
                continue
            }
            var end = index
            while end < input.count, isNumberByte(input[end]) { end += 1 }
            out.append(contentsOf: round(String(decoding: input[from: index, upTo: end], as: UTF8.self)).utf8)
            index = end
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    static func isNumberByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
    }

    /// An integer as it is; a fraction rounded, in the shortest form that reads back the
    /// same (`0.5`, `-0.69`, `0` for a rounded zero).
    static func round(_ token: String) -> String {
        guard token.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), let value = Double(token) else { return token }
        return SortedJSON.rounded(value, decimals: decimals)
    }
}

/// Rows as JSON objects (sorted keys, slashes as they are, numbers rounded).
enum JSONRows {
    static func line(_ row: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(row)).map { JSONNumbers.rounded(String(decoding: $0, as: UTF8.self)) } ?? "{}"
    }
}
