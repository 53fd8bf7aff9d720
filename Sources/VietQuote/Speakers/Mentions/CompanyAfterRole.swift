/// A company written right after a role, not a person's short name (`CEO Apple Tim Cook` beside
/// `CEO Apple gửi …`): a role (`titles.tsv` kind `expert`) before a word is no evidence that the
/// word is a person's when the person after it is written on their own elsewhere in the article.
/// The words between the role and the person are then the company or club of the role.
///
/// The test: the rest of the glued run (the person, `Tim Cook`) is written somewhere in the
/// article not right after the first words (`Tim Cook, Apple vươn lên …`, `CEO Jensen Huang`).
/// A person's short name written after a role (`HLV Nuno` of `HLV Nuno Espírito Santo`) has no
/// such rest of its own: the article writes the full name or the short one, never the tail alone.
///
/// Recognises: silver 2024-04-15-tim-cook `CEO Apple Tim Cook đã có chuyến thăm …`, `CEO Apple gửi
/// lời cảm ơn`, `Tim Cook cho biết` → `Tim Cook`, title `CEO Apple`; 2024-12-05-nvidia `CEO Nvidia
/// Jensen Huang` with `CEO Nvidia cũng` and `CEO Jensen Huang` → `Jensen Huang`.
/// Rejects: `HLV Nuno Espírito Santo` with `HLV Nuno` (the article never writes `Espírito Santo`
/// alone); an honorific or pronoun before the words (`ông Kim`) stays a person's, whatever the rest.
/// Read by `PlaceBeforePersonalName`; the speaker's trace adds `name: a company after a role, the
/// person after it written alone`.
struct CompanyAfterRole {
    /// Whether the article writes the words `rest` (the person) as a run of its own, not right
    /// after the last of the words `first` (the company). `places`: where the article writes the
    /// first word of `rest` (`KeyPlaces`; performance only: every paragraph was read for each run).
    static func writesPersonApart(_ rest: [String], after first: [String], at places: [KeyPlaces.Place],
                                  paragraphs: [ParagraphContext]) -> Bool {
        guard !rest.isEmpty, let glue = first.last else { return false }
        for found in places {
            let tokens = paragraphs[Int(found.paragraph)].tokens
            let position = Int(found.position)
            guard position + rest.count <= tokens.count, rest.indices.allSatisfy({ tokens[position + $0].key == rest[$0] }) else { continue }
            if position == 0 || tokens[position - 1].key != glue { return true }
        }
        return false
    }
}
