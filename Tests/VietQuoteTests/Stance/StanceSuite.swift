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
}
