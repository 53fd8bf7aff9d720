import Testing
@testable import VietQuote

/// `CueLexicon` reading `lexicons/cues.tsv`: the `cue [required]` row syntax.
@Suite struct CueLexiconTests {
    func files(cues rows: String) -> LexiconFiles {
        var texts = LexiconFiles.builtIn.texts
        texts["cues.tsv"] = "# x\ncue\tcategory\nnói\tstatement\n" + rows
        return LexiconFiles(origin: "lexicons", texts: texts)
    }

    // `thêm [rằng]` (cues.tsv): the cue is `thêm`, and it fires only before `rằng`.
    @Test func bracketedWordFollowsTheCueAndIsNoPartOfIt() throws {
        let lexicon = try CueLexicon(files: files(cues: "thêm [rằng]\tstatement\n"))
        let text = SourceText("Ông nói thêm rằng giá sẽ tăng.")
        let tokens = Tokenizer.tokens(in: text, range: 0..<text.count)
        let index = try #require(tokens.firstIndex { $0.key == "thêm" })
        let match = try #require(lexicon.match(in: tokens, at: index))
        #expect(match.length == 2)
        #expect(match.entry.context == 1)
        #expect(match.entry.origin == "cues.tsv:4")
    }

    // A row that is only a bracket would be a zero-length cue; a bracket that is not the
    // row's end, an unclosed one or an empty one would be read as a literal phrase.
    @Test func badBracketRowFailsWithItsLine() {
        let bad: [(String, String)] = [
            ("[rằng]", "no cue before the bracket"),
            ("thêm [rằng] nữa", "must end in one bracket"),
            ("thêm [rằng", "must end in one bracket"),
            ("thêm []", "empty bracket"),
            ("thêm [ ]", "empty bracket"),
            ("thêm [rằng] [là]", "must end in one bracket"),
        ]
        for (row, reason) in bad {
            do {
                _ = try CueLexicon(files: files(cues: "\(row)\tstatement\n"))
                Issue.record("cues.tsv row '\(row)' loaded")
            } catch {
                #expect(error.file == "lexicons/cues.tsv")
                #expect(error.line == 4)
                #expect(error.reason.contains(reason), "\(row): \(error.reason)")
            }
        }
    }

    // review3 S4: `thề` is a vow (its own category, not an accusation): the vowed act is its
    // content without `rằng`/`sẽ`, while a bare pledge (`cam kết thúc đẩy …`) is a plan.
    @Test func vowStatesItsActWithoutAComplementizer() throws {
        let lexicon = try CueLexicon(files: .builtIn)
        let text = SourceText("Hezbollah thề trả đũa.")
        let tokens = Tokenizer.tokens(in: text, range: 0..<text.count)
        let index = try #require(tokens.firstIndex { $0.key == "thề" })
        #expect(lexicon.match(in: tokens, at: index)?.entry.category == .vow)
        let extractor = QuoteRuleTesting.extractor
        let vowed = extractor.extract("Tin thế giới\n\nLực lượng Hezbollah ở Lebanon thề trả đũa Israel.", document: "t").quotes
        #expect(vowed.map(\.content) == ["trả đũa Israel"])
        #expect(extractor.extract("Tin thế giới\n\nHai nước cam kết thúc đẩy quan hệ hợp tác.", document: "t").quotes.isEmpty)
    }
}
