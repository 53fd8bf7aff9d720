import Testing
@testable import VietQuote

/// `DomesticMatterRule`: a quote about its speaker's home affairs is neutral, even in an
/// article about relations between states (ANNOTATION.md, Stance). Sentences from the dev
/// articles and silver.
@Suite struct DomesticMatterRuleTests: StanceSuite {
    /// Whether the rule takes back the quote `content` (cue `cue`) of a speaker of `side`,
    /// polar as scored, in an article the gate found relational.
    func isDomestic(_ content: String, cue: String, side: String) -> Bool {
        let stance = scorer.score(content: content, cue: cue, side: side)
        // Every sentence here is polar as scored: the rule has something to take back.
        #expect(stance.label != .neutral)
        let reading = RelationGate.Reading(words: WordSpans(content), sides: [side], polar: stance.label != .neutral)
        return scorer.domestic.isDomestic(reading, evidence: stance.evidence, gate: scorer.relations)
    }

    @Test func homePoliticsInAnArticleOfRelationsIsDomestic() {
        // Dev 423 (an article on a US nominee's views of NATO and China; gold neutral).
        #expect(isDomestic("ông là “người theo đảng phái đến cùng” để hỗ trợ đảng Dân chủ", cue: "cáo buộc", side: "Mỹ"))
        #expect(isDomestic("theo đuổi các chính sách cấp tiến về sự đa dạng trong bộ máy quân sự mà những người bảo thủ hô hào phản đối", cue: "cáo buộc", side: "Mỹ"))
        // Naming only its own side keeps it at home.
        #expect(isDomestic("Tổng thống tiếp theo của Hoa Kỳ cần phải cải tổ triệt để đội ngũ lãnh đạo cấp cao của Lầu Năm Góc để giúp chúng ta sẵn sàng bảo vệ đất nước và đánh bại kẻ thù của mình. Rất nhiều người cần phải bị sa thải", cue: "viết", side: "Mỹ"))
    }

    @Test func theSilencedQuoteCarriesTheMark() {
        let stance = scorer.score(content: "ông là “người theo đảng phái đến cùng” để hỗ trợ đảng Dân chủ", cue: "cáo buộc", side: "Mỹ")
        #expect(stance.label == .confrontation)
        let silenced = DomesticMatterRule.silenced(stance)
        #expect(silenced.label == .neutral && silenced.score == 0)
        #expect(evidence(silenced, markedBy: "domestic") == ["cáo buộc", "hỗ trợ"])
    }

    @Test func aQuoteThatNamesAnotherSideIsNoHomeAffair() {
        // Dev 408 (gold confrontation): Russia's meddling in the election relates two sides.
        #expect(!isDomestic("Nga đang can thiệp và nâng cao cơ hội thắng cử của ông Trump, đồng thời \"dìm\" bà Harris khi cuộc bầu cử đến gần", cue: "cho biết", side: "Mỹ"))
    }

    @Test func aQuoteOfWarOrOfAMatterBetweenStatesIsNoHomeAffair() {
        // Dev 415 (gold normalization): ending the war is no home affair, election or not.
        #expect(!isDomestic("nếu tái đắc cử ông sẽ chấm dứt cuộc chiến trong vòng 24 giờ", cue: "cho biết", side: "Mỹ"))
        // Dev 433 (gold confrontation): `xung đột` is a matter between states.
        #expect(!isDomestic("ông Biden không muốn nêu chủ đề về cuộc xung đột ở đỉnh điểm của chu kỳ bầu cử Mỹ", cue: "cho biết", side: "Mỹ"))
    }

    @Test func aVoteBetweenStatesIsNoHomeAffair() {
        // `bỏ phiếu` at the Security Council (interstate.tsv `Hội đồng Bảo an`).
        #expect(!isDomestic("Mỹ sẽ bỏ phiếu chống nghị quyết tại Hội đồng Bảo an", cue: "cho biết", side: "Mỹ"))
        #expect(scorer.relations.reading("Mỹ sẽ bỏ phiếu chống nghị quyết tại Hội đồng Bảo an").matter)
        // `nghị quyết` alone is also a resolution at home: no matter between states.
        #expect(!scorer.relations.reading("Quốc hội thông qua nghị quyết về thuế").matter)
    }

    @Test func aPersonOnlyWordCountsOnlyOfAPerson() {
        // Silver: job candidates and an industry's health are no home politics.
        #expect(!isDomestic("thẳng tình hình tài chính của nhân sự để xác định được sự cam kết và độ trâu trong công việc của từng ứng viên", cue: "hỏi", side: "Trung Quốc"))
        #expect(!isDomestic("Sự trồi sụt của chỉ số này cho thấy sức khoẻ của ngành dịch vụ và sản xuất chưa thực sự bền vững", cue: "nói", side: "Việt Nam"))
        // A candidate for an office, a leader's health: home politics.
        #expect(isDomestic("tôi ủng hộ ứng viên Phó Tổng thống J.D. Vance", cue: "nói", side: "Mỹ"))
        #expect(isDomestic("chúng tôi lo ngại về sức khỏe của Tổng thống", cue: "nói", side: "Mỹ"))
    }

    @Test func aQuoteWithNoWordOfHomePoliticsIsUntouched() {
        // Dev 423 (gold confrontation): the nominee on China.
        #expect(!isDomestic("Với Pete nắm quyền điều hành, kẻ thù của nước Mỹ hay coi chừng", cue: "viết", side: "Mỹ"))
    }

    @Test func crimeAndCourtsAtHomeAreDomestic() {
        // Silver 2024-11-09-fmovies: the Hanoi police on a copyright case (scored by `Xâm phạm`).
        #expect(isDomestic("đây là vụ án thứ 5 được nhà chức trách khởi tố về tội Xâm phạm quyền tác giả, quyền liên quan", cue: "cho biết", side: "Việt Nam"))
        // Silver 2024-08-16-nguyen-chi-tuyen: a sentence at home; the ministry's denial.
        #expect(isDomestic("5 năm tù giam đối với ông Nguyễn Chí Tuyến vì “tuyên truyền chống nhà nước”, một tội danh mà luật sư bào chữa cho nhà hoạt động nổi danh này nói rằng ông Tuyến không nhận", cue: "tuyên án", side: "Việt Nam"))
        #expect(isDomestic("không có tù nhân lương tâm và không có chuyện bắt giữ người dân vì tự do bày tỏ quan điểm của mình ở Việt Nam", cue: "nói", side: "Việt Nam"))
    }

    @Test func crimeInAQuoteOfCooperationIsNoHomeAffair() {
        // Silver 2024-08-03: two states' police working together against crime.
        #expect(!isDomestic("các đơn vị nghiệp vụ của hai bên hợp tác chặt chẽ hơn trong thời gian tới, đặc biệt chú trọng phòng chống tội phạm", cue: "đề nghị", side: "Lào"))
        // The same crime word with no cooperation counts.
        #expect(scorer.domestic.holdsPhrase(WordSpans("đặc biệt chú trọng phòng chống tội phạm").words, names: scorer.relations.names))
        #expect(!scorer.domestic.holdsPhrase(WordSpans("đặc biệt chú trọng phòng chống tội phạm").words, names: scorer.relations.names, cooperation: true))
        // A war criminal is a matter between states (`chiến tranh`), not a crime at home.
        #expect(!isDomestic("ông ta là một tội phạm chiến tranh", cue: "cáo buộc", side: "Ukraine"))
    }
}
