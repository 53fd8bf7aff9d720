/// `DatelineFinder.words(of:)` read off a line's UTF-8 bytes, for the lines where that
/// gives the same words: no `Character` (grapheme cluster) is built.
///
/// The part of a line read is plain when no scalar that may join a grapheme cluster (a
/// combining mark, a joiner, a prepended or spacing mark: any scalar from U+0300 on but the
/// Vietnamese letters U+1E00–U+1EFF, the general punctuation U+2000–U+206F other than
/// U+200C and U+200D, and white space) stands beside a scalar the words are cut or trimmed
/// at (white space, the edge marks, `](`, `://`, `www.`), and it has no U+037E (a question
/// mark canonically equal to `;`). There every such scalar is a character of its own, so
/// the bytes say what the characters say. A line whose part read is not plain is read by
/// `DatelineFinder.words(of:)`.
enum PlainLine {
    /// Whether `bytes[..<end]` (of a line, valid UTF-8) is plain.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>, upTo end: Int) -> Bool {
        var index = 0
        var previousCuts = false
        var previousJoins = false
        while index < end {
            let lead = bytes[index]
            if lead < 0x80 {
                let cuts = isCutASCII(lead)
                if cuts && previousJoins { return false }
                previousCuts = cuts
                previousJoins = false
                index += 1
                continue
            }
            let (value, length) = decode(bytes, at: index)
            index += length
            if value == 0x037E { return false }
            let cuts = isWhitespace(value) || [0x2013, 0x2014, 0x201C, 0x201D].contains(value)
            let joins = value >= 0x300 && !cuts && !(0x1E00...0x1EFF).contains(value)
                && !((0x2000...0x206F).contains(value) && value != 0x200C && value != 0x200D)
            if (joins && previousCuts) || (cuts && previousJoins) { return false }
            previousCuts = cuts
            previousJoins = joins
        }
        return true
    }

    /// The ASCII scalars where words are cut or trimmed, or that `](`, `://` and `www.` are made of.
    @inline(__always)
    private static func isCutASCII(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09...0x0D, 0x20, 0x21, 0x22, 0x27, 0x28, 0x29, 0x2C, 0x2D, 0x2E, 0x2F, 0x3A, 0x3B, 0x5B, 0x5D, 0x77, 0x7C: true
        default: false
        }
    }

    /// The words of a plain line, URLs and link targets left out, edge marks trimmed (as
    /// `DatelineFinder.words(of:)`); no further than `limit` words. Nil when the part of the
    /// line read (up to the scalar after the last word) is not plain.
    static func words(of bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> [String]? {
        wordRanges(of: bytes, limit: limit)?.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
    }

    /// The byte ranges in `bytes` of the words of `words(of:limit:)`; nil when the part of
    /// the line read is not plain.
    static func wordRanges(of bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> [Range<Int>]? {
        var kept: [Range<Int>] = []
        let plain = readWords(of: bytes, limit: limit) { kept.append($0) }
        return plain ? kept : nil
    }

    /// Whether a plain line has a word (`words(of:limit: 1)` is not empty), without making
    /// the word a `String`; nil when the part of the line read is not plain.
    static func hasWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var found = false
        let plain = readWords(of: bytes, limit: 1) { _ in found = true }
        return plain ? found : nil
    }

    /// Reads the words of `words(of:limit:)`, giving each one's byte range to `word`, and
    /// tells whether the part of the line read is plain.
    private static func readWords(of bytes: UnsafeBufferPointer<UInt8>, limit: Int, _ word: (Range<Int>) -> Void) -> Bool {
        var count = 0
        var inTarget = false
        var index = 0
        while count < limit, index < bytes.count {
            if let space = whitespace(bytes, at: index) {
                index += space
                continue
            }
            var lower = index
            while index < bytes.count, whitespace(bytes, at: index) == nil { index += 1 }
            var upper = index
            if inTarget {
                guard let close = find(")", in: bytes, lower..<upper) else { continue }
                lower = close + 1
                inTarget = false
            }
            if let open = find("](", in: bytes, lower..<upper) {
                if find(")", in: bytes, open + 2..<upper) == nil { inTarget = true }
                upper = open
            }
            if find("://", in: bytes, lower..<upper) != nil { continue }
            if find("www.", in: bytes, lower..<min(upper, lower + 4)) == lower { continue }
            while lower < upper, let length = edgeMark(bytes, startingAt: lower, before: upper) { lower += length }
            while upper > lower, let length = edgeMark(bytes, endingAt: upper, after: lower) { upper -= length }
            if lower < upper {
                word(lower..<upper)
                count += 1
            }
        }
        let read = index < bytes.count ? index + (whitespace(bytes, at: index) ?? 1) : index
        return isPlain(bytes, upTo: read)
    }

    /// The byte length of the white space scalar at `index`, or nil.
    @inline(__always)
    private static func whitespace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        if lead < 0x80 { return lead == 0x20 || (0x09...0x0D).contains(lead) ? 1 : nil }
        // The white space beyond ASCII is U+0085, U+00A0 (lead 0xC2), U+1680 (0xE1 0x9A),
        // U+2000… (0xE2) and U+3000 (0xE3): no other lead is decoded.
        switch lead {
        case 0xC2, 0xE2, 0xE3: break
        case 0xE1 where index + 1 < bytes.count && bytes[index + 1] == 0x9A: break
        default: return nil
        }
        // A lead cut off from its continuation bytes (not valid UTF-8) is no white space.
        guard index + (lead == 0xC2 ? 2 : 3) <= bytes.count else { return nil }
        let (value, length) = decode(bytes, at: index)
        return isWhitespace(value) ? length : nil
    }

    /// Whether `value` is a white space scalar (Unicode White_Space, as `Character.isWhitespace`).
    @inline(__always)
    private static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// The edge marks of `DatelineFinder.edgePunctuation` as UTF-8.
    private static let edgeMarks: [[UInt8]] = DatelineFinder.edgePunctuation.map { Array(String($0).utf8) }

    /// Whether some edge mark starts, or ends, with this byte (most bytes do not: no mark is
    /// compared there).
    private static let markFirstBytes = (0...255).map { byte in edgeMarks.contains { $0[0] == byte } }
    private static let markLastBytes = (0...255).map { byte in edgeMarks.contains { $0[$0.count - 1] == byte } }

    private static func edgeMark(_ bytes: UnsafeBufferPointer<UInt8>, startingAt index: Int, before end: Int) -> Int? {
        guard markFirstBytes[Int(bytes[index])] else { return nil }
        return edgeMarks.first { mark in
            index + mark.count <= end && mark.indices.allSatisfy { bytes[index + $0] == mark[$0] }
        }?.count
    }

    private static func edgeMark(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int, after start: Int) -> Int? {
        guard markLastBytes[Int(bytes[end - 1])] else { return nil }
        return edgeMarks.first { mark in
            end - mark.count >= start && mark.indices.allSatisfy { bytes[end - mark.count + $0] == mark[$0] }
        }?.count
    }

    /// The first position of the ASCII `pattern` in `bytes[range]`.
    private static func find(_ pattern: StaticString, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        let count = pattern.utf8CodeUnitCount
        let pattern = pattern.utf8Start
        // (`pattern[0]` is read before the length test: an empty pattern has no first byte.)
        precondition(count > 0, "an empty pattern")
        guard range.count >= count else { return nil }
        // (The first byte tested alone: most words hold none of the patterns' first bytes.)
        let first = pattern[0]
        var index = range.lowerBound
        while index + count <= range.upperBound {
            if bytes[index] == first {
                var offset = 1
                while offset < count, bytes[index + offset] == pattern[offset] { offset += 1 }
                if offset == count { return index }
            }
            index += 1
        }
        return nil
    }

    /// The scalar value and byte length of the UTF-8 sequence at `index` (valid UTF-8).
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        if lead < 0xE0 { return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return (UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return (UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F), 4)
    }
}
