import Testing
@testable import VietQuote

/// `QuoteFirstRule` (`"…", X cue` and `"…" - X cue`: the quotation before its speaker.) on sentences from the dev articles (or written like one).
@Suite struct QuoteFirstRuleTests: QuoteRuleSuite {
    @Test func quoteFirstWithComma() {
        let found = quotes(#""Đây không phải là sự hiểu lầm hay tai nạn," ông Teodoro nói trong một cuộc họp báo tại phủ tổng thống."#)
        #expect(found.count == 1)
        #expect(found.first?.content == "Đây không phải là sự hiểu lầm hay tai nạn,")
        #expect(found.first?.cue == "nói")
        #expect(found.first?.explanation.quoteRule == .quoteFirst)
    }

    @Test func quoteFirstWithDash() {
        let found = quotes(#""Chúng tôi không muốn chiến tranh" - người phát ngôn Bộ Ngoại giao Nga nhấn mạnh."#)
        #expect(found.map(\.content) == ["Chúng tôi không muốn chiến tranh"])
        #expect(found.first?.cue == "nhấn mạnh")
    }

    @Test func quoteFirstWithEmDash() {
        let found = quotes(#""Chúng tôi sẵn sàng nối lại đàm phán", — bà nói."#)
        #expect(found.map(\.content) == ["Chúng tôi sẵn sàng nối lại đàm phán"])
        #expect(found.first?.cue == "nói")
    }

    @Test func quotationBeforeItsSpeakerCarriesTheRule() {
        let found = quotes(#""Chúng tôi không muốn chiến tranh" - người phát ngôn Bộ Ngoại giao Nga nhấn mạnh."#)
        #expect(found.first?.explanation.quoteRule == .quoteFirst)
        #expect(found.first?.type == .direct)
    }

    // ANNOTATION.md: a quotation inside a mixed quote's content is no quote of its own (dev 421
    // emitted it twice); after a colon it stands on its own (dev 301).
    @Test func fragmentOfAMixedQuoteIsNotQuotedAgain() {
        let mixed = quotes(#"Tại đây, ông Zelensky dường như đã nhận định ông Kuleba "thiếu năng lượng để thúc đẩy việc phương Tây cung cấp vũ khí cho Ukraine", một nguồn tin trong đảng nói với Suspilne."#)
        #expect(mixed.map(\.type) == [.mixed])
        let colon = quotes(#"Bộ trưởng Quốc phòng Israel Yoav Gallant đã cảnh báo phản ứng của nước này sẽ "rất mạnh mẽ": "Họ sẽ không hiểu chuyện gì đã xảy ra", ông phát biểu hôm 9-10."#)
        #expect(colon.map(\.explanation.quoteRule).contains(.quoteFirst))
    }

    // After the cue only whom, where or what about (dev 415, 434, 414): the quotation before
    // the speaker is the quote, not those words; real content after the cue stays.
    @Test func wordsAfterTheCueThatOnlySayToWhomOrWhere() {
        let addressee = quotes("“Chúng ta hãy đợi xem điều gì sẽ xảy ra”, ông Trump trả lời báo giới Mỹ.")
        #expect(addressee.map(\.content) == ["Chúng ta hãy đợi xem điều gì sẽ xảy ra"])
        #expect(addressee.first?.explanation.quoteRule == .quoteFirst)
        let place = quotes(#""Các lực lượng vũ trang có ý định tái cơ cấu nền dân chủ", ông Zuniga nói bên ngoài dinh tổng thống, vây quanh là các binh sĩ."#)
        #expect(place.map(\.content) == ["Các lực lượng vũ trang có ý định tái cơ cấu nền dân chủ"])
        let topic = quotes(#""Đây là bước leo thang cực kỳ nguy hiểm", bà Hennis-Plasschaert bày tỏ lo ngại về nguy cơ xung đột lan rộng."#)
        #expect(topic.map(\.content) == ["Đây là bước leo thang cực kỳ nguy hiểm"])
        let content = quotes(#""Tôi rất vui", Quế Ngọc Hải khẳng định mình và các cầu thủ lớn tuổi luôn chỉ bảo cho các đàn em trong đội."#)
        #expect(content.map(\.content).contains("mình và các cầu thủ lớn tuổi luôn chỉ bảo cho các đàn em trong đội"))
    }

    // After the cue's comma, words with no quotation mark are the writer's: a comment, a turn,
    // what the speaker did then (dev 307, 004; silver 2024-08-09-man-city---man-utd). With
    // quotation marks the speaker goes on (silver 2024-12-24-christmas).
    @Test func wordsAfterTheCuesCommaAreTheWriters() {
        let comment = quotes(#""Có lẽ, một chính trị gia đặt lợi ích của tổ quốc lên trên lợi ích của mình sẽ nghĩ đến một đề xuất như vậy. Hãy xem điều gì sẽ xảy ra", ông Peskov nói, đề cập tới đề xuất của Tổng thống Nga Vladimir Putin về việc giải quyết xung đột Ukraine."#)
        #expect(comment.map(\.content) == ["Có lẽ, một chính trị gia đặt lợi ích của tổ quốc lên trên lợi ích của mình sẽ nghĩ đến một đề xuất như vậy. Hãy xem điều gì sẽ xảy ra"])
        #expect(comment.first?.explanation.quoteRule == .quoteFirst)
        let turn = quotes(#""Ngoài ra, hai nhà ngoại giao cũng thảo luận về cơ hội có thể hợp tác về một số vấn đề song phương khác", tuyên bố cho biết, nhưng không cung cấp thêm thông tin chi tiết."#)
        #expect(turn.map(\.content) == ["Ngoài ra, hai nhà ngoại giao cũng thảo luận về cơ hội có thể hợp tác về một số vấn đề song phương khác"])
        let then = quotes(#""Tùy vào mỗi cầu thủ", Ten Hag nói, khi được hỏi liệu những cầu thủ mới hội quân này có thể ra sân trước Man City hay không."#)
        #expect(then.map(\.content) == ["Tùy vào mỗi cầu thủ"])
        let goesOn = quotes(#""Các doanh nghiệp và địa điểm công cộng đều sử dụng các nền tảng như Spotify và Apple để phát các ca khúc," chuyên gia này nói, và trong mùa lễ hội, "họ cứ phát đi phát lại những bài hát giống nhau.""#)
        #expect(goesOn.map(\.content).contains(where: { $0.hasPrefix("và trong mùa lễ hội") }))
        // A quotation after a word is a term or a question talked about, not the speaker's
        // words (silver 2024-04-17-imessage, 2024-08-17-van-khan-ram-thang-7).
        let term = quotes("Việc tìm kiếm và phát triển lỗ hổng zero-click zero-day là một nhiệm vụ khó khăn, trong khi trang web đầy “vấn đề” như CodeBreach Lab cho rằng, họ có khả năng tạo ra một cách khai thác như vậy.")
        #expect(!term.map(\.content).contains("vấn đề"))
        let question = quotes(#"Liên quan đến câu hỏi "năm 2024, cúng rằm tháng 7 vào ngày nào, giờ nào là đẹp nhất?", ông Hải cho rằng, làm việc nghĩa, việc tốt vốn không phải chọn ngày giờ."#)
        #expect(question.map(\.content) == ["làm việc nghĩa, việc tốt vốn không phải chọn ngày giờ"])
    }

    // A venue, then a coordinated cue with its own `rằng`: that content is the second cue's,
    // not the first's (dev 110).
    @Test func venueThenACoordinatedCue() {
        let found = quotes(#""EU vừa thông qua một trong những gói trừng phạt mạnh tay nhất từ trước đến nay nhằm vào Nga," Đại diện Cấp cao về Chính sách An ninh và Đối ngoại của EU Kaja Kallas thông báo trên mạng xã hội X, đồng thời cảnh báo rằng EU sẽ tiếp tục đưa ra các biện pháp như trên cho đến khi Nga ngừng chiến dịch tại Ucraina."#)
        let warning = found.first { $0.content == "EU sẽ tiếp tục đưa ra các biện pháp như trên cho đến khi Nga ngừng chiến dịch tại Ucraina" }
        #expect(warning?.cue == "cảnh báo")
        #expect(!found.contains { $0.cue == "thông báo" && $0.content.hasPrefix("EU sẽ") })
        // A cue word inside the venue is no stop: `rằng` after it is the cue's (dev 302).
        let speech = quotes(#"Ông Kim nói trong bài phát biểu tại một cuộc triển lãm quân sự ở thủ đô Bình Nhưỡng rằng các cuộc đàm phán trước đây với Washington chỉ làm nổi bật thêm chính sách "hung hăng và thù địch" của họ đối với Triều Tiên, theo hãng thông tấn KCNA."#)
        #expect(speech.map(\.content) == [#"các cuộc đàm phán trước đây với Washington chỉ làm nổi bật thêm chính sách "hung hăng và thù địch" của họ đối với Triều Tiên"#])
    }
}
