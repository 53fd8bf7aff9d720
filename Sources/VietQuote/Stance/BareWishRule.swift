/// A wish of a speaker that speaks for no side is no stance between states (ANNOTATION.md,
/// Stance: stance is about relations between states and the sides of an international
/// conflict; a singer's reply or a footballer's boast is neutral whatever its words). A hope
/// or a chance (`stance.tsv` category intend, weight at most `StanceThresholds.bareWish`:
/// `hy vọng`, `mong muốn`, `mong`, `cơ hội`) names no act: said by a state it is an intent
/// towards another; said by a singer, a player, a statistics provider or a beauty queen it
/// is a wish of their own. A polar quote whose speaker has no side and whose every weighing
/// term and cue is such a wish is neutral. A side only guessed from the article
/// (`RelationGate.Reading.guessedSide`: an untitled person in an article about a state) is
/// no side of the speaker's own (as `EventReportRule` reads it).
///
/// Example (silver): a K-pop singer's `mong muốn của anh là sẽ có nhiều dịp và cơ hội để gia
/// tăng hơn nữa những điểm giao thoa trong văn hóa - con người Việt Nam và Hàn Quốc`; Opta's
/// `Bỉ có 61,5% cơ hội giành chiến thắng, xác suất thắng của Slovakia chỉ là 18,9%`; a
/// footballer's `anh hy vọng Tây Ban Nha và Argentina sẽ giành chiến thắng` are neutral.
/// Rejects: a speaker with a side (`Trung Quốc hy vọng …`: a state's intent), a wish beside
/// a term of an act (dev 313, `EU hy vọng Serbia và Kosovo sẽ nối lại đàm phán`, said by an
/// EU official the speakers left with no side: `đàm phán` weighs; gold normalization), a
/// stronger intent (`sẵn sàng đàm phán`, `cam kết`), and a cue that weighs (`hứa`).
/// Evidence: each term of a quote it silences carries the modifier `bare-wish`.
enum BareWishRule {
    /// Whether a quote read as `reading`, polar, of a speaker of no side (or only a guessed
    /// one), weighs only bare wishes in `evidence`.
    static func isBareWish(_ reading: RelationGate.Reading, evidence: borrowing [StanceEvidence]) -> Bool {
        guard reading.polar, reading.guessedSide || reading.sides.allSatisfy({ $0 == nil }) else { return false }
        var wishes = 0
        for index in evidence.indices where evidence[index].kind != .modifier && evidence[index].contribution != 0 {
            guard evidence[index].kind == .term, evidence[index].category == StanceCategory.intend.rawValue,
                  abs(evidence[index].weight) <= StanceThresholds.bareWish else { return false }
            wishes += 1
        }
        return wishes > 0
    }

    /// `stance` silenced: score 0, `neutral`, each weighing record marked `bare-wish`.
    static func silenced(_ stance: QuoteStance) -> QuoteStance {
        stance.silenced(by: .bareWish)
    }
}
