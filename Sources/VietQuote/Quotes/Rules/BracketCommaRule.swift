/// A comma inside a bracket that the subject closes (`Bạn Phương Thư (18 tuổi, Hà Nội)`) is no
/// clause mark: the bracket is an aside about the speaker (age, home, unit), and its comma
/// separates the aside's own parts. The subject read leftwards from the cue goes on over it to
/// the opening bracket and the name before it. A subject it lengthens carries this rule's id
/// (`FoundQuote.refinements`).
///
/// Example: silver 2024-10-21-halloween-nam-2024 `Bạn Phương Thư (18 tuổi, Hà Nội) hào hứng chia
/// sẻ: …` → the subject `Bạn Phương Thư (18 tuổi, Hà Nội) hào hứng` (was `Hà Nội) hào hứng`, which the
/// Speakers stage read as the country `Việt Nam`).
/// Rejects: a comma outside a bracket (`Tuy nhiên, ông X cho biết`), a bracket followed by a
/// mark (silver 2024-09-09-song-hong `… Chương Dương Độ (quận Hoàn Kiếm, Hà Nội), lực lượng
/// chức năng …`: a clause ends at it), a comma before an opening
/// bracket the subject holds whole (`…, ông X (Hà Nội) cho biết`), a bracket right before the cue
/// (`anh Thuần (Hoài Đức, Hà Nội) cho biết`: the subject ends before its `)`, and the Speakers stage
/// reads the words before it, `BracketedMention`), and a bracket longer than
/// `Limits.bracketAsideTokens` (a clause in brackets, not an aside).
struct BracketCommaRule {
    let id = QuoteRefinement.commaInBracket

    /// Whether the comma at `index`, read leftwards within `lower..<end`, stands inside a
    /// bracket opened after `lower` and closed before `end`, the subject going on after it with
    /// no mark (`(quận Hoàn Kiếm, Hà Nội), lực lượng chức năng chặn đường`: a mark after the
    /// bracket, so this rule leaves the comma inside it a clause mark).
    func isInsideBracket(at index: Int, in tokens: [Token], lower: Int, end: Int) -> Bool {
        guard tokens[index].kind == .punctuation, tokens[index].key == "," else { return false }
        // The first bracket after the comma closes it, before `end`.
        guard let close = (index + 1..<end).first(where: { tokens[$0].key == "(" || tokens[$0].key == ")" }),
              tokens[close].key == ")", close + 1 < end, tokens[close + 1].kind != .punctuation else { return false }
        // The last bracket before the comma opens it, after `lower`.
        guard let open = (lower..<index).last(where: { tokens[$0].key == "(" || tokens[$0].key == ")" }),
              tokens[open].key == "(" else { return false }
        return close - open <= QuoteFinder.Limits.bracketAsideTokens
    }
}
