import Foundation

/// The input text as given, normalised for matching, with a map back to the input.
///
/// Normalisation: Unicode NFC (also for NFD input); CRLF and lone CR become LF; NBSP
/// and the other Unicode spaces become a plain space; zero-width characters, the BOM
/// and soft hyphens are removed. Every position of the normalised text maps back to a
/// Unicode scalar offset of the input, so that a span found here is reported as
/// `start..<end` offsets into the text exactly as given.
public struct SourceText: Sendable {
    /// The text exactly as given.
    public let original: String
    /// The normalised text, one element per Unicode scalar.
    public let scalars: [Unicode.Scalar]
    /// Number of Unicode scalars in `original`.
    public let originalCount: Int
    /// For each normalised scalar, the original offsets of the input piece it came from;
    /// `nil` when the text needed no change (the map is the identity).
    private let map: OffsetMap?

    private struct OffsetMap: Sendable {
        var starts: [Int32]
        var ends: [Int32]
    }

    /// Normalises `text`.
    /// - Complexity: O(*n*) in the number of scalars.
    public init(_ text: String) {
        self.original = text
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(text.utf8.count)
        var starts: [Int32] = []
        var ends: [Int32] = []
        var changed = false
        var offset = 0
        var pending: [Unicode.Scalar] = []   // a piece that needs Foundation's NFC
        var pendingStart = 0

        func emit(_ scalar: Unicode.Scalar, from start: Int, to end: Int) {
            output.append(scalar)
            starts.append(Int32(truncatingIfNeeded: start))
            ends.append(Int32(truncatingIfNeeded: end))
        }
        func flushPending(upTo end: Int) {
            guard !pending.isEmpty else { return }
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: pending)
            let normalised = String(piece).precomposedStringWithCanonicalMapping.unicodeScalars
            if !normalised.elementsEqual(pending) { changed = true }
            for scalar in normalised { emit(Self.space(scalar), from: pendingStart, to: end) }
            pending.removeAll(keepingCapacity: true)
        }

        let view = text.unicodeScalars
        var index = view.startIndex
        while index != view.endIndex {
            let scalar = view[index]
            let value = scalar.value
            if Self.isFastPath(value) {
                flushPending(upTo: offset)
                if value == 0x0D {   // CR, or CR LF: one line break
                    changed = true
                    let next = view.index(after: index)
                    if next != view.endIndex, view[next].value == 0x0A {
                        emit("\n", from: offset, to: offset + 2)
                        offset += 2
                        index = view.index(after: next)
                        continue
                    }
                    emit("\n", from: offset, to: offset + 1)
                } else if Self.isRemoved(value) {
                    changed = true
                } else {
                    let spaced = Self.space(scalar)
                    if spaced != scalar { changed = true }
                    emit(spaced, from: offset, to: offset + 1)
                }
            } else {
                // A scalar NFC may touch. A starter opens a new piece; a combining
                // mark joins the piece before it (or the starter just emitted).
                if !canonicalCombines(scalar) {
                    flushPending(upTo: offset)
                    pendingStart = offset
                } else if pending.isEmpty {
                    if let last = output.last, let start = starts.last, let end = ends.last,
                       Int(end) == offset, Int(start) == offset - 1 {
                        output.removeLast(); starts.removeLast(); ends.removeLast()
                        pending.append(last)
                        pendingStart = offset - 1
                    } else {
                        pendingStart = offset
                    }
                }
                if Self.isRemoved(value) { changed = true } else { pending.append(scalar) }
            }
            offset += 1
            index = view.index(after: index)
        }
        flushPending(upTo: offset)
        self.scalars = output
        self.originalCount = offset
        self.map = changed ? OffsetMap(starts: starts, ends: ends) : nil
    }

    /// The number of normalised scalars.
    public var count: Int { scalars.count }

    /// The original offsets `start..<end` of the normalised range `range`.
    public func originalRange(_ range: Range<Int>) -> Range<Int> {
        guard let map else { return range }
        guard !range.isEmpty else {
            let position = range.lowerBound < map.starts.count ? Int(map.starts[range.lowerBound]) : originalCount
            return position..<position
        }
        return Int(map.starts[range.lowerBound])..<Int(map.ends[range.upperBound - 1])
    }

    /// The normalised text of `range` as a string.
    public func string(_ range: Range<Int>) -> String {
        UTF8Bytes.string(scalars[range])
    }

    /// The normalised text as a string.
    public var normalized: String { string(0..<scalars.count) }

    // MARK: - Character classes (Unicode facts, not language knowledge)

    /// Scalars that NFC leaves alone and that compose with nothing before them.
    @inline(__always)
    static func isFastPath(_ value: UInt32) -> Bool {
        value < 0x300 || (0x1EA0...0x1EF9).contains(value) || (0x2000...0x206F).contains(value)
            || value == 0xFEFF
    }

    static func isRemoved(_ value: UInt32) -> Bool {
        switch value {
        case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: true
        default: false
        }
    }

    static func space(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x09, 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: " "
        case 0x2028, 0x2029, 0x0B, 0x0C, 0x85: "\n"
        default: scalar
        }
    }
}

/// Whether `scalar` may compose with a starter before it (a combining mark, or a
/// scalar NFC could change).
private func canonicalCombines(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.canonicalCombiningClass != .notReordered
        || (0x0300...0x036F).contains(scalar.value)
        || (0x1160...0x11FF).contains(scalar.value)   // Hangul vowels and finals
}
