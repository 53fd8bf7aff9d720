import Foundation
import Testing
@testable import VietQuote

/// A fuzzer that speaks Vietnamese: seeded sentences in the constructions of `QuoteRule`, made
/// of the project's lexicons and the dev gold, and real dev sentences, mutated (a mark, comma,
/// cue or name dropped, inserted, doubled or swapped; zero-width characters, soft hyphens, BOM and
/// CR LF inserted; cut; joined). Every case must go through: one result for its input, valid JSON,
/// every span inside the input, and the input's text at each span, normalised, equal to the
/// quote's content (`QuoteSpanCheck`). A failure prints the case's seed and index and its text.
@Suite struct VietnameseFuzzTests {
    static let extractor = try! QuoteExtractor()

    /// The problems of one case; empty when it goes through.
    static func problems(of text: String, label: String) -> [String] {
        let result = extractor.extract(text, document: label)
        var problems = QuoteSpanCheck.problems(in: result, input: text)
        if result.document != label { problems.append("the result is for \(result.document)") }
        if let line = try? result.jsonLine() {
            if line.contains("\n") || (try? JSONSerialization.jsonObject(with: Data(line.utf8))) == nil {
                problems.append("not one line of valid JSON")
            }
        } else {
            problems.append("the result does not encode")
        }
        return problems
    }

    /// Runs `count` cases of `make` from `seed`; returns the failures (at most 10 reported).
    static func run(seed: UInt64, count: Int, make: (inout VietnameseSentenceGenerator) -> String) -> Int {
        var generator = VietnameseSentenceGenerator(seed: seed)
        var failures = 0
        for index in 0..<count {
            let text = make(&generator)
            let problems = problems(of: text, label: "seed \(seed) case \(index)")
            if !problems.isEmpty {
                failures += 1
                if failures <= 10 {
                    Issue.record("seed \(seed) case \(index): \(problems.joined(separator: "; "))\n  input: \(text.debugDescription)")
                }
            }
        }
        return failures
    }

    @Test func theMaterialComesFromTheLexiconsAndTheDevSet() {
        let material = VietnameseSentenceGenerator.Material.shared
        #expect(material.cues.contains("cho biết") && material.mediumCues.contains("dẫn lời"))
        #expect(material.titles.count > 100 && material.organizations.count > 100 && material.actors.count > 100)
        #expect(material.venues.contains("trong cuộc phỏng vấn") && material.complementizers.contains("rằng"))
        #expect(material.persons.count > 50 && material.contents.count > 500 && material.realSentences.count > 1000)
    }

    /// Generated constructions (the issue's sentence among them: scene, comma, name, cue, comma),
    /// mutated or not; two seeds of 7,000 cases, so that the two halves run side by side.
    @Test(arguments: [2026_12_06 as UInt64, 12])
    func generatedConstructionsGoThrough(seed: UInt64) {
        let failures = Self.run(seed: seed, count: 7_000) { $0.nextCase() }
        #expect(failures == 0)
    }

    /// Real sentences of the dev corpus, mutated one to four times.
    @Test func mutatedRealSentencesGoThrough() {
        let failures = Self.run(seed: 7, count: 6_000) { generator in
            generator.mutated(generator.pick(generator.material.realSentences))
        }
        #expect(failures == 0)
    }

    /// Several mutated sentences as the paragraphs of one article (headline, cue paragraph,
    /// quoted paragraph), the way quotes meet their context in a page.
    @Test func mutatedArticlesGoThrough() {
        let failures = Self.run(seed: 99, count: 600) { generator in
            (0..<Int.random(in: 2...8, using: &generator.random)).map { _ in generator.nextCase() }
                .joined(separator: generator.pick(["\n\n", "\n", "\r\n\r\n", " "]))
        }
        #expect(failures == 0)
    }
}
