import Testing
@testable import VietQuote

/// `UnsaidCueRule` (Words not said: negated, passive, or a cue made a noun by the word after it.) on sentences from the dev articles (or written like one).
@Suite struct UnsaidCueRuleTests: QuoteRuleSuite {
    @Test func negatedCueIsNoQuote() {
        #expect(quotes("Đại sứ quán Trung Quốc tại Kuala Lumpur đã không ngay lập tức trả lời yêu cầu bình luận.").isEmpty)
    }

    @Test func negatedPassiveAndNounCuesAreRejectedHere() {
        #expect(rule(deciding: "trả lời", in: "Đại sứ quán Trung Quốc tại Kuala Lumpur đã không ngay lập tức trả lời yêu cầu bình luận.") == .unsaid)
        #expect(rule(deciding: "tuyên bố", in: "Tuyên bố trên được Bộ Ngoại giao đưa ra hôm thứ Ba.") == .unsaid)
        // Auxiliaries alone pass: the subject stands before them.
        let body = "Ông Peskov cũng cho biết Nga sẵn sàng đàm phán với Ukraine."
        #expect(rule(deciding: "cho biết", in: body) == .speakerCueContent)
        #expect(quotes(body).first?.speaker.mention == "Ông Peskov")
    }

    // The writer's own comment (`Điều đáng nói là`, `Cần nói thêm rằng`): no speaker, no quote
    // (silver: `Đáng` 53, `Điều` 29 as speakers before). With a subject before it, `cần` is a
    // duty to speak (`duty`), which says nothing either: `Lavrov cần nói rõ …` is no quote.
    @Test func writersModalIsNoSpeaker() {
        #expect(rule(deciding: "nói", in: "Điều đáng nói là đội bóng đã thua ba trận liên tiếp.") == .unsaid)
        #expect(quotes("Cần nói thêm rằng giá vàng đã tăng mạnh trong tuần.").isEmpty)
        #expect(quotes("Ngoại trưởng Lavrov cần nói rõ rằng Nga sẵn sàng đàm phán.").isEmpty)
        let named = quotes("Ngoại trưởng Lavrov nói rõ rằng Nga sẵn sàng đàm phán.")
        #expect(named.map(\.content) == ["Nga sẵn sàng đàm phán"])
        #expect(named.first?.speaker.name == "Lavrov")
    }

    // `trên` after a cue is `the … above` (`Tuyên bố trên được đưa ra …`), but with a quantified
    // or capitalised place after it, where the words were said (dev 423, silver `viết trên Instagram`).
    @Test func followerThatOpensAPlaceIsNoNoun() {
        let found = quotes("Ông Hegseth nói trên một podcast vào tuần trước: “Họ có một tầm nhìn dài hạn đầy đủ về sự thống trị”.")
        #expect(found.map(\.content) == ["Họ có một tầm nhìn dài hạn đầy đủ về sự thống trị"])
        #expect(quotes("Tuyên bố trên được đưa ra sau cuộc họp giữa hai bên.").isEmpty)
    }

    // `trên` + a noun of where words are broadcast or posted (`broadcast_place`) says where too
    // (dev 002; silver 2024-05-15-hlv-kiatisuk-senamuang, 2024-10-21-al-ain-dau-voi-al-hilal).
    @Test func followerBeforeABroadcastPlaceIsNoNoun() {
        let television = quotes(#""Chúng tôi muốn có mối quan hệ tốt đẹp, bình đẳng, tôn trọng lẫn nhau với Mỹ, giống như với mọi quốc gia trên thế giới", Ngoại trưởng Nga Sergei Lavrov phát biểu trên truyền hình hôm Chủ nhật."#)
        #expect(television.map(\.content) == ["Chúng tôi muốn có mối quan hệ tốt đẹp, bình đẳng, tôn trọng lẫn nhau với Mỹ, giống như với mọi quốc gia trên thế giới"])
        let account = quotes(#""Vì vấn đề cá nhân của gia đình, tôi xin được từ chức Huấn luyện viên trưởng CLB Công an Hà Nội và trở về Thái Lan," HLV Kiatisuk Senamuang viết trên tài khoản mạng xã hội cá nhân."#)
        #expect(account.map(\.cue) == ["viết"])
        let platform = quotes(#""Al Hilal vui mừng thông báo Neymar sẽ tham gia trận đấu trên sân Al Ain. Anh ấy đã trở lại", nhà đương kim vô địch Saudi Pro League viết trên tài khoản X trước trận gặp Al Ain ở AFC Champions League tối 21/10."#)
        #expect(platform.map(\.content).contains("Al Hilal vui mừng thông báo Neymar sẽ tham gia trận đấu trên sân Al Ain. Anh ấy đã trở lại"))
    }

    // After a cue that is never a noun, `đó là …` and a time word before a name open the content
    // (dev 446: `khẳng định gần đây Việt Nam …`; silver `công chúng cho rằng đó là động tác nguy
    // hiểm`); a cue noun keeps its follower, and `nêu trên` stays `the … above`.
    @Test func followerThatOpensTheContentAfterAVerbCue() {
        let copula = quotes("Ông Kiên cho biết đó là phương pháp dạy con riêng của gia đình.")
        #expect(copula.map(\.content) == ["đó là phương pháp dạy con riêng của gia đình"])
        let time = quotes("Ông Narayana Murthy khẳng định gần đây Việt Nam nổi lên như một điểm đến công nghệ toàn cầu.")
        #expect(time.map(\.content) == ["gần đây Việt Nam nổi lên như một điểm đến công nghệ toàn cầu"])
        #expect(rule(deciding: "tuyên bố", in: "Tuyên bố đó là một bước lùi của hai nước.") == .unsaid)
        #expect(quotes("Những vi phạm nêu trên được xác định là đã gây hậu quả nghiêm trọng.").isEmpty)
    }

    // `đều` ("all, both") after a plural subject stands between it and the cue like `cũng`
    // (dev 448; silver: 32 mentions ended in `đều`).
    @Test func quantifyingAdverbIsNoPartOfTheSubject() {
        let found = quotes("Hầu hết các nhà địa chấn học đều cho rằng trận động đất này không liên quan trực tiếp đến Rãnh Nankai.")
        #expect(found.map(\.speaker.mention) == ["Hầu hết các nhà địa chấn học"])
        #expect(found.map(\.content) == ["trận động đất này không liên quan trực tiếp đến Rãnh Nankai"])
    }

    // dev 001; silver (`phải kể đến`, `Người sử dụng lao động phải thông báo …`): a duty to speak
    // says nothing; after an aspect word the words were said (`từng phải phủ nhận`).
    @Test func dutyToSpeakSaysNothing() {
        #expect(quotes("Người sử dụng lao động phải thông báo phương án nghỉ Tết cho người lao động trước 30 ngày.").isEmpty)
        #expect(quotes("Nổi bật nhất phải kể đến cổ phiếu của Tesla, tăng vọt 14%.").isEmpty)
        #expect(quotes("Nam diễn viên từng phải phủ nhận thông tin hẹn hò người mẫu này.").map(\.cue) == ["phủ nhận"])
    }

    // review3 m6 (silver): forced to speak, the words were said (`buộc phải`, `đành phải`:
    // function_words.tsv `compelled`), and so were words that open after a colon or quotation
    // mark; the speaker is who was forced, without the duty words.
    @Test func compelledOrQuotedDutyWasSaid() throws {
        let forced = try #require(quotes("Bị dồn vào đường cùng, Tuấn buộc phải nói rằng mọi việc đều do Dương chỉ đạo.").first)
        #expect(forced.content == "mọi việc đều do Dương chỉ đạo")
        #expect(forced.speaker.mention == "Tuấn")
        let quoted = try #require(quotes("Sau trận đấu, Kathryn Newton phải thốt lên: \"Đây là trải nghiệm tuyệt vời nhất cuộc đời tôi\".").first)
        #expect(quoted.content == "Đây là trải nghiệm tuyệt vời nhất cuộc đời tôi")
        #expect(quoted.speaker.mention == "Kathryn Newton")
        #expect(quotes("Người sử dụng lao động phải thông báo rằng công ty sẽ nghỉ Tết từ ngày 25 tháng Chạp.").isEmpty)
    }

    // `chưa thể xác nhận` "cannot yet confirm" (function_words.tsv negator `chưa thể`, `không
    // thể`): unable to say is not saying; the frame's speaker holds the whole clause (dev 418).
    @Test func inabilityToSayIsNoQuote() throws {
        let body = "Tuy nhiên, ông Ryder cũng nhấn mạnh, Lầu Năm Góc chưa thể xác nhận thông tin quân nhân Triều Tiên đã có mặt ở chiến trường Ukraine."
        #expect(rule(deciding: "xác nhận", in: body) == .unsaid)
        let quote = try #require(quotes(body).first)
        #expect(quotes(body).count == 1)
        #expect(quote.cue == "nhấn mạnh")
        #expect(quote.content == "Lầu Năm Góc chưa thể xác nhận thông tin quân nhân Triều Tiên đã có mặt ở chiến trường Ukraine")
        // After a turn, the negated cue ends the content: the writer speaks again.
        let turned = "Ông cho biết khoảng 60 binh sĩ Nga sẽ được triển khai ở Niger, nhưng ông không thể xác nhận con số này."
        #expect(quotes(turned).map(\.content) == ["khoảng 60 binh sĩ Nga sẽ được triển khai ở Niger"])
    }

    // `lưu ý` told, not said (quotes23): a degree adverb between the duty and the cue (silver
    // 2024-11-14-khong-khi-lanh-mien-bac, 2024-09-18-bao-so-4-den-dau-roi), a future duty (silver
    // 2024-05-02-europa-league), and `đáng` "worth noting" (silver 2024-08-27-pho-thu-tuong-tran-luu-quang).
    @Test func toldToHeedIsNoQuote() {
        let utmost = "Các địa phương cần hết sức lưu ý để cảnh báo tàu thuyền hoạt động trên biển, nếu có thể nên hạn chế ra khơi."
        #expect(rule(deciding: "lưu ý", in: utmost) == .unsaid)
        #expect(quotes("Các tỉnh Hà Tĩnh, Quảng Bình, Quảng Trị, Thừa Thiên - Huế, Quảng Nam cần đặc biệt lưu ý và có các biện pháp ứng phó kịp thời.").isEmpty)
        let future = "Có điều, họ sẽ cần lưu ý rằng, năm ngoái, họ cũng có trận hòa Stuttgart xen giữa 2 trận gặp Roma."
        #expect(rule(deciding: "lưu ý", in: future) == .unsaid)
        let worth = "Một điều đáng lưu ý là nhiều đời bộ trưởng Ngoại giao là do một phó thủ tướng kiêm nhiệm, ít nhất kể từ năm 2006-2021."
        #expect(rule(deciding: "lưu ý", in: worth) == .unsaid)
        #expect(quotes(worth).isEmpty)
        // Said: a speaker's own `lưu ý` (silver 2024-05-03-niger).
        #expect(quotes("Quan chức này lưu ý rằng lực lượng Nga đã đến Căn cứ Không quân 101 vài tuần trước.").map(\.content)
                == ["lực lượng Nga đã đến Căn cứ Không quân 101 vài tuần trước"])
    }
}
