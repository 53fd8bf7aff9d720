import Foundation

/// Decoding of one JSON document with errors that name the place.
enum JSONReading {
    /// Decodes `data` as an ``AnnotatedDocument``.
    /// - Throws: ``EvaluationError`` `.invalidJSON` naming `file`, with the line and
    ///   column of a syntax error when the parser reports them, or the field path of a
    ///   field of the wrong type.
    static func document(_ data: Data, file: String) throws(EvaluationError) -> AnnotatedDocument {
        do {
            return try JSONDecoder().decode(AnnotatedDocument.self, from: data)
        } catch let error as DecodingError {
            throw describe(error, data: data, file: file)
        } catch {
            throw EvaluationError(.invalidJSON, file: file, reason: "invalid JSON: \(error)")
        }
    }

    private static func describe(_ error: DecodingError, data: Data, file: String) -> EvaluationError {
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            var underlying = context.underlyingError.map { "\($0)" } ?? context.debugDescription
            // JSONDecoder on Linux reports no position; JSONSerialization does
            // ("Invalid value around character 45.").
            do {
                _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            } catch {
                let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
                if let detail { underlying = detail }
            }
            let (line, column) = position(in: underlying, data: data)
            return EvaluationError(
                .invalidJSON, file: file, line: line, column: column,
                reason: "invalid JSON: \(firstSentence(of: underlying))")
        case .typeMismatch(_, let context), .valueNotFound(_, let context),
             .keyNotFound(_, let context), .dataCorrupted(let context):
            let (quote, path) = quoteIndex(context.codingPath)
            return EvaluationError(
                .invalidJSON, file: file, quoteIndex: quote,
                reason: "at \(path): \(context.debugDescription)")
        @unknown default:
            return EvaluationError(.invalidJSON, file: file, reason: "invalid JSON: \(error)")
        }
    }

    /// The quote index in a coding path (`quotes[3].speaker`) and the path as text.
    private static func quoteIndex(_ path: [any CodingKey]) -> (Int?, String) {
        var quote: Int?
        var text = ""
        for (position, key) in path.enumerated() {
            if let index = key.intValue {
                text += "[\(index)]"
                if position == 1, path[0].stringValue == "quotes" { quote = index }
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return (quote, text.isEmpty ? "top level" : text)
    }

    /// Line and column from a parser message ("… line 3, column 5 …"), or from a
    /// byte offset ("… at offset 42"/"character 42"), if any.
    private static func position(in message: String, data: Data) -> (Int?, Int?) {
        if let line = number(after: "line ", in: message), let column = number(after: "column ", in: message) {
            return (line, column)
        }
        if let offset = number(after: "offset ", in: message) ?? number(after: "character ", in: message) {
            var line = 1
            var column = 1
            for byte in data.prefix(offset) {
                if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
            }
            return (line, column)
        }
        return (nil, nil)
    }

    private static func number(after marker: String, in message: String) -> Int? {
        guard let range = message.range(of: marker) else { return nil }
        let digits = message[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
        return Int(digits)
    }

    private static func firstSentence(of message: String) -> String {
        let flat = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        return Abbreviation.shorten(flat, to: 200)
    }
}
