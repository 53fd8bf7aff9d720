import ArgumentParser
import Foundation

/// One article to read: a file, or standard input.
struct InputArticle {
    var document: String
    var path: String?
}

enum Inputs {
    /// Files as given; folders expand to every `.txt` (or `.TXT`) below them, in sorted
    /// order; nothing or `-` is standard input. A path that does not exist, or a folder
    /// without a single text file, stops the run before anything is written (exit 2).
    static func articles(_ arguments: [String]) throws -> [InputArticle] {
        if arguments.isEmpty { return [InputArticle(document: "stdin", path: nil)] }
        var result: [InputArticle] = []
        let manager = FileManager.default
        for argument in arguments {
            if argument == "-" {
                result.append(InputArticle(document: "stdin", path: nil))
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                throw InputError.notFound("cannot read \(argument): no such file or folder")
            }
            guard isDirectory.boolValue else {
                result.append(InputArticle(document: stem(argument), path: argument))
                continue
            }
            let files = textFiles(in: argument)
            guard !files.isEmpty else {
                throw InputError.notFound("no .txt file in \(argument) (a folder gives the .txt files below it)")
            }
            for file in files { result.append(InputArticle(document: stem(file), path: file)) }
        }
        return result
    }

    /// The `.txt` files below a folder, any case of the extension, sorted.
    static func textFiles(in folder: String) -> [String] {
        var files: [String] = []
        let root = URL(fileURLWithPath: folder)
        if let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) {
            for case let url as URL in enumerator where url.pathExtension.lowercased() == "txt" {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    files.append(url.path)
                }
            }
        }
        return files.sorted()
    }

    static func stem(_ path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    /// Whether any of the inputs is standard input.
    static func readsStandardInput(_ arguments: [String]) -> Bool {
        arguments.isEmpty || arguments.contains("-")
    }

    /// A one-line hint on standard error when the tool is about to wait for an article
    /// typed on a terminal (a user who forgot the file name sees why nothing happens).
    static func hintIfTerminal(_ arguments: [String]) {
        guard readsStandardInput(arguments), isatty(0) == 1 else { return }
        let hint = "vietquote: reading an article from the terminal; end it with Ctrl-D, or give a file or folder (vietquote extract FILE...)\n"
        FileHandle.standardError.write(Data(hint.utf8))
    }

    /// The article's text, or the reason it cannot be read.
    static func read(_ article: InputArticle) -> Result<String, ReadError> {
        let data: Data
        switch readAll(path: article.path) {
        case .success(let bytes): data = bytes
        case .failure(let error): return .failure(error)
        }
        guard let text = UTF8Text.string(data) else {
            return .failure(ReadError(reason: "not valid UTF-8 text"))
        }
        // (A NUL scalar is a 0 byte in UTF-8, and no other scalar has one: `memchr` on the
        // bytes, not a decoding pass over the scalars, 7 M instructions on the dev articles.)
        let hasNUL = data.withUnsafeBytes { bytes in
            bytes.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false
        }
        if hasNUL {
            return .failure(ReadError(reason: "binary file (NUL bytes)"))
        }
        return .success(text)
    }

    /// Every byte of a file, or of standard input when `path` is nil, with the system's
    /// reason when it cannot be read (`cannot read PATH: Is a directory`).
    static func readAll(path: String?) -> Result<Data, ReadError> {
        let name = path ?? "standard input"
        let descriptor = path.map { open($0, O_RDONLY) } ?? 0
        guard descriptor >= 0 else { return .failure(.io(name, errno)) }
        defer { if path != nil { close(descriptor) } }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { return .failure(.io(name, EISDIR)) }
        var data = Data()
        // (The read buffer is not zero-filled, and each read is appended as bytes, not as an
        // array slice: a zeroed 64 KiB array per file was 6.5 M instructions on the dev articles.)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = Foundation.read(descriptor, buffer.baseAddress, buffer.count)
            if count == 0 { return .success(data) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.io(name, errno))
            }
            data.append(buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count)
        }
    }

    /// The reason standard input cannot be read as lines (it is a folder), if any.
    static func standardInputProblem() -> ReadError? {
        var status = stat()
        guard fstat(0, &status) == 0 else { return .io("standard input", errno) }
        return status.st_mode & S_IFMT == S_IFDIR ? .io("standard input", EISDIR) : nil
    }
}

struct ReadError: Error {
    /// Why the article gives no text; also its output record's `error`.
    var reason: String
    /// Whether the reason already names the input (`cannot read PATH: …`).
    var namesInput = false

    /// An input/output failure with the system's words for `code`.
    static func io(_ name: String, _ code: Int32) -> ReadError {
        ReadError(reason: "cannot read \(name): \(String(cString: strerror(code)))", namesInput: true)
    }
}

/// An input or output problem that stops the run before it starts: a message on
/// standard error and exit status 2.
enum InputError: Error {
    case notFound(String)
    case cannotWrite(String)

    var message: String {
        switch self {
        case .notFound(let message), .cannotWrite(let message): return message
        }
    }
}

/// The exit statuses a script can rely on.
enum ExitStatus {
    /// Some input could not be read; everything else was written.
    static let someInputUnreadable: Int32 = 1
    /// Nothing to read (no such file, a folder without .txt) or nowhere to write.
    static let nothingDone: Int32 = 2
}

extension InputError {
    /// Runs `body`; an `InputError` becomes its message on standard error and exit 2.
    static func reported<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as InputError {
            FileHandle.standardError.write(Data("vietquote: \(error.message)\n".utf8))
            throw ExitCode(ExitStatus.nothingDone)
        }
    }
}
