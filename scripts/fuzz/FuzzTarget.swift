// libFuzzer entry over `QuoteExtractor.extract`, compiled into one module with the library's
// sources by scripts/fuzz/run.sh (not part of the package). Besides traps, it stops on a
// result that breaks the output's promises: JSON that does not encode, a span outside the
// input, or a span whose text is not the quote's content (`QuoteSpanCheck`).

import Foundation

let fuzzExtractor = try! QuoteExtractor()

/// Loads the lexicons before the first input, so that their time is not counted against it
/// (a first input of a fork job once timed out on a loaded machine for that reason alone).
@_cdecl("LLVMFuzzerInitialize")
public func vietQuoteFuzzInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    _ = fuzzExtractor.extract("", document: "init")
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func vietQuoteFuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let result = fuzzExtractor.extract(text, document: "fuzz")
    let problems = QuoteSpanCheck.problems(in: result, input: text)
    if !problems.isEmpty {
        fatalError("span check: \(problems.joined(separator: "; "))")
    }
    guard let line = try? result.jsonLine(), (try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil else {
        fatalError("the result does not encode as JSON")
    }
    return 0
}
