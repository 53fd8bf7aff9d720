import Foundation
import Testing
import VietQuoteTestSupport

/// One row per speaker and one meaning for a label: `speakers` folds case and plural
/// forms of an unnamed source and an unresolved anaphor into one row, and the labels of
/// sides agree between `stance` and the HTML report (both from the library's rule).
@Suite struct SpeakerGroupingTests {
    static let page = """
        Tin thế giới

        Nhân chứng cho biết một vụ nổ lớn đã xảy ra gần nhà ga trung tâm.

        Các nhân chứng nói rằng họ nghe thấy hai tiếng nổ liên tiếp.

        Các quan chức cho biết cuộc điều tra đã được mở.

        Quan chức này nói thêm rằng chưa có ai nhận trách nhiệm.
        """

    @Test func pluralAndAnaphorFormsOfOneSourceAreOneRow() throws {
        let result = try VietQuoteBinary.run(["speakers", "--format", "csv"], stdin: Data(Self.page.utf8))
        #expect(result.status == 0)
        let rows = try FormatTests.parseDelimited(result.out, delimiter: ",")
        #expect(rows.first == ["speaker", "quotes", "articles", "title", "side", "mean_score", "label_by_quotes"])
        let speakers = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[0], $0[1]) })
        // Each pair is one row of two quotes; the row is named by its shortest form.
        #expect(speakers["Nhân chứng"] == "2", "\(speakers)")
        #expect(speakers["Các nhân chứng"] == nil)
        #expect(rows.count - 1 == 2, "\(speakers)")
        #expect(speakers.values.allSatisfy { $0 == "2" })
    }

    @Test func namedSpeakersKeepTheirOwnRows() throws {
        let result = try VietQuoteBinary.run(["speakers", Repository.dev.path, "--format", "csv"])
        let rows = try FormatTests.parseDelimited(result.out, delimiter: ",").dropFirst()
        #expect(rows.contains { $0[0] == "Sergei Lavrov" })
        #expect(rows.contains { $0[0] == "Maria Zakharova" })
        // No two rows differ only by case.
        let lowered = rows.map { $0[0].lowercased() }
        #expect(Set(lowered).count == lowered.count)
    }

    /// The sides table of the HTML report: side name and label of each row.
    static func htmlSides(_ html: String) throws -> [String: String] {
        let start = try #require(html.range(of: ">Sides</h2>")).upperBound
        let end = try #require(html.range(of: "</table>", range: start..<html.endIndex)).lowerBound
        var sides: [String: String] = [:]
        for row in html[start..<end].components(separatedBy: "<tr>").dropFirst(2) {
            let cells = row.components(separatedBy: "<td")
            guard cells.count > 1, let label = row.range(of: "class=\"label ") else { continue }
            let name = cells[1].replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
                .replacingOccurrences(of: "</td>", with: "").dropFirst().trimmingCharacters(in: .whitespaces)
            sides[name] = String(row[label.upperBound...].prefix { $0 != "\"" })
        }
        return sides
    }

    @Test func sideLabelsAgreeBetweenStanceAndTheReport() throws {
        for name in ["000_7cdfa724fb714c90.txt", "303_vtv_kremlin_khong_lo_lang_icc_putin_tham_mong_co.txt"] {
            let article = Repository.devArticle(name).path
            let stance = try VietQuoteBinary.run(["stance", article, "--format", "csv"])
            let rows = try FormatTests.parseDelimited(stance.out, delimiter: ",").filter { $0[1] == "side" }
            let html = try VietQuoteBinary.run(["extract", article, "--format", "html"])
            let sides = try Self.htmlSides(html.out)
            #expect(!rows.isEmpty)
            #expect(sides.count == rows.count, "\(sides)")
            for row in rows { #expect(sides[row[2]] == row[6], "\(name) \(row[2])") }
        }
    }
}
