/// A title with the post where it is held (`Đại sứ Nga tại Liên hợp quốc`) names the office of
/// the title without its post: written without a name, it stands for the one person the article
/// gives that shorter title (`Đại sứ Nga Vassily Nebenzia`, dev 418: `Đại sứ Nga tại Liên hợp quốc
/// phủ nhận …` is Nebenzia, not the role).
///
/// Recognises a `post` word of function_words.tsv (`tại`) inside the title after a side
/// (`Đại sứ Mỹ tại Philippines` → the office `Đại sứ Mỹ`). Rejects a post with no side before it
/// (`Đại sứ tại Liên hợp quốc`: whose ambassador is not said), and, in `RoleRule`, an article
/// that gives the shorter title to no one or to two people (`ArticleIndex.person(titled:)`).
struct TitlePost {
    let lexicon: SpeakerLexicon

    /// The end of the office in `title` (where its post starts), or nil.
    func officeEnd(of title: Range<Int>, in tokens: [Token]) -> Int? {
        guard title.count > 2 else { return nil }
        for post in title.lowerBound + 2..<title.upperBound
        where lexicon.words.match(.post, in: tokens, at: post, limit: title.upperBound) != nil {
            let hasSide = (title.lowerBound + 1..<post).contains {
                lexicon.actor(in: tokens, at: $0, limit: post) != nil
            }
            return hasSide && post + 1 < title.upperBound ? post : nil
        }
        return nil
    }
}
