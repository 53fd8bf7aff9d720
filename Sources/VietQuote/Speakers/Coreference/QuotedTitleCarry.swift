/// A title found once belongs to the person's later quotes (ANNOTATION.md: `title` is the
/// speaker's fullest title in the article, at every quote). The article index carries a
/// title written before or after a name to the name's other mentions, but not every title a
/// quote's own mention reads: the words a chain leaves before the name (`chuyên gia hoàng
/// gia Tom Quinn`, `Thứ trưởng Bộ Giao thông vận tải Nguyễn Xuân Sang`: running text reads
/// verbs there), or an apposition's head before a body written in lower case (`Giám đốc Sở du
/// lịch TP HCM`, where the index takes `Sở` for the next name), are read in a mention only.
///
/// Recognises: silver 2024-05-15-lich-mu `Bà Nguyễn Thị Ánh Hoa, Giám đốc Sở du lịch TP HCM
/// cho biết …` then `Bà Hoa cho hay …` → the later quote gets `Giám đốc` and Việt Nam (was
/// null and null); 2024-09-09-cau-phong-chau `Theo ông Sang, …` after `Thứ trưởng Bộ Giao
/// thông vận tải Nguyễn Xuân Sang cho biết …` → `Thứ trưởng Bộ Giao thông vận tải`.
/// The title given is the best of the person's quotes: one with a side first, then the
/// longest, then the first; its side comes with it when the quote has none.
/// Rejects: a speaker who is no person (a body, a medium, a source), a quote that has a title
/// of its own (`tân Thủ tướng` is kept beside an older office), a person no quote of the
/// article titles, and a title its mention does not write beside the name
/// (`writesTitleBesideName`: silver 2025-02-18-grok-3 `Musk cùng cựu Tổng thống Mỹ Donald
/// Trump` gave Musk Trump's title; carried, it went to ten more quotes). Only quotes of the
/// same fullest name are one person.
struct QuotedTitleCarry {
    /// Gives each untitled quote of a person the title another quote of the same person reads.
    func carry(_ quotes: inout [Quote]) {
        // (Performance only: a donor is looked for only for the names with an untitled quote;
        // reading a mention for its title is a string search.)
        // (Performance only: the quotes' speakers are read in place, not each quote copied.)
        var untitled: Set<String> = []
        for position in quotes.indices where isPerson(quotes, at: position) && quotes[position].speaker.title == nil {
            untitled.insert(quotes[position].speaker.name)
        }
        guard !untitled.isEmpty else { return }
        var best: [String: Int] = [:]
        for position in quotes.indices where isPerson(quotes, at: position) && untitled.contains(quotes[position].speaker.name)
            && writesTitleBesideName(quotes[position].speaker) {
            let name = quotes[position].speaker.name
            if let known = best[name], !ranksAbove(quotes[position].speaker, quotes[known].speaker) { continue }
            best[name] = position
        }
        guard !best.isEmpty else { return }
        for position in quotes.indices where isPerson(quotes, at: position) && quotes[position].speaker.title == nil {
            guard let donor = best[quotes[position].speaker.name].map({ quotes[$0].speaker }) else { continue }
            var trace = donor.titleTrace ?? TitleTrace(.article, .quotedTitle)
            trace.origin = .article
            trace.insert(.quotedTitle)
            quotes[position].speaker.title = donor.title
            quotes[position].speaker.titleTrace = trace
            if quotes[position].speaker.affiliation == nil { quotes[position].speaker.affiliation = donor.affiliation }
            quotes[position].explanation.titleRule = trace.rendered
        }
    }

    /// Whether the speaker of `quotes[position]` is a named person. (Performance only: read in
    /// place; a `Speaker` argument copied the whole speaker, its strings retained, per quote.)
    private func isPerson(_ quotes: [Quote], at position: Int) -> Bool {
        quotes[position].speaker.kind == .person && !quotes[position].speaker.name.isEmpty
    }

    /// Whether the speaker's mention writes the title right beside the name: before a word of
    /// it (`Hoa hậu Ý Nhi` of Huỳnh Trần Ý Nhi), or after a word of it and a comma, dash or
    /// bracket (`Huỳnh Ngọc Vân – Giám đốc`). A title that heads another name (`Musk cùng cựu
    /// Tổng thống Mỹ Donald Trump`) or stands apart from the name (`Lamine Yamal lắt léo tới
    /// mức một hậu vệ kỳ cựu như Dani Carvajal`) is no title to carry: the mention may have
    /// given it to the wrong person.
    func writesTitleBesideName(_ speaker: Speaker) -> Bool {
        guard let title = speaker.title?.lowercased(), !title.isEmpty else { return false }
        let mention = speaker.mention.lowercased()
        let nameWords = Set(speaker.name.lowercased().split(separator: " "))
        var searched = mention.startIndex
        while let found = mention.range(of: title, range: searched..<mention.endIndex) {
            let after = mention[found.upperBound...].drop { Self.separators.contains($0) }
            let before = mention[..<found.lowerBound].reversed().drop { Self.separators.contains($0) }
            if let next = after.split(separator: " ").first, nameWords.contains(next) { return true }
            if let last = before.split(separator: " ").first, nameWords.contains(String(last.reversed())[...]) { return true }
            searched = found.upperBound
        }
        return false
    }

    /// What may stand between a name and its title: a space, a comma, a dash, a bracket.
    private static let separators: Set<Character> = [" ", ",", "-", "–", "—", "("]

    /// A title with a side ranks above one without, then a longer one; the first of equals stays.
    private func ranksAbove(_ speaker: Speaker, _ other: Speaker) -> Bool {
        let sided = speaker.affiliation != nil, otherSided = other.affiliation != nil
        if sided != otherSided { return sided }
        return (speaker.title?.count ?? 0) > (other.title?.count ?? 0)
    }
}
