@testable import VietQuote

/// A suite of stance tests: the built-in lexicons are loaded once for all of them
/// (`StanceTesting.scorer`), where each suite used to build its own `StanceScorer`.
protocol StanceSuite {}

enum StanceTesting {
    static let scorer: StanceScorer = try! StanceScorer(files: .builtIn)
}

extension StanceSuite {
    /// The scorer of the built-in lexicons, shared by every stance suite.
    var scorer: StanceScorer { StanceTesting.scorer }

    /// The texts of the evidence items that a rule marked with the modifier `name`.
    func evidence(_ stance: QuoteStance, markedBy name: String) -> [String] {
        stance.evidence.filter { $0.modifiers.contains { $0.name == name } }.map(\.text)
    }
}
