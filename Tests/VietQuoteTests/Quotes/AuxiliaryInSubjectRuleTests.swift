import Testing
@testable import VietQuote

@Suite struct AuxiliaryInSubjectRuleTests: QuoteRuleSuite {
    // silver (Bến Tre broadcaster): `cũng sẵn sàng` opens the predicate; the speaker is `Trung tâm`.
    @Test func auxiliaryEndsTheSpeaker() {
        let body = "Trung tâm cũng sẵn sàng chia sẻ tài nguyên, tư liệu đã thực hiện trong thời gian qua để hỗ trợ Đài Phát thanh và Truyền hình Bến Tre."
        let found = quotes(body)
        #expect(found.map(\.speaker.mention) == ["Trung tâm"])
        #expect(refinements(body) == [[.auxiliaryInSubject]])
    }

    // silver (AFF Cup draw): `cũng sớm công bố` — the organisers announce.
    @Test func organisersAnnounce() {
        let found = quotes("Ngay sau lễ bốc thăm AFF Cup 2024 hôm nay, Ban tổ chức cũng sớm công bố lịch thi đấu.")
        #expect(found.map(\.speaker.mention) == ["Ban tổ chức"])
    }

    // An auxiliary right before the cue is no part of the subject to begin with: nothing to cut.
    @Test func subjectWithoutAnAuxiliaryIsKept() {
        let body = "Ngoại trưởng Nga Sergei Lavrov cũng tuyên bố Moscow sẵn sàng đàm phán."
        #expect(quotes(body).map(\.speaker.mention) == ["Ngoại trưởng Nga Sergei Lavrov"])
        #expect(refinements(body) == [[]])
    }
}
