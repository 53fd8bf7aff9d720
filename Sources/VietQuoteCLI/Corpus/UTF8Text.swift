import Foundation

/// A `String` made from bytes that are checked once, by a check that skips ASCII eight bytes
/// at a time and finds the next non-ASCII byte by its bit position: the input's text (a record
/// string, an article file) is ~2 MB on the first 500 silver records, and the standard
/// library's check (`String(validating:)`) reads it a byte at a time (~10 instructions a byte).
///
/// Accepts exactly the well-formed UTF-8 of Unicode's table 3-7, as `String(validating:)`
/// does: no overlong form (C0, C1, E0 80–9F, F0 80–8F), no surrogate (ED A0–BF), nothing
/// above U+10FFFF (F4 90–BF, F5–FF), no continuation byte without its lead, no cut sequence.
/// Example: `"Ông nói"` gives the string; the bytes C3 28 give nil.
enum UTF8Text {
    /// The string of `bytes`, or nil when they are not well-formed UTF-8.
    static func string(_ bytes: UnsafeRawBufferPointer) -> String? {
        guard let ascii = check(bytes) else { return nil }
        if #available(macOS 26, iOS 26, watchOS 26, tvOS 26, visionOS 26, *) {
            let span = unsafe UTF8Span(unchecked: bytes.assumingMemoryBound(to: UInt8.self).span, isKnownASCII: ascii)
            return String(copying: span)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// The string of the bytes of `data`, or nil.
    static func string(_ data: some ContiguousBytes) -> String? {
        data.withUnsafeBytes { string($0) }
    }

    /// Whether `bytes` are well-formed UTF-8 (nil when not; true when they are all ASCII).
    static func check(_ bytes: UnsafeRawBufferPointer) -> Bool? {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        var ascii = true
        while index < count {
            if index + 8 <= count {
                let high = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) & 0x8080_8080_8080_8080
                // The ASCII bytes before the first high bit (the lowest byte comes first).
                index += high.trailingZeroBitCount >> 3
                if high == 0 { continue }
            } else if base.load(fromByteOffset: index, as: UInt8.self) < 0x80 {
                index += 1
                continue
            }
            ascii = false
            let lead = base.load(fromByteOffset: index, as: UInt8.self)
            @inline(__always) func byte(_ offset: Int) -> UInt8 {
                base.load(fromByteOffset: index + offset, as: UInt8.self)
            }
            @inline(__always) func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
            switch lead {
            case 0xC2...0xDF:
                guard index + 2 <= count, isContinuation(byte(1)) else { return nil }
                index += 2
            case 0xE0...0xEF:
                guard index + 3 <= count else { return nil }
                let second = byte(1)
                let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80
                let high: UInt8 = lead == 0xED ? 0x9F : 0xBF
                guard second >= low, second <= high, isContinuation(byte(2)) else { return nil }
                index += 3
            case 0xF0...0xF4:
                guard index + 4 <= count else { return nil }
                let second = byte(1)
                let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80
                let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
                guard second >= low, second <= high, isContinuation(byte(2)), isContinuation(byte(3)) else { return nil }
                index += 4
            default:
                return nil
            }
        }
        return ascii
    }
}
