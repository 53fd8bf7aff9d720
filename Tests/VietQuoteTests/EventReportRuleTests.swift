import Foundation
import Testing
@testable import VietQuote

/// `EventReportRule`: a report of what happened is neutral unless the speaker makes it a
/// claim of its own (ANNOTATION.md, Stance). Sentences from the dev articles.
@Suite struct EventReportRuleTests: StanceSuite {
    @Test func casualtyReportIsNeutral() {
        // A health ministry's count of the dead (dev 406).
        let stance = scorer.score(
            content: "ít nhất 182 người thiệt mạng và hàng trăm người bị thương trong cuộc tấn công hiệp đồng của Israel",
            cue: "thông báo")
        #expect(stance.label == .neutral)
        let silenced = stance.evidence.filter { $0.modifiers.contains { $0.name == "report" } }
        #expect(silenced.map(\.text) == ["thiệt mạng", "cuộc tấn công"])
        #expect(silenced.allSatisfy { $0.contribution == 0 })
    }

    @Test func ownActAnnouncedWithoutSubjectIsConfrontation() {
        // Israel's army announces what it will strike (dev 406): the content has no subject.
        let stance = scorer.score(content: "sẽ tấn công các vũ khí chiến lược của Hezbollah được cất giấu trong các ngôi nhà", cue: "thông báo")
        #expect(stance.label == .confrontation)
        #expect(!stance.evidence.contains { $0.modifiers.contains { $0.name == "report" } })
    }

    @Test func clashReportIsNeutralAndAnAccusedClashIsNot() {
        // Dev 108 (audited neutral): a border clash reported by one of its sides.
        let report = scorer.score(content: "cuộc đụng độ giữa binh lính hai nước đã bắt đầu vào đầu tháng 5", cue: "cho biết")
        #expect(report.label == .neutral)
        #expect(report.evidence.contains { $0.text == "đụng độ" && $0.modifiers.contains { $0.name == "report" } })
        // Dev 106: a collision that the speaker calls deliberate is an accusation.
        let accused = scorer.score(content: "Trung Quốc cố tình gây ra vụ va chạm", cue: "cáo buộc")
        #expect(accused.label == .confrontation)
    }

    @Test func firstPersonAndConditionMakeAClaim() {
        let ours = scorer.score(content: "Chúng tôi đang tăng cường tấn công ở Lebanon", cue: "nói")
        #expect(ours.label == .confrontation)
        let threat = scorer.score(content: "Mỹ sẽ tấn công Nga nếu Matxcơva dùng vũ khí hạt nhân", cue: "nói")
        #expect(threat.label == .confrontation)
    }

    @Test func accusingCueMakesAClaim() {
        let report = scorer.score(content: "lực lượng Nga đang tăng cường pháo kích vào Vovchansk", cue: "cho biết")
        #expect(report.label == .neutral)
        let accusation = scorer.score(content: "lực lượng Nga đang tăng cường pháo kích vào Vovchansk", cue: "cáo buộc")
        #expect(accusation.label == .confrontation)
    }

    @Test func ownSideNamedIsItsOwnAct() {
        let content = "Israel vẫn tiếp tục chiến dịch quân sự để loại bỏ hoàn toàn Hamas"
        #expect(scorer.score(content: content, cue: "khẳng định", side: "Israel").label == .confrontation)
        // Said by a side that is not Israel, it is an observation.
        #expect(scorer.score(content: content, cue: "khẳng định", side: "Ai Cập").label == .neutral)
    }

    @Test func aGuessedSideMakesNoOwnAct() throws {
        // Dev 442, the whole article (gold neutral): a British ex-attaché with no title, who
        // takes no side from the article's first side (Russia), reports Russia's plans; they
        // are not his own act.
        let text = try String(contentsOf: ArticleCorpusTests.corpus.appendingPathComponent("442_dantri_ukraine.txt"), encoding: .utf8)
        let quote = try #require(try QuoteExtractor().extract(text, document: "442").quotes.first {
            $0.speaker.name == "John Foreman" && $0.content.hasPrefix("Nga đã tập trung lực lượng")
        })
        #expect(quote.speaker.affiliation == nil)
        #expect(quote.stance?.label == .neutral)
        #expect(quote.stance?.evidence.contains { $0.text == "phá hủy" && $0.modifiers.contains { $0.name == "report" } } == true)
        // The same words said by Russia's own side are its act.
        #expect(scorer.score(content: "Nga đã tập trung lực lượng và sẽ sử dụng chiến thuật tương tự như ở Donbass, dùng pháo binh và bom lượn để phá hủy hệ thống phòng thủ của Ukraine", cue: "nói", side: "Nga").label == .confrontation)
    }

    @Test func ownSideNamedOnlyAsTargetOrBeforeAnotherActorIsAReport() {
        // Dev 401: Israel's army on Iran's strike; Israel is its target, not its actor.
        let target = "tác động của vụ tấn công đến các căn cứ không quân Israel đều không đáng kể"
        #expect(scorer.score(content: target, cue: "khẳng định", side: "Israel").label == .neutral)
        // Dev 405: Ukraine's president on Russia's attack; Russia is named last before it.
        let defence = "các lực lượng Ukraine đã đảm bảo quyền kiểm soát tại các khu vực Nga tiến hành tấn công"
        #expect(scorer.score(content: defence, cue: "khẳng định", side: "Ukraine").label == .neutral)
        // Said by Russia, the attack is its own act.
        #expect(scorer.score(content: defence, cue: "khẳng định", side: "Nga").label == .confrontation)
    }

    @Test func reportsLexiconErrorsNameFileAndLine() {
        var texts = LexiconFiles.builtIn.texts
        texts["reports.tsv"] = "# x\nterm\tkind\nchúng tôi\tpronoun\n"
        do {
            _ = try StanceScorer(files: LexiconFiles(origin: "lexicons", texts: texts))
            Issue.record("a bad reports.tsv row loaded")
        } catch {
            #expect(error.file == "lexicons/reports.tsv")
            #expect(error.line == 3)
            #expect(error.reason.contains("not one of"))
        }
    }
}
