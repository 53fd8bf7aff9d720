import Testing
@testable import VietQuote

/// `HeadOfBody`, read by `RoleRule`: `Người đứng đầu <body>` is the post of the body's head
/// (head_titles.tsv): the article's holder of that post, else the unnamed post.
@Suite struct HeadOfBodyTests {
    // Silver 2025-01-08-tinh-gon-cong-an-cap-huyen: the head of `Bộ Công an` is its `Bộ trưởng`,
    // whom the article names.
    @Test func headOfAMinistryIsTheArticlesMinister() throws {
        let found = SpeakerRuleProbe.decisions("""
            Tại Hội nghị, Bộ trưởng Lương Tam Quang nhấn mạnh ba nhóm công tác tổ chức cán bộ cần tập trung thực hiện trong thời gian tới.

            Người đứng đầu Bộ Công an cũng yêu cầu khẩn trương hoàn thiện Đề án, phương án về điều chỉnh chức năng, nhiệm vụ, quyền hạn, tổ chức bộ máy Bộ Công an và sắp xếp, tinh gọn tổ chức bộ máy công an các cấp trình cấp có thẩm quyền phê duyệt.
            """)
        let quote = try #require(found.first { $0.speaker.mention == "Người đứng đầu Bộ Công an" })
        #expect(quote.speaker.name == "Lương Tam Quang")
        #expect(quote.rules.first == .headOfBodyHolder)
    }

    // The same sentence alone: no minister named, the post with its body.
    @Test func headOfAMinistryWithNoMinisterNamedIsThePost() throws {
        let found = SpeakerRuleProbe.decisions("""
            Người đứng đầu Bộ Công an cũng yêu cầu khẩn trương hoàn thiện Đề án, phương án về điều chỉnh chức năng, nhiệm vụ, quyền hạn, tổ chức bộ máy Bộ Công an và sắp xếp, tinh gọn tổ chức bộ máy công an các cấp trình cấp có thẩm quyền phê duyệt.
            """)
        let quote = try #require(found.first { $0.speaker.mention == "Người đứng đầu Bộ Công an" })
        #expect(quote.speaker.name == "Bộ trưởng Bộ Công an")
        #expect(quote.speaker.title == "Bộ trưởng Bộ Công an")
        #expect(quote.rules.first == .headOfBodyPost)
    }

    // Silver 2024-12-10-san-bay-gia-binh: the head of `Chính phủ` is the `Thủ tướng` (a post
    // written alone), Phạm Minh Chính.
    @Test func headOfTheGovernmentIsThePrimeMinister() throws {
        let found = SpeakerRuleProbe.decisions("""
            Phát biểu tại lễ khởi công, Thủ tướng Phạm Minh Chính nêu rõ, chúng ta đang đẩy mạnh thực hiện 3 đột phá chiến lược về thể chế, hạ tầng và nhân lực.

            Thủ tướng giao Bộ Giao thông vận tải, Bộ Công an, tỉnh Bắc Ninh triển khai ngay nghiên cứu tiền khả thi giai đoạn 2 của dự án. Người đứng đầu Chính phủ cũng cho rằng khu vực này cần phát triển hệ sinh thái sân bay.
            """)
        let quote = try #require(found.first { $0.speaker.mention == "Người đứng đầu Chính phủ" })
        #expect(quote.speaker.name == "Phạm Minh Chính")
    }

    // Silver 2024-04-15-tim-cook: a company has no row (its head is a chairman or a chief
    // executive): the rule leaves it.
    @Test func headOfACompanyIsLeft() throws {
        let found = SpeakerRuleProbe.decisions("""
            Ngay sau khi đặt chân tới Hà Nội, Tim Cook nhận định "không có nơi nào như Việt Nam, một đất nước xinh đẹp và sôi động". Người đứng đầu tập đoàn Apple khẳng định "luôn nỗ lực để xây dựng những mối liên kết sâu sắc và mang đến nhiều lợi ích hơn cho người dân ở nơi chúng tôi hoạt động".
            """)
        let quote = try #require(found.first { $0.speaker.mention == "Người đứng đầu tập đoàn Apple" })
        #expect(!quote.rules.contains(.headOfBodyHolder))
        #expect(!quote.rules.contains(.headOfBodyPost))
    }
}
