import Testing
@testable import VietQuote

/// `CueFeelingWeight`: the feeling a `bày tỏ` cue expresses weighs as the cue's weight.
/// Sentences from the dev articles (415, 435) and the silver corpus.
@Suite struct CueFeelingWeightTests: StanceSuite {
    @Test func admirationInTheCueIsNormalization() {
        // Dev 435: Timor-Leste's president on Viet Nam; the content holds no stance word.
        let content = "sự nghiệp cách mạng, xây dựng và phát triển đất nước của lãnh đạo và nhân dân Việt Nam"
        #expect(scorer.score(content: content, cue: "nói về").label == .neutral)
        let stance = scorer.score(content: content, cue: "bày tỏ ngưỡng mộ")
        #expect(stance.label == .normalization)
        #expect(stance.evidence.contains { $0.kind == .cue && $0.text == "ngưỡng mộ" && $0.modifiers.contains { $0.name == "feeling" } })
    }

    @Test func anImpressionInTheCueIsNormalization() {
        // Dev 426: Viet Nam's prime minister on an Indian company (gold normalization):
        // `ấn tượng`, an attitude of esteem as `ngưỡng mộ`.
        let content = "quy mô, vai trò và vị thế của Tập đoàn Infosys, cũng như vai trò của ông Narayana Murthy đối với thị trường công nghệ thông tin, phần mềm của Ấn Độ"
        let stance = scorer.score(content: content, cue: "bày tỏ ấn tượng về")
        #expect(stance.label == .normalization)
        #expect(stance.evidence.contains { $0.kind == .cue && $0.text == "ấn tượng" })
    }

    @Test func negatedOrHostileFeelingIsConfrontation() {
        let content = "cách Trung Quốc xử lý vụ việc trên biển"
        #expect(scorer.score(content: content, cue: "bày tỏ sự thất vọng về").label == .confrontation)
        #expect(scorer.score(content: content, cue: "bày tỏ sự không hài lòng với").label == .confrontation)
        // Review 3 (S1): `không` negates the feeling, not the content: Iran's displeasure
        // with Israel's attacks is confrontation, as `thất vọng` with them is.
        let attacks = "các cuộc tấn công của Israel vào Gaza"
        let displeased = scorer.score(content: attacks, cue: "bày tỏ sự không hài lòng với")
        #expect(displeased.label == .confrontation)
        #expect(!displeased.evidence.contains { $0.modifiers.contains { $0.name == StanceModifierName.cueDenial.rawValue } })
        #expect(scorer.score(content: attacks, cue: "bày tỏ sự thất vọng với").label == .confrontation)
        // A negator of the content, not of a feeling, still denies it (`bác bỏ`).
        #expect(scorer.score(content: "mọi cáo buộc của Belarus", cue: "không bác bỏ").label != .normalization)
    }

    @Test func aCueRowOfItsOwnAloneWeighs() {
        // `bày tỏ lo ngại` has its own cue row (−0.1): `lo ngại` (−0.2) is not added again.
        let stance = scorer.score(content: "tình hình ở Biển Đông", cue: "bày tỏ lo ngại")
        #expect(stance.evidence.filter { $0.kind == .cue }.map(\.text) == ["bày tỏ lo ngại"])
        #expect(!stance.evidence.contains { $0.modifiers.contains { $0.name == "feeling" } })
    }

    @Test func aWishIsNoFeeling() {
        // Review 3 (S11): a wish has no polarity of its own; what is wished carries it.
        let peskov = scorer.score(content: "Ukraine sớm đầu hàng và chấp nhận các điều kiện của Nga", cue: "bày tỏ mong muốn")
        #expect(peskov.label != .normalization)
        #expect(!peskov.evidence.contains { $0.modifiers.contains { $0.name == "feeling" } })
        let lavrov = scorer.score(content: "Mỹ rút toàn bộ vũ khí hạt nhân khỏi châu Âu", cue: "bày tỏ mong muốn")
        #expect(!lavrov.evidence.contains { $0.kind == .cue && $0.text == "mong muốn" })
    }

    @Test func aDenialCueIsNoFeeling() {
        // `bác bỏ` flips its content; its own weight is no feeling of the speaker.
        let stance = scorer.score(content: "mọi cáo buộc của Belarus", cue: "bác bỏ")
        #expect(stance.label == .normalization)
        #expect(!stance.evidence.contains { $0.modifiers.contains { $0.name == "feeling" } })
    }
}
