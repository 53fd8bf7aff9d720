import Testing
@testable import VietQuote

/// `PrepositionCueNounRule` (a cue noun that is the object of the preposition or conjunction
/// before it: a quote only with a content clause) on silver sentences.
@Suite struct PrepositionCueNounRuleTests: QuoteRuleSuite {
    // Silver 2025-01-09-everton-dau-voi-peterborough: `Bất chấp thông báo …` "despite the news"; the speaker was `Bất chấp`.
    @Test func frontedPrepositionalPhraseIsNoQuote() {
        let body = "Bất chấp thông báo gây sốc này, các bàn thắng của Beto và Iliman Ndiaye đảm bảo một vị trí trong vòng 4 FA Cup đối với CLB đang bị đe dọa xuống hạng ở Premier League."
        #expect(rule(deciding: "thông báo", in: body) == .prepositionCueNoun)
        #expect(quotes(body).isEmpty)
    }

    // Silver 2024-12-18-fed: `ngay sau thông báo giảm lãi suất` "right after the announcement".
    @Test func nounAfterTimePrepositionIsNoQuote() {
        let body = "Giá vàng thế giới lao dốc ngay sau thông báo giảm lãi suất của Fed."
        #expect(rule(deciding: "thông báo", in: body) == .prepositionCueNoun)
        #expect(quotes(body).isEmpty)
    }

    // Silver 2025-01-26-chi-dep-dap-gio-2024: `cũng như` joins two nouns ("as well as").
    @Test func nounJoinedByCungNhuIsNoQuote() {
        let body = "Người hâm mộ cho biết họ đã chờ đợi đêm nhạc này từ lâu và mong chờ danh sách nghệ sĩ cũng như thông tin bán vé thời gian tới."
        #expect(rule(deciding: "thông tin", in: body) == .prepositionCueNoun)
        #expect(!quotes(body).contains { $0.cue == "thông tin" })
    }

    // Silver 2024-08-08-volvo: a content clause (`: "…"`) after the noun states words: the sieves after read it.
    @Test func contentClausePasses() {
        let body = "Bên cạnh tuyên bố từng thu hút truyền thông một thời: \"Sẽ không có ai chết trong một chiếc Volvo vào năm 2020\" thì Volvo thực sự đã đầu tư rất nhiều cho việc đảm bảo an toàn cho hành khách của mình."
        #expect(rule(deciding: "tuyên bố", in: body) != .prepositionCueNoun)
        #expect(quotes(body).contains { $0.cue == "tuyên bố" })
    }

    // Silver 2024-10-30-ho-quang-hieu: `Như` capitalised inside the sentence is a name's syllable.
    @Test func nameSyllablePasses() {
        let body = "Tuệ Như tiết lộ, cô cùng Hồ Quang Hiếu có cùng đam mê về gym, các bộ môn thể thao như chạy bộ, cầu lông."
        #expect(rule(deciding: "tiết lộ", in: body) != .prepositionCueNoun)
        #expect(quotes(body).contains { $0.speaker.mention == "Tuệ Như" })
    }
}
