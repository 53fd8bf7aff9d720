/// `Theo X, <title>, content`: an apposition after a person's name, right after the source's
/// comma, that is a title read by the title steps (`MentionParser.appositionTitle`,
/// Titles/AppositionTitle.swift: the title chain of `titles.tsv`, a joined pair, a lower-case
/// complement) and closed by a comma, belongs to the source's mention, not to the content
/// (ANNOTATION.md: `Theo X, …`, the content is what follows the comma); the speaker stage then
/// reads the title at that mention. Up to `QuoteFinder.Limits.appositionParts` appositions in a
/// row (`phân tích của Allan Haley, giám đốc mảng …, một chuyên gia về …, thì có 4 lý do …`).
///
/// Example: "Theo ông Abe Yousef, nhà phân tích cao cấp tại Sensor Tower, trong quý IV/2022, số
/// lượt cài đặt Temu thậm chí còn vượt qua cả Amazon." → mention `ông Abe Yousef, nhà phân tích
/// cao cấp tại Sensor Tower`, content `trong quý IV/2022, số lượt cài đặt …`.
/// Rejects: a source that ends in no personal name (`Theo báo cáo, trọng tài phụ trách phòng
/// VAR, Paolo Vieri, không kiểm tra …`; `Theo trang 163, nữ diễn viên sử dụng …`: a title there
/// opens the content), a title that a name follows after its comma (`Theo tờ Diario Marca de
/// Espana, chủ tịch FIFA, Gianni Infantino đã …`: the title of the content's subject), a title
/// whose words run on into a clause (a cue, a complementizer, an auxiliary: `Theo ông, chuyên
/// gia kinh tế cho rằng, …`), a bare title head that a list goes on from (`Theo ông Tuấn, giáo
/// viên, học sinh và phụ huynh …`), an apposition with nothing said after its comma.
struct SourceAppositionRule {
    let id = QuoteRefinement.sourceApposition

    /// The index of the comma that closes the title appositions after the source `object`,
    /// whose comma is `comma`; nil when the words after that comma are no title apposition.
    func closingComma(of object: Range<Int>, after comma: Int, in view: SentenceView, names: SpeakerLexicon) -> Int? {
        let parser = MentionParser(lexicon: names)
        guard endsOnPersonalName(object, in: view, parser: parser) else { return nil }
        var close: Int?
        var position = comma
        for _ in 0..<QuoteFinder.Limits.appositionParts {
            guard let next = titleApposition(after: position, in: view, parser: parser) else { break }
            close = next
            position = next
        }
        guard let close, !opensNamedSubject(at: close + 1, in: view, parser: parser) else { return nil }
        return close
    }

    /// Whether the source ends on a personal name (`ông Fabian Hinz`, `phân tích của Allan Haley`),
    /// not on a body, side, title or lower-case noun (`báo cáo`, `Cổng TTĐT Quốc hội`).
    private func endsOnPersonalName(_ object: Range<Int>, in view: SentenceView, parser: MentionParser) -> Bool {
        let parsed = parser.parse(view.tokens, range: object)
        return parsed.names.last?.upperBound == object.upperBound
            && !parsed.organizations.contains { $0.range.upperBound == object.upperBound }
            && !parsed.sides.contains { $0.range.upperBound == object.upperBound }
    }

    /// The comma closing a title apposition that opens after the comma `comma`, or nil.
    private func titleApposition(after comma: Int, in view: SentenceView, parser: MentionParser) -> Int? {
        let tokens = view.tokens
        let names = parser.lexicon
        var position = comma + 1
        guard position < view.end else { return nil }
        if let link = names.words.match(.appositionLink, in: tokens, at: position, limit: view.end) { position += link }
        guard let (title, _) = parser.appositionTitle(in: tokens, at: position, limit: view.end) else { return nil }
        let close = title.range.upperBound
        guard close + 1 < view.end, view.isPunctuation(close, Punctuation.commaKeys),
              !isListItem(title.range, after: close, in: view, names: names) else { return nil }
        return close
    }

    /// Whether a name (`Paolo Vieri, …`) or a title with a name after it (`Chủ nhiệm Văn phòng
    /// Quốc hội Bùi Văn Cường vừa …`) opens at `index`: the appositions were the content's subject's.
    /// A capitalised run with a number in it or right after it names a product or a model
    /// (`Gemini 2.0 là …`, `Sentinel-2C sẽ …`), no person.
    private func opensNamedSubject(at index: Int, in view: SentenceView, parser: MentionParser) -> Bool {
        let tokens = view.tokens
        func isPersonalName(at start: Int) -> Bool {
            let run = parser.nameRun(in: tokens, at: start, limit: view.end)
            let numbered = tokens[from: start, upTo: min(view.end, start + run + 1)].contains { token in
                token.key.unicodeScalars.contains { ("0"..."9").contains($0) }
            }
            return run > 0 && !numbered
        }
        if isPersonalName(at: index) { return true }
        guard let title = parser.titleChain(in: tokens, at: index, limit: view.end) else { return false }
        return isPersonalName(at: title.range.upperBound)
    }

    /// A bare title head (no body, no complement) with a coordinated noun phrase after its
    /// comma: an item of a list that is the content's subject (`giáo viên, học sinh và …`).
    private func isListItem(_ title: Range<Int>, after close: Int, in view: SentenceView, names: SpeakerLexicon) -> Bool {
        let tokens = view.tokens
        guard let head = names.title(in: tokens, at: title.lowerBound, limit: title.upperBound),
              title.lowerBound + head.length == title.upperBound else { return false }
        var index = close + 1
        while index < view.end, !view.isPunctuation(index, Punctuation.clauseMarksKeys) {
            if names.words.isWord(tokens, at: index, .coordinator) { return true }
            index += 1
        }
        return view.isPunctuation(index, Punctuation.commaKeys)
    }
}
