import Testing
@testable import VietQuote

/// `CrimeOrderRule`: a demand (`yêu cầu`) that weighs alone over an order to fight crime or
/// disease at home is neutral; a demand on a side, with no crime aimed at, or beside another
/// weighing word keeps its label. Sentences from silver.
@Suite struct CrimeOrderRuleTests: StanceSuite {
    func ordered(_ stance: QuoteStance) -> [String] { evidence(stance, markedBy: "crime-order") }

    @Test func anOrderToFightCrimeIsNeutral() {
        // Silver 2024-04-08-campuchia: Cambodia's interior minister to a province.
        let province = scorer.score(content: "chính quyền tỉnh Preah Sihanouk và các ban ngành liên quan tăng cường đảm bảo an ninh trật tự trên địa bàn và trấn áp mọi hình thức tội phạm liên quan đến người nước ngoài",
                                    cue: "yêu cầu", side: "Campuchia")
        #expect(province.label == .neutral)
        #expect(ordered(province) == ["yêu cầu"])
        // Silver 2024-05-29-luong-tam-quang: a deputy minister to two officers.
        let officers = scorer.score(content: "2 sĩ quan không ngừng học hỏi, nâng cao trình độ, kỹ năng; chuẩn bị kỹ lưỡng các điều kiện bảo đảm; chú trọng đảm bảo sức khỏe; phòng, chống dịch bệnh, nỗ lực khắc phục khó khăn, quyết tâm hoàn thành xuất sắc nhiệm vụ được LHQ và Đảng, Nhà nước, Bộ Công an Việt Nam giao",
                                    cue: "yêu cầu", side: "Việt Nam")
        #expect(officers.label == .neutral)
        #expect(ordered(officers) == ["yêu cầu"])
    }

    @Test func aDemandOnASideOrBesideAnotherWordKeepsItsLabel() {
        // Silver 2024-11-28-cuc-hai-quan-ha-nam-ninh: North Korea's border demand, no crime.
        let border = scorer.score(content: "đường biên giới này phải được vẽ lại xa hơn xuống phía Nam", cue: "yêu cầu", side: "Triều Tiên")
        #expect(border.label == .confrontation)
        #expect(ordered(border).isEmpty)
        // Silver 2024-05-03-niger: a demand on the US.
        let troops = scorer.score(content: "quân đội Mỹ rút lui khỏi nước này", cue: "yêu cầu", side: "Niger")
        #expect(troops.label == .confrontation)
        #expect(ordered(troops).isEmpty)
        // Silver 2024-08-03-bo-truong-bo-cong-an: Laos's police ask both sides to work together.
        let police = scorer.score(content: "các đơn vị nghiệp vụ của hai bên hợp tác chặt chẽ hơn trong thời gian tới, đặc biệt chú trọng công tác trao đổi thông tin nhanh, kịp thời trong đấu tranh phòng, chống tội phạm xuyên quốc gia",
                                  cue: "yêu cầu", side: "Lào")
        #expect(police.label == .normalization)
        #expect(ordered(police).isEmpty)
    }
}
