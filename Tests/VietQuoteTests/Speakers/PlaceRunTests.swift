import Testing
@testable import VietQuote

/// `PlaceRun`: a name run of the article that opens with a place head (`TP Hà Nội`, `TP HCM`)
/// is no person; the article index gives it no title, before it or in an apposition.
@Suite struct PlaceRunTests {
    // Silver 2024-05-03-clip-danh-ghen: `Luật sư cho rằng` was the person `TP Hà Nội`, titled
    // `Luật sư` after `Đoàn Luật sư TP Hà Nội`; the bar itself is a body (`body_heads.tsv`: `Đoàn
    // Luật sư`), no person `Đoàn`.
    @Test func placeAfterATitleIsNoHolderOfIt() throws {
        let found = SpeakerRuleProbe.decisions("""
            Tin pháp luật

            Dưới góc độ pháp lý, TS, luật sư Đặng Văn Cường, Đoàn Luật sư TP Hà Nội cho rằng, trong vụ việc trên, người chồng đã vi phạm luật hôn nhân một vợ một chồng.

            Luật sư cho rằng hành vi đánh ghen, đăng tải video, xúc phạm danh dự nhân phẩm, sức khỏe của người khác cũng sẽ phải chịu chế tài trước pháp luật.
            """)
        try #require(found.count == 2)
        #expect(found[0].speaker.name != "Đoàn")
        #expect(found[1].speaker.name != "TP Hà Nội")
    }

    // Silver 2024-04-22-lich-nghi-le-30-4,-1-5-nam-2024 (was the person `TP HCM`, titled by the
    // apposition after the city).
    @Test func placeBeforeAnAppositionIsNoHolderOfIt() throws {
        let found = try #require(SpeakerRuleProbe.decisions("""
            Tin giao thông

            Tại TP HCM, lãnh đạo Sở GTVT đánh giá nhu cầu đi lại của hành khách tập trung tại một số khu vực trọng điểm gồm: các bến xe khách liên tỉnh, bến đường thủy, bến phà, cảng hàng không quốc tế Tân Sơn Nhất và ga Sài Gòn.
            """).first)
        #expect(found.speaker.name != "TP HCM")
        #expect(found.rules.contains(.titleOfPlaceNoHolder))
    }
}
