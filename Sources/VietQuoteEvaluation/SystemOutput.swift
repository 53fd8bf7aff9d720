public import Foundation

/// A program's output for a corpus: one ``AnnotatedDocument`` per article, keyed by
/// its `document` stem.
///
/// A document may carry `"error"` instead of quotes: it is scored as no quote and
/// listed. When a stem occurs twice, the first document counts and the repeat is
/// noted in ``notes``.
public struct SystemOutput: Hashable, Sendable {
    /// The documents by stem.
    public private(set) var documents: [String: AnnotatedDocument] = [:]
    /// Remarks on the input that do not stop scoring (repeated stems).
    public private(set) var notes: [String] = []

    /// Creates an output from decoded documents; each must have a `document` stem.
    public init(annotated: [AnnotatedDocument]) throws {
        for (index, document) in annotated.enumerated() {
            try add(document, place: "system document #\(index)")
        }
    }

    /// Reads JSON Lines: one JSON object per non-blank line.
    /// - Throws: ``EvaluationError`` naming the line of malformed JSON or of a
    ///   document without a `document` field.
    public init(jsonLines: String) throws {
        var number = 0
        for line in jsonLines.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            guard line.contains(where: { !$0.isWhitespace }) else { continue }
            let place = "system output line \(number)"
            try add(try JSONReading.document(Data(line.utf8), file: place), place: place)
        }
    }

    /// Reads one JSON object per element (for example one file per article).
    /// - Throws: ``EvaluationError`` naming the element at fault.
    public init(documents: [Data]) throws {
        for (index, data) in documents.enumerated() {
            let place = "system document #\(index)"
            try add(try JSONReading.document(data, file: place), place: place)
        }
    }

    private mutating func add(_ document: AnnotatedDocument, place: String) throws {
        guard let name = document.document else {
            throw EvaluationError(.missingField, file: place, reason: "missing field \"document\"")
        }
        if documents[name] != nil {
            notes.append("\(place): document \(name) repeated; the first one counts")
        } else {
            documents[name] = document
        }
    }
}
