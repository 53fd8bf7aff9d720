/// Two titles written one after the other before a name, with a comma between them: one
/// post held with another (`Phó thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn` is one
/// title), or two titles of which the first is the person's post and the second a rank or
/// a second role (`Tham mưu trưởng IDF, Trung tướng Herzi Halevi`: the title is
/// `Tham mưu trưởng IDF`, `Trung tướng` another form of it).
///
/// Joins the two only when the first has no side or body of its own (it takes the second's)
/// and is not the same title again (`dinh tổng thống, Tổng thống Arce`: a place, then the
/// title). Otherwise both are kept for the name, and the sided first one ranks above.
extension ArticleIndex.TitleInfo {
    /// Whether the title written after this one and a comma, with the words `next`,
    /// continues it as one title.
    func joins(_ next: [String]) -> Bool {
        affiliation == nil && keys != next
    }
}
