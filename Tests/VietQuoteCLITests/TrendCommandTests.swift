import Foundation
import Testing
import VietQuoteTestSupport

/// `vietquote trend` on a small dated corpus made of dev articles: its rows agree with what
/// `extract` says under `stance.sides` of the same records; weeks cross a year's end; an
/// undated corpus is named, not silently dropped; the HTML page loads nothing.
@Suite struct TrendCommandTests {
    /// Dev articles with quotes of several sides, each given a date (two in one month, one
    /// on each side of two years' ends), as JSON Lines with the date under `field`.
    func datedCorpus(field: String = "date") throws -> Data {
        let dated = [
            ("303_vtv_kremlin_khong_lo_lang_icc_putin_tham_mong_co", "2024-12-30"),
            ("304_rfi_putin_tham_mong_co_bat_chap_lenh_bat_cpi", "2024-12-31T08:00:00+07:00"),
            ("307_dantri_nga_hoi_thuc_ukraine_dam_phan", "2021-01-03"),
            ("308_tuoitre_medvedev_my_tan_cong_la_the_chien_moi", "2024-11-17"),
            ("310_dantri_trump_goi_y_sap_nhap_canada", "2024-11-20"),
            ("412_tuoitre_trieu_tien_han_quoc", "2020-12-28"),
        ]
        let folder = Repository.root.appendingPathComponent("evaluation/corpus/dev")
        var lines: [String] = []
        for (name, date) in dated {
            let text = try String(contentsOf: folder.appendingPathComponent(name + ".txt"), encoding: .utf8)
            let record: [String: Any] = ["id": name, field: date, "text": text]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self))
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    func records(_ jsonLines: String) throws -> [[String: Any]] {
        try jsonLines.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    /// What the trend must say, recomputed from extract's records: period → side → (articles, quotes, score sum).
    func expected(_ records: [[String: Any]], period: (String) -> String) -> [String: (Int, Int, Double)] {
        var cells: [String: (Int, Int, Double)] = [:]
        for record in records {
            let stance = record["stance"] as? [String: Any] ?? [:]
            for case let side as [String: Any] in stance["sides"] as? [Any] ?? [] {
                let key = period(record["date"] as? String ?? "?") + "|" + (side["name"] as? String ?? "?")
                let count = side["count"] as? Int ?? 0
                let old = cells[key] ?? (0, 0, 0)
                cells[key] = (old.0 + 1, old.1 + count, old.2 + (side["score"] as? Double ?? 0) * Double(count))
            }
        }
        return cells
    }

    func check(by: String, period: @escaping (String) -> String) throws {
        let corpus = try datedCorpus()
        let extract = try VietQuoteBinary.run(["extract", "--input-format", "jsonl", "--quiet"], stdin: corpus)
        #expect(extract.status == 0)
        let wanted = expected(try records(extract.out), period: period)
        #expect(wanted.count >= 8)
        let trend = try VietQuoteBinary.run(["trend", "--input-format", "jsonl", "--quiet", "--by", by, "--format", "csv", "--top", "1000"], stdin: corpus)
        #expect(trend.status == 0)
        let rows = try FormatTests.parseDelimited(trend.out, delimiter: ",")
        #expect(rows.first == ["period", "side", "articles", "quotes", "score", "normalization", "confrontation", "neutral"])
        #expect(rows.count - 1 == wanted.count)
        for row in rows.dropFirst() {
            let cell = try #require(wanted[row[0] + "|" + row[1]], "\(row)")
            #expect(Int(row[2]) == cell.0 && Int(row[3]) == cell.1, "\(row)")
            // Printed to 3 decimals: half a unit, and the JSON reader may round a last digit
            // differently (scripts/check-trend.py compares the printed digits on the silver corpus).
            #expect(abs((Double(row[4]) ?? 9) - cell.2 / Double(cell.1)) <= 0.0005 + 1e-9, "\(row)")
            #expect((Int(row[5]) ?? 0) + (Int(row[6]) ?? 0) + (Int(row[7]) ?? 0) == cell.1, "labels of \(row)")
        }
    }

    @Test func monthsAgreeWithExtractsSides() throws {
        try check(by: "month") { String($0.prefix(7)) }
    }

    @Test func weeksAgreeAndCrossTheYearsEnd() throws {
        let weeks = ["2024-12-30": "2025-W01", "2024-12-31": "2025-W01", "2021-01-03": "2020-W53",
                     "2024-11-17": "2024-W46", "2024-11-20": "2024-W47", "2020-12-28": "2020-W53"]
        try check(by: "week") { weeks[String($0.prefix(10))] ?? "?" }
        let trend = try VietQuoteBinary.run(["trend", "--input-format", "jsonl", "--quiet", "--by", "week", "--format", "csv"], stdin: try datedCorpus())
        #expect(trend.out.contains("\r\n2025-W01,") && trend.out.contains("\r\n2020-W53,"))
        #expect(!trend.out.contains("2024-W53") && !trend.out.contains("2021-W"))
    }

    @Test func recordsKeepTheirDates() throws {
        let extract = try VietQuoteBinary.run(["extract", "--input-format", "jsonl", "--quiet", "--date-field", "published"],
                                      stdin: try datedCorpus(field: "published"))
        let dates = try records(extract.out).map { "\($0["date"] ?? "-") \($0["date_source"] ?? "-")" }
        #expect(dates == ["2024-12-30 input", "2024-12-31T08:00:00+07:00 input", "2021-01-03 input",
                          "2024-11-17 input", "2024-11-20 input", "2020-12-28 input"])
        // Under another field name the record's date is not seen: the page's own dateline
        // is read (303 has one), else there is none.
        let other = try records(try VietQuoteBinary.run(["extract", "--input-format", "jsonl", "--quiet"],
                                                stdin: try datedCorpus(field: "published")).out)
        #expect(other.map { $0["date"] as? String } == ["2024-08-31", nil, nil, nil, nil, nil])
        #expect(other.first?["date_source"] as? String == "text")
        #expect(other.last?["date_source"] is NSNull)
    }

    @Test func anUndatedCorpusIsNamedNotDropped() throws {
        let folder = Repository.root.appendingPathComponent("evaluation/corpus/dev")
        let files = ["101_vietnamnet_vuong_nghi_rubio_dien_dam", "102_baodautu_tap_can_binh_biden_apec_lima"]
            .map { folder.appendingPathComponent($0 + ".txt").path }
        let trend = try VietQuoteBinary.run(["trend", "--format", "csv"] + files)
        #expect(trend.status == 0)
        #expect(trend.out == "period,side,articles,quotes,score,normalization,confrontation,neutral\r\n")
        #expect(trend.err.contains("2 undated articles"))
        #expect(trend.err.contains("101_vietnamnet_vuong_nghi_rubio_dien_dam") && trend.err.contains("102_baodautu_tap_can_binh_biden_apec_lima"))
    }

    @Test func outputReplacesAnExistingFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vq-trend-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let chart = folder.appendingPathComponent("trend.svg")
        try Data("old".utf8).write(to: chart)
        let result = try VietQuoteBinary.run(["trend", "--input-format", "jsonl", "--quiet", "--format", "svg", "--output", chart.path],
                                             stdin: try datedCorpus())
        #expect(result.status == 0, "\(result.err)")
        #expect(try String(contentsOf: chart, encoding: .utf8).hasPrefix("<svg xmlns="))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["trend.svg"])
    }

    @Test func theHTMLPageHoldsTheChartAndLoadsNothing() throws {
        let corpus = try datedCorpus()
        let page = try VietQuoteBinary.run(["trend", "--input-format", "jsonl", "--quiet", "--format", "html"], stdin: corpus).out
        #expect(page.contains("<svg class=\"trend\""))
        #expect(page.contains("<polyline") && page.contains("<circle") && page.contains("</title></circle>"))
        #expect(page.contains("<table class=\"trend\">"))
        // Nothing to load: no script, no source, no link, no URL (the shared style's print
        // rule names `a[href^="http"]`, a selector, not an address).
        for outside in ["<script", " src=", " href=", "<link", "url(", "@import", "://"] {
            #expect(!page.contains(outside), "\(outside)")
        }
        let svg = try VietQuoteBinary.run(["trend", "--input-format", "jsonl", "--quiet", "--format", "svg"], stdin: corpus).out
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        // The extract report shows the chart when its articles are dated, and not otherwise.
        let report = try VietQuoteBinary.run(["extract", "--input-format", "jsonl", "--quiet", "--format", "html"], stdin: corpus).out
        #expect(report.contains("<svg class=\"trend\""))
        let undated = try VietQuoteBinary.run(["extract", "--format", "html",
            Repository.root.appendingPathComponent("evaluation/corpus/dev/101_vietnamnet_vuong_nghi_rubio_dien_dam.txt").path]).out
        #expect(!undated.contains("<svg"))
    }
}
