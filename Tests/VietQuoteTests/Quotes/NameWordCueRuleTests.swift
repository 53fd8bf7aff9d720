import Testing
@testable import VietQuote

/// `NameWordCueRule` (a capitalised cue of several words inside a sentence is a word of a name)
/// on silver sentences (`Thông tin` of a unit's or a department's name, `Kết luận`/`Thông báo` of a
/// document's name: 26 quotes in silver m1).
@Suite struct NameWordCueRuleTests: QuoteRuleSuite {
    // Silver 2024-11-11-11-11: right after a word of the name.
    @Test func capitalisedCueAfterAWordIsPartOfTheName() {
        #expect(!quotes("Với những thành tích xuất sắc trong sự nghiệp giáo dục đào tạo, Trường Sĩ quan Thông tin đã được Nhà nước phong tặng danh hiệu Anh hùng lực lượng vũ trang nhân dân thời kỳ đổi mới.").contains { $0.cue == "Thông tin" })
    }

    // Silver 2024-10-09-ngay-10-10-la-ngay-gi: a field after a comma, joined to the next by a dash.
    @Test func fieldJoinedByADashIsPartOfTheName() {
        #expect(!quotes("Đến nay, Sở Nội vụ tỉnh đã hoàn thành thẩm định các đề án hợp nhất Trung tâm Văn hóa, Thông tin - Thể thao và Đài phát thanh của 12 huyện, thị xã, thành phố trong tỉnh.").contains { $0.cue == "Thông tin" })
    }

    // Silver 2024-04-27-cat-ba: a field in a list of fields; the source `Theo ông …` keeps its content.
    @Test func fieldInAListIsPartOfTheName() {
        let found = quotes("Theo ông Phạm Trí Tuyến - Trưởng phòng Văn hóa, Thông tin, Thể thao và Du lịch huyện Cát Hải, hiện trên địa bàn toàn huyện có 313 cơ sở lưu trú với tổng số 6.566 phòng nghỉ với 11.806 giường.")
        #expect(!found.contains { $0.cue == "Thông tin" })
    }

    // Silver 2024-06-02-phim-lat-mat: a capitalised cue at a sentence's start stays a cue.
    @Test func capitalisedCueOpeningASentenceStaysACue() {
        let text = SourceText("Thông tin từ nhà sản xuất, đạo diễn Lý Hải, ngày 14/6 bộ phim “Lật mặt 7: một điều ước” chính thức khởi chiếu tại 12 quốc gia.")
        let tokens = Tokenizer.tokens(in: text, range: 0..<text.count)
        #expect(!NameWordCueRule().isNameWord(in: tokens, at: 0, length: 2))
    }

    // Silver 2024-07-28-le-cat-trong-ly: only the name's syllable is skipped; the cue after it fires.
    @Test func cueStartingAtTheNextWordFires() {
        #expect(quotes(#"“Mục đích là nhằm gìn giữ, tôn vinh và giới thiệu cái đẹp của văn hoá dân tộc đến công chúng”, Lê Cát Trọng Lý giải thích."#).contains { $0.cue == "giải thích" })
    }
}
