import Foundation

/// Buffered output to standard output, or to a file through a temporary file that is
/// renamed into place by `finish()` (so a reader never sees half a file).
final class OutputSink {
    private let handle: FileHandle
    private let temporary: URL?
    private let destination: URL?
    private var buffer: [UInt8] = []
    private let limit = 1 << 16

    init(path: String?) throws {
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

    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= limit { try flush() }
    }

    func write(_ data: Data) throws {
        try flush()
        try handle.write(contentsOf: data)
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, and renames the temporary file into place.
    func finish() throws {
        try flush()
        guard let temporary, let destination else { return }
        try handle.close()
        // rename(2) replaces an existing file in one step (Foundation's replaceItemAt on
        // Linux removed the existing file and then failed: `--output` over a file lost it).
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
