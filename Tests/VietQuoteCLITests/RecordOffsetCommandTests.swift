import Foundation
import Testing
import VietQuoteTestSupport

/// Offsets of JSON Lines records as given, and `vietquote check-offsets`, the check `.ci/run`
/// runs on the silver corpus.
@Suite struct RecordOffsetCommandTests {
    /// silver `2024-04-24-premier`: a U+FEFF (raw, in UTF-8) right after an escaped `\n\n`.
    /// Foundation's JSONSerialization dropped it, so every offset after it was one short.
    static let record = Data(#"{"id": "2024-04-24-premier", "text": "Tin thể thao\n\n\#u{FEFF}Hai cầu thủ Premier League bị bắt giữ. ẢNH: GETTY\n\nMột phát ngôn viên cảnh sát cho biết: “Cảnh sát đã bắt giữ hai người đàn ông sau khi nhận được trình báo.”"}"#.utf8)
    static let text = "Tin thể thao\n\n\u{FEFF}Hai cầu thủ Premier League bị bắt giữ. ẢNH: GETTY\n\nMột phát ngôn viên cảnh sát cho biết: “Cảnh sát đã bắt giữ hai người đàn ông sau khi nhận được trình báo.”"

    @Test func aBOMAfterAnEscapeKeepsTheOffsets() throws {
        let run = try VietQuoteBinary.run(["extract", "--input-format", "jsonl", "--quiet"], stdin: Self.record)
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
        let quotes = object?["quotes"] as? [[String: Any]] ?? []
        #expect(quotes.count == 1)
        let scalars = Array(Self.text.unicodeScalars)
        for quote in quotes {
            let start = quote["start"] as? Int ?? -1, end = quote["end"] as? Int ?? -1
            #expect(start >= 0 && start < end && end <= scalars.count)
            guard start >= 0 && start < end && end <= scalars.count else { continue }
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == quote["content"] as? String)
        }
    }

    func folder(_ files: [String: Data]) throws -> URL {
        let url = try temporaryFolder()
        for (name, data) in files { try data.write(to: url.appendingPathComponent(name)) }
        return url
    }

    @Test func checkOffsetsPassesTheExtractOutputAndNamesAShiftedSpan() throws {
        let input = Self.record + Data("\n".utf8) + Data(#"{"id": "b", "text": "Ông Nguyễn Văn An nói: “Chúng tôi sẽ làm ngay.”"}"#.utf8)
        let run = try VietQuoteBinary.run(["extract", "--input-format", "jsonl", "--quiet"], stdin: input)
        let good = try folder(["in.jsonl": input, "out.jsonl": Data(run.out.utf8)])
        defer { try? FileManager.default.removeItem(at: good) }
        let check = try VietQuoteBinary.run(["check-offsets", "--input-format", "jsonl", "--results",
                                 good.appendingPathComponent("out.jsonl").path, good.appendingPathComponent("in.jsonl").path])
        #expect(check.status == 0)
        #expect(check.out.contains("2 records, 2 quotes, 0 problems"))

        // The first record's output as JSONSerialization made it: every offset one short.
        var lines = run.out.split(separator: "\n").map(String.init)
        let object = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        var quote = (object["quotes"] as! [[String: Any]])[0]
        quote["start"] = (quote["start"] as! Int) - 1
        quote["end"] = (quote["end"] as! Int) - 1
        var changed = object
        changed["quotes"] = [quote]
        lines[0] = String(decoding: try JSONSerialization.data(withJSONObject: changed), as: UTF8.self)
        let bad = try folder(["in.jsonl": input, "out.jsonl": Data((lines.joined(separator: "\n") + "\n").utf8)])
        defer { try? FileManager.default.removeItem(at: bad) }
        let failing = try VietQuoteBinary.run(["check-offsets", "--input-format", "jsonl", "--results",
                                   bad.appendingPathComponent("out.jsonl").path, bad.appendingPathComponent("in.jsonl").path])
        #expect(failing.status == 1)
        #expect(failing.out.contains("2024-04-24-premier: quote 0"))
        #expect(failing.out.contains("1 problems"))

        // A missing output line is a problem too.
        let short = try folder(["in.jsonl": input, "out.jsonl": Data((lines[0] + "\n").utf8)])
        defer { try? FileManager.default.removeItem(at: short) }
        let missing = try VietQuoteBinary.run(["check-offsets", "--input-format", "jsonl", "--results",
                                   short.appendingPathComponent("out.jsonl").path, short.appendingPathComponent("in.jsonl").path])
        #expect(missing.status == 1 && missing.out.contains("no output line"))
    }

    /// Records' ids as before (strings, numbers, absent) and the same errors for bad lines.
    @Test func recordIdsAndErrorsAreReadAsBefore() throws {
        let input = Data("""
            {"id": 42, "text": "Hôm nay trời đẹp."}
            {"text": "Hôm nay trời đẹp."}
            {"id": [1], "text": "x"}
            {"id": "c"}
            [1, 2]

            """.utf8)
        let run = try VietQuoteBinary.run(["extract", "--input-format", "jsonl", "--quiet"], stdin: input)
        let lines = run.out.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        guard lines.count == 5 else { return }
        #expect(lines[0].contains(#""document":"42""#))
        #expect(lines[1].contains(#""document":"2""#))
        #expect(lines[2].contains("neither a string nor a number"))
        #expect(lines[3].contains(#""document":"c""#) && lines[3].contains(#"no \"text\" string"#))
        #expect(lines[4].contains("not a JSON object"))
    }

    /// A record's text reads the same whether its letters stand as they are or as escapes
    /// (`\u1ec7`, `\/`, `\"`, `\t`, a surrogate pair), and whatever other fields it has:
    /// every spelling gives the same result line.
    @Test func escapedAndPlainRecordsGiveTheSameResult() throws {
        let text = "Ông Nguyễn Văn An nói: “Chúng tôi đồng ý/ủng hộ \"kế hoạch\" này.”\tHết \\ 😀\nBà Lê Thị Hoa cho biết các bên sẽ ký."
        func plain(_ text: String) -> String {
            text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\n", with: "\\n")
        }
        var escaped = ""
        for scalar in plain(text).unicodeScalars {
            if scalar == "/" {
                escaped += "\\/"
            } else if scalar.value < 0x80 {
                escaped.unicodeScalars.append(scalar)
            } else {
                for unit in String(scalar).utf16 { escaped += String(format: "\\u%04x", unit) }
            }
        }
        let records = [#"{"id": "a", "text": "\#(plain(text))"}"#, #"{"id":"a","text":"\#(escaped)"}"#,
                       #"{"text": "\#(plain(text))", "id": "a", "n": 1}"#, #" { "id" : "\u0061" , "text" : "\#(escaped)" } "#]
        let run = try VietQuoteBinary.run(["extract", "--input-format", "jsonl", "--quiet"],
                                          stdin: Data((records.joined(separator: "\n") + "\n").utf8))
        let lines = run.out.split(separator: "\n").map(String.init)
        #expect(run.status == 0)
        #expect(lines.count == 4)
        #expect(lines.first?.contains("Chúng tôi đồng ý/ủng hộ") == true)
        #expect(Set(lines).count == 1)
    }
}
