import Testing
@testable import VietQuote

/// `StanceLexicon`'s load checks, on the built-in lexicons with `stance.tsv` replaced: a
/// phrase two rows claim (the owners are keyed by `ByteKeys`: the two tone placements of
/// `hóa`/`hoá` are one match key) and a category that is none of `StanceCategory`'s fail
/// with the row's line.
@Suite struct StanceLexiconLoadTests {
    /// The built-in lexicons with `stance.tsv` holding `rows` after its comment and header
    /// (the first row is line 3).
    static func files(stance rows: String) -> LexiconFiles {
        var texts = LexiconFiles.builtIn.texts
        texts["stance.tsv"] = "# test\nterm\tweight\tcategory\n" + rows
        return LexiconFiles(origin: "test", texts: texts)
    }

    @Test func theBuiltInLexiconsLoad() throws {
        _ = try StanceLexicon(files: .builtIn)
    }

    /// The error loading the lexicons with `stance.tsv` holding `rows`, or nil when they load.
    static func loadError(stance rows: String) -> LexiconError? {
        do {
            _ = try StanceLexicon(files: files(stance: rows))
            return nil
        } catch {
            return error
        }
    }

    @Test func aPhraseTwoRowsHoldFailsAtTheSecond() throws {
        let error = try #require(Self.loadError(stance: "bình thường hóa quan hệ\t0.6\tintend\nbình thường hoá quan hệ\t0.5\tintend\n"))
        #expect(error.line == 4)
        #expect(error.reason.contains("already an entry of stance.tsv:3"))
    }

    @Test func aCategoryOfNoKindFailsNamingTheAllowedOnes() throws {
        let error = try #require(Self.loadError(stance: "bình thường hóa quan hệ\t0.6\tfriendly\n"))
        #expect(error.line == 3)
        #expect(error.reason.contains("'friendly' is not one of"))
        #expect(error.reason.contains("intend"))
    }
}
