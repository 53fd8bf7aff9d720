import Foundation
import Testing
import VietQuoteTestSupport

/// `vietquote stance` on a real dev article: the heading carries the article's label,
/// and there is one aligned row per side and per speaker with its mean, count and label.
@Suite struct StanceCommandTests {
    /// The cells of a table row: columns are separated by at least two spaces.
    func cells(_ line: Substring) -> [String] {
        line.split(separator: "  ", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    @Test func russiaAndAmericaArticleHasOneRowPerSideAndSpeaker() throws {
        // Lavrov: "Moscow sẵn sàng bình thường hóa quan hệ song phương"; Sullivan speaks
        // of "các hoạt động 'xấu xa' của Moscow" (gold: mixed, Nga normalization, Mỹ confrontation).
        let article = Repository.root
            .appendingPathComponent("evaluation/corpus/dev/000_7cdfa724fb714c90.txt").path
        let result = try VietQuoteBinary.run(["stance", article])
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n")
        let heading = try #require(lines.first)
        #expect(heading.hasPrefix("== 000_7cdfa724fb714c90"))
        #expect(heading.contains("label mixed"))

        let rows = lines.dropFirst(3).map(cells)
        let sides = rows.filter { $0.first == "side" }
        #expect(sides.map { $0[1] } == ["Nga", "Mỹ"])
        #expect(sides.first { $0[1] == "Nga" }?[5] == "normalization")
        #expect(sides.first { $0[1] == "Mỹ" }?[5] == "confrontation")
        let lavrov = try #require(rows.first { $0.first == "speaker" && $0[1] == "Sergei Lavrov" })
        #expect(lavrov[2] == "Nga")
        #expect(lavrov[5] == "normalization")
        #expect(Int(lavrov[4]) ?? 0 >= 2)
        #expect(Double(lavrov[3]) ?? 0 > 0)
        // Counts of the sides add up to the quotes of speakers who have a side.
        #expect(sides.allSatisfy { Int($0[4]) ?? 0 > 0 })

        // Aligned: the score column starts at the same place in the header and every row.
        let header = try #require(lines.dropFirst().first)
        let scoreColumn = try #require(header.range(of: "mean_score")).lowerBound
        let column = header.distance(from: header.startIndex, to: scoreColumn)
        for line in lines.dropFirst(3) where !line.isEmpty {
            let characters = Array(line)
            #expect(characters.count > column)
            #expect(characters[column - 2] == " " && characters[column - 1] == " ")
            #expect(characters[column] == "+" || characters[column] == "-")
        }
    }

    @Test func unreadableInputFailsAfterTheOthers() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vq-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0xFF, 0xFE, 0xC3, 0x28]).write(to: folder.appendingPathComponent("a_invalid.txt"))
        try Data("Tin\n\nNgoại trưởng Nga Sergei Lavrov tuyên bố Moscow sẵn sàng đối thoại.".utf8)
            .write(to: folder.appendingPathComponent("b_quote.txt"))
        let result = try VietQuoteBinary.run(["stance", folder.path])
        #expect(result.status == 1)
        #expect(result.out.contains("== a_invalid  error"))
        let rows = result.out.split(separator: "\n").map(cells)
        #expect(rows.contains { $0.first == "speaker" && $0[1] == "Sergei Lavrov" && $0[5] == "normalization" })
    }
}
