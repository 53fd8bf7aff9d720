import Testing
@testable import VietQuote

/// `HomeJusticeRule`: police and courts acting at home accuse no state. Sentences from
/// silver and dev.
@Suite struct HomeJusticeRuleTests: StanceSuite {
    /// The stance of `content` (cue `cue`) said for `sides`, and whether the rule takes it back.
    func justice(_ content: String, cue: String, sides: [String?]) -> (home: Bool, stance: QuoteStance) {
        let stance = scorer.score(content: content, cue: cue, side: sides.first ?? nil)
        let reading = RelationGate.Reading(words: WordSpans(content), sides: sides, polar: stance.label != .neutral)
        return (scorer.justice.isHomeJustice(reading, label: stance.label, evidence: stance.evidence, gate: scorer.relations), stance)
    }

    @Test func ownCasesOfPoliceAndCourtsAreNeutral() {
        // Silver 2024-04-21-vuong-dinh-hue: Vietnam's ministry of public security.
        let police = justice("họ vẫn đang “tập trung lực lượng, mở rộng điều tra, làm rõ hành vi vi phạm của các bị can, sai phạm tại Công ty Cổ phần Tập đoàn Thuận An và các đơn vị, tổ chức có liên quan để xử lý nghiêm theo quy định của pháp luật và thu hồi triệt để tài sản,”",
                             cue: "cho biết", sides: ["Việt Nam"])
        // Silver 2024-11-13: Chile's prosecutor names only Chile.
        let prosecutor = justice("luật pháp Chile cho phép \"các giải pháp thay thế trong một số trường hợp nhất định\" trong các trường hợp bị cáo buộc lạm dụng tình dục",
                                 cue: "nói thêm", sides: ["Chile"])
        for (home, stance) in [police, prosecutor] {
            #expect(stance.label == .confrontation)
            #expect(home)
        }
    }

    @Test func anotherSideNamedIsAccused() {
        // Dev 417: Canada on Israel's prime minister.
        let arrest = justice("nếu Thủ tướng Israel Benjamin Netanyahu thăm nước này, ông ta có thể bị bắt giữ theo quyết định của Tòa án Hình sự Quốc tế (ICC)",
                             cue: "cho biết", sides: ["Canada"])
        #expect(arrest.stance.label == .confrontation && !arrest.home)
        // Dev 412: North Korea on Seoul's violations of its airspace.
        let airspace = justice("Seoul đưa ra các biện pháp ngăn chặn tái diễn hành vi vi phạm không phận Triều Tiên",
                               cue: "kêu gọi", sides: ["Triều Tiên"])
        #expect(!airspace.home)
    }

    @Test func aDeniedChargeOrAnotherTermKeepsThePole() {
        // Dev 116: South Korea rejects the charge (normalization, untouched).
        let denied = justice("cáo buộc trên", cue: "bác bỏ", sides: ["Hàn Quốc"])
        #expect(denied.stance.label == .normalization && !denied.home)
        // Silver 2024-05-03-niger: a demand is more than a charge.
        #expect(!scorer.justice.weighsOnlyJustice(scorer.score(content: "sự hiện diện của quân đội Mỹ là vi phạm chủ quyền đất nước", cue: "cho rằng").evidence))
    }

    @Test func aSpeakerOfTwoSidesRelatesThem() {
        // Dev 410: a joint speaker of two sides.
        let joint = justice("cáo buộc trên", cue: "cho biết", sides: ["Israel", "Hamas"])
        #expect(!joint.home)
    }

    @Test func theSilencedQuoteCarriesTheMark() {
        let stance = scorer.score(content: "làm rõ hành vi vi phạm của các bị can", cue: "cho biết")
        let silenced = HomeJusticeRule.silenced(stance)
        #expect(silenced.label == .neutral && silenced.score == 0)
        #expect(evidence(silenced, markedBy: "justice") == ["vi phạm"])
    }
}
