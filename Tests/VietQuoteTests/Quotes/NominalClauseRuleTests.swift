import Testing
@testable import VietQuote

/// `NominalClauseRule` (a subject that opens with the nominaliser `việc`: the cue is inside a noun
/// phrase, no quote) on sentences from the silver corpus and the dev articles.
@Suite struct NominalClauseRuleTests: QuoteRuleSuite {
    // Silver: a nominal clause as the sentence's subject; the act is talked about, not reported.
    @Test func subjectOpeningWithTheNominaliserIsNoQuote() {
        let body = "Việc anh hối thúc vợ về nhà sớm đều xuất phát từ việc anh lo lắng cho cô."
        #expect(quotes(body).isEmpty)
        #expect(rule(deciding: "hối thúc", in: body) == .nominalClause)
        #expect(quotes("Việc rút lui khỏi giải đấu này đe dọa đến vị trí số 1 của Iga Swiatek trên bảng xếp hạng WTA.").isEmpty)
    }

    // Silver: after a preposition or conjunction (`Ngoài việc`, `Bất chấp việc`), the same.
    @Test func nominaliserAfterAPrepositionIsNoQuote() {
        let body = "Ngoài việc nữ doanh nhân chê sầu riêng của Quang Linh Vlog, cộng đồng mạng còn tranh cãi về giá bán."
        #expect(rule(deciding: "chê", in: body) == .nominalClause)
    }

    // dev 409 (gold: a quote of the medium, `cho rằng`): `về việc` opens a clause about a statement,
    // which is reported (function_words.tsv `temporal`): this rule leaves it to the others.
    @Test func aboutTheFactThatIsStillSaid() {
        let body = "Ngày 7-6, Chủ tịch Thượng viện Campuchia Hun Sen lên tiếng về việc một phương tiện truyền thông nước ngoài cho rằng Campuchia không tham gia Hội nghị thượng đỉnh hòa bình về Ukraine sắp tới có liên quan Trung Quốc, theo tờ Khmer Times."
        // The cue is read and decided by a later sieve (the subject's), not this one.
        #expect(rule(deciding: "cho rằng", in: body) == .nounPhraseSubject)
    }

    // A speaker whose description holds `làm việc` further in keeps the quote.
    @Test func nominaliserDeepInTheSubjectPasses() {
        let body = "Bác sĩ Lê Thị Kim Dung (làm việc tại Hà Nội) cho biết bệnh nhân đã qua cơn nguy kịch."
        #expect(quotes(body).map(\.content) == ["bệnh nhân đã qua cơn nguy kịch"])
    }

    // dev 439: a capitalised `Việc` inside a body's name is no nominaliser.
    @Test func capitalisedWordOfANamePasses() {
        let body = "Cơ quan Cứu trợ và Việc làm cho Người tị nạn Palestine (UNRWA) cho biết khoảng một triệu người đã rời Rafah trong ba tuần qua."
        #expect(quotes(body).map(\.content) == ["khoảng một triệu người đã rời Rafah trong ba tuần qua"])
    }

    // Silver: a clause mark after `việc` ends the nominal clause; the cue has a subject of its own.
    @Test func clauseMarkAfterTheNominaliserPasses() {
        let body = "Ngoài việc xin giảm nhẹ hình phạt, ông Trần Quí Thanh cũng kháng cáo, yêu cầu người bị hại hoàn trả hơn 238 tỷ đồng."
        #expect(quotes(body).map(\.content) == ["người bị hại hoàn trả hơn 238 tỷ đồng"])
        #expect(quotes(body).map(\.speaker.name) == ["Trần Quí Thanh"])
    }

    // Review10 S3: `việc` as the second syllable of a compound (`làm việc`, to work) opens no
    // nominal clause: the speaker who works there keeps the quote.
    @Test func compoundWithTheNominaliserPasses() {
        let body = "Người làm việc ở đây lâu năm cho biết: \"Tàu đã cập bến từ sáng nay, hàng đang được dỡ xuống.\""
        #expect(quotes(body).map(\.content) == ["Tàu đã cập bến từ sáng nay, hàng đang được dỡ xuống."])
        #expect(quotes(body).map(\.speaker.name) == ["Người làm việc ở đây lâu năm"])
    }

    // Review10 S3: a nominal clause that makes someone speak (`Việc … khiến anh nói`) is the
    // cause; the one made to speak follows the causative (CausativeMention), and speaks.
    @Test func nominalClauseBeforeACausativePasses() {
        let body = "Anh Trần Văn Minh là công nhân cảng Hải Phòng. Việc làm thêm giờ khiến anh nói: \"Tôi mệt lắm rồi, không thể tiếp tục như thế này.\""
        #expect(quotes(body).map(\.content) == ["Tôi mệt lắm rồi, không thể tiếp tục như thế này."])
        #expect(quotes(body).map(\.speaker.name) == ["Trần Văn Minh"])
    }
}
