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

extension SpeakerLexicon {
    /// The title after `first` and a comma that continues it as one title, in an apposition
    /// (`…, nguyên Chủ tịch, người sáng lập Tập đoàn Infosys`): `first` is a bare title head
    /// and the next is another title. Nil otherwise.
    func secondTitle(after first: ParsedMention.Title, in tokens: [Token], limit: Int, parser: MentionParser) -> ParsedMention.Title? {
        let comma = first.range.upperBound
        guard first.affiliation == nil, title(in: tokens, at: first.range.lowerBound, limit: comma)?.length == first.range.count,
              tokens[ifPresent: comma]?.key == ",",
              let next = parser.titleChain(in: tokens, at: comma + 1, limit: limit),
              tokens[first.range].map(\.key) != tokens[next.range].map(\.key) else { return nil }
        return next
    }
}
