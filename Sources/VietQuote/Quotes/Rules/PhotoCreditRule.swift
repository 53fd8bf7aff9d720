/// A photo, video or source credit glued to a caption is the page's, not the speaker's: a
/// label of function_words.tsv `credit_label` with its colon (`Ảnh:`, `Nguồn:`, `Video:`,
/// `Đồ họa:`), right after a dash, an opening bracket or a full stop, ends the content before
/// that mark (ANNOTATION.md: photo credits are no quote; boilerplate.tsv drops them as lines).
///
/// Example: "Tổng Bí thư nhấn mạnh không để vàng hóa nền kinh tế - Ảnh: NGỌC PHƯỢNG" (content
/// `không để vàng hóa nền kinh tế`); "FBI nói Nga đứng sau vụ phát tán video giả nhằm ủng hộ
/// ông Trump - Nguồn: FOX 29 Philadelphia" (dev 408).
/// Passes: the label without its colon (`nguồn tin`, `ảnh hưởng`, `video giả`), a label inside
/// quotation marks, a colon after a label that opens no credit (`cho biết: ảnh …`).
struct PhotoCreditRule {
    let id = QuoteRefinement.photoCredit

    /// Where the credit's mark stands inside `content`, or nil.
    func creditStart(in content: Range<Int>, paragraph: ParagraphContext, words: FunctionWords) -> Int? {
        let tokens = paragraph.tokens
        var index = content.lowerBound + 1
        while index < content.upperBound {
            if !paragraph.insideQuote[index], words.match(.creditLabel, in: tokens, at: index, limit: content.upperBound) != nil,
               paragraph.isPunctuation(index - 1, Punctuation.dashesKeys) || paragraph.isPunctuation(index - 1, "(")
                || paragraph.isPunctuation(index - 1, ".") {
                return index - 1
            }
            index += 1
        }
        return nil
    }
}
