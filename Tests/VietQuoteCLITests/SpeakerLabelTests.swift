import Foundation
import Testing

/// One meaning for a speaker's label: `vietquote speakers` and `vietquote stance` label a
/// speaker with the library's one rule for a group of quotes (`StanceTally`), so a speaker
/// of one article gets the same label in both tables.
@Suite struct SpeakerLabelTests {
    @Test func speakersAndStanceTablesAgreeOnEverySpeakerOfOneArticle() throws {
        let command = ExtractCommandTests()
        let speakers = try command.run(["speakers", FormatTests.dev, "--format", "csv"])
        #expect(speakers.status == 0)
        let rows = try FormatTests.parseDelimited(speakers.out, delimiter: ",")
        // speaker, quotes, articles, title, side, stance, label
        let single = Dictionary(rows.dropFirst().filter { $0[2] == "1" }.map { ($0[0], $0[6]) }, uniquingKeysWith: { a, _ in a })
        let stance = try command.run(["stance", FormatTests.dev])
        #expect(stance.status == 0)
        var compared = 0
        for line in stance.out.split(separator: "\n") where line.hasPrefix("speaker ") {
            let cells = line.split(separator: "  ", omittingEmptySubsequences: true)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard cells.count == 6, let label = single[cells[1]] else { continue }
            #expect(label == cells[5], "\(cells[1]): speakers says \(label), stance says \(cells[5])")
            compared += 1
        }
        #expect(compared >= 100)
    }
}
