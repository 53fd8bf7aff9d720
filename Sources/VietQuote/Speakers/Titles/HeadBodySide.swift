/// The side of a title head that names its own body: a row of `titles.tsv` whose words hold a
/// body of `organizations.tsv` with a side of its own (`Chủ tịch Ủy ban châu Âu`, `Chủ tịch
/// Hội đồng châu Âu`, `Thủ tướng Quốc vụ viện`) speaks for that body's side when nothing
/// after the head names one. The head is matched whole, so the body inside it is never read
/// as the body that follows a title (`TitleChain.swift`), and the title, naming a body, took
/// no side from the context either (`TitleHeads.namesBody`).
///
/// Recognises (dev 424_vnexpress_slovakia): `Chủ tịch Ủy ban châu Âu Ursula von der Leyen
/// cho biết …` → EU, `Chủ tịch Hội đồng châu Âu Charles Michel` → EU.
/// Rejects: a body with a home side only (`Chủ tịch Quốc hội`, `Bộ trưởng Bộ Ngoại giao`:
/// `(Việt Nam)` is the side of the bare body in Vietnamese news, not of a foreign holder),
/// a side word inside the head that is no body (`Bộ trưởng Tư pháp`, `Bộ trưởng Các vấn đề
/// châu Âu` of Hungary), an expert title, and a head followed by its own side or body
/// (`Phát ngôn viên Ủy ban châu Âu`: the chain reads it).
struct HeadBodySide: Sendable {
    let lexicon: SpeakerLexicon

    /// The side of the body inside the office head `head` (token range), or nil.
    func side(in tokens: [Token], head: Range<Int>, kind: TitleKind) -> String? {
        guard kind == .office else { return nil }
        for start in head.dropFirst() {
            if let body = lexicon.organizations.longestMatch(in: tokens, at: start, limit: head.upperBound),
               body.value.kind == .organization, let side = body.value.affiliation {
                return side
            }
        }
        return nil
    }
}
