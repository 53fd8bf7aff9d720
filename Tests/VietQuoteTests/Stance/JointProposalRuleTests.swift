import Testing
@testable import VietQuote

/// `JointProposalRule`: a proposal that the two sides act together is a call on both
/// sides. Sentences from dev and silver.
@Suite struct JointProposalRuleTests: StanceSuite {
    @Test func aProposalToBothSidesIsNormalization() {
        // Dev 435 and 436: Vietnam's proposals to Timor-Leste and the Dominican Republic,
        // gold normalization, with no stance word of their own.
        for content in ["hai bên gia hạn hoặc ký mới Bản Ghi nhớ về thương mại gạo",
                        "hai bên sớm xác định các dự án, lộ trình thực hiện cụ thể với tinh thần \"rõ người, việc, thời gian, sản phẩm\""] {
            let stance = scorer.score(content: content, cue: "đề nghị", side: "Việt Nam")
            #expect(stance.label == .normalization)
            #expect(evidence(stance, markedBy: "joint-proposal") == ["hai bên"])
        }
    }

    @Test func aCooperativeProposalWeighsMore() {
        // Silver 2024-08-13-bo-cong-an: Vietnam's ministry of public security to Laos's.
        let content = "hai Bên thúc đẩy mạnh mẽ hơn quan hệ hợp tác trên các lĩnh vực an ninh, cảnh sát, hậu cần - kỹ thuật, y tế…; tăng cường trao đổi đoàn công tác các cấp lãnh đạo và cấp chuyên gia trên nhiều lĩnh vực"
        let stance = scorer.score(content: content, cue: "đề nghị", side: "Việt Nam")
        #expect(stance.label == .normalization)
        #expect(evidence(stance, markedBy: "joint-proposal") == ["hai Bên"])
    }

    @Test func aStatementAboutTheTwoIsNoProposal() {
        // Dev 302: Trump says what would have happened between the two; no proposal.
        let stance = scorer.score(content: "hai nước sẽ có \"một cuộc chiến tranh hạt nhân khiến hàng triệu người thiệt mạng\", nhưng ông đã ngăn chặn được điều đó, nhờ vào mối quan hệ của mình với nhà lãnh đạo Triều Tiên",
                                  cue: "nói", side: "Mỹ")
        #expect(evidence(stance, markedBy: "joint-proposal").isEmpty)
        // Dev 106: `theo` credits a source; the two sides are no addressee.
        let credited = scorer.score(content: "hai nước đều xem Trung Quốc là mối đe dọa chung trên Biển Đông",
                                    cue: "theo", side: nil)
        #expect(evidence(credited, markedBy: "joint-proposal").isEmpty)
    }

    @Test func bothSidesNamedLaterAreNoAddressee() {
        // Silver 2024-08-17-al-nassr-dau-voi-al-hilal: a swap proposed, `cả hai bên` its beneficiaries.
        let stance = scorer.score(content: "một thỏa thuận hoán đổi có thể mang lại lợi ích cho cả hai bên", cue: "đề xuất", side: nil)
        #expect(evidence(stance, markedBy: "joint-proposal").isEmpty)
    }
}
