/// `SortedJSON` for any `Encodable`: the bytes are written as the value encodes, each
/// object's members put in key order when its `encode(to:)` returns.
extension SortedJSON.Writer {
    /// Appends the JSON of `value`, written through its `encode(to:)`.
    /// - Throws: `InvalidValue` for a NaN, a key given twice, a nested container or a
    ///   `superEncoder` (the result types use none of them).
    func encode<T: Encodable>(_ value: T) throws {
        let frame = SortedJSON.Frame(start: bytes.count)
        try value.encode(to: SortedJSON.ValueEncoder(writer: self, frame: frame))
        if let unsupported { throw SortedJSON.InvalidValue(description: "SortedJSON cannot write \(unsupported)") }
        switch frame.kind {
        case .none: bytes += [UInt8(ascii: "{"), UInt8(ascii: "}")]
        case .single: break
        case .unkeyed: bytes.append(UInt8(ascii: "]"))
        case .keyed: try close(start: frame.start, members: frame.members)
        }
    }

    /// A container or encoder this writer cannot write: it writes to a writer of its own,
    /// which is dropped, and `encode` throws.
    func unsupported(_ what: String) -> SortedJSON.Writer {
        unsupported = unsupported ?? what
        return SortedJSON.Writer(fraction: fraction)
    }
}

extension SortedJSON {
    /// What one value's `encode(to:)` opened.
    final class Frame {
        enum Kind { case none, single, unkeyed, keyed }
        let start: Int
        @exclusivity(unchecked) var kind = Kind.none
        @exclusivity(unchecked) var members: [(key: String, range: Range<Int>)] = []
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
            let start = writer.startMember(key.stringValue, count: frame.members.count)
            try body()
            frame.members.append((key.stringValue, start..<writer.bytes.count))
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
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try member(key) { try writer.encode(value) } }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey> {
            ValueEncoder(writer: writer.unsupported("a nested container"), frame: Frame(start: 0)).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            ValueEncoder(writer: writer.unsupported("a nested container"), frame: Frame(start: 0)).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder {
            ValueEncoder(writer: writer.unsupported("a superEncoder"), frame: Frame(start: 0))
        }
        mutating func superEncoder(forKey key: Key) -> any Encoder {
            ValueEncoder(writer: writer.unsupported("a superEncoder"), frame: Frame(start: 0))
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let writer: Writer
        let frame: Frame
        var codingPath: [any CodingKey] { [] }
        var count: Int { frame.count }

        /// Starts an element: a comma after the first.
        private func element() {
            if frame.count > 0 { writer.bytes.append(UInt8(ascii: ",")) }
            frame.count += 1
        }

        mutating func encodeNil() throws { element(); writer.writeRaw("null") }
        mutating func encode(_ value: Bool) throws { element(); writer.writeRaw(value ? "true" : "false") }
        mutating func encode(_ value: String) throws { element(); writer.writeString(value) }
        mutating func encode(_ value: Int) throws { element(); writer.writeRaw(String(value)) }
        mutating func encode(_ value: Int8) throws { element(); writer.writeRaw(String(value)) }
        mutating func encode(_ value: Int16) throws { element(); writer.writeRaw(String(value)) }
        mutating func encode(_ value: Int32) throws { element(); writer.writeRaw(String(value)) }
        mutating func encode(_ value: Int64) throws { element(); writer.writeRaw(String(value)) }
        mutating func encode(_ value: UInt) throws { element(); writer.writeRaw(String(value)) }
        mutating func encode(_ value: UInt8) throws { element(); writer.writeRaw(String(value)) }
        mutating func encode(_ value: UInt16) throws { element(); writer.writeRaw(String(value)) }
        mutating func encode(_ value: UInt32) throws { element(); writer.writeRaw(String(value)) }
        mutating func encode(_ value: UInt64) throws { element(); writer.writeRaw(String(value)) }
        mutating func encode(_ value: Double) throws { element(); try writer.writeFloat(value) }
        mutating func encode(_ value: Float) throws { element(); try writer.writeFloat(value) }
        mutating func encode<T: Encodable>(_ value: T) throws { element(); try writer.encode(value) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            ValueEncoder(writer: writer.unsupported("a nested container"), frame: Frame(start: 0)).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            ValueEncoder(writer: writer.unsupported("a nested container"), frame: Frame(start: 0)).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder {
            ValueEncoder(writer: writer.unsupported("a superEncoder"), frame: Frame(start: 0))
        }
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
        mutating func encode<T: Encodable>(_ value: T) throws { try writer.encode(value) }
    }
}
