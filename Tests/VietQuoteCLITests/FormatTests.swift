import Foundation
import Testing
import VietQuoteTestSupport

/// The output formats of `vietquote extract` and `vietquote speakers` on the dev set,
/// JSON Lines input, and the order of the output under `--jobs`.
@Suite struct FormatTests {
    static let dev = Repository.root.appendingPathComponent("evaluation/corpus/dev").path

    /// Each article of the dev set as a JSON object (the default output), in order.
    func devArticles() throws -> [[String: Any]] {
        let result = try VietQuoteBinary.run(["extract", Self.dev, "--jobs", "1"])
        #expect(result.status == 0)
        return try result.out.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    /// A small RFC 4180 reader: fields separated by `delimiter`, rows by CRLF or LF;
    /// a quoted field may hold the delimiter, line breaks and doubled quotes.
    static func parseDelimited(_ text: String, delimiter: Character) throws -> [[String]] {
        struct Malformed: Error { var at: Int }
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if quoted {
                if character == "\"" {
                    if index + 1 < characters.count, characters[index + 1] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                guard field.isEmpty, !afterQuote else { throw Malformed(at: index) }
                quoted = true
            } else if character == delimiter {
                row.append(field)
                field = ""
                afterQuote = false
            } else if character == "\r\n" || character == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
                afterQuote = false
            } else {
                guard !afterQuote else { throw Malformed(at: index) }
                field.append(character)
            }
            index += 1
        }
        guard !quoted else { throw Malformed(at: index) }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }

    /// A TSV field with its backslash escapes (`\n`, `\r`, `\t`, `\\`) read back.
    static func unescapedTSV(_ field: String) -> String {
        let escapes: [Unicode.Scalar: String] = ["n": "\n", "r": "\r", "t": "\t"]
        var out = ""
        var escaped = false
        for scalar in field.unicodeScalars {
            if escaped {
                out += escapes[scalar] ?? String(scalar)
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    @Test func readerHandlesQuotedFields() throws {
        let rows = try Self.parseDelimited("a,\"b,\"\"c\"\"\r\nd\",e\r\n,\r\n", delimiter: ",")
        #expect(rows == [["a", "b,\"c\"\r\nd", "e"], ["", ""]])
        #expect(throws: (any Error).self) { try Self.parseDelimited("a,\"b", delimiter: ",") }
    }

    @Test(arguments: ["csv", "tsv"])
    func delimitedReadsBackWithTheSameRows(format: String) throws {
        let articles = try devArticles()
        let result = try VietQuoteBinary.run(["extract", Self.dev, "--format", format])
        #expect(result.status == 0)
        let parsed = try Self.parseDelimited(result.out, delimiter: format == "csv" ? "," : "\t")
        let rows = format == "tsv" ? parsed.map { $0.map(Self.unescapedTSV) } : parsed
        // TSV: one row a line, also for quotes joined over paragraphs (dev 308, 312, 407, 443).
        if format == "tsv" { #expect(result.out.utf8.count(where: { $0 == UInt8(ascii: "\n") }) == rows.count) }
        #expect(rows.first == ["document", "date", "speaker", "title", "kind", "affiliation", "cue", "type",
                               "stance_label", "stance_score", "start", "end", "content"])
        var expected: [[String]] = []
        for article in articles {
            for case let quote as [String: Any] in article["quotes"] as? [Any] ?? [] {
                let speaker = quote["speaker"] as? [String: Any] ?? [:]
                let stance = quote["stance"] as? [String: Any] ?? [:]
                expected.append([
                    article["document"] as? String ?? "?", article["date"] as? String ?? "", speaker["name"] as? String ?? "?",
                    speaker["title"] as? String ?? "", speaker["kind"] as? String ?? "?",
                    speaker["affiliation"] as? String ?? "", quote["cue"] as? String ?? "",
                    quote["type"] as? String ?? "?", stance["label"] as? String ?? "",
                    String(format: "%.3f", stance["score"] as? Double ?? 0).replacingOccurrences(of: "-0.000", with: "0.000"),
                    String(quote["start"] as? Int ?? -1), String(quote["end"] as? Int ?? -1), quote["content"] as? String ?? "?",
                ])
            }
        }
        #expect(expected.count > 300)
        #expect(rows.count - 1 == expected.count)
        // The score is compared as a number: the JSON reader may round its last digit differently.
        func same(_ row: [String], _ wanted: [String]) -> Bool {
            guard row.count == 13, let a = Double(row[9]), let b = Double(wanted[9]) else { return row == wanted }
            var row = row, wanted = wanted
            row[9] = ""
            wanted[9] = ""
            return row == wanted && abs(a - b) <= 0.0011
        }
        let mismatch = zip(rows.dropFirst(), expected).first { !same($0, $1) }
        #expect(mismatch == nil, "first differing row: \(String(describing: mismatch))")
        if format == "csv" { #expect(result.out.hasSuffix("\r\n")) }
    }

    @Test func jsonIsAnArrayOfTheArticles() throws {
        let articles = try devArticles()
        let result = try VietQuoteBinary.run(["extract", Self.dev, "--format", "json"])
        #expect(result.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        #expect(array.count == articles.count)
        #expect(array.map { $0["document"] as? String } == articles.map { $0["document"] as? String })
        #expect(zip(array, articles).allSatisfy { NSDictionary(dictionary: $0) == NSDictionary(dictionary: $1) })
        let empty = try VietQuoteBinary.run(["extract", "--format", "json", "--input-format", "jsonl"], stdin: Data())
        #expect(empty.out == "[]\n")
    }

    @Test func markdownHasOneRowPerQuote() throws {
        let quotes = try devArticles().reduce(0) { $0 + (($1["quotes"] as? [Any])?.count ?? 0) }
        let result = try VietQuoteBinary.run(["extract", Self.dev, "--format", "markdown"])
        let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == quotes + 2)
        for line in lines {
            // Nine cells: ten pipes that are not escaped.
            var pipes = 0
            var escaped = false
            for character in line {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "|" { pipes += 1 }
            }
            #expect(pipes == 10, "\(line)")
        }
    }

    @Test func tableColumnsLineUp() throws {
        let result = try VietQuoteBinary.run(["extract", Self.dev, "--format", "table"])
        let lines = result.out.split(separator: "\n")
        #expect(lines.count > 300)
        // Seven fixed columns of 24, 26, 22, 12, 14, 8, 6 and two spaces each: the content
        // starts at column 126 (the dev set is NFC: one column per character).
        for line in lines {
            let characters = Array(line)
            #expect(characters.count > 126)
            #expect(characters[124] == " " && characters[125] == " ", "\(line)")
        }
        #expect(lines[0].hasSuffix("content"))
        // A body that speaks for itself shows its own side (dev 303: the ICC).
        #expect(lines.contains { $0.contains("Tòa án Hình sự Quốc tế") && $0.contains(" ICC ") })
    }

    @Test func htmlEscapesArticleText() throws {
        let page = "Tin\n\n<script>alert(1)</script> & <b>đậm</b>\n\nNgoại trưởng Nga Sergei Lavrov tuyên bố \"<script>alert(2)</script> Moscow sẵn sàng đối thoại\"."
        let result = try VietQuoteBinary.run(["extract", "--format", "html"], stdin: Data(page.utf8))
        #expect(result.status == 0)
        #expect(!result.out.lowercased().contains("<script"))
        #expect(!result.out.contains("<b>đậm"))
        #expect(result.out.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;đậm&lt;/b&gt;"))
        #expect(result.out.contains("&lt;script&gt;alert(2)&lt;/script&gt;"))
        #expect(result.out.contains("<span class=\"who\">Sergei Lavrov"))
        // Self-contained: nothing is loaded from anywhere, and (no source address in this
        // page) every link stays in the page.
        for needle in ["src=", "<link", "@import", "url(", "href=\"http", "href=\"/"] { #expect(!result.out.contains(needle)) }
        #expect(HTMLReportTests.links(result.out).allSatisfy { $0.hasPrefix("#") })
    }

    @Test func htmlShowsEveryQuoteOfTheDevSet() throws {
        let articles = try devArticles()
        let quotes = articles.reduce(0) { $0 + (($1["quotes"] as? [Any])?.count ?? 0) }
        // A quote inside another (a direct quote within a mixed one) cannot be marked apart.
        let shown = articles.reduce(0) { total, article in
            var marked: [Range<Int>] = []
            for case let quote as [String: Any] in article["quotes"] as? [Any] ?? [] {
                guard let start = quote["start"] as? Int, let end = quote["end"] as? Int, start < end else { continue }
                if !marked.contains(where: { $0.overlaps(start..<end) }) { marked.append(start..<end) }
            }
            return total + marked.count
        }
        let result = try VietQuoteBinary.run(["extract", Self.dev, "--format", "html"])
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("<!DOCTYPE html>"))
        #expect(result.out.hasSuffix("</html>\n"))
        #expect(result.out.components(separatedBy: "<section class=\"article\"").count - 1 == articles.count)
        #expect(result.out.components(separatedBy: "<span class=\"who\">").count - 1 == shown)
        #expect(result.out.contains("<tr><th>quotes</th><td>\(quotes)</td></tr>"))
        #expect(result.out.contains("<details class=\"dropped\">"))
        #expect(result.out.contains("<u class=\"cue\">"))
        #expect(result.out.contains("<b class=\"ev "))
    }

    @Test func jsonlInputGoesOnAfterABrokenLine() throws {
        let input = """
            {"id": "a", "text": "Tin\\n\\nNgoại trưởng Nga Sergei Lavrov tuyên bố Moscow sẵn sàng đối thoại."}
            {"id": "b", "text": "broken
            {"id": "c"}

            {"id": 7, "text": "Hôm nay trời đẹp."}
            [1, 2]
            """
        let result = try VietQuoteBinary.run(["extract", "--input-format", "jsonl", "--jobs", "2"], stdin: Data(input.utf8))
        #expect(result.status == 0)
        let lines = try result.out.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(lines.map { $0["document"] as? String } == ["a", "2", "c", "7", "6"])
        #expect(lines.map { $0["error"] != nil } == [false, true, true, false, true])
        #expect((lines[0]["quotes"] as? [Any])?.count == 1)
        #expect(result.err.contains("line 2"))
    }

    @Test func jsonlInputGivesTheSameOutputAsFiles() throws {
        var records = ""
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.dev).filter { $0.hasSuffix(".txt") }.sorted()
        for name in files {
            let text = try String(contentsOfFile: Self.dev + "/" + name, encoding: .utf8)
            let record = ["id": String(name.dropLast(4)), "text": text]
            records += String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self) + "\n"
        }
        let fromRecords = try VietQuoteBinary.run(["extract", "--input-format", "jsonl", "--jobs", "3"], stdin: Data(records.utf8))
        let fromFiles = try VietQuoteBinary.run(["extract", Self.dev, "--jobs", "1"])
        #expect(fromRecords.out.split(separator: "\n").count == files.count)
        #expect(fromRecords.out == fromFiles.out)
    }

    @Test(arguments: ["jsonl", "json", "csv", "table", "markdown", "html"])
    func outputUnderJobsIsTheSameBytes(format: String) throws {
        let one = try VietQuoteBinary.run(["extract", Self.dev, "--format", format, "--jobs", "1"])
        let two = try VietQuoteBinary.run(["extract", Self.dev, "--format", format, "--jobs", "2"])
        let five = try VietQuoteBinary.run(["extract", Self.dev, "--format", format, "--jobs", "5"])
        #expect(!one.out.isEmpty)
        #expect(Data(one.out.utf8) == Data(two.out.utf8))
        #expect(Data(one.out.utf8) == Data(five.out.utf8))
        #expect(one.err.isEmpty)   // no progress when standard error is not a terminal
    }

    @Test func speakersCountEveryQuote() throws {
        let articles = try devArticles()
        let quotes = articles.reduce(0) { $0 + (($1["quotes"] as? [Any])?.count ?? 0) }
        let result = try VietQuoteBinary.run(["speakers", Self.dev, "--format", "csv"])
        #expect(result.status == 0)
        let rows = try Self.parseDelimited(result.out, delimiter: ",")
        #expect(rows.first == ["speaker", "quotes", "articles", "title", "side", "mean_score", "label_by_quotes"])
        #expect(rows.dropFirst().reduce(0) { $0 + (Int($1[1]) ?? 0) } == quotes)
        #expect(Set(rows.dropFirst().map { $0[0] }).count == rows.count - 1)
        let counts = rows.dropFirst().map { Int($0[1]) ?? 0 }
        #expect(counts == counts.sorted(by: >))
        let json = try VietQuoteBinary.run(["speakers", Self.dev, "--format", "json", "--jobs", "2"])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        #expect(array.map { $0["speaker"] as? String } == rows.dropFirst().map { $0[0] })
        let table = try VietQuoteBinary.run(["speakers", Self.dev])
        #expect(table.out.hasPrefix("speaker"))
    }
}
