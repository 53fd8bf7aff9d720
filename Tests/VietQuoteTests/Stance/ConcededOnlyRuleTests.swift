import Testing
@testable import VietQuote

/// `ConcededOnlyRule`: a quote whose only weighing terms stand in a conceded clause
/// (`mặc dù`) is neutral; where the main clause or the cue weighs, it decides. Sentences
/// from dev and silver.
@Suite struct ConcededOnlyRuleTests: StanceSuite {
    func conceded(_ stance: QuoteStance) -> [String] { evidence(stance, markedBy: "conceded-only") }

    @Test func onlyAConcededTermIsNeutral() {
        // Dev 111: Ukraine on Poland's MiG-29 jets.
        let jets = scorer.score(content: "Ba Lan đã không chuyển giao MiG-29 cho Ukraine mặc dù đã có thỏa thuận trước đó với NATO",
                                cue: "nói", side: "Ukraine")
        #expect(jets.label == .neutral)
        #expect(conceded(jets) == ["thỏa thuận"])
        // Silver 2024-08-30-fmovies: an arrest at home, the charge not laid.
        let arrest = scorer.score(content: "cảnh sát Hà Nội đã tạm giữ hai người đàn ông Việt Nam có liên quan đến Fmovies, mặc dù họ chưa bị buộc tội",
                                  cue: "đưa tin")
        #expect(arrest.label == .neutral)
        #expect(conceded(arrest) == ["buộc tội"])
    }

    @Test func aWeighingMainClauseOrCueDecides() {
        // Dev 303: the Kremlin "not worried" despite the ICC's warrant: the main clause's
        // negated word weighs too, so the conceded warrant keeps its half.
        let warrant = scorer.score(content: "họ \"không lo lắng\" về chuyến thăm Mông Cổ của Tổng thống Putin mặc dù có lệnh bắt giữ ông từ Tòa án Hình sự quốc tế ICC",
                                   cue: "cho biết", side: "Nga")
        #expect(warrant.label != .neutral)
        #expect(conceded(warrant).isEmpty)
        // The same conceded clause under a weighing cue (`cáo buộc`) keeps the cue's label.
        let charge = scorer.score(content: "Ba Lan đã không chuyển giao MiG-29 cho Ukraine mặc dù đã có thỏa thuận trước đó với NATO",
                                  cue: "cáo buộc", side: "Ukraine")
        #expect(charge.label == .confrontation)
        #expect(conceded(charge).isEmpty)
    }
}
