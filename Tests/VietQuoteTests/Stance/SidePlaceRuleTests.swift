import Testing
@testable import VietQuote

/// `SidePlaceRule`: a country named as a place or as a person's citizenship names no side.
/// Sentences from silver and dev.
@Suite struct SidePlaceRuleTests: StanceSuite {
    /// The sides the gate reads in `content`.
    func sides(_ content: String) -> [String] {
        scorer.relations.sides(in: WordSpans(content))
    }

    @Test func aPlaceOrACitizenshipIsNoSide() {
        // Silver 2024-04-15-pham-nhat-vuong: VinFast's lawyer on its suits in the US.
        #expect(sides("việc kiện tụng tại Mỹ là hết sức bình thường").isEmpty)
        // Silver 2024-11-13: Chile's prosecutor on the victim.
        #expect(sides("đây là thỏa thuận \"một lần\", được nạn nhân, là một công dân Chile, chấp nhận").isEmpty)
        // Silver 2024-04-08-campuchia: India's spokesman names India, Cambodia only as a place.
        #expect(sides("có nhiều người Ấn Độ \"sập bẫy\" tại Campuchia và bị ép thực hiện các hành vi lừa đảo qua mạng") == ["Ấn Độ"])
        // Dev 118 (gold neutral): Lula on Brazilians in Argentina.
        #expect(sides("họ sẽ bị bắt ở Argentina nếu không về nước").isEmpty)
    }

    @Test func thePlaceOfAWarIsItsSide() {
        // Silver 2024-11-16: Putin's conditions for talks.
        #expect(sides("điều kiện đàm phán chấm dứt chiến sự tại Ukraine") == ["Ukraine"])
        // Silver 2024-11-21 (review14 M3): the act stands before its object, the place after
        // the object (`tấn công … vào một khu vực biên giới ở Nga`): Russia is attacked.
        #expect(sides("Ukraine đã thực hiện cuộc tấn công đầu tiên vào một khu vực biên giới ở Nga bằng tên lửa tầm xa do phương Tây cung cấp")
                    .contains("Nga"))
    }

    @Test func anotherPrepositionOrPeopleKeepTheSide() {
        // Dev 117 (gold confrontation): Panama's officials are Panama (a noun of persons
        // before the preposition).
        #expect(sides("các quan chức ở Panama \"hãy tuân thủ theo hướng dẫn\"") == ["Panama"])
        // Dev 302: a side named as the subject.
        #expect(sides("Chúng tôi đã đàm phán với Hoa Kỳ đến mức có thể") == ["Mỹ"])
    }

    @Test func aPolarQuoteRecordsThePlace() {
        let records = scorer.relations.places.evidence(WordSpans("việc kiện tụng tại Mỹ là hết sức bình thường"), names: scorer.relations.names)
        #expect(records.map(\.text) == ["Mỹ"])
        #expect(records.allSatisfy { $0.kind == .modifier && $0.category == "place" && $0.contribution == 0 })
    }
}
