/// A role opened by a gender word (`nam ca sĩ`, `nữ diễn viên`: class `individual` of
/// `function_words.tsv`) is an epithet: it points back to a person the reader has met. It is
/// not the article's one person of that role (`RoleRule`, `title: the article's person of this
/// title`) when that person is first named only after the mention; it is then read as an
/// epithet (`EpithetRule`: the nearest speaker before, of its gender), else it is the person
/// named as a sentence's subject before it in its paragraphs (`PronounRule`'s `.subject` reach);
/// the trace adds `title: a gendered role, its role's person named only after it`.
///
/// Recognises: silver 2024-09-16-kasim-hoang-vu `Kasim Hoàng Vũ từng phải thực hiện ca phẫu
/// thuật … Trên trang cá nhân, nam ca sĩ cho biết phải cấp cứu …` with `ca sĩ Trizzie Phương
/// Trinh` named only in the next paragraph → Kasim Hoàng Vũ (was Trizzie Phương Trinh, a woman);
/// 2024-07-15-nsnd-thanh-dien `Mới đây, Nghệ sĩ Nhân dân Thanh Điền đã chia sẻ … Cụ thể, nam nghệ
/// sĩ bày tỏ …` with `cố nghệ sĩ Thanh kim Huệ` (his late wife) named later → Thanh Điền.
/// Rejects: a role without a gender word (`Ca sĩ cho biết` in a headline may be the singer the
/// article names below), and a holder named before the mention (dev 308 `nữ phát ngôn viên Bộ
/// Ngoại giao Nga nói` after `phát ngôn viên … Maria Zakharova` keeps Maria Zakharova).
enum GenderedRoleNamedAfter {
    /// Whether `holder`, the article's person of the mention's role, is first written after the
    /// mention while the mention opens with a gender word before a lower-case role word.
    static func isNamedAfter(_ holder: ArticleIndex.Run, _ mention: MentionContext) -> Bool {
        let tokens = mention.tokens, start = mention.range.lowerBound
        guard mention.parsed.names.isEmpty, mention.words.isWord(tokens, at: start, .individual),
              let next = tokens[ifPresent: start + 1], start + 1 < mention.range.upperBound,
              next.kind == .word, !next.isCapitalized else { return false }
        return holder.span.lowerBound > tokens[start].start
    }

    /// The speaker of a gendered role whose role's person is named only after it: the epithet's
    /// (`EpithetRule`), else the person named as a subject before it; nil when neither is found
    /// (the rules after `RoleRule` then read the mention).
    static func decision(_ mention: inout MentionContext) -> SpeakerDecision? {
        if var epithet = EpithetRule().decide(&mention) {
            epithet.trace.append(.genderedRoleNamedAfter)
            return epithet
        }
        guard var subject = PronounRule.nearestNamedPerson(mention, reach: .subject) else { return nil }
        subject.mention = mention.text
        var decision = SpeakerDecision(subject, .pronounSubjectBefore)
        decision.trace.append(.genderedRoleNamedAfter)
        return decision
    }
}
