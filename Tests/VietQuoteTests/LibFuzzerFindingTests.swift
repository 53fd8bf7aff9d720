import Foundation
import Testing
@testable import VietQuote

/// Every input the libFuzzer run of scripts/fuzz/run.sh reported (findings named by libFuzzer's
/// kind and hash), replayed through the checks of the Vietnamese fuzzer: one result, valid JSON,
/// spans inside the input and giving back the content, no trap. The bytes are decoded as the
/// fuzz target decodes them (invalid UTF-8 replaced).
///
/// Run of 2026-12-06 (2,434 s, 43,259 executions, see the commit): eight timeouts, no crash. Each timeout was a first
/// input of a fork job whose lexicon loading counted against it (nice 19, machine at load 15;
/// the empty input is one of them); replayed alone, each takes 0.3–0.7 s, the loading included,
/// under AddressSanitizer. The target now loads the lexicons in LLVMFuzzerInitialize.
@Suite struct LibFuzzerFindingTests {
    static let findings: [(name: String, base64: String)] = [
        ("timeout 328b468e6f9b", "VGhDaGnhuw=="),
        ("timeout 8166b69484f2", "W1ZOVEIg4oCTIFRoVk5UQiDigJMgVGhhAAAAAAAAIQ12bn5rc2dpdmlhAAAAAAAAIQ12bn5rc2dpdmkAAAAAIQ12bn5rc2dpdmluZyAyMDIAADAybmgxKQ=="),
        ("timeout 9ddb6bd8bb5a", "VGjhu6cgbcO0biBjaG8gYmnhur90IHPhur0gY8aw4bubaSBi4bqhbiBnw6FpIGzDonUgbsSDbSB0cm9uZyB0aMOhbmcgMi4gVG/DoG4gYuG7mSBxdcOhIHRyw6xuaCBjaHXhuqluIGLhu3ogY8WpbmcgxJHGsOG7o2MgZ2nhu68gcmnDqm5nIHTGsC4gQW5oIGPhuqd1IGjDtG4gbmfGsOG7nWkgecOqdSBnaeG7r2EgdGjDoW5nIDYsIGfhuqduIGThu4twIGvhu7cgbmnhu4dtIHPDoXUgbkhp4buHbiBjw7Mgbmhp4buBdSBjw6FvIGJ14buZYyBsw6BtIGThuqV5IGzDqm4gdHJhbmggY8OjaSB24buBIHZp4buHYyBEaWRkeSDEkWnhu4F1IGjDoG5oIMSR4bq/ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5uSBjaOG6vyBraW5oIGRvaG/Eg20gZ+G6r24gYgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACB2xINuIGjDs2EgaGlwIGhvcC4gIkNow7puZyB0w7RpIG114buRbiDEkeG6o20gYuG6o28gaMOgbmggxJHhu5luZyBj4bunYSBt4buZdCBjw6EgbmjDZG8AAAAAAAAAAAAAAAAAAABhbmggbmjGsCBt4buZ"),
        ("timeout b802357fe7bb", "aENoaeHhuw=="),
        ("timeout c7939f86540a", "xJDBoGkgbSBC4buZIGNobyBiaeG6v3QsIGjDtG0gbmF5ICgxMS8yKSwgdOG6oWkgVFBIQ00sIG5oaeG7h3QgxJHhu5kgY2FBIG7Ds2MgTcO0biwgQsOsbmggQ2jDoW5o4oCmIGPDJycnJycnJycnJycnJycnJycnJycnJycnJycgdHLDoWkgbcO5YS4="),
        ("timeout c87940b7bf0f", "W1ZOVD8g4oCTIFRoYW5rc2dpdmluZyAyMDI0OiDigJxN4buXaSBHaWEgxIWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFAAAAAAAA//////////////////////////////////////////////////8AAAAAAAAAAAAALcswMjMtbW9pLWdpYS1kbmctcGhlLWJpbmgvKQ=="),
        ("timeout da39a3ee5e6b", ""),
        ("timeout f64fe93c2410", "LTXCnMSrW3uZkZAtLTXCnMSrW3uZkZAtMDDR"),
    ]

    @Test(arguments: findings.map(\.name))
    func findingGoesThrough(_ name: String) throws {
        let base64 = try #require(Self.findings.first { $0.name == name }?.base64)
        let bytes = try #require(Data(base64Encoded: base64))
        let text = String(decoding: bytes, as: UTF8.self)
        _ = VietnameseFuzzTests.extractor   // the lexicons load outside the time measured
        let start = ContinuousClock.now
        #expect(VietnameseFuzzTests.problems(of: text, label: name) == [])
        // Far below the fuzzer's 10 s limit, even in a debug build on a busy machine.
        #expect(ContinuousClock.now - start < .seconds(5))
    }
}
