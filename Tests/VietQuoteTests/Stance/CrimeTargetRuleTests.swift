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
        #expect(rule.targetSpans(in: WordSpans("trấn áp mọi hình thức tội phạm"), gate: scorer.relations).count == 1)
        // Dev 311: military targets in Iran are no crime.
        #expect(rule.targetSpans(in: WordSpans("Israel đang tiến hành các cuộc tấn công có chủ đích vào các mục tiêu quân sự ở Iran"),
                                 gate: scorer.relations).isEmpty)
    }

    @Test func aListOfCrimesIsSilencedToItsLastCrime() {
        // Silver 2024-04-08-campuchia (Hun Many): the span runs over the list to the last
        // `tội phạm`, past `lừa đảo`.
        let text = "nâng cao nhận thức về an ninh mạng để đấu tranh chống tội phạm mạng, lừa đảo trực tuyến và các loại hình tội phạm liên quan"
        #expect(scorer.crime.targetSpans(in: WordSpans(text), gate: scorer.relations).count == 1)
        let fraud = scorer.score(content: text, cue: "nói")
        #expect(fraud.label == .neutral)
        let marked = evidence(fraud, markedBy: "crime-target")
        #expect(marked.contains("lừa đảo") && marked.filter { $0 == "tội phạm" }.count == 2)
        // Silver (a minister to the police): crimes joined by `nhất là` after six words of
        // qualifiers, then a comma.
        let police = scorer.score(content: "lực lượng công an cần đẩy mạnh hợp tác quốc tế trong đấu tranh phòng chống tội phạm có tổ chức, xuyên quốc gia, nhất là tội phạm ma túy, tội phạm sử dụng công nghệ cao",
                                  cue: "nói")
        #expect(police.label != .confrontation)
        #expect(evidence(police, markedBy: "crime-target").filter { $0 == "tội phạm" }.count == 3)
    }

    @Test func aCrimeLaidOnASideKeepsItsWeight() {
        // review13's sentences in the shape of Putin's and Beijing's words (no such quote in
        // silver or dev): a side in the crime's phrase is blamed.
        let rule = scorer.crime
        #expect(rule.targetSpans(in: WordSpans("Nga sẽ tiếp tục đấu tranh chống tội phạm chiến tranh của chính quyền Kiev"),
                                 gate: scorer.relations).isEmpty)
        #expect(rule.targetSpans(in: WordSpans("Các lực lượng Nga sẽ tấn công, trấn áp mọi hình thức tội phạm khủng bố do Ukraine tài trợ"),
                                 gate: scorer.relations).isEmpty)
        // Silver: a body of one's own (`của Bộ Công an`) is no side; a partner after a
        // preposition neither (`với`).
        #expect(rule.targetSpans(in: WordSpans("Tổng cục Cảnh sát phòng chống tội phạm của Bộ Công an"), gate: scorer.relations).count == 1)
    }
}
