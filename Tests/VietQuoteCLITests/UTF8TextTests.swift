import Foundation
import Testing
import VietQuoteTestSupport
@testable import VietQuoteCLI

/// `UTF8Text`: the input's UTF-8 check gives what `String(validating:)` gives (the same
/// string, nil for the same bytes), wherever a sequence falls against the eight-byte words.
@Suite struct UTF8TextTests {
    /// `sequence` after 0–12 ASCII bytes and before 0 or 9: both checks agree.
    func agree(_ sequence: [UInt8]) -> Bool {
        for before in [0, 1, 3, 7, 8, 12] {
            for after in [0, 9] {
                let bytes = Array(repeating: UInt8(ascii: "a"), count: before) + sequence
                    + Array(repeating: UInt8(ascii: "b"), count: after)
                let expected = String(validating: bytes, as: UTF8.self)
                let got = bytes.withUnsafeBytes { UTF8Text.string($0) }
                if got != expected { return false }
            }
        }
        return true
    }

    /// Every one- and two-byte sequence; every three-byte one with each lead and second byte
    /// and a few third bytes; four-byte ones by lead and second byte; cut sequences.
    @Test func acceptsAndRejectsWhatTheStandardLibraryDoes() {
        var failures: [[UInt8]] = []
        let samples: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xFF]
        for first in 0...255 {
            let lead = UInt8(first)
            if !agree([lead]) { failures.append([lead]) }
            for second in 0...255 {
                let pair = [lead, UInt8(second)]
                if !agree(pair) { failures.append(pair) }
                guard lead >= 0xE0 else { continue }
                for third in samples {
                    let triple = pair + [third]
                    if !agree(triple) { failures.append(triple) }
                    guard lead >= 0xF0, lead <= 0xF7 else { continue }
                    for fourth in [0x41, 0x80, 0xBF, 0xC0] as [UInt8] where !agree(triple + [fourth]) { failures.append(triple + [fourth]) }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }

    /// Every dev article (Vietnamese, mostly two- and three-byte letters) reads as Foundation reads it.
    @Test func devArticlesReadAsFoundationReadsThem() throws {
        let files = try FileManager.default.contentsOfDirectory(at: Repository.dev, includingPropertiesForKeys: nil)
        #expect(!files.isEmpty)
        for file in files {
            let data = try Data(contentsOf: file)
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(UTF8Text.string(data) == text, "\(file.lastPathComponent)")
        }
        #expect(UTF8Text.check(UnsafeRawBufferPointer(start: nil, count: 0)) == true)
    }
}
