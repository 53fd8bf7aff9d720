import VietQuote

/// A JSON Lines record read off its bytes when it is a flat object of strings (the silver
/// corpus, every crawl's `{"id": …, "date": …, "url": …, "text": …}`): the same strings
/// `JSONDecoder` gives, without its value map and keyed containers.
///
/// Reads: white space, `{`, members `"key": "value"` separated by commas, `}`, white space,
/// nothing else; escapes `\" \\ \/ \b \f \n \r \t` and `\uXXXX` (not a surrogate). Gives nil
/// (the caller asks `JSONDecoder`) for anything else: a value that is not a string, a key
/// given twice, a surrogate escape, a control character inside a string, invalid UTF-8.
enum FlatJSONObject {
    /// The members of the object in `bytes`, in order, or nil.
    static func members(_ bytes: UnsafeRawBufferPointer) -> [(key: String, value: String)]? {
        var reader = Reader(bytes: bytes)
        var members: [(key: String, value: String)] = []
        reader.skipSpace()
        guard reader.take(UInt8(ascii: "{")) else { return nil }
        reader.skipSpace()
        if !reader.take(UInt8(ascii: "}")) {
            while true {
                reader.skipSpace()
                guard let key = reader.string() else { return nil }
                reader.skipSpace()
                guard reader.take(UInt8(ascii: ":")) else { return nil }
                reader.skipSpace()
                guard let value = reader.string(), !members.contains(where: { $0.key == key }) else { return nil }
                members.append((key, value))
                reader.skipSpace()
                if reader.take(UInt8(ascii: "}")) { break }
                guard reader.take(UInt8(ascii: ",")) else { return nil }
            }
        }
        reader.skipSpace()
        return reader.index == bytes.count ? members : nil
    }

    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var index = 0

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        /// The string at `index` (its opening quote), decoded; nil when it is none or not plain.
        /// The bytes between escapes are found eight at a time and copied a run at a time.
        mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            var decoded: [UInt8] = []
            var escaped = false
            var runStart = index
            while case let stop = SortedJSON.nextEscape(in: bytes, from: index), stop < bytes.count {
                let run = UnsafeRawBufferPointer(rebasing: bytes[runStart..<stop])
                index = stop + 1
                let byte = bytes[stop]
                if byte == UInt8(ascii: "\"") {
                    guard escaped else { return UTF8Text.string(run) }
                    decoded.append(contentsOf: run)
                    return UTF8Text.string(decoded)
                }
                guard byte == UInt8(ascii: "\\"), index < bytes.count else { return nil }   // a control character
                // The string so far and a little more, not the rest of the record: it grows as it needs.
                if !escaped { decoded.reserveCapacity(stop - runStart + 16) }
                escaped = true
                decoded.append(contentsOf: run)
                let letter = bytes[index]
                index += 1
                switch letter {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(letter)
                case UInt8(ascii: "b"): decoded.append(0x08)
                case UInt8(ascii: "f"): decoded.append(0x0C)
                case UInt8(ascii: "n"): decoded.append(0x0A)
                case UInt8(ascii: "r"): decoded.append(0x0D)
                case UInt8(ascii: "t"): decoded.append(0x09)
                case UInt8(ascii: "u"):
                    guard let value = hex4(), !(0xD800...0xDFFF).contains(value), let scalar = Unicode.Scalar(value) else { return nil }
                    decoded += Array(String(scalar).utf8)
                default: return nil
                }
                runStart = index
            }
            return nil
        }

        /// Four hex digits at `index`, read.
        mutating func hex4() -> UInt32? {
            guard index + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
                index += 1
            }
            return value
        }
    }
}
