/// A person named as a member of a list of three names or more (`A, B, nghệ sĩ C`, `A, B và
/// C`) is one of several people the sentence names together, mostly as an object (`với những
/// người thực hiện gồm …`): a weaker antecedent for a pronoun than a person named on their own,
/// the sentence's subject among them. `PronounRule.nearestNamedPerson` passes over such a name
/// while a person named not in a list is found before it in the same paragraph (the trace adds
/// `pronoun: skips a person named in a list`), and takes the nearest listed one when none is.
/// Each member is a run of capitalised words with at most `SpeakerLimits.listMemberTitleWords`
/// lower-case words before it (a title: `nghệ sĩ`), the members joined by a comma or `và`.
///
/// Recognises: silver 2024-08-30-son-ngoc-minh `Vào tháng 10/2017, Sơn Ngọc Minh thổ lộ câu
/// chuyện riêng trên chương trình Người kết nối với những người thực hiện gồm MC Nguyên Khang,
/// Thanh Thảo Hugo, nghệ sĩ Cát Tường. Anh cho biết, …` → Sơn Ngọc Minh (was Cát Tường).
/// Rejects: two names joined once (`Sơn Ngọc Minh và Erik vướng phải tin đồn`: both the subject),
/// a name and its apposition (`Theo Giám đốc Sở Y tế Hà Nội, ông Nguyễn Văn A`: one joint), a
/// capitalised title opening the words after the name's comma (silver 2024-06-02-mina-dating-cafe
/// `trao đổi với phóng viên Báo Người Lao Động, bà Nguyễn Thị Quỳnh Triều, Chủ tịch UBND phường
/// Bến Thành, …`: her apposition, no member after her; with the medium before her, one joint), and
/// a list member when no other person is named before the pronoun in the paragraph (it is taken).
enum ListedName {
    /// Whether the name run starting at `start` of `tokens` is a member of a list of three or
    /// more: two joints or more before and after it. A run that ends a longer capitalised one
    /// (`Tường` of `Cát Tường`) is read from its first capitalised word (as many as a name run
    /// has at most).
    static func isListed(_ tokens: [Token], at start: Int, lexicon: SpeakerLexicon) -> Bool {
        var first = start
        while first > 0, start - first < SpeakerLimits.nameRunWords, tokens[first - 1].kind == .word,
              tokens[first - 1].isCapitalized { first -= 1 }
        var joints = 0, position = first
        while joints < 2, let before = memberBefore(tokens, at: position, lexicon: lexicon) {
            joints += 1
            position = before
        }
        position = first
        while joints < 2, let after = memberAfter(tokens, at: position, lexicon: lexicon) {
            joints += 1
            position = after
        }
        return joints >= 2
    }

    /// The first word of the list member before the one starting at `start` (its title's
    /// lower-case words left out), or nil when no joint and name stand right before it.
    private static func memberBefore(_ tokens: [Token], at start: Int, lexicon: SpeakerLexicon) -> Int? {
        var position = start
        // The member's own lower-case title words (`nghệ sĩ`).
        while position > 0, start - position < SpeakerLimits.listMemberTitleWords, tokens[position - 1].kind == .word,
              !tokens[position - 1].isCapitalized, !lexicon.words.isWord(tokens, at: position - 1, .listJoint) { position -= 1 }
        guard position > 1, isJoint(tokens, at: position - 1, lexicon: lexicon) else { return nil }
        var end = position - 1
        guard tokens[end - 1].kind == .word, tokens[end - 1].isCapitalized else { return nil }
        // Back over the member before: its capitalised words.
        while end > 0, tokens[end - 1].kind == .word, tokens[end - 1].isCapitalized { end -= 1 }
        return end
    }

    /// The first capitalised word of the list member after the one starting at `start`: a joint
    /// right after its capitalised words, then at most `SpeakerLimits.listMemberTitleWords`
    /// lower-case words (a title) and a capitalised word; nil when there is none, and when a
    /// capitalised title of the lexicon opens the words right after the comma (`bà Nguyễn Thị
    /// Quỳnh Triều, Chủ tịch UBND phường …`: the name's apposition, no other member; a lower-case
    /// title before a name, `nghệ sĩ Cát Tường`, opens a member).
    private static func memberAfter(_ tokens: [Token], at start: Int, lexicon: SpeakerLexicon) -> Int? {
        var end = start
        while end < tokens.count, tokens[end].kind == .word, tokens[end].isCapitalized { end += 1 }
        guard end > start, let joint = tokens[ifPresent: end], isJoint(tokens, at: end, lexicon: lexicon) else { return nil }
        if joint.kind == .punctuation, tokens[ifPresent: end + 1]?.isCapitalized == true,
           lexicon.title(in: tokens, at: end + 1, limit: tokens.count) != nil { return nil }
        var next = end + 1
        while next < tokens.count, next - end <= SpeakerLimits.listMemberTitleWords, tokens[next].kind == .word,
              !tokens[next].isCapitalized, !lexicon.words.isWord(tokens, at: next, .listJoint) { next += 1 }
        guard let word = tokens[ifPresent: next], word.kind == .word, word.isCapitalized else { return nil }
        return next
    }

    /// A comma or a `list_joint` word (`và`) between two members.
    private static func isJoint(_ tokens: [Token], at index: Int, lexicon: SpeakerLexicon) -> Bool {
        let token = tokens[index]
        return (token.kind == .punctuation && token.key == ",") || lexicon.words.isWord(tokens, at: index, .listJoint)
    }
}
