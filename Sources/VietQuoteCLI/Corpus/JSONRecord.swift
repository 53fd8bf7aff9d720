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
    /// The string of the date field (`date`, or the field named by `--date-field`), if any.
    var date: String?

    /// Any field name: `id`, `text` and the date field, whose name is given at run time.
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
        static let id = Key(stringValue: "id"), text = Key(stringValue: "text")
    }

    /// The `userInfo` key under which the decoder is told the date field's name.
    static let dateFieldKey = CodingUserInfoKey(rawValue: "dateField")!

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        text = try? container.decode(String.self, forKey: .text)
        let dateField = decoder.userInfo[Self.dateFieldKey] as? String ?? "date"
        date = try? container.decode(String.self, forKey: Key(stringValue: dateField))
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

    /// The document's name (the id, else `fallback`) and text, or the reason the line is not
    /// a record; and the string of its `dateField`, if any.
    static func parse(_ line: Data, fallback: String, dateField: String = "date")
        -> (document: String, text: Result<String, ReadError>, date: String?) {
        // A flat object of strings (every record of a crawl) is read off its bytes.
        if let members = line.withUnsafeBytes(FlatJSONObject.members) {
            func value(_ key: String) -> String? { members.first { $0.key == key }?.value }
            let document = value("id") ?? fallback
            guard let text = value("text") else {
                return (document, .failure(ReadError(reason: "no \"text\" string")), value(dateField))
            }
            return (document, .success(text), value(dateField))
        }
        let decoder = JSONDecoder()
        decoder.userInfo[dateFieldKey] = dateField
        guard let record = try? decoder.decode(JSONRecord.self, from: line) else {
            return (fallback, .failure(ReadError(reason: "not a JSON object")), nil)
        }
        var document = fallback
        switch record.id {
        case .value(let id): document = id
        case .absent: break
        case .invalid: return (fallback, .failure(ReadError(reason: "\"id\" is neither a string nor a number")), nil)
        }
        guard let text = record.text else {
            return (document, .failure(ReadError(reason: "no \"text\" string")), record.date)
        }
        return (document, .success(text), record.date)
    }
}
