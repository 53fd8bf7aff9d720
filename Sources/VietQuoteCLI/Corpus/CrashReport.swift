#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// When a trap still happens (a Swift runtime failure is a SIGILL or SIGTRAP, a bad access a
/// SIGSEGV or SIGBUS, an abort a SIGABRT), the CLI says which record it was processing and
/// writes out what it had produced, so that the rest of a corpus can be run past that record.
///
/// The records in flight and the output not yet written are kept in memory allocated once, at
/// `install`; the handler reads them and writes with write(2) only (no allocation, no lock),
/// then puts back the handler it replaced (the Swift runtime's backtracer, or the default) and
/// re-raises the signal, so the process still dies of it:
///
/// ```
/// vietquote: crashed while processing stdin line 5744, id 2025-01-03-cindy-lu
/// vietquote: the output holds the first 5743 articles, in input order
/// ```
enum CrashReport {
    /// At most this many records are in flight at once (one per worker thread).
    static let slotCount = 256
    /// The bytes kept of a record's description (its path, or its line and id).
    static let slotBytes = 480
    static let signals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT]

    /// The memory the handler reads: per slot the owning thread (0: free), the description's length and bytes.
    private nonisolated(unsafe) static var owners = UnsafeMutablePointer<UInt>.allocate(capacity: 1)
    private nonisolated(unsafe) static var lengths = UnsafeMutablePointer<Int>.allocate(capacity: 1)
    private nonisolated(unsafe) static var texts = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    /// The output the sink holds but has not written yet, and its file descriptor.
    nonisolated(unsafe) static var pending: UnsafeMutablePointer<UInt8>?
    nonisolated(unsafe) static var pendingCount = 0
    nonisolated(unsafe) static var outputDescriptor: Int32 = -1
    /// Articles handed to the output, in input order.
    nonisolated(unsafe) static var written = 0
    /// The handlers replaced, by signal number.
    private nonisolated(unsafe) static var previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 64)
    private nonisolated(unsafe) static var installed = false
    private static let lock = NSLock()

    /// Allocates the memory and installs the handlers (once per process).
    static func install() {
        lock.lock()
        defer { lock.unlock() }
        guard !installed else { return }
        installed = true
        owners = .allocate(capacity: slotCount)
        owners.initialize(repeating: 0, count: slotCount)
        lengths = .allocate(capacity: slotCount)
        lengths.initialize(repeating: 0, count: slotCount)
        texts = .allocate(capacity: slotCount * slotBytes)
        for signal in signals {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = crashHandler
            #else
            action.__sigaction_u.__sa_handler = crashHandler
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, previous + Int(signal))
        }
    }

    /// The sink's output not yet written (called at each change of it).
    @inline(__always)
    static func hold(_ bytes: UnsafeMutablePointer<UInt8>, count: Int, descriptor: Int32) {
        pending = bytes
        pendingCount = count
        outputDescriptor = descriptor
    }

    /// Runs `body` with `record` noted as in flight on this thread.
    static func processing<Result>(_ record: String, _ body: () -> Result) -> Result {
        guard installed else { return body() }
        let slot = claim(record)
        defer { release(slot) }
        return body()
    }

    /// Notes `record` in a free slot owned by this thread; nil when all are taken.
    private static func claim(_ record: String) -> Int? {
        let thread = currentThread()
        lock.lock()
        defer { lock.unlock() }
        guard let slot = (0..<slotCount).first(where: { owners[$0] == 0 }) else { return nil }
        let bytes = Array(record.utf8.prefix(slotBytes))
        bytes.withUnsafeBufferPointer { (texts + slot * slotBytes).update(from: $0.baseAddress!, count: bytes.count) }
        lengths[slot] = bytes.count
        owners[slot] = thread
        return slot
    }

    private static func release(_ slot: Int?) {
        guard let slot else { return }
        lock.lock()
        owners[slot] = 0
        lock.unlock()
    }

    /// Writes the output held back, names the record(s) this thread (else any thread) was
    /// processing, and re-raises `signal` under the handler it replaced.
    static func report(_ signal: Int32) {
        if outputDescriptor >= 0, let pending, pendingCount > 0 {
            _ = write(outputDescriptor, pending, pendingCount)
        }
        let thread = currentThread()
        var named = false
        if installed {
            for slot in 0..<slotCount where owners[slot] == thread {
                writeRecord(slot)
                named = true
            }
            if !named {
                for slot in 0..<slotCount where owners[slot] != 0 {
                    writeRecord(slot)
                    named = true
                }
            }
        }
        if !named { put("vietquote: crashed outside any record\n") }
        put("vietquote: the output holds the first ")
        putNumber(written)
        put(" articles, in input order\n")
        sigaction(signal, previous + Int(signal), nil)
        raise(signal)
    }

    /// This thread's id, as a number (never 0).
    private static func currentThread() -> UInt {
        #if canImport(Darwin)
        UInt(bitPattern: pthread_self())
        #else
        UInt(pthread_self())
        #endif
    }

    private static func writeRecord(_ slot: Int) {
        put("vietquote: crashed while processing ")
        _ = write(STDERR_FILENO, texts + slot * slotBytes, lengths[slot])
        put("\n")
    }

    private static func put(_ text: StaticString) {
        _ = write(STDERR_FILENO, text.utf8Start, text.utf8CodeUnitCount)
    }

    /// Writes `number` in decimal without allocating.
    private static func putNumber(_ number: Int) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)   // 24 bytes on the stack
        withUnsafeMutableBytes(of: &digits) { buffer in
            var value = max(number, 0), index = buffer.count
            repeat {
                index -= 1
                buffer[index] = UInt8(48 + value % 10)
                value /= 10
            } while value > 0 && index > 0
            _ = write(STDERR_FILENO, buffer.baseAddress! + index, buffer.count - index)
        }
    }

    /// How the message names a record: `stdin line 3, id 2025-01-03-cindy-lu`, `line news:3, id …`, a path.
    static func name(of item: WorkItem, document: String) -> String {
        switch item {
        case .file: return item.origin
        case .record(let fallback, _, _):
            return "\(fallback.contains(":") ? "" : "stdin ")\(item.origin), id \(document)"
        }
    }

    /// `VIETQUOTE_TRAP_ON=ID`: trap while processing the record (or file) of that document,
    /// so that a test can check what the user is told. Read once; unset, it costs a comparison.
    static let trapOn: String? = ProcessInfo.processInfo.environment["VIETQUOTE_TRAP_ON"]
}

/// The signal handler: a C function with no context.
private func crashHandler(_ signal: Int32) {
    CrashReport.report(signal)
}
