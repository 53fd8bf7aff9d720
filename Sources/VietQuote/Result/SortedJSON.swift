import Foundation

/// Values as one line of JSON, byte for byte as Foundation's `JSONEncoder` with
/// `[.sortedKeys, .withoutEscapingSlashes]` writes them — without `JSONEncoder`'s tree of
/// values, coding paths and dynamic casts (writing the results with it cost half as much as
/// finding the quotes of the silver corpus).
///
/// A `SortedJSON.Value` (the result types, strings, numbers, arrays, …) writes its own
/// bytes, with no `Encoder` and no generic dispatch at run time (SortedJSON+Results.swift).
///
/// An object's members are written in key order (UTF-8 byte order, as `JSONEncoder` sorts,
/// unnormalised): a result type lists them in that order (a member out of order is an
/// error), a dictionary is sorted. Strings are escaped as `JSONEncoder` escapes them: `"`
/// and `\`, `\b \t \n \f \r`, other control characters as `\u00xx`; slashes and all other
/// scalars as they are. A double is written as its `description` without a final `.0`,
/// then passed through `fraction` (the CLI rounds it there); a NaN or an infinity cannot be
/// written (`JSONEncoder` throws there too). Not copied from `JSONEncoder`: its special
/// cases of `Date`, `Data`, `URL` and `Decimal` (no result holds one). `SortedJSONTests`
/// checks the bytes against `JSONEncoder` on the dev articles' results and on a result of
/// every type with every member set.
package enum SortedJSON {
    /// Why a value cannot be written.
    package struct InvalidValue: Error, CustomStringConvertible {
        package var description: String
    }

    /// A value that writes its own JSON: the bytes `JSONEncoder` writes for its `encode(to:)`.
    package protocol Value: Encodable {
        func write(to writer: Writer) throws
    }

    /// The JSON of a value that writes itself; each number with a fraction written as
    /// `fraction` gives it.
    package static func line(_ value: some Value, fraction: @escaping (String) -> String = { $0 }) throws -> String {
        String(decoding: try bytes(value, fraction: fraction), as: UTF8.self)
    }

    /// `line(_:fraction:)` as UTF-8 bytes, followed by `terminator` (for a writer of bytes:
    /// no `String` made, and no check of the bytes' UTF-8, which the writer wrote valid).
    package static func bytes(_ value: some Value, fraction: @escaping (String) -> String = { $0 },
                              terminator: StaticString = "") throws -> [UInt8] {
        try bytes(value, writer: Writer(fraction: fraction), terminator: terminator)
    }

    /// `bytes(_:fraction:terminator:)` with each number with a fraction written as
    /// `rounded(_:decimals:)` gives it: the number rounded without being written out and
    /// read back.
    package static func bytes(_ value: some Value, decimals: Int, terminator: StaticString = "") throws -> [UInt8] {
        try bytes(value, writer: Writer(decimals: decimals), terminator: terminator)
    }

    private static func bytes(_ value: some Value, writer: Writer, terminator: StaticString) throws -> [UInt8] {
        try value.write(to: writer)
        writer.append(UnsafeBufferPointer(start: terminator.utf8Start, count: terminator.utf8CodeUnitCount))
        return writer.finish()
    }

    /// A number rounded to `decimals` places, in the shortest form that reads back the same
    /// (`0.5`, `-0.69`, `0` for a rounded zero, `2` for a rounded integer).
    package static func rounded(_ value: Double, decimals: Int) -> String {
        rounded(value, scale: pow(10.0, Double(decimals)))
    }

    static func rounded(_ value: Double, scale: Double) -> String {
        let rounded = (value * scale).rounded() / scale
        if rounded == 0 { return "0" }
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        return rounded.description
    }

    /// The output.
    package final class Writer {
        /// The bytes written are `storage[0..<count]`; the rest of the array is room to
        /// write in, and it doubles when full: an append is a bounds test and a copy
        /// (`Array`'s appends cost as much as the writing). The array is handed out as it is,
        /// cut to `count`: the output is never copied.
        // (No run-time exclusivity checks on the output: nothing holds an access to it
        // across a call that takes another.)
        @exclusivity(unchecked) private var storage: [UInt8]
        private var count = 0
        /// The room a writer starts with: a result line of a few quotes.
        private static var initialCapacity: Int { 4096 }
        /// The most bytes an `Int` is written in: 19 digits and a sign.
        private static var intBytes: Int { 20 }
        /// The most places a rounded number is written with by `writeRounded` (`description`
        /// writes 0.0001 as it is, 0.00001 as `1e-05`); the CLI writes 4 (`JSONNumbers`).
        private static var plainPlaces: Int { 4 }
        /// 10^15: a rounded number of fewer units has at most 15 digits, each exact in a `Double`.
        private static var exactUnits: Double { 1e15 }
        /// What a number with a fraction is written as: its text (`description` without a
        /// final `.0`) through `fraction`, or, with `scale` (10^decimals), `rounded(_:scale:)`.
        let fraction: (String) -> String
        let scale: Double?
        /// The decimals `scale` is 10 to the power of (`writeRounded`).
        let places: Int?

        init(fraction: @escaping (String) -> String) {
            self.fraction = fraction
            scale = nil
            places = nil
            storage = [UInt8](repeating: 0, count: Self.initialCapacity)
        }

        init(decimals: Int) {
            fraction = { $0 }
            scale = pow(10.0, Double(decimals))
            places = decimals
            storage = [UInt8](repeating: 0, count: Self.initialCapacity)
        }

        /// The bytes written; the writer is done.
        func finish() -> [UInt8] {
            storage.removeLast(storage.count - count)
            return storage
        }

        /// Room for `extra` more bytes.
        @inline(__always)
        private func reserve(_ extra: Int) {
            if count + extra > storage.count { grow(count + extra) }
        }

        private func grow(_ needed: Int) {
            var capacity = storage.count
            while capacity < needed { capacity *= 2 }
            storage.append(contentsOf: repeatElement(0, count: capacity - storage.count))
        }

        @inline(__always)
        package func append(_ byte: UInt8) {
            reserve(1)
            storage[count] = byte
            count += 1
        }

        @inline(__always)
        package func append(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let base = bytes.baseAddress, bytes.count > 0 else { return }
            reserve(bytes.count)
            let start = count
            storage.withUnsafeMutableBufferPointer { ($0.baseAddress! + start).update(from: base, count: bytes.count) }
            count += bytes.count
        }

        /// Opens an object; write its members with `member`, in key order, then `close` it.
        package func object() -> Object {
            append(UInt8(ascii: "{"))
            return Object(writer: self)
        }

        /// Writes an array of `elements`, each read in place by its index (a `for … in` loop
        /// copied each element out first: a quote's strings and arrays retained, then released).
        func array<Element: Value>(_ elements: [Element]) throws {
            append(UInt8(ascii: "["))
            for index in elements.indices {
                if index > 0 { append(UInt8(ascii: ",")) }
                try elements[index].write(to: self)
            }
            append(UInt8(ascii: "]"))
        }

        /// Key order: UTF-8 byte order (as `JSONEncoder` sorts, unnormalised), compared
        /// through the strings' buffers.
        static func precedes(_ left: String, _ right: String) -> Bool {
            var left = left, right = right
            return left.withUTF8 { left in right.withUTF8 { right in precedes(left, right) } }
        }

        static func precedes(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
            for index in 0..<min(left.count, right.count) where left[index] != right[index] {
                return left[index] < right[index]
            }
            return left.count < right.count
        }

        /// Starts a member of an object that has `count` members so far: a comma after the
        /// first, then `"key":`.
        func startMember(_ key: String, count: Int) {
            if count > 0 { append(UInt8(ascii: ",")) }
            writeString(key)
            append(UInt8(ascii: ":"))
        }

        func writeString(_ string: String) {
            var string = string
            string.withUTF8 { writeString(utf8: $0) }
        }

        /// A string of these UTF-8 bytes, in quotes, escaped. The bytes that need no escape
        /// are copied a run at a time.
        func writeString(utf8: UnsafeBufferPointer<UInt8>) {
            reserve(utf8.count + 2)
            var runStart = SortedJSON.nextEscape(in: UnsafeRawBufferPointer(utf8), from: 0)
            if runStart == utf8.count {
                // Nothing to escape (most strings): the quotes and the bytes in one access to the
                // output (each `append` is one, with its uniqueness check).
                let start = count
                storage.withUnsafeMutableBufferPointer { buffer in
                    let out = buffer.baseAddress.unsafelyUnwrapped + start
                    out.initialize(to: UInt8(ascii: "\""))
                    if let base = utf8.baseAddress { (out + 1).update(from: base, count: utf8.count) }
                    (out + utf8.count + 1).initialize(to: UInt8(ascii: "\""))
                }
                count += utf8.count + 2
                return
            }
            append(UInt8(ascii: "\""))
            runStart = 0
            while case let index = SortedJSON.nextEscape(in: UnsafeRawBufferPointer(utf8), from: runStart), index < utf8.count {
                append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                let byte = utf8[index]
                append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): append(byte)
                case 0x08: append(UInt8(ascii: "b"))
                case 0x09: append(UInt8(ascii: "t"))
                case 0x0A: append(UInt8(ascii: "n"))
                case 0x0C: append(UInt8(ascii: "f"))
                case 0x0D: append(UInt8(ascii: "r"))
                default:
                    writeRaw("u00")
                    append(Self.hexDigits[Int(byte >> 4)])
                    append(Self.hexDigits[Int(byte & 0xF)])
                }
            }
            append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
            append(UInt8(ascii: "\""))
        }

        /// `"key":` for a member's key of a result type, after a comma when `comma`: one
        /// write of the key's bytes as they are (`writeString` looked for escapes in every
        /// key, half the cost of writing a quote's members). Such a key is a Swift property's
        /// name, letters, digits and `_`, which no escape touches: `SortedJSONTests` checks
        /// every key of every result type against `JSONEncoder` (and a debug build, each key).
        @inline(__always)
        func writeKey(_ key: UnsafeBufferPointer<UInt8>, comma: Bool) {
            assert(Self.isPlainKey(key), "a member key that JSON escapes")
            let length = key.count + (comma ? 4 : 3)
            reserve(length)
            let start = count
            storage.withUnsafeMutableBufferPointer { buffer in
                var out = buffer.baseAddress.unsafelyUnwrapped + start
                if comma {
                    out.initialize(to: UInt8(ascii: ","))
                    out += 1
                }
                out.initialize(to: UInt8(ascii: "\""))
                if let base = key.baseAddress { (out + 1).update(from: base, count: key.count) }
                (out + key.count + 1).initialize(to: UInt8(ascii: "\""))
                (out + key.count + 2).initialize(to: UInt8(ascii: ":"))
            }
            count += length
        }

        /// Whether every byte of `key` is a letter, a digit or `_` (no escape).
        static func isPlainKey(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
            key.allSatisfy { byte in
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                    || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
            }
        }

        /// The lower-case hex digits of `\u00xx`, made once.
        private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

        func writeRaw(_ text: String) {
            var text = text
            text.withUTF8 { append($0) }
        }

        /// An integer's decimal digits, written without a string: counted first, then
        /// written from the last one back, through the array's buffer (digits written
        /// forwards and then reversed in place cost ~700 instructions a number, the
        /// reversal of a slice of `storage` going through the array's generic subscripts).
        func writeInt(_ value: Int) {
            reserve(Self.intBytes)
            let start = count
            var length = value < 0 ? 2 : 1
            var rest = value.magnitude / 10
            while rest > 0 {
                length += 1
                rest /= 10
            }
            storage.withUnsafeMutableBufferPointer { buffer in
                let out = buffer.baseAddress.unsafelyUnwrapped + start
                if value < 0 { out.initialize(to: UInt8(ascii: "-")) }
                var magnitude = value.magnitude
                var position = out + length
                repeat {
                    position -= 1
                    position.initialize(to: UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10))
                    magnitude /= 10
                } while magnitude > 0
            }
            count += length
        }

        func writeFloat(_ value: Double) throws {
            guard value.isFinite else { throw InvalidValue(description: "\(value) is not a JSON number") }
            if let scale {
                // An integer below 10^15 is written `N` (its `description` `N.0` without the
                // `.0`), which rounding leaves as it is; any other number is rounded.
                if value == value.rounded(), abs(value) < 1e15 {
                    if value == 0 { writeRaw(value.sign == .minus ? "-0" : "0") } else { writeInt(Int(value)) }
                } else if value == value.rounded() {
                    // (`N` when its description has no exponent, as rounding the text leaves it.)
                    let text = Self.text(of: value)
                    writeRaw(text.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") }
                             ? SortedJSON.rounded(value, scale: scale) : text)
                } else {
                    writeRounded(value, scale: scale)
                }
                return
            }
            writeRaw(fraction(Self.text(of: value)))
        }

        /// `SortedJSON.rounded(value, scale:)`'s text, written without a `String` or
        /// `Double.description` when the rounded number is `units` / 10^`places` with
        /// |`units`| < 10^15, at most `Self.plainPlaces` places and no integer: its shortest
        /// form is then `units`' digits with the point `places` from the right, less the
        /// final zeros (two numbers of 15 digits or fewer are never the same `Double`, so no
        /// shorter text reads back the same; `description` writes an exponent only below
        /// 10^-4 or from 2^53 on). Any other number goes through `rounded(_:scale:)`.
        /// `numbersRoundedAsValuesAsWhenRoundedAsText` checks the bytes against it.
        private func writeRounded(_ value: Double, scale: Double) {
            let units = (value * scale).rounded()
            let rounded = units / scale
            guard let places, (1...Self.plainPlaces).contains(places), abs(units) < Self.exactUnits, rounded != 0,
                  rounded != rounded.rounded() else {
                writeRaw(SortedJSON.rounded(value, scale: scale))
                return
            }
            let whole = Int(units)
            var divisor: UInt = 1
            for _ in 0..<places { divisor *= 10 }
            var fraction = whole.magnitude % divisor, digits = places
            guard fraction != 0 else {
                writeRaw(SortedJSON.rounded(value, scale: scale))
                return
            }
            while fraction % 10 == 0 {
                fraction /= 10
                digits -= 1
            }
            if whole < 0 { append(UInt8(ascii: "-")) }
            writeInt(Int(whole.magnitude / divisor))
            append(UInt8(ascii: "."))
            // The fraction's leading zeros (`0.05`), then its digits.
            var shown: UInt = 10
            for _ in 1..<digits {
                if fraction < shown { append(UInt8(ascii: "0")) }
                shown *= 10
            }
            writeInt(Int(fraction))
        }

        /// A number's `description` without a final `.0`.
        private static func text(of value: Double) -> String {
            let text = value.description
            if text.utf8.count >= 2, text.utf8.last == UInt8(ascii: "0"), text.utf8.dropLast().last == UInt8(ascii: ".") {
                return String(decoding: text.utf8.dropLast(2), as: UTF8.self)
            }
            return text
        }
    }

    /// The index of the first byte from `start` on that a JSON string cannot hold as it
    /// is (a control character, `"` or `\`), or `utf8.count`: eight bytes at a time while
    /// none is. (Writing a string escapes it; reading one ends or unescapes there.)
    package static func nextEscape(in utf8: UnsafeRawBufferPointer, from start: Int) -> Int {
        var index = ByteWords.skip(utf8, from: start) { word in
            ByteWords.hasByte(word, below: 0x20) || ByteWords.hasByte(word, equalTo: UInt8(ascii: "\"")) || ByteWords.hasByte(word, equalTo: UInt8(ascii: "\\"))
        }
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return index }
            index += 1
        }
        return index
    }

    /// An object being written by a `Value`: its members are given in key order.
    package struct Object {
        let writer: Writer
        /// The last member's key.
        var previous: StaticString?

        /// Writes the member `key`, which comes after the last one in key order.
        /// - Throws: `InvalidValue` when it does not (`SortedJSONTests` would fail).
        package mutating func member(_ key: StaticString, _ value: some Value) throws {
            try start(key)
            try value.write(to: writer)
        }

        /// Writes the member `key` when `value` is not nil (`encodeIfPresent`).
        package mutating func memberIfPresent(_ key: StaticString, _ value: (some Value)?) throws {
            if let value { try member(key, value) }
        }

        private mutating func start(_ key: StaticString) throws {
            let keyBytes = UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
            if let previous {
                guard Writer.precedes(UnsafeBufferPointer(start: previous.utf8Start, count: previous.utf8CodeUnitCount), keyBytes)
                else { throw InvalidValue(description: "the member \(key) does not follow \(previous) in key order") }
            }
            writer.writeKey(keyBytes, comma: previous != nil)
            previous = key
        }

        /// Closes the object.
        package func close() { writer.append(UInt8(ascii: "}")) }
    }
}
