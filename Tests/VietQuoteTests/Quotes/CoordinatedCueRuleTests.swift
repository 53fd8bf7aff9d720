import Testing
@testable import VietQuote

/// `CoordinatedCueRule` (A second cue joined to the previous subject by a comma, a dash or `và`.) on sentences from the dev articles (or written like one).
@Suite struct CoordinatedCueRuleTests: QuoteRuleSuite {
    @Test func coordinatedCuesMakeTwoQuotes() {
        let found = quotes(#"Trong khi đó, Bắc Kinh cáo buộc tàu của Philippines đã cố tình tiếp cận tàu Trung Quốc và tuyên bố “Philippines hoàn toàn chịu trách nhiệm về việc này”."#)
        #expect(found.map(\.content) == ["tàu của Philippines đã cố tình tiếp cận tàu Trung Quốc", "Philippines hoàn toàn chịu trách nhiệm về việc này"])
        #expect(found.map(\.cue) == ["cáo buộc", "tuyên bố"])
        #expect(found.map(\.type) == [.indirect, .direct])
    }

    // ANNOTATION.md: content ends where another attribution starts; a time phrase may
    // stand between the comma and a coordinated cue (dev 302).
    @Test func coordinatedCueAfterATimePhrase() {
        let found = quotes(#"Ông Trump từ lâu đã ca ngợi mối quan hệ của mình với ông Kim, vào tháng trước nói rằng hai nước sẽ có "một cuộc chiến tranh hạt nhân", nhưng ông đã ngăn chặn được điều đó."#)
        #expect(found.map(\.content) == ["mối quan hệ của mình với ông Kim", #"hai nước sẽ có "một cuộc chiến tranh hạt nhân", nhưng ông đã ngăn chặn được điều đó"#])
        #expect(found.map(\.cue) == ["ca ngợi", "nói"])
        #expect(Set(found.map(\.speaker.name)) == ["Trump"])
    }

    @Test func secondCueCarriesTheCoordinatedRule() {
        let body = #"Trong khi đó, Bắc Kinh cáo buộc tàu của Philippines đã cố tình tiếp cận tàu Trung Quốc và tuyên bố “Philippines hoàn toàn chịu trách nhiệm về việc này”."#
        #expect(quotes(body).map(\.explanation.quoteRule) == [.speakerCueContent, .coordinatedCue])
        #expect(decisions(body).map(\.subject) == [.nounPhraseSubject, .coordinatedCue])
    }

    // Official reports list one speaker's statements with `;` (dev 426): the cue after the
    // semicolon keeps the speaker, and the first content ends at the semicolon.
    @Test func cueAfterASemicolonKeepsTheSpeaker() {
        let body = "Nguyên Chủ tịch Tập đoàn Infosys đánh giá cao tầm nhìn của Việt Nam trong chuyển đổi số; cho biết, Infosys sẵn sàng hợp tác, đồng hành cùng Việt Nam."
        let found = quotes(body)
        #expect(found.map(\.content) == ["tầm nhìn của Việt Nam trong chuyển đổi số", "Infosys sẵn sàng hợp tác, đồng hành cùng Việt Nam"])
        #expect(found.last?.explanation.quoteRule == .coordinatedCue)
    }

    // A turn joins a second cue of the same speaker (dev 406, 411), unless the first content
    // opened with a subject of its own (dev 002: the answers do not rule out talks).
    @Test func turnJoinsASecondCueOfTheSpeaker() {
        let found = quotes("Tổng thống Israel Isaac Herzog đã tuyên bố không muốn căng thẳng leo thang thành chiến tranh tổng lực với Hezbollah, nhưng cảnh báo Tel Aviv sẽ chiến đấu toàn lực nếu điều này xảy ra.")
        #expect(found.map(\.content) == ["không muốn căng thẳng leo thang thành chiến tranh tổng lực với Hezbollah", "Tel Aviv sẽ chiến đấu toàn lực nếu điều này xảy ra"])
        #expect(found.map(\.cue) == ["tuyên bố", "cảnh báo"])
        #expect(Set(found.map(\.speaker.name)).count == 1)
        let own = quotes("Nga cho biết các câu trả lời của phương Tây không giải quyết các mối quan tâm chính của nước này, nhưng cũng không loại trừ các cuộc đàm phán tiếp theo.")
        #expect(own.map(\.cue) == ["cho biết"])
    }

    // `…, thêm rằng …` (cues.tsv row `thêm [rằng]`): the bracketed word must follow and is no
    // part of the cue (dev 444, 118); `thêm` alone ("more") is no cue.
    @Test func addedThatJoinsTheSpeaker() {
        let found = quotes(#"Một quan chức Cơ quan Công tố Hàn Quốc xác nhận các điều tra viên đã không vấp phải cản trở kịch liệt, thêm rằng "hầu như không có xô xát" giữa hai lực lượng."#)
        #expect(found.map(\.cue) == ["xác nhận", "thêm"])
        #expect(found.last?.content == #""hầu như không có xô xát" giữa hai lực lượng"#)
        #expect(quotes("Ông Lula cho biết Brazil sẽ nhập thêm gạo từ Việt Nam trong năm tới.").map(\.cue) == ["cho biết"])
    }

    // dev 422, 406: after an accusation the content opens with the accused, who does not go on
    // speaking: the cue after `và` is the accuser's. After a statement whose content opens with
    // its own subject the cue after `và` stays that subject's (one quote).
    @Test func cueAfterAnAccusedIsTheAccusers() {
        let found = quotes("Triều Tiên gần đây cáo buộc Hàn Quốc đã 3 lần phóng máy bay không người lái xuống Bình Nhưỡng và đe dọa sẽ đáp trả bằng vũ lực nếu Hàn Quốc lặp lại hoạt động này.")
        #expect(found.map(\.cue) == ["cáo buộc", "đe dọa"])
        #expect(found.map(\.content) == ["Hàn Quốc đã 3 lần phóng máy bay không người lái xuống Bình Nhưỡng",
                                        "sẽ đáp trả bằng vũ lực nếu Hàn Quốc lặp lại hoạt động này"])
        #expect(found.last?.speaker.mention == "Triều Tiên")
        let said = quotes("Bà Zakharova nhấn mạnh Moscow nhìn thấy những bước đi tích cực và kêu gọi Washington đối thoại.")
        #expect(said.map(\.cue) == ["nhấn mạnh"])
    }

    // dev 414: a vow after an accusation is the accuser's threat, its content the vowed act.
    @Test func vowAfterAnAccusation() {
        let found = quotes("Hezbollah cáo buộc Israel đứng sau vụ kích nổ hàng loạt máy nhắn tin tại Lebanon và thề trả đũa.")
        #expect(found.map(\.cue) == ["cáo buộc", "thề"])
        #expect(found.last?.content == "trả đũa")
    }

    // dev 414: a refusal to speak after a turn is one cue of the same speaker; with only a topic
    // after it, it makes no quote but ends the content before it.
    @Test func refusalAfterATurnEndsTheContent() {
        let found = quotes("Ông Miller nói giới chức Mỹ sẽ tiếp tục theo dõi các diễn biến ở Lebanon, song từ chối bình luận về các cáo buộc Israel đứng sau vụ tấn công.")
        #expect(found.map(\.content) == ["giới chức Mỹ sẽ tiếp tục theo dõi các diễn biến ở Lebanon"])
        let refused = quotes("Hàn Quốc đã từ chối xác nhận liệu họ có gửi máy bay không người lái hay không.")
        #expect(refused.map(\.cue) == ["từ chối xác nhận"])
        #expect(refused.first?.content == "liệu họ có gửi máy bay không người lái hay không")
    }

    // cues22 (audit12 pattern 8): a cue noun before a comma is an item of a list inside the
    // appeal's content (silver 2024-06-28-phat-nguoi).
    @Test func cueNounInAListIsNoQuote() {
        let listed = quotes("UBND tỉnh Quảng Nam đề nghị Công ty 545 có văn bản báo cáo tình hình hoạt động của Trạm BOT Điện Bàn, các khó khăn, vướng mắc và kiến nghị, đề xuất, gửi Sở GTVT để chủ trì.")
        #expect(!listed.map(\.cue).contains("đề xuất"))
    }

    // The speaker goes on after `đồng thời` (silver 2024-11-06-gfdi-da-nang) or with words stated
    // after the cue (silver 2024-08-21-bac-si.-an-do).
    @Test func speakerGoesOnAfterAnAppeal() {
        let then = quotes("Trước việc người dân tập trung tại trụ sở công ty, một cán bộ công an đến đề nghị người dân ra về để đảm bảo an ninh trật tự, đồng thời thông báo phía Công ty GFDI sẽ gặp mặt khách hàng vào chiều 8/11.")
        #expect(then.map(\.cue) == ["đề nghị", "thông báo"])
        let stated = quotes("IMA đã kêu gọi công chúng hiểu được mức độ nghiêm trọng của tình hình và ủng hộ mục đích của họ, nhấn mạnh rằng cuộc đình công là bước cần thiết để mang lại những thay đổi lâu dài có lợi cho cả chuyên gia chăm sóc sức khỏe và bệnh nhân.")
        #expect(stated.map(\.cue) == ["kêu gọi", "nhấn mạnh"])
    }

    // A cue after the colon that opens the first content is inside its words (silver 2024-12-21-vtv).
    @Test func cueAfterTheColonIsInsideTheWords() {
        let found = quotes("Phó chủ tịch UBND tỉnh Nguyễn Thị Bé Mười cho biết: Trong thời gian tới, Bến Tre sẽ tiếp tục duy trì phối hợp trong truyền thông với VTV Tây Nam Bộ, đề nghị Sở Thông tin và Truyền thông, Đài Phát thanh và Truyền hình Bến Tre tiếp tục phối hợp với VTV Tây Nam Bộ.")
        #expect(found.map(\.cue) == ["cho biết"])
    }

    // After a source the cue is not joined: its subject is the source's content's (silver
    // 2024-05-22-jung-joon-young).
    @Test func cueAfterASourceIsNotJoined() {
        let found = quotes("Theo truyền thông Hàn, Jung Joon Young đang tìm cách quay lại làng giải trí bằng cách gặp gỡ các chuyên gia trong lĩnh vực âm nhạc và bày tỏ mong muốn tiếp tục sự nghiệp nghệ thuật với tư cách là nhà sản xuất.")
        #expect(found.allSatisfy { $0.explanation.quoteRule != .coordinatedCue })
    }
}
