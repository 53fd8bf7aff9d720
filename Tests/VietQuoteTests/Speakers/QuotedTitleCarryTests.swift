import Testing
@testable import VietQuote

/// A title found once belongs to the person's later quotes (Speakers/Coreference/QuotedTitleCarry.swift).
@Suite struct QuotedTitleCarryTests {
    /// The title, side and title rules of each quote's speaker of `text`.
    static func speakers(_ text: String) -> [(title: String?, affiliation: String?, rules: [TitleRule])] {
        SpeakerRuleProbe.extractor.extract("Tin trong nước\n\n" + text, document: "t").quotes.map {
            ($0.speaker.title, $0.speaker.affiliation, $0.speaker.titleTrace?.rules ?? [])
        }
    }

    /// Silver 2024-05-15-lich-mu: the apposition's title and side carry to `Bà Hoa`.
    @Test func appositionTitleCarriesToLaterQuote() {
        let found = Self.speakers("""
            Bà Nguyễn Thị Ánh Hoa, Giám đốc Sở du lịch TP HCM cho biết thành phố đã tổ chức nhiều hoạt động thu hút khách.

            Bà Hoa cho hay ngành du lịch sẽ phối hợp với các địa phương để kéo dài mùa lễ hội.
            """)
        #expect(found.count == 2)
        #expect(found.last?.title != nil)
        #expect(found.last?.title == found.first?.title)
        #expect(found.last?.affiliation == "Việt Nam")
        #expect(found.last?.rules.contains(.quotedTitle) == true)
    }

    /// Silver 2024-09-09-cau-phong-chau: the words a chain leaves before the name carry too.
    @Test func chainOverWordsBeforeNameCarries() {
        let found = Self.speakers("""
            Thứ trưởng Bộ Giao thông vận tải Nguyễn Xuân Sang cho biết đang trên đường đến hiện trường để phối hợp khắc phục hậu quả.

            Theo ông Sang, hiện nay Bộ Giao thông vận tải cũng chưa nhận được báo cáo chính thức vụ sập cầu Phong Châu.
            """)
        #expect(found.last?.title == "Thứ trưởng Bộ Giao thông vận tải")
    }

    /// Silver 2025-02-24-man-city: a person who is never titled at a quote stays untitled, and
    /// another person's title is not given (only the same fullest name is one person).
    @Test func noTitleFromAnotherPerson() {
        let found = Self.speakers("""
            Chuyên gia tài chính Kieran Maguire cho biết câu lạc bộ có thể bị phạt nặng.

            Pep Guardiola nói rằng đội bóng vẫn tập trung vào các trận đấu còn lại.
            """)
        #expect(found.last?.title == nil)
        #expect(found.last?.rules.contains(.quotedTitle) != true)
    }

    /// Silver 2025-02-18-grok-3: a title that heads another name of the mention is not carried.
    @Test func titleOfAnotherNameIsNotCarried() {
        let found = Self.speakers("""
            Musk cũng tiết lộ rằng tập dữ liệu huấn luyện của Grok 3 bao gồm cả các hồ sơ vụ án.

            Căng thẳng tiếp tục leo thang vào tuần trước khi Musk cùng cựu Tổng thống Mỹ Donald Trump đề nghị mua lại OpenAI với mức giá gần 100 tỷ USD.
            """)
        #expect(found.first?.title == nil)
        #expect(found.first?.rules.contains(.quotedTitle) != true)
    }
}
