import Testing
@testable import VietQuote

/// `SourcePrepositionRule` (`Theo X, content` (a frame), `…, theo X.` (a credit), `Content, theo X.` (content first).) on sentences from the dev articles (or written like one).
@Suite struct SourcePrepositionRuleTests: QuoteRuleSuite {
    @Test func theoSource() {
        let found = quotes("Theo bà Zakharova, Mỹ đang đẩy quan hệ song phương vào ngõ cụt.")
        #expect(found.map(\.content) == ["Mỹ đang đẩy quan hệ song phương vào ngõ cụt"])
        #expect(found.first?.cue == "Theo")
        #expect(found.first?.speaker.mention == "bà Zakharova")
    }

    @Test func nestedSourceKeepsInnermostSpeaker() {
        let found = quotes("Ngày 4/2, theo Bộ Ngoại giao Nga, trong cuộc điện đàm với Ngoại trưởng Mỹ Antony Blinken, Ngoại trưởng Nga Sergei Lavrov tuyên bố Moscow sẵn sàng bình thường hóa quan hệ song phương.")
        #expect(found.count == 1)
        #expect(found.first?.speaker.mention == "Ngoại trưởng Nga Sergei Lavrov")
    }

    @Test func unnamedSourceAfterTheo() {
        let found = quotes("Theo nguồn tin, các đồng minh đã sẵn sàng hỗ trợ.")
        #expect(found.map(\.content) == ["các đồng minh đã sẵn sàng hỗ trợ"])
    }

    // `Theo phóng viên TTXVN …`: the outlet's own correspondent is the writer; the
    // attribution inside the sentence still counts (dev 313, 325).
    @Test func ownCorrespondentIsNoSource() {
        #expect(quotes("Theo phóng viên TTXVN tại khu vực Mỹ Latinh, đây là cuộc gặp đầu tiên giữa lãnh đạo hai nước láng giềng kể từ năm 2016.").isEmpty)
        let inner = quotes("Theo phóng viên TTXVN tại châu Âu, trang tin tức Euractiv.com ngày 10/6 đưa tin Serbia và vùng lãnh thổ Kosovo sẽ nối lại đàm phán vào ngày 15/6 tới.")
        #expect(inner.map(\.speaker.name) == ["Euractiv.com"])   // `tin tức` is no `tức` ("that is")
    }

    @Test func theoDecidesAndTheCreditIsNoQuote() {
        let body = "Theo bà Zakharova, Mỹ đang đẩy quan hệ song phương vào ngõ cụt."
        #expect(rule(deciding: "theo", in: body) == .sourcePreposition)
        #expect(quotes(body).first?.explanation.quoteRule == .sourcePreposition)
        // `theo` inside a clause is no source (rejected by this sieve).
        let rule = "Theo quy chế hoạt động của Tòa Án, Mông Cổ sẽ phải thực hiện lệnh bắt giữ trên."
        #expect(quotes(rule).isEmpty)
    }

    // Belief, custom and theory are no source (cues.tsv blockers; silver and dev 420).
    @Test func beliefCustomAndTheoryAreNoSource() {
        #expect(quotes("Theo quan niệm dân gian Việt Nam, Thần Tài là vị thần quản lý tài lộc, mang đến sự sung túc và thịnh vượng.").isEmpty)
        #expect(quotes("Theo phong tục của người Việt, vào ngày Rằm tháng 8 các gia đình sẽ làm mâm cỗ cúng gia tiên.").isEmpty)
        #expect(quotes("Triều Tiên đã thử một phương tiện lượn siêu thanh, theo lý thuyết có thể mang đầu đạn vượt qua hệ thống phòng không của Hàn Quốc và Mỹ, và một tên lửa đạn đạo xuyên lục địa.").isEmpty)
    }

    // `theo lời mời của X` is no source; an auxiliary may open the clause (`Vẫn theo`, `cũng theo`).
    @Test func invitationIsNoSourceAuxiliaryMayOpenTheClause() {
        #expect(quotes("Theo lời mời của Chủ tịch nước Lương Cường, Tổng thống Indonesia đã thăm Việt Nam.").isEmpty)
        let again = quotes("Vẫn theo ông Lợi, vụ án Trương Mỹ Lan có quy mô rất lớn.")
        #expect(again.map(\.content) == ["vụ án Trương Mỹ Lan có quy mô rất lớn"])
        #expect(again.first?.speaker.mention == "ông Lợi")
    }

    // `Content, theo X.`: a sentence adverb before the content is the writer's link, and a cue
    // word with its possessor after it (`đề nghị của …`) is a noun, not a cue before the source (dev 407).
    @Test func sourceLastAfterAdverbAndCueNoun() {
        let found = quotes("Tuy nhiên, Thủ tướng Hun Manet đã không chấp thuận đề nghị của phía công ty Việt Nam, theo chính phủ Campuchia.")
        #expect(found.map(\.content) == ["Thủ tướng Hun Manet đã không chấp thuận đề nghị của phía công ty Việt Nam"])
        #expect(found.first?.cue == "theo")
        #expect(found.first?.speaker.mention == "chính phủ Campuchia")
        // A real cue before the source: its speaker's quote, and `theo X` is only a credit.
        let inner = quotes("Ông Trump cũng không loại trừ khả năng Mỹ rút khỏi NATO vào năm tới, theo Hãng tin Reuters.")
        #expect(inner.map(\.cue) == ["không loại trừ"])
    }

    // dev 450: a cue word that made no attribution (`khối tài sản ước tính …` after a copula)
    // is no cue before the source: the source's words stand first.
    @Test func sourceLastAfterACueWordWithoutSpeaker() {
        let found = quotes("Durov hiện là tỷ phú với khối tài sản ước tính 15,5 tỷ USD, theo dữ liệu của Forbes.")
        #expect(found.map(\.cue) == ["theo"])
        #expect(found.first?.content == "Durov hiện là tỷ phú với khối tài sản ước tính 15,5 tỷ USD")
    }

    // dev 411; silver (`Theo số liệu của Tổng cục Thống kê, …`): statistics of a named source are
    // its words; statistics of no one are no quote.
    @Test func statisticsOfANamedSource() {
        let found = quotes("Cuộc đột kích làm khoảng 1.200 người thiệt mạng và hơn 250 người bị bắt giữ, theo thống kê của Israel.")
        #expect(found.map(\.cue) == ["theo"])
        #expect(found.first?.speaker.mention == "thống kê của Israel")
        #expect(quotes("Theo thống kê, giá xăng đã tăng 5% trong tháng qua.").isEmpty)
    }

    // Silver (issue 14 item 7): `theo học` "study at" is a verb (cues.tsv blocker), no source.
    @Test func studyAtIsNoSource() {
        #expect(quotes("Theo học các trường dự bị danh tiếng ở Mumbai và tốt nghiệp tại Đại học Cornell của tiểu bang New York, Tata bắt đầu làm việc ở Los Angeles.").isEmpty)
    }
}
