import Testing
@testable import VietQuote

/// `SideSyllableRule`: a country's one syllable inside a Vietnamese name or a common word
/// names no side in a quote's content. Sentences from silver.
@Suite struct SideSyllableRuleTests: StanceSuite {
    /// The sides the gate reads in `content`, in text order.
    func sides(_ content: String) -> [String] {
        scorer.relations.sides(in: WordSpans(content))
    }

    @Test func aSyllableThatEndsANameIsNoSide() {
        // Silver 2024-11-09-fmovies (the Hanoi police): `Nguyễn Tuấn Anh`, a suspect.
        #expect(sides("đã khởi tố vụ án, khởi tố bị can với Phan Thành Công và Nguyễn Tuấn Anh để điều tra về tội Xâm phạm quyền tác giả, quyền liên quan") == [])
        // Silver 2024-06-20-anh: the district `Đông Anh`.
        #expect(sides("các nhà đầu tư có ý định rót vốn đầu tư, mua bán đất nền ở huyện Đông Anh cần xác định đây là khoản đầu tư dài hạn") == [])
        // Silver 2024-04-11-inter-miami: `Bắc Mỹ`, North America, no United States.
        #expect(sides("Messi mờ nhạt, Inter Miami bị loại khỏi Cúp C1 Bắc Mỹ") == [])
    }

    @Test func aSyllableAfterACommonSyllableOfANameIsNoSide() {
        // Silver 2024-04-19-thuan-an (HCMC's transport board): `TP Thủ Đức`, a city; `thủ` is
        // also a common word.
        #expect(sides("nhà thầu Thuận An báo cáo cho chủ đầu tư kế hoạch chi tiết để đảm bảo tiếp tục triển khai thi công phần việc thuộc gói thầu XL2 thuộc dự án đầu tư xây dựng Nút giao Nguyễn Văn Linh - Nguyễn Hữu Thọ và Gói thầu XL5, xây dựng đường vành đai 3 đoạn qua TP Thủ Đức trong thời gian tới") == [])
        // Silver 2024-08-15-thuong-toa-thich-chan-quang (the Home Affairs ministry): a monk,
        // `Thích Nhuận Đức`, and a temple, `Tổ đình Hộ Pháp` (`nhuận`, `hộ`: common words).
        #expect(sides("trong đó có Thượng tọa Thích Chân Quang, trụ trì chùa Phật Quang, xã Tân Hải, thị xã Phú Mỹ, tỉnh Bà Rịa-Vũng Tàu và Đại đức Thích Nhuận Đức, thuộc Tổ đình Hộ Pháp, thị xã Phú Mỹ, Bà Rịa-Vũng Tàu") == [])
    }

    @Test func aSyllableThatStartsANameIsNoSide() {
        // Silver 2024-06-21-noo-phuoc-thinh: the singer `Mỹ Linh`.
        #expect(sides("Noo có nhớ một bài phỏng vấn của chị Mỹ Linh gần đây, chị có nói một câu") == [])
        // Silver 2024-09-10-thuy-dien-thac-ba: the province `Lào Cai`.
        #expect(sides("đồng chí Bí thư và đồng chí Chủ tịch Ủy ban nhân dân các tỉnh: Lào Cai, Hà Giang, Yên Bái trực tiếp lãnh đạo") == [])
    }

    @Test func aSyllableOfACommonWordOrALanguageIsNoSide() {
        // Silver 2024-09-20-trung-tuong-nguyen-van-vien: `Anh hùng`, a hero (`body_words.tsv`).
        #expect(sides("khen thưởng để tổ chức lấy ý kiến nhân dân về việc xét tặng danh hiệu Anh hùng lực lượng vũ trang nhân dân cho trung tướng Nguyễn Văn Viện") == [])
        // Silver 2024-05-17-mai: `tiếng Anh`, the language (`countryModifier`).
        #expect(sides("sẽ xem xét việc giới thiệu các ngôn ngữ khác ngoài tiếng Anh trong tương lai") == [])
        // Silver 2024-08-10-ngoai-hang-anh (a police office on scams): `ngoại hạng Anh`, the
        // Premier League (`countryModifier`).
        #expect(sides("trong khoảng thời gian giải đấu ngoại hạng Anh chuẩn bị khởi tranh, các đối tượng tội phạm tạo lập nhiều tài khoản ảo trên các nền tảng khác nhau") == [])
    }

    @Test func aSideAfterATitleIsTheTitlesSide() {
        // Silver 2024-07-11-ha-lan---anh: a foreign name after the country.
        #expect(sides("Thủ tướng Anh Keir Starmer ngày 10/7 đăng video trên mạng xã hội X") == ["Anh"])
        // Silver 2024-05-10-gia-xang.
        #expect(sides("Tổng thống Mỹ Joe Biden đã cảnh báo Mỹ sẽ ngừng cung cấp vũ khí cho Israel") == ["Mỹ", "Mỹ", "Israel"])
        // Dev 404: a side after a body's lower-case word.
        #expect(sides("Sputnik hồi tháng 4 dẫn lời một quan chức cấp cao trong Bộ Quốc phòng Nga tuyên bố") == ["Nga"])
    }

    @Test func aForeignSideAfterADirectionIsASide() {
        // Silver 2025-02-01-congo: `Congo` is no Vietnamese syllable; the region keeps its side.
        #expect(sides("an toàn của dân thường tại miền Đông Congo") == ["CHDC Congo"])
    }

    @Test func theEvidenceRecordsEachSyllable() {
        let records = SideSyllableRule.evidence(WordSpans("Công ty cổ phần Tập đoàn Thiên Minh Đức vi phạm trong sử dụng Quỹ Bình ổn xăng dầu"),
                                                names: scorer.relations.names)
        #expect(records.map(\.text) == ["Đức"])
        #expect(records.allSatisfy { $0.kind == .modifier && $0.category == "side-syllable" && $0.contribution == 0 })
    }
}
