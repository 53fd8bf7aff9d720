import Testing
@testable import VietQuote

/// `CompanyAfterRole`: a company written after a role (`CEO Apple Tim Cook` beside `CEO Apple gửi`)
/// completes the role when the article writes the person after it on their own (`Tim Cook chia sẻ`);
/// a role before a person's short name (`HLV Nuno`) still keeps the whole run a name.
@Suite struct CompanyAfterRoleTests {
    // Silver 2024-04-15-tim-cook (main 1a536f2: `Apple Tim Cook`).
    @Test func companyAfterTheRoleBeforeAPersonWrittenAloneIsTheTitles() throws {
        let found = SpeakerRuleProbe.decisions("""
            Trong những ngày tới thăm Việt Nam với lịch trình dày kín, CEO Apple Tim Cook dành thời gian thưởng thức tách cà phê trứng và ăn hạt hướng dương cùng nữ ca.

            Trên trang cá nhân chính thức của mình tại X ngày 15/4, CEO Apple gửi lời chào tới Việt Nam.

            "Xin chào Việt Nam! Cảm ơn những nghệ sỹ tài năng Mỹ Linh và Mỹ Anh đã có buổi đón tiếp nồng hậu. Tôi cũng rất mê món cà phê trứng", Tim Cook chia sẻ.

            Theo truyền thông đưa tin, chuyến đi tới Việt Nam lần này của vị tỷ phú Mỹ để gặp gỡ các sinh viên, nhà sáng tạo nội dung và khách hàng nhằm hiểu hơn về sự đa dạng trong cách họ sử dụng sản phẩm của Apple.
            """)
        let said = try #require(found.first)
        #expect(said.speaker.name == "Tim Cook")
    }

    // Silver 2024-12-05-nvidia (main 1a536f2: `Nvidia Jensen Huang`).
    @Test func companyAfterTheRoleWithThePersonAfterTheRoleAloneIsTheTitles() throws {
        let found = SpeakerRuleProbe.decisions("""
            Trong buổi ký kết chiều 5/12 ở Hà Nội, Thủ tướng đánh giá việc hợp tác là dấu mốc quan trọng, biến Việt Nam thành "ngôi nhà thứ hai của Nvidia".

            Thủ tướng Phạm Minh Chính tiếp CEO Nvidia Jensen Huang. Ảnh: VGP/Nhật Bắc

            Tại lễ ký kết, CEO Jensen Huang đánh giá đây là thời điểm lý tưởng để Việt Nam xây dựng tương lai của trí tuệ nhân tạo.

            Với việc xây dựng hai trung tâm về AI, CEO Nvidia cũng cam kết sẽ thúc đẩy sự phát triển của AI, hỗ trợ đào tạo nhân tài cũng như các dự án khởi nghiệp trong nước.
            """)
        #expect(!found.contains { $0.speaker.name == "Nvidia Jensen Huang" })
    }
}
