import Foundation

/// The country a bare office title leaves implicit when its holder has a Vietnamese name:
/// Vietnamese news writes its own officials' titles without the country (`Thủ tướng Phạm
/// Minh Chính`, `Chủ tịch nước Tô Lâm`, `Thứ trưởng Bộ Nội vụ` + a Vietnamese name), and
/// ANNOTATION.md adds the country from the context — here the home side of
/// `organizations.tsv`, not the article's first country (`Dominica` in a story on the Prime
/// Minister's visit there).
///
/// Recognises: a personal name of 2–4 words starting with a family name of
/// `family_names.tsv` and a title of kind office with no side, naming no body, a national
/// body (`Thủ tướng Chính phủ`) or a body read by a state organ's head (`body_heads.tsv` side
/// `country`: `Giám đốc Trung tâm Dự báo Khí tượng Thủy văn quốc gia Mai Văn Khiêm` in a
/// typhoon story that names Trung Quốc first speaks for Việt Nam). Rejects: a title with a side (`Thủ tướng Trung Quốc Lý
/// Cường`: a Sino-Vietnamese name introduced with its country keeps that country), an
/// expert title, a title that names a body with no home side (`Chủ tịch Tập đoàn Vingroup`:
/// a company speaks for no country), a foreign name.
extension SpeakerLexicon {
    /// The home side for the bare office title `titleKeys` held by the person `name`, or nil.
    func compatriotSide(ofHolder name: [String], titleKeys: [String], kind: TitleKind) -> String? {
        guard kind == .office, SpeakerLimits.fullVietnameseNameWords.contains(name.count), familyNames.value(for: [name[0]]) != nil,
              name.allSatisfy(isVietnameseSyllable) else { return nil }
        // A body named after the title's first word (`Thứ trưởng Bộ Nội vụ`): a national body
        // gives its home side, any other body (a company, a club) none.
        // (Of several bodies, a national one decides: `Ủy viên Trung ương Đảng, Bộ trưởng Bộ Công an`.)
        // A body read by its head alone (`Trung tâm Dự báo …`, `Công an tỉnh …`, `Tổng cục THA`):
        // a state organ's head (`body_heads.tsv` side `country`) is the holder's own state's.
        var namesBody = false, namesStateOrgan = false
        let words = KeyIDs(titleKeys).ids
        for start in titleKeys.indices.dropFirst() {
            let organization = longestOrganization(words, at: start)
            if let home = organization?.homeSide { return home }
            let head = (start + 1...titleKeys.count).lazy.compactMap { self.bodyHeads.value(ids: words, range: start..<$0) }.last
            // (The first body decides: `Phó giám đốc Bệnh viện Đa khoa tỉnh Bắc Ninh` is a hospital's.)
            if !namesBody { namesStateOrgan = organization == nil && head?.speaksForCountry == true }
            namesBody = namesBody || organization != nil || head != nil
        }
        return namesBody && !namesStateOrgan ? nil : homeSide
    }

    /// Whether a word key has the shape of one Vietnamese syllable (an onset, one to three
    /// vowels, a coda), tone and vowel marks aside: `Kim Jong Un` is no Vietnamese name.
    func isVietnameseSyllable(_ key: String) -> Bool {
        // (Performance only: the letters' bases are read off a table, and the syllable is
        // matched by hand, not by a regular expression: this ran for every name word of every
        // quote, a fifth of the pipeline's time. A key with a scalar outside the table is
        // decomposed by Foundation as before.)
        let bare = SyllableShape.bare(key) ?? Array(String(key.decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { !(0x300...0x36F).contains($0.value) }).replacingOccurrences(of: "đ", with: "d").unicodeScalars)
        return syllableShape.matches(bare)
    }

    /// The organisation of `organizations.tsv` that starts at `start` in `words`, the longest.
    private func longestOrganization(_ words: [UInt32], at start: Int) -> OrganizationEntry? {
        var found: OrganizationEntry?
        for end in (start + 1)...words.count {
            if let entry = organizations.value(ids: words, range: start..<end), entry.kind == .organization { found = entry }
        }
        return found
    }
}
