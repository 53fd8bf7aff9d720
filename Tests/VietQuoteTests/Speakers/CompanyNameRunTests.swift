import Testing
@testable import VietQuote

/// `CompanyNameRun`: a name run that ends in a company's designator (`Nam Thư Entertainment`,
/// `The Gary Neville Podcast`) is no fuller form of the person's name it holds; a run that ends
/// in none still is (`Gary Neville` of `Neville`).
@Suite struct CompanyNameRunTests {
    // Silver 2024-08-05-nam-thu (main fdd10a2: `Nam Thư Entertainment` for the actress, 6 quotes).
    private static let namThu = """
        Chiều 5.8, công ty Nam Thư Entertainment cùng diễn viên Nam Thư tổ chức buổi chia sẻ công khai về thông tin gây ảnh hưởng đến cô trong suốt quãng thời gian qua.

        Trong buổi gặp gỡ, Nam Thư phủ nhận thông tin là người thứ ba, xen vào mối quan hệ tình cảm của tài khoản "Zyy Doo". Nữ diễn viên cho biết bản thân không liên quan đến 2 tài khoản giống Zalo có tên "Eres El Amor De Mi Vi" và "Notsalglam".

        Theo Nam Thư, vụ việc vừa qua ảnh hưởng lớn đến cuộc sống của cô lẫn công ty. "Tôi chỉ mong mọi người hiểu cho mình", Nam Thư nói.
        """

    // Silver 2024-10-28-ten-hag (main fdd10a2: `The Gary Neville Podcast`, 7 quotes).
    private static let neville = """
        Theo cựu hậu vệ Gary Neville, HLV Erik ten Hag có thể mất việc nếu Man Utd tiếp tục thua Chelsea ở vòng 10 Ngoại hạng Anh ngày 3/11.

        "Ten Hag tự chuốc lấy rắc rối. Man Utd đang đứng thứ 14 sau chín trận, tức một phần tư mùa giải", Neville bình luận trên The Gary Neville Podcast. "Tôi đã nói rõ từ cuối mùa trước rằng, nếu họ không cải thiện thứ bậc đầu mùa này, sẽ có rất nhiều vấn đề".
        """

    @Test func theActressIsNotHerCompany() throws {
        let found = SpeakerRuleProbe.decisions(Self.namThu)
        let said = try #require(found.last { $0.speaker.mention.hasSuffix("Nam Thư") })
        #expect(said.speaker.name == "Nam Thư")
        #expect(said.rules.contains(.companyNameNotFuller))
        #expect(!found.contains { $0.speaker.name == "Nam Thư Entertainment" })
    }

    @Test func thePunditIsNotHisPodcastButKeepsHisFullName() throws {
        let found = SpeakerRuleProbe.decisions(Self.neville)
        let said = try #require(found.first { $0.speaker.mention == "Neville" })
        #expect(said.speaker.name == "Gary Neville")
        #expect(said.rules.contains(.companyNameNotFuller))
    }

    @Test func onlyARunOfTwoWordsOrMoreEndingInADesignatorIsACompanys() {
        let lexicon = SpeakerRuleProbe.extractor.speakers.parser.lexicon
        let source = SourceText("công ty Nam Thư Entertainment cùng diễn viên Nam Thư")
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
        let words = tokens.indices.filter { tokens[$0].kind == .word }
        // `Nam Thư Entertainment` (words 2–4), `Nam Thư` (words 7–8), `Entertainment` alone.
        #expect(CompanyNameRun.ends(tokens, words[2]..<words[4] + 1, lexicon: lexicon))
        #expect(!CompanyNameRun.ends(tokens, words[7]..<words[8] + 1, lexicon: lexicon))
        #expect(!CompanyNameRun.ends(tokens, words[4]..<words[4] + 1, lexicon: lexicon))
    }
}
