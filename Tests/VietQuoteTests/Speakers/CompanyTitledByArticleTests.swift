import Testing
@testable import VietQuote

/// A name the mention writes alone that took a title from the article's index is the company
/// the article names so (Speakers/Rules/CompanyTitledByArticle.swift).
@Suite struct CompanyTitledByArticleTests {
    // Silver 2024-08-11-dig: `Ban lãnh đạo DIC Corp cho biết` gave the name `DIC Corp` the title
    // `lãnh đạo`; the later `DIC Corp đã công bố …` was a person titled `lãnh đạo`.
    @Test func companyNameWithAnIndexTitleIsTheCompany() throws {
        let text = """
            Ban lãnh đạo DIC Corp cho biết, doanh nghiệp đã tiếp tục nỗ lực giải quyết các thủ tục pháp lý trong quý 2/2024 làm cơ sở hạch toán các chỉ tiêu.

            Về kết quả kinh doanh, DIC Corp đã công bố báo cáo tài chính hợp nhất quý 2/2024 với doanh thu thuần 821 tỷ đồng, tăng gần 410% so với cùng kỳ.
            """
        let company = try #require(SpeakerRuleProbe.decisions(text).first { $0.speaker.mention == "DIC Corp" })
        #expect(company.speaker.kind == .organization)
        #expect(company.speaker.title == nil)
        #expect(company.speaker.affiliation == nil)
    }

    // Silver 2024-04-15-pham-nhat-vuong: the caption `CEO VinFast bà …` gives the name `VinFast`
    // the title `CEO`; `công ty VinFast` names the company, so the later `VinFast tự mô tả` is it,
    // not a person titled `CEO` (as it was before the rule).
    @Test func companyNounElsewhereInTheArticle() throws {
        let text = """
            CEO VinFast bà Lê Thị Thu Thủy (trái) và ông Phạm Nhật Vượng (áo đỏ) trong tấm hình tháng 5/2022

            Đài địa phương ABC4 của tiểu bang Utah dẫn thông cáo báo chí từ hãng luật Pomerantz hôm 12/4 cho biết, một vụ kiện tập thể đã được đệ trình chống lại công ty VinFast (mã cổ phiếu VFS) và một số lãnh đạo nhất định tại Tòa án Quận Hoa Kỳ, Quận phía Đông New York và được ghi trong hồ sơ số 24-cv-02750.

            Hãng luật Robbins Geller cho biết, cáo buộc của vụ kiện này là VinFast tự mô tả mình là “một nền tảng di chuyển toàn diện, sáng tạo, tập trung chủ yếu vào thiết kế và sản xuất xe điện, xe máy điện và xe buýt điện cao cấp.”
            """
        let company = try #require(SpeakerRuleProbe.decisions(text).first { $0.speaker.name == "VinFast" })
        #expect(company.speaker.kind == .organization)
        #expect(company.speaker.title == nil)
        #expect(company.rules.contains(.companyTitledByArticle))
    }

    // Silver 2024-07-09-jennie: `công ty giải trí Jennie thành lập` is the firm the singer
    // founded (an owner's verb after the name); `Ca sĩ Jennie` stays a person.
    @Test func founderAfterTheCompanyNounStaysAPerson() throws {
        let text = """
            Ca sĩ Jennie nhóm Blackpink nhận lỗi hút thuốc lá điện tử, nhả khói trước mặt nhân viên.

            Vlog do Odd Atelier (OA) - công ty giải trí Jennie thành lập - thực hiện. Trước các tranh cãi, phía OA cắt bỏ đoạn khói bay ra.

            Ngày 9/7, phía OA thừa nhận Jennie hút thuốc lá điện tử, cô đã xin lỗi tất cả nhân viên chịu ảnh hưởng khói thuốc ở buổi làm việc hôm đó. Qua công ty quản lý, Jennie xin lỗi nếu làm fan khó chịu, thất vọng về cô.
            """
        let singer = try #require(SpeakerRuleProbe.decisions(text).last { $0.speaker.name == "Jennie" })
        #expect(singer.speaker.kind == .person)
        #expect(!singer.rules.contains(.companyTitledByArticle))
    }
}
