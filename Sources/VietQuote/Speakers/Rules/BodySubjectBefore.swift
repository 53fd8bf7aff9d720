/// The head of a company alone (`Công ty`, `Ngân hàng`, `Hãng`: class `brand_head` of
/// function_words.tsv, side `none` in body_heads.tsv) with no earlier organisation speaker and
/// no body of its head named before (`BareHeadBody`) is the body whose name is the subject of a sentence or clause before it, in
/// its paragraph or the one before: a company is named by its brand, then called `Công ty`
/// (`pronoun: the body named as a subject before`).
///
/// Recognises: silver 2024-12-12-tpbank-loi `Trong thông báo …, TPBank ghi nhận sự cố gián
/// đoạn giao dịch … Ngân hàng cho biết đang nỗ lực …` → TPBank; 2024-11-13-phantom-wallet
/// `Phantom nhấn mạnh tầm quan trọng … Công ty cam kết …` → Phantom (both were the unnamed
/// `Ngân hàng`, `Công ty`).
/// Rejects: a state body's head (`Tòa`, `Bộ`, `Sở`: they name a body of the state, not a brand),
/// another head of no state (silver 2024-08-08-volvo `Hiệp hội đánh giá xe hơi châu Âu` took
/// the car `Volvo XC90`: an association, a school or a club is no brand's),
/// a name that is no subject (`phân tích của Bernstein`: a possessor), a person (a Vietnamese
/// personal name, a name the article gives a title or writes after an honorific), one
/// Vietnamese syllable alone, and a country, body or title (`SentenceSubject`). Then the head
/// stays an unnamed source that keeps its words (`pronoun: no earlier speaker`).
struct BodySubjectBefore {
    static func body(for mention: MentionContext) -> Speaker? {
        let tokens = mention.tokens, range = mention.range
        guard tokens[range.lowerBound].isCapitalized,
              let head = mention.lexicon.bodyHeads.longestMatch(in: tokens, at: range.lowerBound, limit: range.upperBound),
              head.length == range.count, !head.value.speaksForCountry,
              mention.words.match(.brandHead, in: tokens, at: range.lowerBound, limit: range.upperBound) == range.count else { return nil }
        let subject = SentenceSubject(lexicon: mention.lexicon, words: mention.words)
        for stretch in LookBack.stretches(before: mention, paragraphs: SpeakerLimits.describedAnaphorParagraphsBefore,
                                          tokens: SpeakerLimits.bareHeadTokensBefore) {
            let words = stretch.words, bound = stretch.bound
            for start in stride(from: bound - 1, through: stretch.first, by: -1) where words[start].kind == .word && words[start].isCapitalized {
                let run = mention.resolver.parser.nameRun(in: words, at: start, limit: bound)
                guard run > 0 else { continue }
                let keys = words[from: start, upTo: start + run].map(\.key)
                let full = mention.index.fullest(keys)
                guard subject.isSubject(words, at: start, length: run, fullLength: full?.keys.count ?? run, limit: bound),
                      !mention.lexicon.startsPersonalName(words, at: start), mention.index.title(of: full?.keys ?? keys) == nil,
                      !mention.index.writesAfterHonorific(words[start]) else { continue }
                // (As written: the article's fullest run of a brand can hold the country before it,
                // `Thụy Điển AB Volvo` read as `Điển AB Volvo`.)
                return Speaker(name: ArticleIndex.text(words, start..<start + run, mention.source), mention: mention.text, kind: .organization)
            }
        }
        return nil
    }
}
