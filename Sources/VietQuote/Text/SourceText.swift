import Foundation

/// The input text as given, normalised for matching, with a map back to the input.
///
/// Normalisation: Unicode NFC (also for NFD input); CRLF and lone CR become LF; NBSP
/// and the other Unicode spaces become a plain space; zero-width characters, the BOM
/// and soft hyphens are removed. Every position of the normalised text maps back to a
/// Unicode scalar offset of the input, so that a span found here is reported as
/// `start..<end` offsets into the text exactly as given.
package struct SourceText: Sendable {
    /// The text exactly as given.
    package let original: String
    /// The normalised text, one element per Unicode scalar.
    package let scalars: [Unicode.Scalar]
    /// Number of Unicode scalars in `original`.
    package let originalCount: Int
    /// For each normalised scalar, the original offsets of the input piece it came from;
    /// `nil` when the text needed no change (the map is the identity).
    private let map: OffsetMap?

    /// The original offsets of each normalised position, kept as segments of positions
    /// (4 to 12 bytes per change, not 8 bytes per scalar): in a `shift` segment position
    /// `p` came from the one scalar at `p + delta`; in a `piece` segment every position
    /// came from the same original range (a CR LF, or a piece that NFC composed).
    private struct OffsetMap: Sendable {
        /// The first position of each segment, ascending.
        var positions: [Int32] = []
        /// `shift`: the original offset of the segment's first position; `piece`: the start of its range.
        var starts: [Int32] = []
        /// `piece`: the end of its range; `shift`: `OffsetMap.shift`.
        var ends: [Int32] = []
        static let shift = Int32.min

        /// Whether the map is one identity segment (0, 0, shift) not stored in the arrays: a
        /// text that needs no change then allocates none of them (three arrays for each of
        /// the 7,000 lexicon phrases a process reads); the next segment stores it.
        private var identityOnly = false

        /// The original range of `position` (in the last segment that starts at or before it).
        func range(at position: Int) -> (start: Int, end: Int) {
            if identityOnly { return (position, position + 1) }
            var low = 0, high = positions.count   // the first segment after `position`
            while low < high {
                let middle = (low + high) / 2
                if Int(positions[middle]) <= position { low = middle + 1 } else { high = middle }
            }
            let segment = low - 1
            if ends[segment] == Self.shift {
                let start = Int(starts[segment]) + position - Int(positions[segment])
                return (start, start + 1)
            }
            return (Int(starts[segment]), Int(ends[segment]))
        }

        /// The last segment (first position, start and end as stored), read at every append.
        private var last: (position: Int, start: Int, end: Int32)?

        /// Records that `position` (the next one) came from `start..<end`.
        @inline(__always)
        mutating func append(_ position: Int, from start: Int, to end: Int) {
            if let last {
                if end == start + 1 {
                    if last.end == Self.shift, last.start + position - last.position == start { return }
                } else if last.end == Int32(truncatingIfNeeded: end), last.start == start {
                    return
                }
            }
            if positions.isEmpty {
                if last == nil, position == 0, start == 0, end == 1 {
                    identityOnly = true
                    last = (0, 0, Self.shift)
                    return
                }
                if identityOnly {
                    identityOnly = false
                    positions.append(0)
                    starts.append(0)
                    ends.append(Self.shift)
                }
            }
            positions.append(Int32(truncatingIfNeeded: position))
            starts.append(Int32(truncatingIfNeeded: start))
            ends.append(end == start + 1 ? Self.shift : Int32(truncatingIfNeeded: end))
            last = (position, start, ends[ends.count - 1])
        }

        /// Forgets `position`, the last one recorded.
        mutating func removeLast(_ position: Int) {
            guard let last, last.position == position else { return }
            if identityOnly {
                identityOnly = false
                self.last = nil
                return
            }
            positions.removeLast(); starts.removeLast(); ends.removeLast()
            self.last = positions.isEmpty ? nil : (Int(positions[positions.count - 1]), Int(starts[starts.count - 1]), ends[ends.count - 1])
        }
    }

    /// Normalises `text`.
    /// - Complexity: O(*n*) in the number of scalars.
    package init(_ text: String) {
        self.original = text
        var utf8 = text
        let read = utf8.withUTF8 { bytes in
            // Room for one output scalar per input scalar, and a few more; NFC may lengthen a
            // piece (up to three times: UAX #15), and a text whose output does not fit is
            // read again with more room.
            var capacity = Self.scalarCount(bytes) + Self.slack
            while true {
                if let read = Self.normalised(bytes, capacity: capacity) { return read }
                capacity *= 3
            }
        }
        self.scalars = read.scalars
        self.originalCount = read.originalCount
        self.map = read.map
    }

    /// The scalars of `text` when normalising changes none of them (each is kept as it is:
    /// printable ASCII, LF, Latin and Vietnamese letters, most marks; as `init` would keep
    /// them, map and all), else nil: a lexicon phrase read without a `SourceText` made for it.
    static func unchangedScalars(_ text: String) -> [Unicode.Scalar]? {
        var unchanged = true
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: text.utf8.count) { buffer, count in
            for scalar in text.unicodeScalars {
                guard Normaliser.isKeptAsIs(scalar.value) else {
                    unchanged = false
                    break
                }
                buffer[count] = scalar
                count += 1
            }
        }
        return unchanged ? scalars : nil
    }

    /// Room for output scalars beyond one per input scalar, before a text is read again.
    private static let slack = 16

    /// The number of scalars of valid UTF-8 `bytes`: the bytes that are not continuation
    /// bytes (`10xxxxxx`), counted eight at a time.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var continuations = 0
        var index = 0
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while index + 8 <= bytes.count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // One bit per continuation byte, at the byte's bottom; the multiplication sums
                // the eight bytes into the top one (`nonzeroBitCount` has no instruction on
                // baseline x86-64: 32 instructions a word).
                let flags = (word & ~(word << 1) & ByteWords.highs) >> 7
                continuations += Int(truncatingIfNeeded: (flags &* ByteWords.ones) >> 56)
                index += 8
            }
        }
        while index < bytes.count {
            if bytes[index] & 0xC0 == 0x80 { continuations += 1 }
            index += 1
        }
        return bytes.count - continuations
    }

    /// The normalised scalars of `bytes`, the input's scalar count and the offset map (nil
    /// when nothing changed); nil when the output needs more than `capacity` scalars.
    private static func normalised(_ bytes: UnsafeBufferPointer<UInt8>, capacity: Int)
        -> (scalars: [Unicode.Scalar], originalCount: Int, map: OffsetMap?)? {
        var map: OffsetMap?
        var originalCount = 0
        var overflow = false
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { buffer, count in
            var normaliser = Normaliser(output: buffer)
            normaliser.read(bytes)
            normaliser.flushPending(upTo: normaliser.offset)
            count = normaliser.count
            overflow = normaliser.overflow
            originalCount = normaliser.offset
            map = normaliser.changed ? normaliser.map : nil
        }
        return overflow ? nil : (scalars, originalCount, map)
    }

    /// The state of `init` while it reads the text (a struct, so that its loop runs without
    /// the run-time exclusivity checks that variables captured by a closure get). It writes
    /// into the storage of the result array: an `append` per scalar checked the array's
    /// uniqueness and capacity each time.
    private struct Normaliser {
        let output: UnsafeMutableBufferPointer<Unicode.Scalar>
        /// The number of scalars written to `output`.
        var count = 0
        /// Set when a scalar did not fit in `output` (the text is read again).
        var overflow = false
        var map = OffsetMap()
        var changed = false
        /// The original offset of the next scalar.
        var offset = 0
        /// A piece that needs Foundation's NFC.
        var pending: [Unicode.Scalar] = []
        var pendingStart = 0

        init(output: UnsafeMutableBufferPointer<Unicode.Scalar>) { self.output = output }

        @inline(__always)
        mutating func put(_ scalar: Unicode.Scalar) {
            guard count < output.count else {
                overflow = true
                return
            }
            output[count] = scalar
            count += 1
        }

        @inline(__always)
        mutating func emit(_ scalar: Unicode.Scalar, from start: Int, to end: Int) {
            map.append(count, from: start, to: end)
            put(scalar)
        }

        mutating func flushPending(upTo end: Int) {
            guard !pending.isEmpty else { return }
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: pending)
            let normalised = String(piece).precomposedStringWithCanonicalMapping.unicodeScalars
            if normalised.elementsEqual(pending) {
                // Left alone (a mark after `.`, a letter NFC cannot compose with): each scalar
                // keeps its own offset, so a span may start or end between them.
                for (index, scalar) in pending.enumerated() {
                    emit(SourceText.space(scalar), from: pendingStart + index, to: pendingStart + index + 1)
                }
            } else {
                changed = true
                for scalar in normalised { emit(SourceText.space(scalar), from: pendingStart, to: end) }
            }
            pending.removeAll(keepingCapacity: true)
        }

        /// Printable ASCII or LF: kept as it is.
        @inline(__always)
        static func isPlainASCII(_ byte: UInt8) -> Bool {
            (byte >= 0x20 && byte < 0x80) || byte == 0x0A
        }

        /// A scalar the fast path keeps as it is (not CR, not removed, not made a space or
        /// a line break): printable ASCII, LF, a Vietnamese letter, most marks.
        @inline(__always)
        static func isKeptAsIs(_ value: UInt32) -> Bool {
            if value < 0x80 { return (value >= 0x20) || value == 0x0A }
            // Latin letters with marks and the Vietnamese letters: NFC leaves them, nothing
            // removes or spaces them (the tests below say so at more cost).
            if (0xC0..<0x300).contains(value) || (0x1EA0...0x1EF9).contains(value) { return true }
            guard SourceText.isFastPath(value), !SourceText.isRemoved(value) else { return false }
            let scalar = Unicode.Scalar(value).unsafelyUnwrapped
            return SourceText.space(scalar) == scalar
        }

        /// The scalar value and byte length of the UTF-8 sequence at `index` (valid UTF-8).
        @inline(__always)
        static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
            let lead = bytes[index]
            if lead < 0x80 {
                return (UInt32(lead), 1)
            } else if lead < 0xE0 {
                return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
            } else if lead < 0xF0 {
                return (UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                        | UInt32(bytes[index + 2] & 0x3F), 3)
            }
            return (UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                    | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F), 4)
        }

        /// A scalar NFC may touch, at `offset`. A starter opens a new piece; a combining
        /// mark joins the piece before it (or the starter just emitted).
        mutating func addToPending(_ scalar: Unicode.Scalar) {
            if !canonicalCombines(scalar) {
                flushPending(upTo: offset)
                pendingStart = offset
            } else if pending.isEmpty {
                if count > 0, case let last = output[count - 1], case let (start, end) = map.range(at: count - 1),
                   end == offset, start == offset - 1 {
                    count -= 1
                    map.removeLast(count)
                    pending.append(last)
                    pendingStart = offset - 1
                } else {
                    pendingStart = offset
                }
            }
            if SourceText.isRemoved(scalar.value) { changed = true } else { pending.append(scalar) }
        }

        /// The run of scalars kept as they are from `start` on, written to `output` from
        /// position `count` on: the index and the output count after it (each scalar of the
        /// run is one position and one original offset on), and whether it stopped at a kept
        /// scalar for which `output` has no room. Its state is in locals, not in the
        /// normaliser's fields (which stay in memory across its calls): the loop over the
        /// bulk of any text.
        @inline(__always)
        static func keptRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                            into output: UnsafeMutableBufferPointer<Unicode.Scalar>, at count: Int)
            -> (index: Int, count: Int, full: Bool) {
            let raw = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped)
            let out = output.baseAddress.unsafelyUnwrapped
            let end = bytes.count, room = output.count
            var index = start, count = count
            while index < end {
                if index &+ 8 <= end, count &+ 8 <= room {
                    // (A word of Vietnamese text rarely has eight ASCII bytes in a row:
                    // the ones before its first letter with a mark are copied at once.)
                    let copied = copiedPrintableASCII(raw + index, to: out + count)
                    count &+= copied
                    index &+= copied
                    if copied == 8 { continue }
                }
                let byte = raw.load(fromByteOffset: index, as: UInt8.self)
                let (value, length) = isPlainASCII(byte) ? (UInt32(byte), 1) : decode(bytes, at: index)
                guard isKeptAsIs(value) else { break }
                guard count < room else { return (index, count, true) }
                out[count] = Unicode.Scalar(value).unsafelyUnwrapped
                count &+= 1
                index &+= length
            }
            return (index, count, false)
        }

        /// Writes the printable ASCII bytes that open the eight bytes at `bytes` as scalars
        /// at `output` and returns their number, 0 to 8. There must be room for eight scalars
        /// (all eight are stored; the caller counts the copied ones).
        @inline(__always)
        static func copiedPrintableASCII(_ bytes: UnsafeRawPointer, to output: UnsafeMutablePointer<Unicode.Scalar>) -> Int {
            let word = UInt64(littleEndian: bytes.loadUnaligned(as: UInt64.self))
            // The bytes from 0x80 on and those below 0x20: exact up to the first one (no byte
            // before it borrows), which is all that is read.
            let stops = (word | (word &- ByteWords.ones &* 0x20) & ~word) & ByteWords.highs
            let length = stops == 0 ? 8 : stops.trailingZeroBitCount >> 3
            // The eight bytes widened to scalars in one vector (a `Unicode.Scalar` is its
            // `UInt32` value), and stored at once: eight stores cost more than the rest. Loaded
            // as a vector from memory, byte 0 is lane 0 on any host (a cast of `word` would put
            // it there only on a little-endian one).
            let scalars = SIMD8<UInt32>(truncatingIfNeeded: bytes.loadUnaligned(as: SIMD8<UInt8>.self))
            UnsafeMutableRawPointer(output).storeBytes(of: scalars, as: SIMD8<UInt32>.self)
            return length
        }

        /// Reads the scalars decoded from the UTF-8 `bytes` (valid in a String), with
        /// printable ASCII and LF (the bulk of any text, which no rule changes) taken first.
        mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                let (value, length) = Self.isPlainASCII(lead) ? (UInt32(lead), 1) : Self.decode(bytes, at: index)
                if Self.isKeptAsIs(value) {
                    // A run of scalars kept as they are, at once: the map records where the run
                    // starts, and every later scalar of the run follows on (`OffsetMap.append`
                    // adds nothing for it).
                    flushPending(upTo: offset)
                    map.append(count, from: offset, to: offset + 1)
                    let run = Self.keptRun(bytes, from: index, into: output, at: count)
                    offset += run.count - count
                    index = run.index
                    count = run.count
                    if run.full {
                        // (The text is read again with more room: nothing more to read now.)
                        overflow = true
                        return
                    }
                    continue
                }
                let scalar = Unicode.Scalar(value).unsafelyUnwrapped
                if SourceText.isFastPath(value) {
                    flushPending(upTo: offset)
                    if value == 0x0D {   // CR, or CR LF: one line break
                        changed = true
                        if index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                            emit("\n", from: offset, to: offset + 2)
                            offset += 2
                            index += 2
                            continue
                        }
                        emit("\n", from: offset, to: offset + 1)
                    } else if SourceText.isRemoved(value) {
                        changed = true
                    } else {
                        let spaced = SourceText.space(scalar)
                        if spaced != scalar { changed = true }
                        emit(spaced, from: offset, to: offset + 1)
                    }
                } else {
                    addToPending(scalar)
                }
                offset += 1
                index += length
            }
        }
    }

    /// The number of normalised scalars.
    package var count: Int { scalars.count }

    /// The original offsets `start..<end` of the normalised range `range`.
    package func originalRange(_ range: Range<Int>) -> Range<Int> {
        guard let map else { return range }
        guard !range.isEmpty else {
            let position = range.lowerBound < scalars.count ? map.range(at: range.lowerBound).start : originalCount
            return position..<position
        }
        return Range(from: map.range(at: range.lowerBound).start, to: map.range(at: range.upperBound - 1).end)
    }

    /// The normalised text of `range` as a string.
    package func string(_ range: Range<Int>) -> String {
        UTF8Bytes.string(scalars[from: range.lowerBound, upTo: range.upperBound])
    }

    /// The normalised text as a string.
    package var normalized: String { string(0..<scalars.count) }

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
