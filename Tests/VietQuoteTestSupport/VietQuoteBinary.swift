package import Foundation

/// The repository this package is checked out in, and its folders the tests read.
package enum Repository {
    /// The package's root folder (three levels above this file).
    package static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The 100 dev articles.
    package static let dev = root.appendingPathComponent("evaluation/corpus/dev")
    /// The built-in lexicons.
    package static let lexicons = root.appendingPathComponent("lexicons")

    /// A dev article by its file name.
    package static func devArticle(_ name: String) -> URL { dev.appendingPathComponent(name) }
}

/// What a run of the `vietquote` binary gave.
package struct CommandResult: Sendable {
    package var status: Int32
    package var out: String
    package var err: String
    package var outData: Data
}

/// Runs the `vietquote` binary built beside the test bundle.
package enum VietQuoteBinary {
    /// The `vietquote` binary next to this test bundle.
    package static var url: URL {
        // The test bundle lives in the build products folder, beside the tool.
        var candidates: [URL] = []
        for bundle in Bundle.allBundles + [Bundle.main] {
            var folder = bundle.bundleURL
            for _ in 0..<3 {
                candidates.append(folder.appendingPathComponent("vietquote"))
                candidates.append(folder.appendingPathComponent("debug/vietquote"))
                folder = folder.deletingLastPathComponent()
            }
        }
        candidates.append(Repository.root.appendingPathComponent(".build/debug/vietquote"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) && !$0.hasDirectoryPath } ?? candidates[0]
    }

    /// Runs the tool with `arguments`; standard input is `stdin` (empty when nil), read
    /// from a file, or `stdinPath` itself (a folder, say) when given.
    package static func run(
        _ arguments: [String], stdin: Data? = nil, stdinPath: String? = nil,
        environment: [String: String]? = nil
    ) throws -> CommandResult {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let environment {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        // Standard input from a file: writing it to a pipe while the tool fills its output
        // pipe would deadlock once either is larger than a pipe's buffer.
        let inputFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("vietquote-stdin-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: inputFile) }
        if let stdinPath {
            let descriptor = open(stdinPath, O_RDONLY)
            guard descriptor >= 0 else { throw CocoaError(.fileReadNoPermission) }
            process.standardInput = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        } else {
            try (stdin ?? Data()).write(to: inputFile)
            process.standardInput = try FileHandle(forReadingFrom: inputFile)
        }
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                             err: String(decoding: errData, as: UTF8.self), outData: outData)
    }

    /// Runs the tool with a pseudo-terminal as standard input and standard output (the
    /// tool sees a terminal), `typed` written to it followed by an end of file (Ctrl-D).
    /// Returns what the terminal showed (the echo of `typed` included) and standard error.
    package static func runOnTerminal(
        _ arguments: [String], typed: String = "", environment: [String: String]? = nil
    ) throws -> CommandResult {
        let (master, name) = try openTerminalPair()
        let slave = open(name, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw CocoaError(.fileReadUnknown) }
        var size = winsize(ws_row: 40, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let environment {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        let err = Pipe()
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = err
        try process.run()
        close(slave)
        let masterHandle = FileHandle(fileDescriptor: master, closeOnDealloc: true)
        // What the terminal shows, read on another thread so that the tool never blocks on it.
        let shown = Shown()
        let reader = Thread {
            while true {
                var buffer = [UInt8](repeating: 0, count: 4096)
                let count = read(master, &buffer, buffer.count)
                if count <= 0 { break }
                shown.append(buffer[0..<count])
            }
            shown.finish()
        }
        reader.start()
        if !typed.isEmpty { masterHandle.write(Data((typed + "\n").utf8)) }
        masterHandle.write(Data([0x04]))
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let outData = shown.wait()
        return CommandResult(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                             err: String(decoding: errData, as: UTF8.self), outData: outData)
    }

    /// A new pseudo-terminal: its controlling side and the path of its terminal side.
    private static func openTerminalPair() throws -> (Int32, String) {
        #if os(Linux)
        // TIOCSPTLCK and TIOCGPTN are function-like macros Swift does not import (values of
        // <asm-generic/ioctls.h>, the same on x86_64 and arm64).
        let lockRequest: UInt = 0x4004_5431, numberRequest: UInt = 0x8004_5430
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, lockRequest, &unlock) == 0, ioctl(master, numberRequest, &number) == 0 else {
            throw CocoaError(.fileReadUnknown)
        }
        return (master, "/dev/pts/\(number)")
        #else
        let master = posix_openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else {
            throw CocoaError(.fileReadUnknown)
        }
        return (master, String(cString: name))
        #endif
    }

    /// Bytes read from the terminal, handed from the reading thread to the test.
    private final class Shown: @unchecked Sendable {
        private let condition = NSCondition()
        private var data = Data()
        private var done = false

        func append(_ bytes: ArraySlice<UInt8>) {
            condition.lock(); data.append(contentsOf: bytes); condition.unlock()
        }

        func finish() {
            condition.lock(); done = true; condition.broadcast(); condition.unlock()
        }

        func wait() -> Data {
            condition.lock()
            defer { condition.unlock() }
            let deadline = Date().addingTimeInterval(10)
            while !done, condition.wait(until: deadline) {}
            return data
        }
    }
}

/// A fresh folder under the temporary folder.
package func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("vq-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
