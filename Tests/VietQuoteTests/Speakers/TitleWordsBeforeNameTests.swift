import Testing
@testable import VietQuote

/// The words a title chain leaves between its head and the name, read into the title
/// (Speakers/Titles/TitleWordsBeforeName.swift).
@Suite struct TitleWordsBeforeNameTests {
    private func speaker(_ sentence: String) -> Speaker? { SpeakerRuleProbe.decisions(sentence).first?.speaker }

    // Silver 2024-04-24-thi-tot-nghiep-thpt: a body whose place is left out, then the person.
    @Test func bodyWithoutItsPlace() {
        let found = speaker(
            "Phó Chủ tịch UBND tỉnh Trần Đức Quý yêu cầu đối với Ban chỉ đạo thi cấp huyện cần khẩn trương triển khai các nội dung về kỳ thi.")
        #expect(found?.name == "Trần Đức Quý")
        #expect(found?.title == "Phó Chủ tịch UBND tỉnh")
        #expect(found?.titleTrace?.rules.contains(.wordsBeforeName) == true)
    }

    // Silver 2024-06-06-bac-kan: a place after a body the chain ended on.
    @Test func placeAfterTheBody() {
        let found = speaker(
            "Chủ tịch Ủy ban MTTQ tỉnh Bắc Kạn Đỗ Thị Minh Hoa thông tin, qua quá trình khảo sát, lựa chọn đã có tổng số 615 hộ nghèo có đủ điều kiện.")
        #expect(found?.name == "Đỗ Thị Minh Hoa")
        #expect(found?.title == "Chủ tịch Ủy ban MTTQ tỉnh Bắc Kạn")
    }

    // Silver (2 articles): the lower-case rest of a ministry's name.
    @Test func restOfTheMinistrysName() {
        let found = speaker(
            "Thứ trưởng Bộ Giao thông vận tải Nguyễn Xuân Sang cho biết dự án kênh Nghĩa Hưng được nghiên cứu kỹ lưỡng.")
        #expect(found?.name == "Nguyễn Xuân Sang")
        #expect(found?.title == "Thứ trưởng Bộ Giao thông vận tải")
    }

    // Silver 2024-07-28-bayern-munich, 2025-01-06-patrick-kluivert, 2024-04-29-ban-ket-u23-chau-a:
    // a modifier of the post.
    @Test func modifierOfThePost() {
        #expect(speaker("Giám đốc thể thao Max Eberl đã bày tỏ sự tiếc nuối về tình huống này.")?.title == "Giám đốc thể thao")
        #expect(speaker(
            "Mới đây nhất, chuyên gia chuyển nhượng Fabrizio Romano tiết lộ LĐBĐ Indonesia (PSSI) và cựu tiền đạo người Hà Lan đã đạt được thỏa thuận chung.")?
            .title == "chuyên gia chuyển nhượng")
        #expect(speaker("Huấn luyện viên trưởng Shin Tae-yong bày tỏ sự ngưỡng mộ trước chất lượng của Uzbekistan.")?.title
            == "Huấn luyện viên trưởng")
    }

    // Silver 2024-05-07-man-utd: a nationality is no part of the title (dev 106 gold
    // `bình luận viên` for `bình luận viên người Philippines`).
    @Test func nationalityStaysOut() {
        let found = speaker(
            "Tiền vệ người Anh Ashley Young thừa nhận thất vọng và cho rằng phong cách thực dụng của HLV Jose Mourinho không phù hợp.")
        #expect(found?.name == "Ashley Young")
        #expect(found?.title == "Tiền vệ")
    }

    // In running text only a gap with a body or place counts: the lower-case words of a post
    // there may be a verb (`Thủ tướng tiếp …`); a clause word, a mark or another title never.
    @Test func runningTextNeedsABody() {
        let lexicon = SpeakerRuleProbe.extractor.speakers.lexicon
        let rule = TitleWordsBeforeName(lexicon: lexicon, parser: MentionParser(lexicon: lexicon))
        func start(_ phrase: String, chain: Int) -> Int? {
            let source = SourceText(phrase)
            let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
            return rule.nameStart(in: tokens, chainEnd: chain, limit: tokens.count)
        }
        #expect(start("Phó Chủ tịch UBND tỉnh Trần Đức Quý yêu cầu", chain: 3) == 5)
        #expect(start("Chủ tịch Ủy ban MTTQ tỉnh Bắc Kạn Đỗ Thị Minh Hoa thông tin", chain: 5) == 8)
        // Silver 2024-07-28-bayern-munich: a post's modifier alone, read in the mention only.
        #expect(start("Giám đốc thể thao Max Eberl đã bày tỏ", chain: 2) == nil)
        // Silver 2024-07-28-man-city `tiền vệ được Fotmob đánh giá`: a passive.
        #expect(start("tiền vệ được Fotmob đánh giá thấp nhất trận", chain: 2) == nil)
        // A verb of saying before an object's name.
        #expect(start("luật sư cho rằng UBND tỉnh Trần Đức Quý", chain: 2) == nil)
        // Another title after a verb: `Thủ tướng tiếp Đại sứ …`.
        #expect(start("Thủ tướng tiếp Đại sứ Marc Knapper", chain: 2) == nil)
        // Review14 S21 (the reviewer's probe: no silver or dev sentence has this shape): a verb
        // before the body takes it as object; the body's own lower-case words still count.
        #expect(start("Phó Thủ tướng giao UBND tỉnh Quảng Nam Lê Trí Thanh chủ trì", chain: 3) == nil)
        // No words between: the name follows the chain.
        #expect(start("HLV Park Hang-seo", chain: 1) == nil)
    }

    // Review14 M2, silver 2024-09-15-anh-trai-say-hi, 2024-08-23-ha-kino, 2025-01-03-doan-ngoc-tan:
    // a gap that ends in a word taking a complement (`nên`, `quê`, `gốc`: name_governors.tsv)
    // is no part of the title.
    @Test(arguments: [
        "Do lần đầu đảm nhận vị trí đội trưởng nên Quang Hùng MasterD thừa nhận chịu rất nhiều áp lực vì bị “dí deadline” do phải vừa chuẩn bị bài solo cá nhân vừa lo làm nhạc cho cả bài nhóm.",
        "Người mẫu quê Điện Biên sau đó cho biết Hà Kino là thầy dạy catwalk, bạn thân, giúp đỡ cô nhiều trong công việc lẫn cuộc sống.",
        "Tiền vệ gốc Sơn Tây cho biết, lúc trả lời phỏng vấn, do vẫn còn di chứng từ trận đấu khiến tai anh bị ù.",
    ])
    func titleEndsInNoGovernor(sentence: String) {
        let found = SpeakerRuleProbe.decisions(sentence)
        for title in found.compactMap(\.speaker.title) {
            #expect(!["nên", "quê", "gốc"].contains(title.split(separator: " ").last.map(String.init) ?? ""))
        }
    }

    // Dev 104 gold `chuyên gia về Trung Quốc`: a governor inside the gap is kept (only its last
    // words are read).
    @Test func governorInsideTheGapIsKept() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Nhà chính trị học, chuyên gia về Trung Quốc Stéphane Corcuff nhận định: ‘‘Không ai chờ đợi Đài Loan sẽ tuyên bố độc lập, bởi Đài Loan trên thực tế đã là một nhà nước độc lập, với tư cách Trung Hoa Dân Quốc.").first)
        // (The name is read as `Quốc Stéphane Corcuff` on main too: the side's last syllable joins
        // the name; not this rule's concern.) The gap's `về` is no governor at its end.
        #expect(found.speaker.name.hasSuffix("Stéphane Corcuff"))
        #expect(found.speaker.title?.hasSuffix("về") != true)
    }
}
