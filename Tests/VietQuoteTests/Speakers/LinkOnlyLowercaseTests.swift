import Testing
@testable import VietQuote

/// A word the article writes in lower case only inside links is no common word when it
/// opens a sentence (Speakers/Mentions/LinkOnlyLowercase.swift).
@Suite struct LinkOnlyLowercaseTests {
    // Silver 2024-11-13-phantom-wallet: `phantom` in lower case only in the handle `(@phantom)` of an embedded post.
    @Test func brandWrittenLowerOnlyInLinkSpeaks() {
        let found = SpeakerRuleProbe.decisions("""
            We've pushed a new iOS app update to prevent this from affecting any additional users.

            Please make sure you always… — Phantom (@phantom) November 13, 2024

            Phía Phantom đã lập tức phát hành bản cập nhật mới để ngăn sự cố này tiếp diễn. Phantom nhấn mạnh tầm quan \
            trọng của việc sao lưu cụm khóa khôi phục ở nơi an toàn và gửi lời xin lỗi về sự bất tiện mà sự cố này đã gây ra.
            """)
        let phantom = found.filter { $0.rules.contains(.lowercaseOnlyInLinks) }
        #expect(!phantom.isEmpty && phantom.allSatisfy { $0.speaker.name == "Phantom" }, "\(found.map(\.speaker.name))")
    }

    // Silver 2024-09-24-fc-mobile: `Xin` is a common word of common_words.tsv: no name.
    @Test func commonWordIsNoName() {
        let found = SpeakerRuleProbe.decisions("""
            Xin nhắc lại, OVR của Đội hình thi đấu của bạn vào ngày 26 tháng 9 sẽ quyết định phần thưởng bạn nhận được cho mùa giải mới.
            """)
        #expect(found.allSatisfy { !$0.rules.contains(.lowercaseOnlyInLinks) && $0.speaker.name.isEmpty })
    }
}
