import Testing
@testable import VietQuote

/// `HĐQT`, `HĐTV` (a company's board: `Hội đồng quản trị`, `Hội đồng thành viên`) head a body's
/// name (`body_heads.tsv`): `Chủ tịch HĐQT Vingroup` is a title, and the person it titles
/// speaks, not a person named `HĐQT Vingroup`.
@Suite struct BoardHeadTests {
    // Silver 2024-09-21-ty-phu-pham-nhat-vuong (main fdd10a2: `HĐQT Vingroup`, a person).
    @Test func theBoardsChairmanBeforeTheCueIsThePersonBeforeHisTitle() throws {
        let found = SpeakerRuleProbe.decisions("""
            Sáng 21/9, Thường trực Chính phủ tổ chức hội nghị với các doanh nghiệp lớn như: Tập đoàn Vingroup, Hòa Phát, Thaco, KN Holdings, Sungroup, T&T, Geleximco, Minh Phú, Masan, Sovico, TH, REE. Một trong những đề xuất được ông Phạm Nhật Vượng, Chủ tịch HĐQT Vingroup nêu là đề xuất Chính phủ tăng đào tạo, phổ cập tiếng Anh.
            """)
        let said = try #require(found.first { $0.speaker.mention.contains("Phạm Nhật Vượng") })
        #expect(said.speaker.name == "Phạm Nhật Vượng")
        #expect(!found.contains { $0.speaker.name.hasPrefix("HĐQT") })
    }

    // Silver 2024-05-08-truyen (main fdd10a2: `HĐQT Chicilon Media`, a person).
    @Test func theBoardsChairmanAfterADashTitlesTheNameBeforeIt() throws {
        let found = SpeakerRuleProbe.decisions("""
            Ông Guo Zhi Feng - Chủ tịch HĐQT Chicilon Media đánh giá, ngày nay sự gia nhập của đối thủ mới khiến cạnh tranh trên thị trường thang máy tòa nhà càng khốc liệt.
            """)
        let said = try #require(found.first)
        #expect(!said.speaker.name.hasPrefix("HĐQT"))
    }
}
