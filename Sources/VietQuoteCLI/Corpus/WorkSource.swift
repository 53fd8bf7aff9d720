import Foundation

/// How the inputs hold articles.
enum InputFormat: String, CaseIterable {
    /// Each file (or standard input) is one article.
    case text
    /// Each line is a record `{"id": …, "text": …}`.
    case jsonl
}

/// One article to process: a file to read, or one line of a JSON Lines input.
enum WorkItem: Sendable {
    case file(document: String, path: String?)
    /// `dateField`: the record's field that holds the article's date.
    case record(document: String, line: Data, dateField: String)

    /// The document's name and text, or the name and the reason it cannot be read; and
    /// the date given with it (a record's date field), if any.
    func load() -> (document: String, text: Result<String, ReadError>, date: String?) {
        switch self {
        case .file(let document, let path):
            return (document, Inputs.read(InputArticle(document: document, path: path)), nil)
        case .record(let fallback, let line, let dateField):
            return JSONRecord.parse(line, fallback: fallback, dateField: dateField)
        }
    }

    /// Where the item comes from, for messages: a path, `stdin`, or a record's line.
    var origin: String {
        switch self {
        case .file(_, let path): return path ?? "stdin"
        case .record(let fallback, _, _): return "line \(fallback)"
        }
    }

    /// Whether a failure to read this item makes the run exit 1 (a bad JSON Lines
    /// record does not: its error record says it all, and a pipeline step goes on).
    var failureFailsRun: Bool {
        if case .file = self { return true }
        return false
    }
}

/// The work items of the inputs, one after another: all file names are listed first
/// (a few bytes each); JSON Lines are read line by line as they are needed.
final class WorkSource {
    private var files: [InputArticle]
    private var fileIndex = 0
    private let format: InputFormat
    private let dateField: String
    private var reader: LineReader?
    private var readerName = ""
    private var readerIsStdin = false

    /// The number of articles, when known before reading.
    var total: Int? { format == .text ? files.count : nil }

    init(inputs: [String], format: InputFormat, dateField: String = "date") throws {
        self.files = try Inputs.articles(inputs)
        self.format = format
        self.dateField = dateField
    }

    func next() throws -> WorkItem? {
        switch format {
        case .text:
            guard fileIndex < files.count else { return nil }
            defer { fileIndex += 1 }
            return .file(document: files[fileIndex].document, path: files[fileIndex].path)
        case .jsonl:
            while true {
                if let reader {
                    while let (number, line) = reader.nextLine() {
                        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                        let fallback = readerIsStdin ? "\(number)" : "\(readerName):\(number)"
                        return .record(document: fallback, line: line, dateField: dateField)
                    }
                    self.reader = nil
                }
                guard fileIndex < files.count else { return nil }
                let article = files[fileIndex]
                fileIndex += 1
                if let path = article.path {
                    guard let handle = FileHandle(forReadingAtPath: path) else {
                        return .file(document: article.document, path: path)   // reported as unreadable
                    }
                    reader = LineReader(handle)
                    readerName = article.document
                    readerIsStdin = false
                } else {
                    // A folder on standard input cannot be read as lines: reported like a file.
                    if Inputs.standardInputProblem() != nil { return .file(document: "stdin", path: nil) }
                    reader = LineReader(FileHandle.standardInput)
                    readerName = "stdin"
                    readerIsStdin = true
                }
            }
        }
    }
}

/// Lines of a file handle, read in blocks; the line break is not included.
final class LineReader {
    private let handle: FileHandle
    private var buffer = Data()
    private var start = 0
    /// Where the search for the next line break goes on: the bytes from `start` to here hold none.
    private var searched = 0
    private var atEnd = false
    private var number = 0

    init(_ handle: FileHandle) { self.handle = handle }

    func nextLine() -> (Int, Data)? {
        while true {
            // The bytes searched through a pointer by `memchr`: `Data`'s own subscript, byte by
            // byte, cost more than the rest of reading the corpus, and a loop over the
            // pointer's bytes 7 instructions a byte. A line longer than a block is searched
            // once, not again from its start after each block.
            if let newline = buffer.withUnsafeBytes({ bytes -> Int? in
                guard let base = bytes.baseAddress, searched < bytes.count,
                      let found = memchr(base + searched, 0x0A, bytes.count - searched) else { return nil }
                return base.distance(to: UnsafeRawPointer(found))
            }) {
                let line = buffer[start..<newline]
                start = newline + 1
                searched = start
                number += 1
                return (number, Data(line))
            }
            searched = buffer.count
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                number += 1
                return (number, Data(line))
            }
            let block = (try? handle.read(upToCount: 1 << 16)) ?? nil
            if let block, !block.isEmpty {
                buffer = Data(buffer[start...]) + block
                searched -= start
                start = 0
            } else {
                atEnd = true
            }
        }
    }
}
