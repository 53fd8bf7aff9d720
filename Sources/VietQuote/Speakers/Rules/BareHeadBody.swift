/// A body head alone (`Công ty`, `Sở`, `Tòa`, `Bệnh viện`) that has no earlier organisation
/// speaker to stand for is the body the article names with the same head nearest before it,
/// in its paragraph and the `SpeakerLimits.bareHeadParagraphsBefore` before it, at most
/// `SpeakerLimits.bareHeadTokensBefore` tokens back: the head is an anaphor of the body,
/// never its name.
///
/// Recognises: `Thông báo này vừa được Công ty Công nghệ và Dịch vụ Moca công bố. Công ty
/// cho biết …` → Công ty Công nghệ và Dịch vụ Moca (`pronoun: the body named before with
/// this head`; silver 2024-06-01-moca).
/// The head may also stand before the body's own name after a few lower-case words that
/// describe it (`MediumWithoutName.nameAfterHeadWords`: at most 3, no function word), in either
/// case: `công ty công nghệ Meitu`, `công ty quản lý J97 Entertainment`, `Công ty cổ phần
/// bóng đá SLNA` → Meitu, J97 Entertainment, SLNA (silver 2024-12-05-btc: `Meitu cho biết …
/// Công ty nhấn mạnh …`).
/// Rejects: a head with no body of the same head named before (`Apex cho biết … Công ty cho
/// biết …`: Apex has no head), which stays an unnamed source (`pronoun: no earlier speaker`);
/// a head read in lower case before with no name after its words (`các công ty đầu tư`),
/// which names no body; a title that opens with the head (`bộ trưởng Đào Ngọc Dung`) or a
/// Vietnamese personal name after it: a person, no body.
struct BareHeadBody {
    /// The body `head` stands for (the mention's words by default; `DescribedAnaphorRule`
    /// passes the head of `Sở này` without its demonstrative).
    static func body(for mention: MentionContext, head: Range<Int>? = nil) -> Speaker? {
        let tokens = mention.tokens, range = head ?? mention.range
        guard mention.lexicon.isBareBodyHead(tokens, range) else { return nil }
        for stretch in LookBack.stretches(before: mention, start: range.lowerBound, paragraphs: SpeakerLimits.bareHeadParagraphsBefore,
                                          tokens: SpeakerLimits.bareHeadTokensBefore) {
            let words = stretch.words, bound = stretch.bound
            for start in stride(from: bound - range.count, through: stretch.first, by: -1) {
                guard range.indices.allSatisfy({ words[start + $0 - range.lowerBound].hasSameKey(as: tokens[$0]) }) else { continue }
                if words[start].isCapitalized, let body = mention.lexicon.bodyName(in: words, at: start, limit: words.count) {
                    let name = ArticleIndex.text(words, start..<start + body.length, mention.source)
                    return Speaker(name: name, mention: mention.text, kind: .organization)
                }
                // (Not a title that opens with the head: `bộ trưởng Đào Ngọc Dung` names a person.)
                if mention.lexicon.title(in: words, at: start, limit: bound) == nil,
                   let name = MediumWithoutName.nameAfterHeadWords(words, from: start + range.count, limit: bound, wordsFirst: false, mention),
                   !mention.lexicon.startsPersonalName(words, at: name.lowerBound) {
                    return Speaker(name: ArticleIndex.text(words, name, mention.source), mention: mention.text, kind: .organization)
                }
            }
        }
        return nil
    }
}
