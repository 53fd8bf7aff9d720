import Foundation
import Testing
@testable import VietQuote

/// Every title the output gives carries the typed rules that read it
/// (Speakers/Titles/TitleRule.swift), written as `explanation.title_rule`.
@Suite struct TitleRuleTests {
    static let extractor = SpeakerRuleProbe.extractor

    /// The quotes of `text`: the speaker's title and the title trace of each.
    static func titled(_ text: String) -> [(title: String?, trace: TitleTrace?, rendered: String?)] {
        extractor.extract("Tin thế giới\n\n" + text, document: "t").quotes.map {
            ($0.speaker.title, $0.speaker.titleTrace, $0.explanation.titleRule)
        }
    }

    /// A text, its one quote's title, where the title was read and the rules that read it.
    static let examples: [(text: String, title: String, origin: TitleTrace.Origin, rules: [TitleRule])] = [
        // Dev 000: the chain before the name, in the mention.
        ("Ngoại trưởng Nga Sergei Lavrov tuyên bố Moscow sẵn sàng bình thường hóa quan hệ song phương.",
         "Ngoại trưởng Nga", .mention, [.chain]),
        // An apposition where the article introduces him; the mention names him alone.
        ("Ông Sergei Lavrov, Ngoại trưởng Nga, đến Ankara hôm 24/8. Ông Lavrov cho biết Moscow sẵn sàng đàm phán.",
         "Ngoại trưởng Nga", .article, [.apposition]),
        // Dev 425: the apposition runs over its complement (AppositiveComplement).
        ("Ông Tamaz Gambarashvili, người đứng đầu cơ quan quản lý quân sự của Vovchansk, nói với hãng tin Reuters rằng thị trấn vẫn do Ukraine kiểm soát.",
         "người đứng đầu cơ quan quản lý quân sự của Vovchansk", .article, [.apposition, .appositiveComplement]),
        // Review10 m2: an apposition read in the mention itself is an apposition, not a chain.
        ("Ông Bùi Thanh Sơn, Phó Thủ tướng kiêm Bộ trưởng Ngoại giao, cho biết Việt Nam sẵn sàng hợp tác với các đối tác.",
         "Phó Thủ tướng kiêm Bộ trưởng Ngoại giao", .mention, [.apposition, .joinedOffices]),
        // Two titles with a comma, the first a bare head (TitlePairs).
        ("Phó thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn cho biết Việt Nam sẵn sàng hợp tác.",
         "Phó thủ tướng, Bộ trưởng Ngoại giao", .article, [.chain, .pair]),
        // Dev 423: a title stated with a copula (CopulaTitle).
        ("Tổng thống đắc cử Hoa Kỳ Donald Trump hôm 12/11 cho biết ông đã chọn ông Pete Hegseth làm Bộ trưởng Quốc phòng. Đó là một nhà bình luận kỳ cựu của đài Fox News. Ông Hegseth cho biết quân đội cần thay đổi.",
         "nhà bình luận kỳ cựu của đài Fox News", .article, [.copula]),
        // Dev 003: the bare office as the article writes it with its side.
        ("Đại sứ Nga tại Mỹ rời Washington hôm 17/3. Phát biểu với các phóng viên tại sân bay, Đại sứ Antonov cho biết cần phải phân tích tình trạng của mối quan hệ Nga-Mỹ.",
         "Đại sứ Nga tại Mỹ", .mention, [.chain, .sideFromArticle]),
    ]

    @Test(arguments: examples) func titleCarriesTheRulesThatReadIt(
        _ example: (text: String, title: String, origin: TitleTrace.Origin, rules: [TitleRule])
    ) throws {
        let quotes = Self.titled(example.text)
        let quote = try #require(quotes.last)
        #expect(quote.title == example.title)
        #expect(quote.trace?.origin == example.origin)
        #expect(quote.trace?.rules == example.rules)
        #expect(quote.rendered == "\(example.origin.rawValue): " + example.rules.map(\.rawValue).joined(separator: "; "))
    }

    // A speaker without a title has no title rule, and the line has no such member.
    @Test func noTitleNoRule() throws {
        let result = Self.extractor.extract("Tin thế giới\n\nNga khẳng định sẵn sàng bình thường hóa quan hệ với Mỹ.", document: "n")
        #expect(result.quotes.count == 1)
        #expect(result.quotes.first?.speaker.title == nil)
        #expect(result.quotes.first?.explanation.titleRule == nil)
        #expect(try !SortedJSON.line(result).contains("title_rule"))
    }

    // The member is written after `speaker_rule`, and a line read back keeps it; a line
    // written before the member existed still reads.
    @Test func titleRuleIsWrittenAndRead() throws {
        let result = Self.extractor.extract("Tin thế giới\n\nNgoại trưởng Nga Sergei Lavrov tuyên bố Moscow sẵn sàng đàm phán.", document: "w")
        let line = try SortedJSON.line(result)
        #expect(line.contains(#""speaker_rule":"mention: name","title_rule":"mention: chain"}"#))
        let decoded = try JSONDecoder().decode(ArticleResult.self, from: Data(line.utf8))
        #expect(decoded.quotes.first?.explanation.titleRule == "mention: chain")
        let older = try JSONDecoder().decode(Explanation.self, from: Data(#"{"quote_rule":"floating-quote","speaker_rule":"previous"}"#.utf8))
        #expect(older.titleRule == nil)
    }

    // On the dev articles every quote with a title says how it was read, and none without.
    @Test func everyDevTitleHasARule() throws {
        let folder = ArticleCorpusTests.corpus
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        #expect(names.count >= 100)
        var titled = 0
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for quote in Self.extractor.extract(text, document: name).quotes {
                #expect((quote.speaker.title == nil) == (quote.explanation.titleRule == nil), "\(name): \(quote.content)")
                if quote.speaker.title != nil { titled += 1 }
            }
        }
        #expect(titled > 500)
    }

    // The title trace is no part of the speaker's identity (a speaker read back from output has none).
    /// Review10 m3: `TitleTrace` keeps the rules as the bits of a `UInt16`, one per case by its
    /// index; a 17th case would shift the bit out and never be rendered.
    @Test func everyRuleHasABitInTheTrace() {
        #expect(TitleRule.allCases.count <= UInt32.bitWidth)
        for rule in TitleRule.allCases {
            #expect(TitleTrace(.mention, rule).rules == [rule])
        }
    }

    @Test func traceIsNoPartOfTheSpeaker() {
        var traced = Speaker(name: "Sergei Lavrov", mention: "Ngoại trưởng Nga Sergei Lavrov", title: "Ngoại trưởng Nga",
                             kind: .person, affiliation: "Nga")
        let plain = traced
        traced.titleTrace = TitleTrace(.mention, .chain)
        #expect(traced == plain)
        #expect(traced.hashValue == plain.hashValue)
    }
}
