import Testing
@testable import VietQuote

/// A nameless title with its post stands for the person of the office (Speakers/Coreference/TitlePost.swift).
@Suite struct TitlePostTests {
    // Dev 418: the ambassador is named once as `Đại sứ Nga Vassily Nebenzia`, then by his post only.
    @Test func titleWithPostIsTheArticlesPersonOfTheOffice() {
        let found = SpeakerRuleProbe.decisions("""
            Đại sứ Nga Vassily Nebenzia nói: "Hợp tác này không nhằm chống lại nước thứ 3". \
            Đại sứ Nga tại Liên hợp quốc phủ nhận việc quân đội Triều Tiên có mặt trên tiền tuyến.
            """)
        #expect(found.last?.speaker.name == "Vassily Nebenzia")
        #expect(found.last?.speaker.affiliation == "Nga")
        #expect(found.last?.rules.contains(.titlePostHolder) == true)
    }

    // No side before the post: whose ambassador is not said, the role stays.
    @Test func postWithoutSideIsNoOffice() {
        let found = SpeakerRuleProbe.decisions("""
            Đại sứ Nga Vassily Nebenzia nói: "Hợp tác này không nhằm chống lại nước thứ 3". \
            Đại sứ tại Liên hợp quốc phủ nhận việc quân đội Triều Tiên có mặt trên tiền tuyến.
            """)
        #expect(found.last?.speaker.name != "Vassily Nebenzia")
    }

    // Two people hold the office in the article: the post cannot tell which, the role stays.
    @Test func twoHoldersOfTheOfficeKeepTheRole() {
        let found = SpeakerRuleProbe.decisions("""
            Đại sứ Mỹ Lynne Tracy nói: "Chúng tôi sẵn sàng đối thoại". Đại sứ Mỹ Bridget Brink cho biết \
            viện trợ sẽ tiếp tục. Đại sứ Mỹ tại Ukraine khẳng định Washington ủng hộ Kiev.
            """)
        #expect(found.last?.speaker.name == "Đại sứ Mỹ tại Ukraine")
    }
}
