/// Two titles written one after the other before a name, with a comma between them: one
/// post held with another (`Phó thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn` is one
/// title), or two titles of which the first is the person's post and the second a rank or
/// a second role (`Tham mưu trưởng IDF, Trung tướng Herzi Halevi`: the title is
/// `Tham mưu trưởng IDF`, `Trung tướng` another form of it).
///
/// Joins the two only when the first has no side or body of its own (it takes the second's)
/// and is not the same title again (`dinh tổng thống, Tổng thống Arce`: a place, then the
/// title). A first title with a side or a body is kept beside the second for the name, and
/// ranks above it when it has the side or more words (`Tư lệnh Lực lượng Đặc biệt Akhmat,
/// Thiếu tướng Apty Alaudinov`).
extension ArticleIndex.TitleInfo {
    /// Whether the title written after this one and a comma, with the words `next`,
    /// continues it as one title; `bare`: this one is a title head alone, with no body
    /// (`Tư lệnh Lực lượng Đặc biệt Akhmat, Thiếu tướng …` stays two).
    func joins(_ next: [String], bare: Bool) -> Bool {
        affiliation == nil && bare && keys != next
    }
}
