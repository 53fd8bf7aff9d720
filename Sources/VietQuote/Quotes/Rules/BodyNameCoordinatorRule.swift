/// `Bộ Khoa học và Công nghệ cho biết`: a coordinator (`và`, a subject stop) inside a body's
/// name does not end the subject; the subject starts at the body's head (`được Sở Giáo dục và
/// Đào tạo công bố`: the body), also over a dash inside the name (`Bộ Lao động - Thương binh và
/// Xã hội cho biết`). A subject it starts carries this rule's id
/// (`FoundQuote.refinements`).
///
/// Example: "Bộ Khoa học và Công nghệ cho biết sẽ sửa đổi quy định về tiêu chuẩn đo lường."
/// Rejects: a `và` between two names (`Mỹ và Cuba thông báo`), a head too far back
/// (`SpeakerLimits.bodyNameWords`), a body name that ends before the coordinator.
struct BodyNameCoordinatorRule {
    let id = QuoteRefinement.coordinatorInBodyName

    /// The head of a body's name that starts before `index`, at most a body name's length
    /// back, and runs past it; nil when there is none.
    func head(covering index: Int, in tokens: [Token], lower: Int, names: SpeakerLexicon) -> Int? {
        var head = index - 1
        while head >= max(lower, index - SpeakerLimits.bodyNameWords) {
            if tokens[head].kind != .word {
                // `Bộ Lao động - Thương binh và Xã hội`: a dash between capitalised words is
                // inside the name (as the body-name grammar reads it).
                guard tokens[head].key == "-", head > lower, tokens[head - 1].kind == .word,
                      tokens[head + 1].kind == .word, tokens[head + 1].isCapitalized else { return nil }
                head -= 1
                continue
            }
            if tokens[head].isCapitalized, let body = names.bodyName(in: tokens, at: head, limit: tokens.count),
               head + body.length > index + 1 {
                return head
            }
            head -= 1
        }
        return nil
    }
}
