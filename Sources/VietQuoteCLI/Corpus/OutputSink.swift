import Foundation

/// Buffered output to standard output, or to a file through a temporary file that is
/// renamed into place by `finish()` (so a reader never sees half a file). The buffer is
/// memory of its own, which `CrashReport` writes out if the process traps.
final class OutputSink {
    private let handle: FileHandle
    private let temporary: URL?
    private let destination: URL?
    private let limit = 1 << 16
    private let buffer: UnsafeMutablePointer<UInt8>
    private var count = 0 { didSet { CrashReport.hold(buffer, count: count, descriptor: handle.fileDescriptor) } }

    init(path: String?) throws {
        buffer = .allocate(capacity: limit)
        guard let path else {
            handle = FileHandle.standardOutput
            temporary = nil
            destination = nil
            return
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError.cannotWrite("cannot write \(path): no folder \(folder.path)")
        }
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary.path) else {
            throw InputError.cannotWrite("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        self.handle = handle
        self.temporary = temporary
        self.destination = url
    }

    deinit { buffer.deallocate() }

    func write(_ text: String) throws {
        var text = text
        try text.withUTF8(write)
    }

    /// Writes UTF-8 bytes (a chunk of the JSON formats, made as bytes).
    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBufferPointer(write)
    }

    private func write(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard !bytes.isEmpty else { return }
        if count + bytes.count > limit { try flush() }
        if bytes.count > limit {
            try handle.write(contentsOf: bytes)
        } else {
            (buffer + count).update(from: bytes.baseAddress!, count: bytes.count)
            count += bytes.count
        }
    }

    func write(_ data: Data) throws {
        try flush()
        try handle.write(contentsOf: data)
    }

    func flush() throws {
        guard count > 0 else { return }
        let full = count
        count = 0
        try handle.write(contentsOf: UnsafeBufferPointer(start: buffer, count: full))
    }

    /// Flushes, and renames the temporary file into place.
    func finish() throws {
        try flush()
        guard let temporary, let destination else { return }
        try handle.close()
        // rename(2) replaces an existing file in one step (Foundation's replaceItemAt
        // failed on Linux with "The file doesn't exist" and left no file at all).
        guard rename(temporary.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw InputError.cannotWrite("cannot write \(destination.path): \(reason)")
        }
    }

    /// Removes the temporary file after a failure.
    func abandon() {
        guard let temporary else { return }
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }
}

struct OutputError: Error, CustomStringConvertible {
    var reason: String
    var description: String { reason }
}
