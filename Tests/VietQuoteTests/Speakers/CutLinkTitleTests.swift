import Testing
@testable import VietQuote

/// A title cut mid-word by the crawler at a link's end is no title of its person
/// (Speakers/Titles/CutLinkTitle.swift).
@Suite struct CutLinkTitleTests {
    // Silver 2024-08-12-cuc-an-ninh-chinh-tri-noi-bo: the link text is cut at `nộ`; the article
    // writes the title whole in the next paragraph.
    static let article = """
        [Dấu ấn Thiếu tướng Đinh Văn Nơi, tân Cục trưởng An ninh chính trị nộ](https://vusta.vn/dau-an-thieu-tuong-dinh-van-noi-tan-cuc-truong-an-ninh-chinh-tri-noi-bo-p92879.html)

        Dấu ấn Thiếu tướng Đinh Văn Nơi, tân Cục trưởng An ninh chính trị nội bộ
        """

    static func span(of words: String, in text: String) -> (SourceText, Range<Int>) {
        let source = SourceText(text)
        let scalars = Array(words.unicodeScalars)
        let start = (0...(source.scalars.count - scalars.count)).first { source.scalars[$0..<$0 + scalars.count].elementsEqual(scalars) }!
        return (source, start..<start + scalars.count)
    }

    @Test func titleCutAtTheLinkEndIsCut() {
        let (source, span) = Self.span(of: "tân Cục trưởng An ninh chính trị nộ", in: Self.article)
        #expect(CutLinkTitle.isCut(span, in: source))
    }

    @Test func titleOutsideALinkIsNoCut() {
        let (source, span) = Self.span(of: "tân Cục trưởng An ninh chính trị nội bộ", in: Self.article)
        #expect(!CutLinkTitle.isCut(span, in: source))
    }
}
