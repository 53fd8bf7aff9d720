import Testing
@testable import VietQuote

/// `RejectedObjectRule`: `bác` (to reject) is a denial only with a speech act to reject
/// after it; the elder, Uncle Hồ and the syllable of another word weigh nothing.
/// Sentences of the silver corpus.
@Suite struct RejectedObjectRuleTests: StanceSuite {
    func readsBac(_ stance: QuoteStance) -> Bool {
        stance.evidence.contains { $0.text.lowercased() == "bác" || $0.modifiers.contains { $0.text.lowercased() == "bác" } }
    }

    @Test func rejectingARequestIsADenial() {
        let stance = scorer.score(content: "tòa án đã bác yêu cầu của bên nguyên", cue: "nói")
        #expect(stance.evidence.contains { $0.text == "yêu cầu" && $0.modifiers.contains { $0.name == "denial" && $0.text == "bác" } })
        let appeal = scorer.score(content: "tòa án đã bác đơn kháng cáo của Nga", cue: "cho biết")
        #expect(appeal.evidence.contains { $0.text == "bác đơn" && $0.category == "denial" })
        let accusation = scorer.score(content: "Bộ Ngoại giao bác cáo buộc của phía Mỹ", cue: "nói")
        #expect(readsBac(accusation))
    }

    @Test func anElderRejectsNothing() {
        for content in ["có khi qua được cấp đó các bác đã đi rồi",
                        "chỉ 8 ngày trước khi mất, Bác đã viết một bức thư",
                        "Thương bác, thương chị vô cùng",
                        "Anh nói với bác Trí buông bỏ đi",
                        "nhờ sự hỗ trợ rất nhiều của bác thì cháu mới có đủ dũng cảm"] {
            let stance = scorer.score(content: content, cue: "nói")
            #expect(!readsBac(stance), "\(content)")
        }
        #expect(scorer.score(content: "chỉ 8 ngày trước khi mất, Bác đã viết một bức thư", cue: "nói").label == .neutral)
    }

    @Test func aSyllableOfAnotherWordRejectsNothing() {
        for content in ["Là một người Pháp gốc Maroc, một bác sĩ, tôi thấy nhẹ nhõm",
                        "chương trình bằng kiến thức uyên bác",
                        "nhà bác học đã nói về tinh thần bác ái",
                        "Bác sĩ yêu cầu phẫu thuật sớm"] {
            #expect(!readsBac(scorer.score(content: content, cue: "nói")), "\(content)")
        }
        #expect(scorer.score(content: "Là một người Pháp gốc Maroc, một bác sĩ, tôi thấy nhẹ nhõm", cue: "nói").label == .neutral)
    }

    @Test func rebuttingIsStillADenial() {
        // `phản bác` (to rebut), once read through its syllable `bác`, is a row of its own.
        let stance = scorer.score(content: "các cơ quan chức năng cần sớm có thông tin phản bác", cue: "nói")
        #expect(stance.evidence.contains { $0.text == "phản bác" && $0.category == "denial" })
    }
}
