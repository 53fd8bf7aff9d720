import Testing
@testable import VietQuote

/// `MeetingIntentRule`: a wish, request or offer to meet is an intent to meet, and `gặp`
/// after any other word weighs nothing. Sentences from the dev articles (415) and silver.
@Suite struct MeetingIntentRuleTests: StanceSuite {
    func meeting(_ stance: QuoteStance) -> StanceEvidence? {
        stance.evidence.first { $0.kind == .term && $0.modifiers.contains { $0.name == "meeting" } }
    }

    @Test func aRequestToMeetIsNoDemand() {
        // Dev 415: `yêu cầu` alone is a demand; asking to meet is an intent.
        #expect(scorer.score(content: "Tổng thống Zelensky yêu cầu ông trả lời ngay", cue: "nói").label == .confrontation)
        let request = scorer.score(content: "Tổng thống Zelensky yêu cầu gặp tôi", cue: "nói")
        #expect(request.label == .normalization)
        #expect(meeting(request)?.category == "intend")
        #expect(request.evidence.filter { $0.kind == .term }.count == 1)
        // The other asking words compose the same way, `đề xuất` too.
        for asking in ["muốn", "mong", "xin", "đề nghị", "đề xuất"] {
            #expect(scorer.score(content: "Thủ tướng Nhật Bản \(asking) gặp Chủ tịch Trung Quốc", cue: "cho biết").label == .normalization)
        }
    }

    @Test func aWishInTheCueReachesTheContent() {
        // Dev 415: `bày tỏ mong muốn | gặp ông Trump`.
        let stance = scorer.score(content: "gặp ông Trump", cue: "bày tỏ mong muốn")
        #expect(stance.label == .normalization)
        #expect(meeting(stance)?.modifiers.last?.text == "mong muốn")
        #expect(scorer.score(content: "gặp ông Trump", cue: "cho biết").label == .neutral)
    }

    @Test func anAnnouncedMeetingWithAPersonIsAnIntent() {
        // Dev 415 (gold normalization): `sẽ gặp` and a title.
        let announced = scorer.score(content: "ông sẽ gặp Tổng thống Ukraine Volodymyr Zelensky tại New York vào ngày 27-9", cue: "thông báo")
        #expect(announced.label == .normalization)
        #expect(meeting(announced)?.modifiers.last?.text == "sẽ")
        // An honorific does too.
        #expect(scorer.score(content: "Thủ tướng sẽ gặp ông Narendra Modi", cue: "cho biết").label == .normalization)
        // A country or a team met in a match is no person (silver).
        #expect(meeting(scorer.score(content: "Croatia sẽ gặp Pháp ở chung kết Euro 2024", cue: "dự đoán")) == nil)
        #expect(meeting(scorer.score(content: "tôi hy vọng đội sẽ gặp U23 Indonesia ở chung kết", cue: "nói")) == nil)
        #expect(meeting(scorer.score(content: "chúng tôi sẽ gặp Arsenal ở vòng tứ kết", cue: "nói")) == nil)
        // A meeting with no `sẽ` before it is still no intent.
        #expect(meeting(scorer.score(content: "ông đã gặp Tổng thống Ukraine", cue: "cho biết")) == nil)
    }

    @Test func meetingTroubleIsNoMeeting() {
        // Silver: `gặp` after any other word is no meeting.
        #expect(scorer.score(content: "doanh nghiệp sẽ gặp khó khăn trong năm tới", cue: "cho biết").label == .neutral)
        #expect(scorer.score(content: "nhà đầu tư có thể gặp rủi ro", cue: "cảnh báo").evidence.allSatisfy { $0.text != "gặp" })
        // A negated wish asks for nothing (`không muốn` is one negator).
        #expect(meeting(scorer.score(content: "ông không muốn gặp người đồng cấp", cue: "nói")) == nil)
    }
}
