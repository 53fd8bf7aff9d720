import Foundation

/// One JSON Lines record `{"id": …, "text": …}`, read with `JSONDecoder`.
///
/// Not with `JSONSerialization`: on Linux it drops a U+FEFF that follows an escape sequence
/// (`"…\n\n\u{FEFF}Hai cầu thủ…"`, silver record `2024-04-24-premier`), so the text the
/// extractor saw was shorter than the input and every offset after it was one off.
struct JSONRecord: Decodable {
    enum ID: Equatable {
        case absent
        case value(String)
        /// Neither a string nor a number.
        case invalid
    }

    var id: ID
    /// The `text` string, or nil when it is missing or not a string.
    var text: String?

    private enum Key: String, CodingKey { case id, text }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        text = try? container.decode(String.self, forKey: .text)
        if !container.contains(.id) || ((try? container.decodeNil(forKey: .id)) ?? false) {
            id = .absent
        } else if let string = try? container.decode(String.self, forKey: .id) {
            id = .value(string)
        } else if let number = try? container.decode(Int64.self, forKey: .id) {
            id = .value(String(number))
        } else if let number = try? container.decode(Double.self, forKey: .id) {
            id = .value(String(number))
        } else if let flag = try? container.decode(Bool.self, forKey: .id) {
            id = .value(flag ? "1" : "0")
        } else {
            id = .invalid
        }
    }

    private static let decoder = JSONDecoder()

    /// The document's name (the id, else `fallback`) and text, or the reason the line is not a record.
    static func parse(_ line: Data, fallback: String) -> (document: String, text: Result<String, ReadError>) {
        guard let record = try? decoder.decode(JSONRecord.self, from: line) else {
            return (fallback, .failure(ReadError(reason: "not a JSON object")))
        }
        var document = fallback
        switch record.id {
        case .value(let id): document = id
        case .absent: break
        case .invalid: return (fallback, .failure(ReadError(reason: "\"id\" is neither a string nor a number")))
        }
        guard let text = record.text else {
            return (document, .failure(ReadError(reason: "no \"text\" string")))
        }
        return (document, .success(text))
    }
}
