import Testing
@testable import VietQuote

/// `OwnForceRule`: a side's own announced military act or build-up relates sides though the
/// quote names none (ANNOTATION.md, Stance). Sentences from the dev articles.
@Suite struct OwnForceRuleTests: StanceSuite {
    func announces(_ content: String, cue: String, side: String, guessedSide: Bool = false) -> Bool {
        let stance = scorer.score(content: content, cue: cue, side: side)
        return OwnForceRule.announces(stance, sides: [side], guessedSide: guessedSide) {
            scorer.reports.speakerActs(content: WordSpans(content), cue: WordSpans(cue))
        }
    }

    @Test func anOrderToBuildArmsIsTheSidesOwnAct() {
        // Kim Jong Un on nuclear arms (dev 420, gold confrontation).
        #expect(announces("phát triển vũ khí hạt nhân với tốc độ cao nhất có thể", cue: "ra lệnh", side: "Triều Tiên"))
        // A content that opens with no subject of its own: the speaker acts (South Korea's
        // marines on drills, silver).
        #expect(announces("sẽ tiếp tục tiến hành các cuộc tập trận bắn đạn thật thường xuyên trên biển trong khu vực để tăng cường năng lực tác chiến pháo binh", cue: "cho biết", side: "Hàn Quốc"))
    }

    @Test func anAssaultAloneIsNoForceBetweenArmies() {
        // Terrorism at home (the FBI on New Orleans, silver): an assault word is also a crime.
        #expect(!announces("đang điều tra vụ việc theo hướng đây là một hành động khủng bố", cue: "cho biết", side: "Mỹ"))
        // An assault alone, though the speaker acts (dev 430: the article passes through
        // Kim's other orders, not this one).
        #expect(!announces("Cần phải phát triển và sản xuất nhiều UAV cảm tử hơn nữa để sử dụng trong chiến thuật bộ binh và các đơn vị tác chiến đặc biệt, cũng như UAV trinh sát chiến lược và tấn công đa năng", cue: "nói", side: "Triều Tiên"))
    }

    @Test func anArticleOfOneSideBecomesOneOfRelations() {
        // Dev 420: only North Korea speaks and is named; the build-up makes Kim's refusal
        // to talk weigh too.
        let order = "phát triển vũ khí hạt nhân với tốc độ cao nhất có thể"
        let refusal = "không thể có cuộc đàm phán nào về phi hạt nhân hóa"
        let orderStance = scorer.score(content: order, cue: "ra lệnh", side: "Triều Tiên")
        let refusalStance = scorer.score(content: refusal, cue: "nói", side: "Triều Tiên")
        #expect(orderStance.label == .confrontation)
        #expect(refusalStance.label == .confrontation)
        let quotes: [RelationGate.Reading] = [
            .init(words: WordSpans(order), sides: ["Triều Tiên"], polar: true, ownForce: true),
            .init(words: WordSpans(refusal), sides: ["Triều Tiên"], polar: true),
        ]
        #expect(scorer.relations.relational(quotes) == [true, true])
        // Without the rule the article is domestic.
        var domestic = quotes
        domestic[0].ownForce = false
        #expect(scorer.relations.relational(domestic) == [false, false])
    }

    @Test func theDecisionIsVisibleOnTheEventTerms() {
        // Dev 420: the order's hostile event terms carry `own-force` and weigh as before;
        // the cue and the other records keep their modifiers.
        let stance = scorer.score(content: "phát triển vũ khí hạt nhân với tốc độ cao nhất có thể", cue: "ra lệnh", side: "Triều Tiên")
        let marked = OwnForceRule.marked(stance)
        let ownForce = StanceModifierName.ownForce.rawValue
        #expect(marked.label == stance.label && marked.score == stance.score)
        #expect(zip(stance.evidence, marked.evidence).allSatisfy { $0.contribution == $1.contribution })
        let markedTerms = marked.evidence.filter { $0.modifiers.contains { $0.name == ownForce } }
        #expect(!markedTerms.isEmpty)
        #expect(markedTerms.allSatisfy { $0.kind == .term && $0.contribution < 0 && EventReportRule.eventCategories.contains($0.category) })
        #expect(!marked.evidence.contains { $0.kind != .term && $0.modifiers.contains { $0.name == ownForce } })
    }

    @Test func thePipelineOutputCarriesTheMark() throws {
        // Dev 420's sentences, end to end: only North Korea speaks and is named. Kim's order
        // carries `own-force` in the output and passes the gate: no record is both marked
        // `own-force` and silenced `no-relation`.
        let text = """
            Triều Tiên thử nghiệm vũ khí

            Nhà lãnh đạo Triều Tiên Kim Jong Un đã chỉ đạo cuộc tập trận mô phỏng một cuộc phản công hạt nhân.

            Ông Kim đã tăng cường những nỗ lực đó vào năm 2022, ra lệnh phát triển vũ khí hạt nhân với tốc độ “cao nhất có thể”, thông qua luật mới tuyên bố Triều Tiên là quốc gia có vũ khí hạt nhân và nói rằng không thể có cuộc đàm phán nào về phi hạt nhân hóa.
            """
        let quotes = try QuoteExtractor().extract(text, document: "420").quotes
        let ownForce = StanceModifierName.ownForce.rawValue, noRelation = StanceModifierName.noRelation.rawValue
        let order = try #require(quotes.first { $0.cue == "ra lệnh" })
        #expect(order.stance?.label == .confrontation)
        #expect(order.stance?.evidence.contains { $0.modifiers.contains { $0.name == ownForce } } == true)
        for quote in quotes {
            #expect(!(quote.stance?.evidence ?? []).contains { record in
                record.modifiers.contains { $0.name == ownForce } && record.modifiers.contains { $0.name == noRelation }
            })
        }
    }

    @Test func anAccusationAtHomeIsNoOwnAct() {
        // Slovakia's government on the shooting of its prime minister (dev 424): a claim
        // about the attacker, not the side's act.
        #expect(!announces("đây là một âm mưu ám sát và ông Fico bị bắn trúng bụng", cue: "cho biết", side: "Slovakia"))
    }

    @Test func anEventTheSpeakerDoesNotAnnounceAsItsOwnIsNoOwnAct() {
        // A first-person pledge on violence at home (dev 431, gold neutral).
        #expect(!announces("Bạo lực chính trị ở bất cứ hình thức nào cũng không có chỗ tồn tại trong những xã hội của chúng ta", cue: "nêu rõ", side: "Anh"))
        // An accusation of an agency at home (dev 402, gold neutral).
        #expect(!announces("Các vị có biết USAID đã dùng tiền thuế của người dân Mỹ để tài trợ nghiên cứu vũ khí sinh học", cue: "viết", side: "Mỹ"))
    }

    @Test func aGuessedSideAnnouncesNothing() {
        #expect(!announces("phát triển vũ khí hạt nhân với tốc độ cao nhất có thể", cue: "ra lệnh", side: "Triều Tiên", guessedSide: true))
    }
}
