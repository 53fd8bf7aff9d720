import Testing
@testable import VietQuote

/// `SpeakerCueContentRule` (`X cue content`: the content after the cue, past `rằng`, a venue before it, `:` or `,`.) on sentences from the dev articles (or written like one).
@Suite struct SpeakerCueContentRuleTests: QuoteRuleSuite {
    @Test func speakerCueContent() {
        let found = quotes("Ngày 4/2, Ngoại trưởng Nga Sergei Lavrov tuyên bố Moscow sẵn sàng bình thường hóa quan hệ song phương.")
        #expect(found.count == 1)
        #expect(found.first?.content == "Moscow sẵn sàng bình thường hóa quan hệ song phương")
        #expect(found.first?.cue == "tuyên bố")
        #expect(found.first?.type == .indirect)
        #expect(found.first?.speaker.mention == "Ngoại trưởng Nga Sergei Lavrov")
    }

    @Test func directAfterColon() {
        let found = quotes(#"Ông Jake Sullivan nêu rõ: "Chúng tôi sẽ thực hiện điều này vào thời điểm do chúng tôi lựa chọn"."#)
        #expect(found.map(\.content) == ["Chúng tôi sẽ thực hiện điều này vào thời điểm do chúng tôi lựa chọn"])
        #expect(found.first?.type == .direct)
        #expect(found.first?.cue == "nêu rõ")
    }

    @Test func whomTheWordsWereSaidToThenComma() {
        let found = quotes("Một quan chức Mỹ nói với Reuters, Washington đã được Israel thông báo trước nhưng không tham gia.")
        #expect(found.map(\.content) == ["Washington đã được Israel thông báo trước nhưng không tham gia"])
        #expect(found.first?.cue == "nói")
    }

    @Test func appealTakesTheAddressee() {
        let found = quotes("Nga kêu gọi Mỹ từ bỏ đối đầu để hợp tác.")
        #expect(found.map(\.content) == ["Mỹ từ bỏ đối đầu để hợp tác"])
        #expect(found.first?.cue == "kêu gọi")
    }

    @Test func theLastSieveTakesTheContentAfterTheCue() {
        let body = "Ngày 4/2, Ngoại trưởng Nga Sergei Lavrov tuyên bố Moscow sẵn sàng bình thường hóa quan hệ song phương."
        #expect(rule(deciding: "tuyên bố", in: body) == .speakerCueContent)
        #expect(quotes(body).first?.explanation.quoteRule == .speakerCueContent)
    }

    // Content that opens with a time clause before its main clause is content (silver
    // 2025-01-03-cindy-lu); a time clause alone only says when (`lên tiếng sau khi …`).
    @Test func timeClauseBeforeAMainClauseIsContent() {
        let found = quotes("Trong cuộc phỏng vấn tại show Here to Hear, Cindy Lư cho biết sau khi quyết định ly hôn, cô và Hoài Lâm có hai thỏa thuận rõ ràng.")
        #expect(found.map(\.content) == ["sau khi quyết định ly hôn, cô và Hoài Lâm có hai thỏa thuận rõ ràng"])
        #expect(quotes("Nhiều chính khách Mỹ đã lên tiếng sau khi xảy ra vụ nổ súng.").isEmpty)
        // `trong bối cảnh A, B` opens the content like a time clause (silver 2025-02-19-golden-gate).
        let setting = quotes("Ông Ngô Nguyên Kha giải thích trong bối cảnh hiện tại, tối ưu chi phí để cải thiện hiệu quả hoạt động trở thành công việc ưu tiên.")
        #expect(setting.map(\.content) == ["trong bối cảnh hiện tại, tối ưu chi phí để cải thiện hiệu quả hoạt động trở thành công việc ưu tiên"])
    }

    // `bày tỏ` + a feeling noun (+ its preposition) is one cue (ANNOTATION.md; dev 426, 435):
    // the content is what the feeling is about; a feeling alone is no content.
    @Test func feelingNounBelongsToTheExpressingCue() {
        let found = quotes("Tổng thống Jose Ramos-Horta bày tỏ ngưỡng mộ sự nghiệp cách mạng, xây dựng và phát triển đất nước của Việt Nam.")
        #expect(found.map(\.cue) == ["bày tỏ ngưỡng mộ"])
        #expect(found.map(\.content) == ["sự nghiệp cách mạng, xây dựng và phát triển đất nước của Việt Nam"])
        let about = quotes("Hai nhà lãnh đạo bày tỏ hài lòng về những bước tiến đáng ghi nhận của quan hệ song phương.")
        #expect(about.map(\.cue) == ["bày tỏ hài lòng về"])
        #expect(about.map(\.content) == ["những bước tiến đáng ghi nhận của quan hệ song phương"])
        #expect(quotes("Bị cáo Trương Mỹ Lan bày tỏ sự hối hận.").isEmpty)
    }

    // A capitalised cue word inside a body's name is part of the name (silver: `Sở Thông tin
    // và Truyền thông` made quotes of `Thông tin`; dev 426), and `và` inside the name does not
    // end the subject (`Bộ Khoa học và Công nghệ cho biết`).
    @Test func cueWordInsideABodyNameIsNoCue() {
        #expect(quotes("Bộ trưởng Bộ Thông tin và Truyền thông Nguyễn Mạnh Hùng; lãnh đạo một số bộ, ngành và tập đoàn công nghệ liên quan.").isEmpty)
        let found = quotes("Bộ Khoa học và Công nghệ cho biết sẽ sửa đổi quy định về tiêu chuẩn đo lường.")
        #expect(found.map(\.cue) == ["cho biết"])
        #expect(found.first?.speaker.mention == "Bộ Khoa học và Công nghệ")
    }

    // A frame yields to an attribution inside it only when that one makes a quote: a bare
    // pledge inside (`đã cam kết chấm dứt …`, no speech) is the frame's content (dev 113).
    @Test func frameKeepsAnInnerAttributionThatMakesNoQuote() {
        let found = quotes("Tổng thống Trump cho biết, Armenia và Azerbaijan đã cam kết chấm dứt giao tranh, thiết lập quan hệ ngoại giao.")
        #expect(found.map(\.cue) == ["cho biết"])
        #expect(found.map(\.content) == ["Armenia và Azerbaijan đã cam kết chấm dứt giao tranh, thiết lập quan hệ ngoại giao"])
        // An inner attribution that makes a quote still takes the frame's place.
        let inner = quotes("Theo Bộ Ngoại giao Nga, Ngoại trưởng Sergei Lavrov tuyên bố Moscow sẵn sàng bình thường hóa quan hệ.")
        #expect(inner.map(\.cue) == ["tuyên bố"])
    }

    // cues.tsv `than phiền về` (complaining, as `phàn nàn`): the soldiers' complaint takes the
    // frame's place (dev 441); `giọng nói` "voice" is no cue (silver).
    @Test func complaintIsACueAndVoiceIsNot() {
        let found = quotes("Nhà chức trách Nga cho hay, các binh sĩ đầu hàng đã than phiền về việc họ bị ngược đãi.")
        #expect(found.map(\.cue) == ["than phiền về"])
        #expect(found.map(\.content) == ["việc họ bị ngược đãi"])
        #expect(quotes("Bản nâng cấp đầy đủ của trợ lý giọng nói Siri có thể hoàn chỉnh vào đầu năm sau.").isEmpty)
    }

    // Silver (issue 14 item 7, 20 quotes): a judging cue with a name alone as its object says
    // where nobody stands (ANNOTATION.md: a person, an organisation or a country alone); with
    // a reason, or an act or document named with a number, it is a quote.
    @Test func judgingANameAloneIsNoQuote() {
        #expect(quotes("Craig Burley chỉ trích Mbappe.").isEmpty)
        #expect(quotes("HLV Shin Tae Yong ca ngợi ĐT Việt Nam.").isEmpty)
        #expect(quotes("Nga lên án Mỹ.").isEmpty)
        #expect(quotes("Craig Burley chỉ trích Mbappe vì thiếu nhiệt huyết trong trận gặp Barcelona.").map(\.content)
                == ["Mbappe vì thiếu nhiệt huyết trong trận gặp Barcelona"])
        #expect(quotes("Mỹ hoan nghênh Nghị quyết 2334.").map(\.content) == ["Nghị quyết 2334"])
    }

    // Silver (issue 14 item 7): naming is no saying (`còn gọi là` "also called", cues.tsv
    // blockers), nor is `kịch nói` "spoken drama"; `gọi là` after its speaker still is.
    @Test func namingIsNoQuote() {
        #expect(quotes("Chùa Phật Quang (còn gọi là Thiền Tôn Phật Quang) nằm trên ngọn núi Dinh thuộc xã Tân Hải.").isEmpty)
        #expect(quotes("Đoàn kịch nói Kim Cương hoạt động gần 40 năm cho đến năm 1994.").isEmpty)
        let called = quotes(#"Ba người thiệt mạng trong một vụ tấn công mà Thủ tướng Canada Justin Trudeau gọi là "một hành động khủng bố, có động cơ từ lòng thù hận"."#)
        #expect(called.map(\.speaker.name) == ["Justin Trudeau"])
        #expect(called.map(\.cue) == ["gọi là"])
    }
}
