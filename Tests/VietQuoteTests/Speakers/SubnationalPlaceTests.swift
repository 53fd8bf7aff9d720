import Testing
@testable import VietQuote

/// A country's name after a sub-national office or `bang` is a state's name: no side
/// (Speakers/Sides/SubnationalPlace.swift).
@Suite struct SubnationalPlaceTests {
    static let lexicon: SpeakerLexicon = {
        do {
            let words = try FunctionWords(files: .builtIn)
            return try SpeakerLexicon(files: .builtIn, words: words, cues: CueLexicon(files: .builtIn))
        } catch { fatalError("the lexicons do not load: \(error)") }
    }()

    /// Whether the first side of `text` at or after the word `word` is read as a state's name.
    static func namesState(_ text: String, at word: String) -> Bool? {
        let tokens = SpeakerRuleProbe.tokens(text)
        guard let index = tokens.firstIndex(where: { $0.key == MatchKey.words(word).first }) else { return nil }
        return lexicon.namesSubnationalPlace(tokens, at: index, limit: tokens.count)
    }

    /// Silver 2024-08-27-trump: a US governor's title named the state Georgia; it gave him
    /// Gruzia, so his campaign talk related "Gruzia" to the US.
    @Test func governorOfAStateTakesNoSideFromIt() {
        let quotes = SpeakerRuleProbe.extractor.extract("""
            Lo ngại về chiến dịch, một số đồng minh của ông Trump đã cố gắng khắc phục một số vấn đề. Steve Witkoff, bạn của Trump, đã giúp cựu tổng thống tìm cách xoa dịu mối quan hệ căng thẳng với Thống đốc Georgia Brian Kemp, người bị ông Trump công khai chỉ trích trong các sự kiện tranh cử gần đây.

            Ngay khi đại hội đảng Dân chủ kết thúc, Thống đốc Kemp lên tiếng ủng hộ Trump.
            """, document: "t").quotes
        let kemp = quotes.first { $0.speaker.name == "Brian Kemp" }
        #expect(kemp?.speaker.title == "Thống đốc Georgia")
        #expect(kemp?.speaker.affiliation != "Gruzia")
        #expect(kemp?.speaker.titleTrace?.rules.contains(.subnationalPlace) == true)
        #expect(kemp?.stance?.label == .neutral)
    }

    /// Silver 2024-12-24-jingle-bell: `bang Georgia` was the article's first side, so the bare
    /// `Thị trưởng` of a US town spoke for Gruzia; the first side is now `Mỹ`.
    @Test func stateWordMakesNoFirstSide() {
        let quotes = SpeakerRuleProbe.extractor.extract("""
            Santa Claus ở bang Georgia, Mỹ được sống trong không khí Giáng sinh suốt cả năm.

            Thị trưởng Donita Bowen, đồng thời cũng là cư dân lâu năm, biết nhiều người dân trong thị trấn từ thời thơ ấu, điều mà bà tin rằng là chìa khóa giúp thúc đẩy mối quan hệ cộng đồng bền chặt.

            Bà Bowen chia sẻ: "Tôi lớn lên cùng họ, vì vậy tôi biết gia đình họ. Thật hữu ích khi mọi người hiểu về hoàn cảnh, suy nghĩ của nhau".
            """, document: "t").quotes
        let bowen = quotes.first { $0.speaker.name == "Donita Bowen" }
        #expect(bowen?.speaker.affiliation == "Mỹ")
    }

    /// Silver 2024-08-11-the-van-hoi-mua-he-2024: a capital after a mayor's title stays its
    /// country's (`actors.tsv`: Paris is a metonym of Pháp).
    @Test func capitalAfterMayorIsNoState() {
        #expect(Self.namesState("Thị trưởng Paris, Anne Hidalgo, vẫy cờ Olympic", at: "Paris") == false)
    }

    /// Silver 2024-04-19-ty-gia-usd-vnd: `Liên bang` names a whole country (`whole`), and
    /// `bang Georgia` a state.
    @Test func federationIsNoState() {
        #expect(Self.namesState("do kỳ vọng Cục Dự trữ Liên bang Mỹ (Fed) sớm hạ lãi suất", at: "Mỹ") == false)
        #expect(Self.namesState("Santa Claus ở bang Georgia, Mỹ được sống trong không khí Giáng sinh", at: "Georgia") == true)
        #expect(Self.namesState("Santa Claus ở bang Georgia, Mỹ được sống trong không khí Giáng sinh", at: "Mỹ") == false)
    }
}
