import Foundation

/// An article in Unicode NFC, with its word tokens and a map from scalar offsets of
/// the text as given to offsets of the NFC text.
///
/// All spans of the scorer are ranges of NFC scalar offsets. NFC is applied one
/// grapheme cluster at a time, so that every cluster boundary of the text as given
/// is a boundary of the NFC text; an offset inside a cluster maps to the cluster's
/// start (for a span start) or end (for a span end).
struct NormalizedArticle: Sendable {
    /// The NFC text, one element per Unicode scalar.
    let scalars: [Unicode.Scalar]
    /// Number of Unicode scalars of the text as given.
    let originalCount: Int
    /// The word tokens of ``scalars``.
    let tokens: WordTokens
    /// Cluster boundaries: offsets in the text as given and the NFC offsets they map
    /// to; both strictly increasing, first 0, last the counts. Empty when NFC changed
    /// nothing (the map is the identity).
    private let originalBoundaries: [Int]
    private let normalizedBoundaries: [Int]

    init(_ text: String) {
        let given = Array(text.unicodeScalars)
        let whole = Array(text.precomposedStringWithCanonicalMapping.unicodeScalars)
        originalCount = given.count
        if whole == given {
            scalars = given
            originalBoundaries = []
            normalizedBoundaries = []
        } else {
            var output: [Unicode.Scalar] = []
            output.reserveCapacity(given.count)
            var originals = [0]
            var normals = [0]
            var offset = 0
            for character in text {
                let piece = character.unicodeScalars
                offset += piece.count
                if piece.count == 1 {
                    output.append(contentsOf: piece)
                } else {
                    output.append(contentsOf: String(character).precomposedStringWithCanonicalMapping.unicodeScalars)
                }
                originals.append(offset)
                normals.append(output.count)
            }
            scalars = output
            originalBoundaries = originals
            normalizedBoundaries = normals
        }
        tokens = WordTokens(scalars)
    }

    /// The NFC range of the range `start..<end` of the text as given, or `nil` when
    /// the offsets are out of bounds or reversed.
    func normalizedRange(start: Int, end: Int) -> Range<Int>? {
        guard start >= 0, end >= start, end <= originalCount else { return nil }
        guard !originalBoundaries.isEmpty else { return start..<end }
        // Largest boundary <= start; smallest boundary >= end.
        let lower = Self.partition(originalBoundaries) { $0 > start } - 1
        let upper = Self.partition(originalBoundaries) { $0 >= end }
        return normalizedBoundaries[lower]..<normalizedBoundaries[upper]
    }

    /// The range of the `occurrence`-th (from 1) occurrence of `content` (NFC applied
    /// first), or `nil`. Occurrences are counted at every start position, so two
    /// occurrences may overlap, like repeated `str.find(content, previous + 1)`.
    func locate(_ content: String, occurrence: Int) -> Range<Int>? {
        let needle = Array(content.precomposedStringWithCanonicalMapping.unicodeScalars)
        guard !needle.isEmpty, occurrence >= 1, needle.count <= scalars.count else { return nil }
        var seen = 0
        var start = 0
        let first = needle[0]
        while start + needle.count <= scalars.count {
            if scalars[start] == first, scalars[start..<(start + needle.count)].elementsEqual(needle) {
                seen += 1
                if seen == occurrence { return start..<(start + needle.count) }
            }
            start += 1
        }
        return nil
    }

    /// The NFC text of `range`.
    func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
        return String(view)
    }

    /// The first index of `values` (sorted) for which `predicate` holds, or `count`.
    private static func partition(_ values: [Int], _ predicate: (Int) -> Bool) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if predicate(values[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
