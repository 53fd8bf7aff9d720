import Testing
@testable import VietQuote

/// `SpeakerPronounRule`: in reported speech `họ` stands for the speaker's side, so an event
/// it is the actor of is the speaker's own act (a claim, ANNOTATION.md Stance). Sentences
/// from the dev articles and the silver corpus.
@Suite struct SpeakerPronounRuleTests: StanceSuite {
    func marked(_ stance: QuoteStance) -> [String] { evidence(stance, markedBy: "speaker-pronoun") }

    @Test func theSpeakersOwnAttackIsAClaim() {
        // Iran's Revolutionary Guard on its strike (dev 401).
        let strike = scorer.score(
            content: "90% tên lửa của họ đã đánh trúng mục tiêu và họ đã lần đầu tiên sử dụng tên lửa siêu vượt âm Fattah để tấn công Israel",
            cue: "cho biết", side: "Iran")
        #expect(strike.label == .confrontation)
        #expect(marked(strike) == ["tấn công"])
        // Israel on its strike on Beirut (silver, September 2024).
        let raid = scorer.score(
            content: "họ đã thực hiện một cuộc không kích lớn vào thủ đô Beirut - Lebanon vào tối 27-9, giết chết thủ lĩnh Hassan Nasrallah của phong trào Hezbollah",
            cue: "thông báo", side: "Israel")
        #expect(raid.label == .confrontation)
    }

    @Test func seizingGroundIsTheSpeakersOwnAct() {
        // Russia's army on the villages it took (dev 425): an event term of its own side.
        let own = scorer.score(content: "họ đã giành quyền kiểm soát ít nhất 9 ngôi làng biên giới ở khu vực Kharkiv", cue: "cho biết", side: "Nga")
        #expect(own.label == .confrontation)
        #expect(marked(own) == ["giành quyền kiểm soát"])
        // The same report by the other side (Russia named last) stays neutral.
        let report = scorer.score(content: "các lực lượng Nga đã giành quyền kiểm soát 9 ngôi làng", cue: "cho biết", side: "Ukraine")
        #expect(report.label == .neutral)
    }

    @Test func withoutTheSpeakersSideItIsAReport() {
        // The same words from a speaker of no side stay a report.
        let stance = scorer.score(
            content: "90% tên lửa của họ đã đánh trúng mục tiêu và họ đã lần đầu tiên sử dụng tên lửa siêu vượt âm Fattah để tấn công Israel",
            cue: "cho biết", side: nil)
        #expect(stance.label == .neutral)
        #expect(marked(stance).isEmpty)
    }

    @Test func aSideNamedAfterThePronounActs() {
        // Ukraine says Russia attacks: the side named last before the attack is Russia.
        let stance = scorer.score(content: "họ cho biết các lực lượng Nga đã tấn công thị trấn Vovchansk", cue: "nói", side: "Ukraine")
        #expect(stance.label == .neutral)
        #expect(marked(stance).isEmpty)
    }

    @Test func aPassiveEndsTheActor() {
        // Iran's defence ministry on an attack it suffered (review5 S5): `bị` makes Iran the
        // target, so the attack is a report (ANNOTATION.md: a report of an attack is neutral).
        let suffered = scorer.score(
            content: "họ đã bị tấn công bằng máy bay không người lái của Israel vào đêm qua",
            cue: "cho biết", side: "Iran")
        #expect(suffered.label == .neutral)
        #expect(marked(suffered).isEmpty)
        // The same for a side named before the passive.
        let named = scorer.score(content: "các căn cứ của Israel đã bị tấn công bằng tên lửa", cue: "cho biết", side: "Israel")
        #expect(named.label == .neutral)
    }

    @Test func aFamilyIsNoPronoun() {
        // `họ Nguyễn` names a family, not the speaker's side.
        let stance = scorer.score(content: "dòng họ Nguyễn đã bị tấn công trong đêm", cue: "cho biết", side: "Việt Nam")
        #expect(marked(stance).isEmpty)
        #expect(stance.label == .neutral)
    }
}
