import Foundation

/// The shape of one Vietnamese syllable, tone and vowel marks aside: an onset, one to three
/// vowels, a coda, each from `lexicons/syllable_shape.tsv` (`ngh`, `ng` … `x`; `a` … `y`;
/// `ch` … `t`). `nguyen` has it; `jong` (`Kim Jong Un`) has not. Read by
/// `SpeakerLexicon.isVietnameseSyllable`.
struct SyllableShape: Sendable {
    static let fileName = "syllable_shape.tsv"
    enum Part: String, CaseIterable { case onset, vowel, coda }

    private(set) var onsets: [[UInt8]] = []
    private(set) var vowels: Set<UInt8> = []
    private(set) var codas: [[UInt8]] = []
    /// `vowels` by letter (performance only: no hashing per letter).
    private var vowelTable = [Bool](repeating: false, count: 128)
    /// `onsets` by their first letter and `codas` by their last (performance only: a syllable
    /// is tried against the onsets it can start with and the codas it can end with, not all).
    private var onsetsByFirst = [[[UInt8]]](repeating: [], count: 128)
    private var codasByLast = [[[UInt8]]](repeating: [], count: 128)

    init(files: LexiconFiles) throws(LexiconError) {
        for row in try files.table(Self.fileName, columns: ["part", "letters"]).rows {
            let part = Part(rawValue: try row.choice("part", in: Set(Part.allCases.map(\.rawValue))))!
            for letters in try row.required("letters").split(separator: " ") {
                guard letters.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else {
                    throw row.error("column 'letters': '\(letters)' is not lower-case ASCII letters")
                }
                let bytes = Array(letters.utf8)
                switch part {
                case .onset:
                    onsets.append(bytes)
                    onsetsByFirst[Int(bytes[0])].append(bytes)
                case .coda:
                    codas.append(bytes)
                    codasByLast[Int(bytes[bytes.count - 1])].append(bytes)
                case .vowel:
                    guard bytes.count == 1 else { throw row.error("a vowel is one letter: '\(letters)'") }
                    vowels.insert(bytes[0])
                    vowelTable[Int(bytes[0])] = true
                }
            }
        }
    }

    /// Whether the letters `bare` (lower case, marks removed) have the shape: some onset
    /// (or none) and some coda (or none) leave one to three vowels between them.
    /// (Performance only: no onset, coda or reversed copy is built, and the vowels are read
    /// off a table: this ran for every capitalised word after a title.)
    func matches(_ bare: [Unicode.Scalar]) -> Bool {
        guard bare.allSatisfy({ ("a"..."z").contains($0) }) else { return false }
        let letters = bare.map { UInt8($0.value) }
        guard let first = letters.first else { return false }   // no vowel
        return matches(letters, onset: 0)
            || onsetsByFirst[Int(first)].contains { letters.starts(with: $0) && matches(letters, onset: $0.count) }
    }

    /// Whether some coda (or none) after the onset's `onset` letters leaves one to three vowels.
    /// (`letters` is not empty; a coda that ends a syllable ends with its last letter.)
    private func matches(_ letters: [UInt8], onset: Int) -> Bool {
        hasVowels(letters, onset, letters.count) || codasByLast[Int(letters[letters.count - 1])].contains { coda in
            letters.count >= onset + coda.count && letters[(letters.count - coda.count)...].elementsEqual(coda)
                && hasVowels(letters, onset, letters.count - coda.count)
        }
    }

    private func hasVowels(_ letters: [UInt8], _ start: Int, _ end: Int) -> Bool {
        (1...3).contains(end - start) && letters[start..<end].allSatisfy { vowelTable[Int($0)] }
    }

    /// The letters of `key` with the marks of U+0300–U+036F taken off (`ư` → `u`, `ễ` → `e`)
    /// and `đ` read as `d`, or nil when a scalar is none of ASCII, those marks and the Latin
    /// letters of `Bases`.
    static func bare(_ key: String) -> [Unicode.Scalar]? {
        var letters: [Unicode.Scalar] = []
        for scalar in key.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                letters.append(scalar)
            } else if (0x300...0x36F).contains(value) {
                continue
            } else if value == 0x111 {
                letters.append("d")
            } else if let base = Bases.shared.base(of: value) {
                letters.append(contentsOf: base)
            } else {
                return nil
            }
        }
        return letters
    }

    /// The canonical decomposition of each Latin letter (U+00C0–U+024F, U+1E00–U+1EFF) without
    /// the marks of U+0300–U+036F, when nothing else is left of it but letters that combine
    /// with nothing. (Performance only: each letter is decomposed when first asked, as the
    /// table of all 656 letters, made at the first letter asked, cost 4.9 M instructions and
    /// match keys hold their marks apart: a key asks it of a letter such as `ø`, `ł`, seldom.)
    private final class Bases: @unchecked Sendable {
        static let shared = Bases()
        // Every access to `known` holds `lock` (the reason for `@unchecked Sendable`).
        private let lock = NSLock()
        private var known: [UInt32: [Unicode.Scalar]?] = [:]

        /// The letters of `value` without its marks, or nil for a scalar outside the letters above.
        func base(of value: UInt32) -> [Unicode.Scalar]? {
            lock.lock()
            defer { lock.unlock() }
            if let base = known[value] { return base }
            let base = Self.decomposed(value)
            known[value] = .some(base)
            return base
        }

        private static func decomposed(_ value: UInt32) -> [Unicode.Scalar]? {
            guard (0xC0...0x24F).contains(value) || (0x1E00...0x1EFF).contains(value), let scalar = Unicode.Scalar(value) else { return nil }
            let parts = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.filter { !(0x300...0x36F).contains($0.value) }
            guard parts.allSatisfy({ $0.properties.canonicalCombiningClass == .notReordered }) else { return nil }
            return Array(parts)
        }
    }
}
