import Dispatch
import Foundation

/// Runs `work` on each item on up to `jobs` threads, and hands the outputs to `consume`
/// one after another in input order. At most `window` items are in flight (read,
/// processed or waiting for their turn), so memory does not grow with the number of items.
enum OrderedWork {
    static func run<Item: Sendable, Output: Sendable>(
        jobs: Int,
        next: () throws -> Item?,
        work: @escaping @Sendable (Item) -> Output,
        consume: (Output) throws -> Void
    ) throws {
        if jobs <= 1 {
            while let item = try next() { try consume(work(item)) }
            return
        }
        let window = jobs * 4
        let state = State<Output>()
        let slots = DispatchSemaphore(value: jobs)
        let queue = DispatchQueue(label: "vietquote.work", attributes: .concurrent)
        var submitted = 0
        var consumed = 0

        func takeNext() throws {
            let output = state.wait(for: consumed)
            consumed += 1
            try consume(output)
        }

        while let item = try next() {
            while submitted - consumed >= window { try takeNext() }
            let index = submitted
            submitted += 1
            queue.async {
                slots.wait()
                let output = work(item)
                slots.signal()
                state.put(output, at: index)
            }
        }
        while consumed < submitted { try takeNext() }
    }

    /// Finished outputs waiting for their turn.
    private final class State<Output>: @unchecked Sendable {
        private let condition = NSCondition()
        private var done: [Int: Output] = [:]

        func put(_ output: Output, at index: Int) {
            condition.lock()
            done[index] = output
            condition.broadcast()
            condition.unlock()
        }

        func wait(for index: Int) -> Output {
            condition.lock()
            defer { condition.unlock() }
            while true {
                if let output = done.removeValue(forKey: index) { return output }
                condition.wait()
            }
        }
    }
}
