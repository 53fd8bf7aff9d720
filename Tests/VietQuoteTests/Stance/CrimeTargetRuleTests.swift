import Testing
@testable import VietQuote

/// `CrimeTargetRule`: an act against crime, a disease or dumping targets no side.
/// Sentences from silver and dev.
@Suite struct CrimeTargetRuleTests: StanceSuite {
    @Test func anAttackOnCrimeWeighsNothing() {
        // Silver: Vietnam's minister of public security on the work with Laos's police;
        // the two forces' cooperation still weighs.
        let police = scorer.score(content: "lực lượng chức năng của Bộ Công an hai nước đang phối hợp triển khai cao điểm tấn công, trấn áp tội phạm mua bán người",
                                  cue: "cho biết")
        #expect(police.label == .normalization)
        #expect(evidence(police, markedBy: "crime-target") == ["tấn công", "tội phạm"])
    }

    @Test func aFightAgainstADiseaseOrDumpingIsNoStance() {
        // Silver: a minister's instructions to peacekeepers (cut before its other clauses);
        // the WTO on Costa Rica.
        let disease = scorer.score(content: "chú trọng đảm bảo sức khỏe; phòng, chống dịch bệnh", cue: "nói")
        #expect(disease.label == .neutral)
        #expect(evidence(disease, markedBy: "crime-target") == ["chống"])
        let dumping = scorer.score(content: "Costa Rica đã khởi xướng điều tra 12 vụ việc chống bán phá giá đối với các mặt hàng nhập khẩu", cue: "cho biết")
        #expect(dumping.label == .neutral)
    }

    @Test func anActAgainstASideOrACriminalNamedKeepsItsWeight() {
        // Dev 406: an attack on a side's weapons is no enforcement.
        let strike = scorer.score(content: "sẽ tấn công các vũ khí chiến lược của Hezbollah", cue: "thông báo")
        #expect(strike.label == .confrontation)
        #expect(evidence(strike, markedBy: "crime-target").isEmpty)
        // Dev 304 (gold confrontation): a person called a criminal; no act targets the word.
        let criminal = scorer.score(content: "Mông Cổ đã cho phép một tội phạm thoát khỏi công lý", cue: "cho rằng")
        #expect(evidence(criminal, markedBy: "crime-target").isEmpty)
    }

    @Test func theSpansRunFromTheFirstActToTheCrime() {
        let rule = scorer.crime
        #expect(rule.targetSpans(in: WordSpans("trấn áp mọi hình thức tội phạm")).count == 1)
        // Dev 311: military targets in Iran are no crime.
        #expect(rule.targetSpans(in: WordSpans("Israel đang tiến hành các cuộc tấn công có chủ đích vào các mục tiêu quân sự ở Iran")).isEmpty)
    }
}
