import Foundation
import Testing
@testable import VietQuote

/// The eight-bytes-at-once tests (`Support/ByteWords.swift`) say what a byte-by-byte test
/// says, and the scans built on them (the dateline's line end and date digits, JSON
/// escapes) find what a byte-by-byte scan finds.
@Suite struct ByteWordsTests {
    /// Bytes drawn mostly from the classes the scans look for, so that words hold none,
    /// one or several of them, at every place.
    static func randomBytes(_ count: Int, using generator: inout some RandomNumberGenerator) -> [UInt8] {
        let interesting: [UInt8] = [0x00, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x1F, 0x20, 0x22, 0x2C, 0x2D, 0x2E, 0x2F,
                                    0x30, 0x35, 0x39, 0x3A, 0x5C, 0x7F, 0x80, 0x85, 0xA8, 0xA9, 0xAD, 0xAE, 0xB9, 0xC2, 0xE2, 0xFF]
        return (0..<count).map { _ in
            Bool.random(using: &generator) ? interesting.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator)
        }
    }

    /// A seeded generator (SplitMix64), its seed printed so that a failure can be replayed:
    /// `BYTE_WORDS_SEED=<seed> swift test --filter ByteWordsTests`. A new seed each run
    /// unless that variable gives one.
    static func seededGenerator(_ test: String) -> (generator: FuzzTests.Generator, seed: UInt64) {
        let seed = ProcessInfo.processInfo.environment["BYTE_WORDS_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 0...UInt64.max)
        print("ByteWordsTests.\(test): BYTE_WORDS_SEED=\(seed)")
        return (FuzzTests.Generator(state: seed), seed)
    }

    static func word(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    @Test func wordTestsAreExact() {
        let (seeded, seed) = Self.seededGenerator("wordTestsAreExact")
        var generator = seeded
        for _ in 0..<20_000 {
            let bytes = Self.randomBytes(8, using: &generator)
            let word = Self.word(bytes[...])
            for limit: UInt8 in [0x0E, 0x20, 0x80] {
                #expect(ByteWords.hasByte(word, below: limit) == bytes.contains { $0 < limit }, "seed \(seed)")
            }
            for value: UInt8 in [0x22, 0x5C, 0xC2, 0xE2, 0x00, 0xFF] {
                #expect(ByteWords.hasByte(word, equalTo: value) == bytes.contains(value), "seed \(seed)")
            }
            for range: ClosedRange<UInt8> in [0x2D...0x39, 0x00...0x1F, 0x30...0x39, 0x01...0x7F, 0x7F...0x7F] {
                #expect(ByteWords.hasByte(word, in: range) == bytes.contains { range.contains($0) }, "seed \(seed)")
            }
        }
    }

    /// The line end and the date test of `DatelineFinder` as they read byte by byte.
    static func referenceLineEnd(_ utf8: [UInt8], from start: Int) -> (end: Int, next: Int) {
        var index = start
        while index < utf8.count {
            switch utf8[index] {
            case 0x0A, 0x0B, 0x0C: return (index, index + 1)
            case 0x0D: return (index, index + 1 < utf8.count && utf8[index + 1] == 0x0A ? index + 2 : index + 1)
            case 0xC2 where index + 1 < utf8.count && utf8[index + 1] == 0x85: return (index, index + 2)
            case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                return (index, index + 3)
            default: index += 1
            }
        }
        return (index, index)
    }

    static func referenceMayHoldDate(_ utf8: [UInt8]) -> Bool {
        func isDigit(_ index: Int) -> Bool { index < utf8.count && utf8[index] >= 0x30 && utf8[index] <= 0x39 }
        var index = 1
        while index + 4 < utf8.count {
            let separator = utf8[index]
            if separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-") || separator == UInt8(ascii: "."), isDigit(index - 1) {
                var digits = index + 1
                while isDigit(digits) { digits += 1 }
                if (1...2).contains(digits - index - 1), digits < utf8.count, utf8[digits] == separator,
                   isDigit(digits + 1), isDigit(digits + 2) { return true }
            }
            index += 1
        }
        return false
    }

    @Test func scansFindWhatAByteByByteScanFinds() {
        let (seeded, seed) = Self.seededGenerator("scansFindWhatAByteByByteScanFinds")
        var generator = seeded
        for _ in 0..<5_000 {
            var bytes = Self.randomBytes(Int.random(in: 0...40, using: &generator), using: &generator)
            // Dates and near-dates in plain text, at every offset.
            if Bool.random(using: &generator) {
                let text = ["ngày 17/11/2024 ", "3-4-25", "a 1.12.2024", "12/4", "2024-11-17"].randomElement(using: &generator)!
                bytes.insert(contentsOf: Array(text.utf8), at: Int.random(in: 0...bytes.count, using: &generator))
            }
            bytes.withUnsafeBufferPointer { buffer in
                let start = Int.random(in: 0...bytes.count, using: &generator)
                #expect(DatelineFinder.lineEnd(buffer, from: start) == Self.referenceLineEnd(bytes, from: start), "seed \(seed): \(bytes)")
                #expect(DatelineFinder.mayHoldDate(buffer) == Self.referenceMayHoldDate(bytes), "seed \(seed): \(bytes)")
                let escape = bytes[start...].firstIndex { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
                #expect(SortedJSON.nextEscape(in: UnsafeRawBufferPointer(buffer), from: start) == escape ?? bytes.count, "seed \(seed): \(bytes)")
            }
        }
    }
}
