/// A row of `role_kinds.tsv`: a role that is another way to write a role (`same`:
/// `huấn luyện viên` is `HLV`) or a kind of it (`member`: a `tiền vệ` is a `cầu thủ`).
/// Read by `PointingRole` through `SpeakerLexicon.role(_:isHeldBy:)`.
struct RoleKind: Sendable, Hashable {
    /// The match keys of the role it stands for or belongs to, joined by a space.
    let of: String
    /// Another way to write `of` (`same`), or a kind of it (`member`).
    let same: Bool

    /// The rows of `role_kinds.tsv`, by the match keys of the role, joined by a space.
    static func table(_ files: LexiconFiles) throws(LexiconError) -> [String: RoleKind] {
        var kinds: [String: RoleKind] = [:]
        for row in try files.table("role_kinds.tsv", columns: ["role", "relation", "of"]).rows {
            let role = MatchKey.words(try row.required("role")).joined(separator: " ")
            let same = try row.choice("relation", in: ["same", "member"]) == "same"
            kinds[role] = RoleKind(of: MatchKey.words(try row.required("of")).joined(separator: " "), same: same)
        }
        return kinds
    }
}

extension SpeakerLexicon {
    /// Whether a person titled with the chain `title` (match keys) holds the role `role` (the
    /// chain of a bare role, match keys): the same role, written the same or another way
    /// (`same`), or a kind of it (`member`: `tiền vệ` holds `cầu thủ`; never the other way).
    func role(_ role: [String], isHeldBy title: [String]) -> Bool {
        let wanted = canonicalRole(role.joined(separator: " "))
        let held = canonicalRole(title.joined(separator: " "))
        if wanted == held { return true }
        guard let kind = roleKinds[held], !kind.same else { return false }
        return canonicalRole(kind.of) == wanted
    }

    /// The role a chain is another way to write (`huấn luyện viên` → `hlv`), else the chain.
    private func canonicalRole(_ keys: String) -> String {
        guard let kind = roleKinds[keys], kind.same else { return keys }
        return kind.of
    }
}
