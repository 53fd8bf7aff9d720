import Foundation
import Testing
import VietQuoteTestSupport

/// One meaning for a speaker's label: `vietquote speakers` and `vietquote stance` label a
/// speaker with the library's one rule for a group of quotes (`StanceTally`), so a speaker
/// of one article gets the same label in both tables.
@Suite struct SpeakerLabelTests {
    @Test func speakersAndStanceTablesAgreeOnEverySpeakerOfOneArticle() throws {
        let speakers = try VietQuoteBinary.run(["speakers", FormatTests.dev, "--format", "csv"])
        #expect(speakers.status == 0)
        let rows = try FormatTests.parseDelimited(speakers.out, delimiter: ",")
        // speaker, quotes, articles, title, side, stance, label
        // Speakers of one article, with their number of quotes: a row that folds two forms of
        // a name (`Các quan chức` and `quan chức`) holds more quotes than either, and is skipped.
        let single = Dictionary(rows.dropFirst().filter { $0[2] == "1" }.map { ($0[0], ($0[6], $0[1])) }, uniquingKeysWith: { a, _ in a })
        let stance = try VietQuoteBinary.run(["stance", FormatTests.dev])
        #expect(stance.status == 0)
        var compared = 0
        for line in stance.out.split(separator: "\n") where line.hasPrefix("speaker ") {
            let cells = line.split(separator: "  ", omittingEmptySubsequences: true)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard cells.count == 6, let (label, quotes) = single[cells[1]], quotes == cells[4] else { continue }
            #expect(label == cells[5], "\(cells[1]): speakers says \(label), stance says \(cells[5])")
            compared += 1
        }
        #expect(compared >= 100)
    }
}
