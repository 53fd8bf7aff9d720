/// `Bộ Y tế cập nhật thông tin: cả nước ghi nhận thêm 12 ca bệnh.`: a cues.tsv blocker that
/// ends with a lower-case cue of telling of its own (cues.tsv `statement` or `announce`:
/// `cập nhật thông tin`, `nắm bắt thông tin`: a verb and its object, the noun "information")
/// does not block that cue when a colon follows right after it: what the colon opens is the
/// information announced, as after `phải thừa nhận:` (`UnsaidCueRule`). The cue hit carries
/// this rule's id (`CueHit.refinements`, `FoundQuote.refinements`).
///
/// Not a quotation mark, which after a blocker opens a name (silver: `với tên gọi "lắc hông"`,
/// `cuộc thi viết "Lòng tốt quanh ta"`: 6 of 6 such quotes wrong).
///
/// Example: "Bộ Y tế cập nhật thông tin: cả nước ghi nhận thêm 12 ca bệnh." (cue `thông tin`,
/// speaker `Bộ Y tế`).
/// Rejects (the blocker stands): a blocker with no colon right after it
/// (`Người dân cần cập nhật thông tin thường xuyên.`); one whose tail is no cue
/// (`thông tin cá nhân:`), a capitalised one, inside a name (`NXB Văn hóa Thông tin:`), or a
/// cue that is no telling (`thi hành kỷ luật cảnh cáo:` names a penalty); one whose head is
/// itself a cue of saying, which reports the information (`cho biết thêm thông tin:`,
/// `chia sẻ thông tin:`: cues.tsv keeps them blocked).
struct AnnouncedObjectRule {
    let id = QuoteRefinement.announcedObject

    /// Where the cue at the end of the blocker of `length` tokens at `index` starts, when the
    /// blocker yields to it; nil when the blocker stands.
    func cueStart(inBlockerOf length: Int, in tokens: [Token], at index: Int, cues: CueLexicon) -> Int? {
        let end = index + length
        guard end < tokens.count, tokens[end].kind == .punctuation, tokens[end].key == ":" else { return nil }
        for start in Range(from: index + 1, to: end) {
            guard let tail = cues.match(in: tokens, at: start, limit: end) else { continue }
            guard tail.entry.category == .statement || tail.entry.category == .announce, !tokens[start].isCapitalized,
                  start + tail.length == end, tail.entry.context == 0 else { return nil }
            if let head = cues.match(in: tokens, at: index, limit: start), head.entry.category != .blocker { return nil }
            return start
        }
        return nil
    }
}
