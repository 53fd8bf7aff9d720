/// A title cut mid-word by the crawler at the end of a link's or an image's text: the page
/// shortens a long caption to a fixed length, and the apposition read there ends in the first
/// letters of a word (`[… Đinh Văn Nơi, tân Cục trưởng An ninh chính trị nộ](…)`) that the
/// article writes whole elsewhere (`… Cục trưởng An ninh chính trị nội bộ`). As the longest of
/// the person's titles it won over the whole ones; `ArticleIndex` records no such title.
///
/// Recognises (silver 2024-08-12-cuc-an-ninh-chinh-tri-noi-bo): `tân Cục trưởng An ninh chính
/// trị nộ` right before `](` → cut: the article writes `tân Cục trưởng An ninh chính trị nội bộ`.
/// Rejects: a title that ends before a `]` the article never writes with a letter after it
/// (a whole caption: `[… Phó Thủ tướng Trần Hồng Hà]`), a title that ends elsewhere.
enum CutLinkTitle {
    /// Whether the title written at the scalars `span` of `source` ends at a link's closing
    /// bracket and the article writes the same words elsewhere with the last word going on.
    static func isCut(_ span: Range<Int>, in source: SourceText) -> Bool {
        let scalars = source.scalars
        guard !span.isEmpty, span.upperBound < scalars.count, scalars[span.upperBound] == "]" else { return false }
        let written = scalars[span]
        var start = 0
        while start + written.count < scalars.count {
            if start != span.lowerBound, scalars[start] == written.first!,
               scalars[start + written.count].properties.isAlphabetic,
               scalars[start..<start + written.count].elementsEqual(written) {
                return true
            }
            start += 1
        }
        return false
    }
}
