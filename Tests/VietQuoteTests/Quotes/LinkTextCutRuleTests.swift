import Testing
@testable import VietQuote

/// `LinkTextCutRule` (an aggregator's link text cut off with an ellipsis ends the content
/// before it; too little left is no quote) on link lines of the silver and dev pages.
@Suite struct LinkTextCutRuleTests: QuoteRuleSuite {
    private func page(_ link: String) -> [Quote] {
        Self.extractor.extract(link + "\n\nBài viết tiếp tục với các diễn biến mới nhất trong ngày.", document: "test").quotes
    }

    // Dev 404: the content ends before ` ...]`, as the gold's.
    @Test func contentEndsBeforeTheCut() {
        let found = page("[Nga cảnh báo hậu quả thảm khốc nếu Ukraine mở cuộc phản công ...](https://dantri.com.vn/the-gioi/nga-canh-bao-hau-qua.htm)")
        #expect(found.map(\.content) == ["hậu quả thảm khốc nếu Ukraine mở cuộc phản công"])
        #expect(refinementsOfPage("[Nga cảnh báo hậu quả thảm khốc nếu Ukraine mở cuộc phản công ...](https://dantri.com.vn/a.htm)")
                == [[.linkTextCut]])
    }

    // Silver 2024-05-05-to-an-xo style: a cue right before the cut leaves too little.
    @Test func tooLittleBeforeTheCutIsNoQuote() {
        #expect(page("[Việt Nam kêu gọi hai ...](https://vov.vn/the-gioi/viet-nam-keu-goi.vov)").isEmpty)
    }

    // A link text with no ellipsis keeps its quote whole.
    @Test func linkWithoutEllipsisIsUntouched() {
        let found = page("[Nga cảnh báo hậu quả thảm khốc nếu Ukraine mở cuộc phản công](https://dantri.com.vn/a.htm)")
        #expect(found.map(\.content) == ["hậu quả thảm khốc nếu Ukraine mở cuộc phản công"])
    }

    private func refinementsOfPage(_ link: String) -> [[QuoteRefinement]] {
        Self.extractor.quoteRefinements(link + "\n\nBài viết tiếp tục với các diễn biến mới nhất trong ngày.")
    }
}
