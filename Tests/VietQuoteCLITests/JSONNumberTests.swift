import Foundation
import Testing
import VietQuoteTestSupport

/// Numbers in the tool's JSON are rounded to 4 decimals (no `-0.6900000000000001`);
/// numbers inside strings (a quote's content) and integers (offsets) are left alone.
@Suite struct JSONNumberTests {
    /// Every number token outside strings, as written.
    func numberTokens(_ json: String) -> [String] {
        var tokens: [String] = []
        var inString = false, escaped = false
        var current = ""
        for character in json {
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                continue
            }
            if character == "\"" { inString = true }
            if character.isNumber || "-.eE+".contains(character) {
                current.append(character)
            } else if !current.isEmpty {
                tokens.append(current)
                current = ""
            }
        }
        return tokens
    }

    @Test func everyCommandsJSONHasAtMostFourDecimals() throws {
        let dev = Repository.dev.path
        for arguments in [["extract", dev], ["extract", dev, "--format", "json"], ["speakers", dev, "--format", "json"],
                          ["stance", dev, "--format", "json"]] {
            let result = try VietQuoteBinary.run(arguments)
            #expect(result.status == 0)
            let tokens = numberTokens(result.out)
            let fractions = tokens.filter { $0.contains(".") }
            #expect(fractions.count > 100, "\(arguments)")
            let long = fractions.filter { ($0.split(separator: ".").last?.count ?? 0) > 4 || $0.contains("e") }
            #expect(long.isEmpty, "\(arguments): \(long.prefix(3))")
            #expect(!tokens.contains("-0"))
        }
    }

    @Test func numbersInsideStringsAreLeftAlone() throws {
        let page = "Tin\n\nNgoại trưởng Nga Sergei Lavrov tuyên bố: \"Hệ số là 3.14159265 và -0.6900000000000001, Moscow sẵn sàng đối thoại\"."
        let result = try VietQuoteBinary.run(["extract"], stdin: Data(page.utf8))
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: result.outData) as? [String: Any])
        let content = try #require((object["quotes"] as? [[String: Any]])?.first?["content"] as? String)
        #expect(content.contains("3.14159265 và -0.6900000000000001"))
    }
}
