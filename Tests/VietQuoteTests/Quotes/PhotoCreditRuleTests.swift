import Testing
@testable import VietQuote

/// `PhotoCreditRule` (a caption's credit ends the content) on captions written like the
/// silver and dev pages (`- Ảnh: …`, `(Ảnh: …)`, `- Nguồn: …`).
@Suite struct PhotoCreditRuleTests: QuoteRuleSuite {
    @Test func creditAfterADashOrBracketEndsTheContent() {
        #expect(quotes("FBI nói Nga đứng sau vụ phát tán video giả nhằm ủng hộ ông Trump - Nguồn: FOX 29 Philadelphia").map(\.content)
                == ["Nga đứng sau vụ phát tán video giả nhằm ủng hộ ông Trump"])
        #expect(quotes("HLV Kim Sang-sik cho biết U23 Việt Nam đã hoàn tất chuẩn bị (Ảnh: VFF)").map(\.content)
                == ["U23 Việt Nam đã hoàn tất chuẩn bị"])
        // The cut is recorded (review5 m15).
        #expect(refinements("HLV Kim Sang-sik cho biết U23 Việt Nam đã hoàn tất chuẩn bị (Ảnh: VFF)") == [[.photoCredit]])
    }

    // The label without its colon is an ordinary word of the content.
    @Test func labelWithoutColonStays() {
        #expect(quotes("Bộ Công an cho biết video giả đã bị gỡ khỏi mạng xã hội.").map(\.content)
                == ["video giả đã bị gỡ khỏi mạng xã hội"])
        #expect(quotes("Ông Hùng cho biết - nguồn tin từ bộ chưa xác nhận việc này.").first?.content.contains("nguồn tin") == true)
    }
}
