import Testing
@testable import VietQuote

/// `CapitalisedNameSyllableRule`: a one-word stance phrase written capitalised inside its
/// clause is a name's syllable and weighs nothing; the evidence says so. Sentences of the
/// silver corpus.
@Suite struct CapitalisedNameSyllableRuleTests: StanceSuite {
    func nameSyllables(_ stance: QuoteStance) -> [String] {
        stance.evidence.filter { $0.kind == .modifier && $0.category == "name-syllable" }.map(\.text)
    }

    @Test func uncleHoIsNoRejection() {
        // `Bác` (Uncle Hồ) is no `bác` (to reject), twice in the sentence.
        let uncle = scorer.score(content: "Khi tìm hiểu về Bác Hồ tôi rất khâm phục về sự tài năng, chăm chỉ của Bác", cue: "nói")
        #expect(nameSyllables(uncle) == ["Bác", "Bác"])
        #expect(uncle.evidence.allSatisfy { $0.contribution == 0 && $0.kind == .modifier })
        #expect(uncle.label == .neutral)
        #expect(uncle.score == 0)
    }

    @Test func aSportIsNoShooting() {
        let sport = scorer.score(content: "VĐV Thu Vinh môn Bắn súng đã vào chung kết", cue: "nói")
        #expect(nameSyllables(sport) == ["Bắn"])
        #expect(sport.label == .neutral)
        // Lower case, the same word weighs.
        let shooting = scorer.score(content: "họ sẽ bắn vào các mục tiêu", cue: "nói")
        #expect(shooting.evidence.contains { $0.kind == .term && $0.text == "bắn" })
        #expect(nameSyllables(shooting).isEmpty)
    }

    @Test func aClauseFirstWordIsRead() {
        // Capitalised by its place at the clause start, the phrase is read.
        let rejection = scorer.score(content: "Bác bỏ mọi cáo buộc", cue: "nói")
        #expect(rejection.evidence.contains { $0.text == "Bác bỏ" })
        #expect(nameSyllables(rejection).isEmpty)
        let shooting = scorer.score(content: "họ nói vậy, Bắn vào các mục tiêu là sai", cue: "nói")
        #expect(shooting.evidence.contains { $0.kind == .term && $0.text == "Bắn" })
    }

    @Test func theRecordDoesNotChangeTheMean() {
        // A name syllable beside a weighing term: the mean is the term's alone.
        let with = scorer.score(content: "chúng tôi sẽ đáp trả, như Bác Hồ dạy", cue: "nói")
        let without = scorer.score(content: "chúng tôi sẽ đáp trả, như ông dạy", cue: "nói")
        #expect(nameSyllables(with) == ["Bác"])
        #expect(with.score == without.score)
        #expect(with.label == without.label)
    }
}
