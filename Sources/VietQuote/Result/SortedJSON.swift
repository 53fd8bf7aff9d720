/// Encodable values as one line of JSON, byte for byte as Foundation's `JSONEncoder` with
/// `[.sortedKeys, .withoutEscapingSlashes]` writes them — without `JSONEncoder`'s tree of
/// values, coding paths and dynamic casts (writing the results with it cost half as much as
/// finding the quotes of the silver corpus).
///
/// The bytes are written as the values encode; an object's members are put in key order
/// (UTF-8 byte order, as `JSONEncoder` sorts) when its `encode(to:)` returns. Strings are
/// escaped as `JSONEncoder` escapes them: `"` and `\`, `\b \t \n \f \r`, other control
/// characters as `\u00xx`; slashes and all other scalars as they are. A double is written as
/// its `description` without a final `.0`, then passed through `fraction` (the CLI rounds
/// it there); a NaN or an infinity cannot be written (`JSONEncoder` throws there too).
/// `SortedJSONTests` checks it against `JSONEncoder` on the dev articles' results.
package enum SortedJSON {
    struct InvalidValue: Error {}

    /// The JSON of `value`; each number with a fraction written as `fraction` gives it.
    package static func line(_ value: some Encodable, fraction: @escaping (String) -> String = { $0 }) throws -> String {
        let writer = Writer(fraction: fraction)
        try writer.write(value)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// The output and the containers being written.
    final class Writer {
        // (No run-time exclusivity checks on the output and the frames: they cost as much as
        // the writing. Nothing here holds an access to them across a call that takes another.)
        @exclusivity(unchecked) var bytes: [UInt8] = []
        let fraction: (String) -> String

        init(fraction: @escaping (String) -> String) {
            self.fraction = fraction
            bytes.reserveCapacity(4096)
        }

        /// Appends the JSON of `value`.
        func write<T: Encodable>(_ value: T) throws {
            let frame = Frame(start: bytes.count)
            try value.encode(to: ValueEncoder(writer: self, frame: frame))
            finish(frame)
        }

        /// Closes the container `frame` opened: members put in key order, brackets closed.
        private func finish(_ frame: Frame) {
            switch frame.kind {
            case .none: bytes += [UInt8(ascii: "{"), UInt8(ascii: "}")]
            case .single: break
            case .unkeyed: bytes.append(UInt8(ascii: "]"))
            case .keyed:
                let members = frame.members
                let sorted = members.indices.dropFirst().allSatisfy { !Self.precedes(members[$0].key, members[$0 - 1].key) }
                if !sorted {
                    var object: [UInt8] = [UInt8(ascii: "{")]
                    object.reserveCapacity(bytes.count - frame.start + 1)
                    let order = members.indices.sorted { Self.precedes(members[$0].key, members[$1].key) }
                    for (position, index) in order.enumerated() {
                        if position > 0 { object.append(UInt8(ascii: ",")) }
                        object += bytes[members[index].range]
                    }
                    bytes.replaceSubrange(frame.start..., with: object)
                }
                bytes.append(UInt8(ascii: "}"))
            }
        }

        /// Key order: UTF-8 byte order (as `JSONEncoder` sorts, unnormalised), compared
        /// through the strings' buffers.
        static func precedes(_ left: String, _ right: String) -> Bool {
            var left = left, right = right
            return left.withUTF8 { left in
                right.withUTF8 { right in
                    for index in 0..<min(left.count, right.count) where left[index] != right[index] {
                        return left[index] < right[index]
                    }
                    return left.count < right.count
                }
            }
        }

        /// Starts a member of the object `frame`: a comma after the first, then `"key":`.
        func startMember(_ key: String, in frame: Frame) {
            if !frame.members.isEmpty { bytes.append(UInt8(ascii: ",")) }
            frame.memberStart = bytes.count
            writeString(key)
            bytes.append(UInt8(ascii: ":"))
        }

        func endMember(_ key: String, in frame: Frame) {
            frame.members.append((key, frame.memberStart..<bytes.count))
        }

        /// Starts an element of the array `frame`: a comma after the first.
        func startElement(in frame: Frame) {
            if frame.count > 0 { bytes.append(UInt8(ascii: ",")) }
            frame.count += 1
        }

        func writeString(_ string: String) {
            bytes.append(UInt8(ascii: "\""))
            var string = string
            string.withUTF8 { utf8 in
                var runStart = 0
                for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                    runStart = index + 1
                    bytes.append(UInt8(ascii: "\\"))
                    switch byte {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                    case 0x08: bytes.append(UInt8(ascii: "b"))
                    case 0x09: bytes.append(UInt8(ascii: "t"))
                    case 0x0A: bytes.append(UInt8(ascii: "n"))
                    case 0x0C: bytes.append(UInt8(ascii: "f"))
                    case 0x0D: bytes.append(UInt8(ascii: "r"))
                    default:
                        let hex = Array("0123456789abcdef".utf8)
                        bytes += [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
                    }
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
            }
            bytes.append(UInt8(ascii: "\""))
        }

        func writeRaw(_ text: String) { bytes.append(contentsOf: text.utf8) }

        func writeFloat<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F) throws {
            guard value.isFinite else { throw InvalidValue() }
            var text = value.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            writeRaw(fraction(text))
        }
    }

    /// What one value's `encode(to:)` opened.
    final class Frame {
        enum Kind { case none, single, unkeyed, keyed }
        let start: Int
        @exclusivity(unchecked) var kind = Kind.none
        @exclusivity(unchecked) var members: [(key: String, range: Range<Int>)] = []
        @exclusivity(unchecked) var memberStart = 0
        /// Elements written so far (an array).
        @exclusivity(unchecked) var count = 0
        init(start: Int) { self.start = start }
    }

    struct ValueEncoder: Encoder {
        let writer: Writer
        let frame: Frame
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if frame.kind == .none {
                frame.kind = .keyed
                writer.bytes.append(UInt8(ascii: "{"))
            }
            return KeyedEncodingContainer(Keyed<Key>(writer: writer, frame: frame))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            if frame.kind == .none {
                frame.kind = .unkeyed
                writer.bytes.append(UInt8(ascii: "["))
            }
            return Unkeyed(writer: writer, frame: frame)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            frame.kind = .single
            return Single(writer: writer)
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let writer: Writer
        let frame: Frame
        var codingPath: [any CodingKey] { [] }

        private func member(_ key: Key, _ body: () throws -> Void) rethrows {
            writer.startMember(key.stringValue, in: frame)
            try body()
            writer.endMember(key.stringValue, in: frame)
        }

        mutating func encodeNil(forKey key: Key) throws { member(key) { writer.writeRaw("null") } }
        mutating func encode(_ value: Bool, forKey key: Key) throws { member(key) { writer.writeRaw(value ? "true" : "false") } }
        mutating func encode(_ value: String, forKey key: Key) throws { member(key) { writer.writeString(value) } }
        mutating func encode(_ value: Int, forKey key: Key) throws { member(key) { writer.writeRaw(String(value)) } }
        mutating func encode(_ value: Int8, forKey key: Key) throws { member(key) { writer.writeRaw(String(value)) } }
        mutating func encode(_ value: Int16, forKey key: Key) throws { member(key) { writer.writeRaw(String(value)) } }
        mutating func encode(_ value: Int32, forKey key: Key) throws { member(key) { writer.writeRaw(String(value)) } }
        mutating func encode(_ value: Int64, forKey key: Key) throws { member(key) { writer.writeRaw(String(value)) } }
        mutating func encode(_ value: UInt, forKey key: Key) throws { member(key) { writer.writeRaw(String(value)) } }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { member(key) { writer.writeRaw(String(value)) } }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { member(key) { writer.writeRaw(String(value)) } }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { member(key) { writer.writeRaw(String(value)) } }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { member(key) { writer.writeRaw(String(value)) } }
        mutating func encode(_ value: Double, forKey key: Key) throws { try member(key) { try writer.writeFloat(value) } }
        mutating func encode(_ value: Float, forKey key: Key) throws { try member(key) { try writer.writeFloat(value) } }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try member(key) { try writer.write(value) } }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey> {
            fatalError("SortedJSON: nested containers are not used by the result types")
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            fatalError("SortedJSON: nested containers are not used by the result types")
        }
        mutating func superEncoder() -> any Encoder { fatalError("SortedJSON: superEncoder is not used by the result types") }
        mutating func superEncoder(forKey key: Key) -> any Encoder {
            fatalError("SortedJSON: superEncoder is not used by the result types")
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let writer: Writer
        let frame: Frame
        var codingPath: [any CodingKey] { [] }
        var count: Int { frame.count }

        mutating func encodeNil() throws { writer.startElement(in: frame); writer.writeRaw("null") }
        mutating func encode(_ value: Bool) throws { writer.startElement(in: frame); writer.writeRaw(value ? "true" : "false") }
        mutating func encode(_ value: String) throws { writer.startElement(in: frame); writer.writeString(value) }
        mutating func encode(_ value: Int) throws { writer.startElement(in: frame); writer.writeRaw(String(value)) }
        mutating func encode(_ value: Int8) throws { writer.startElement(in: frame); writer.writeRaw(String(value)) }
        mutating func encode(_ value: Int16) throws { writer.startElement(in: frame); writer.writeRaw(String(value)) }
        mutating func encode(_ value: Int32) throws { writer.startElement(in: frame); writer.writeRaw(String(value)) }
        mutating func encode(_ value: Int64) throws { writer.startElement(in: frame); writer.writeRaw(String(value)) }
        mutating func encode(_ value: UInt) throws { writer.startElement(in: frame); writer.writeRaw(String(value)) }
        mutating func encode(_ value: UInt8) throws { writer.startElement(in: frame); writer.writeRaw(String(value)) }
        mutating func encode(_ value: UInt16) throws { writer.startElement(in: frame); writer.writeRaw(String(value)) }
        mutating func encode(_ value: UInt32) throws { writer.startElement(in: frame); writer.writeRaw(String(value)) }
        mutating func encode(_ value: UInt64) throws { writer.startElement(in: frame); writer.writeRaw(String(value)) }
        mutating func encode(_ value: Double) throws { writer.startElement(in: frame); try writer.writeFloat(value) }
        mutating func encode(_ value: Float) throws { writer.startElement(in: frame); try writer.writeFloat(value) }
        mutating func encode<T: Encodable>(_ value: T) throws { writer.startElement(in: frame); try writer.write(value) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            fatalError("SortedJSON: nested containers are not used by the result types")
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            fatalError("SortedJSON: nested containers are not used by the result types")
        }
        mutating func superEncoder() -> any Encoder { fatalError("SortedJSON: superEncoder is not used by the result types") }
    }

    struct Single: SingleValueEncodingContainer {
        let writer: Writer
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws { writer.writeRaw("null") }
        mutating func encode(_ value: Bool) throws { writer.writeRaw(value ? "true" : "false") }
        mutating func encode(_ value: String) throws { writer.writeString(value) }
        mutating func encode(_ value: Int) throws { writer.writeRaw(String(value)) }
        mutating func encode(_ value: Int8) throws { writer.writeRaw(String(value)) }
        mutating func encode(_ value: Int16) throws { writer.writeRaw(String(value)) }
        mutating func encode(_ value: Int32) throws { writer.writeRaw(String(value)) }
        mutating func encode(_ value: Int64) throws { writer.writeRaw(String(value)) }
        mutating func encode(_ value: UInt) throws { writer.writeRaw(String(value)) }
        mutating func encode(_ value: UInt8) throws { writer.writeRaw(String(value)) }
        mutating func encode(_ value: UInt16) throws { writer.writeRaw(String(value)) }
        mutating func encode(_ value: UInt32) throws { writer.writeRaw(String(value)) }
        mutating func encode(_ value: UInt64) throws { writer.writeRaw(String(value)) }
        mutating func encode(_ value: Double) throws { try writer.writeFloat(value) }
        mutating func encode(_ value: Float) throws { try writer.writeFloat(value) }
        mutating func encode<T: Encodable>(_ value: T) throws { try writer.write(value) }
    }
}
