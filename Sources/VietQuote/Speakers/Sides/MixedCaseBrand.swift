/// A brand written in mixed case: a Latin-script word whose first letter is lower case and a
/// later one upper case (`akaBot`, `iPOS`, `tvN`). No Vietnamese syllable and no personal name
/// is written so, and a company styles its name so; after a post (`Tổng giám đốc iPOS`) or a
/// title's link (`Trưởng phòng Tư vấn Giải pháp của akaBot`) it names the body the post
/// belongs to, as a capitalised name does (`PostOfNamedBody`), and a Vietnamese holder gets no
/// home side (`SpeakerRule.noHomeSideMixedCaseBrand`; ANNOTATION.md: companies have null).
///
/// Recognises (silver 2025-02-19-golden-gate): `Tổng giám đốc iPOS Vũ Thanh Hùng cho biết …` →
/// no side (before: `Việt Nam`); silver 2024-05-06-acb `Nguyễn Thị Vân Anh, Trưởng phòng Tư vấn
/// Giải pháp của akaBot` → no side (before: `Việt Nam`).
/// Rejects a word in lower case (`của công ty`: no name), a capitalised word (`McDonald`,
/// `FPT`: `PostOfNamedBody` reads those itself), a word with a letter outside ASCII (`đTV`: a
/// typo in Vietnamese text, not a brand) and one letter alone.
enum MixedCaseBrand {
    /// Whether `token` of `source` is a word written in mixed case.
    static func isBrand(_ token: Token, in source: SourceText) -> Bool {
        guard token.kind == .word, !token.isCapitalized, token.end - token.start >= 2 else { return false }
        let letters = source.scalars[token.range]
        return letters.allSatisfy(\.isASCII) && letters.dropFirst().contains { $0.properties.isUppercase }
    }
}
