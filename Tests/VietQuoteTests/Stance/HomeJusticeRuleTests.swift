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
        let presence = "sự hiện diện của quân đội Mỹ là vi phạm chủ quyền đất nước"
        #expect(!scorer.justice.weighsOnlyJustice(scorer.score(content: presence, cue: "cho rằng").evidence,
                                                  in: RelationGate.Reading(content: presence, sides: [])))
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

    @Test func aTermIsReadInTheQuotesWords() throws {
        // The pipeline's path (review14 S12): a quote's content read in its paragraph's tokens,
        // each term looked up there, not tokenized again; silver 2024-04-21-vuong-dinh-hue.
        let text = "Bộ Công an cho biết họ vẫn đang làm rõ hành vi vi phạm của các bị can."
        let source = SourceText(text)
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
        let start = try #require(tokens.firstIndex { $0.key == MatchKey.words("làm")[0] })
        let content = WordSpans(tokens, range: start..<tokens.count - 1, in: source)
        let stance = scorer.score(content: content, cue: nil, side: "Việt Nam")
        let reading = RelationGate.Reading(words: content, sides: ["Việt Nam"])
        let term = try #require(stance.evidence.first { $0.kind == .term && $0.contribution != 0 })
        #expect(content.wordRange(at: try #require(term.range), text: term.text) != nil)
        #expect(scorer.justice.weighsOnlyJustice(stance.evidence, in: reading))
    }

    @Test func aCitizenOfAnotherSideIsNamed() {
        // Silver 2024-11-13-can-ve-chu-tich-nuoc-luong-cuong: Chile's foreign ministry on a
        // Vietnamese citizen arrested in Chile (review14 M4): the citizenship is no side for the
        // gate, but it is another state's citizen, so no home justice.
        let content = "cận vệ của ông Cường, cũng là công dân Việt Nam, đã bị bắt vào đêm ngày 10/11 sau khi bị cáo buộc tấn công tình dục"
        var citizens: [String] = []
        scorer.relations.places.citizenships(WordSpans(content), names: scorer.relations.names) { citizens.append($0) }
        #expect(citizens == ["Việt Nam"])
        #expect(scorer.relations.sides(in: WordSpans(content)).isEmpty)
        #expect(!justice(content, cue: "cho biết", sides: ["Chile"]).home)
        // Silver 2024-11-13: Chile's prosecutor on a citizen of Chile, his own side: no other side.
        var own: [String] = []
        scorer.relations.places.citizenships(WordSpans("đây là thỏa thuận \"một lần\", được nạn nhân, là một công dân Chile, chấp nhận"),
                                             names: scorer.relations.names) { own.append($0) }
        #expect(own == ["Chile"])
    }
    @Test func aSpeakerOfNoSideOnOneStatesCourtsIsNeutral() {
        // Silver 2024-08-16-nguyen-chi-tuyen: Human Rights Watch, a speaker of no side, on
        // Vietnam's charges against an activist (a government and its critics at home).
        let rights = justice("chính quyền Việt Nam hủy bỏ mọi cáo buộc đối với ông Tuyến", cue: "kêu gọi", sides: [nil])
        #expect(rights.stance.label == .confrontation && rights.home)
        // Silver 2024-06-06-huynh-thuc-vy: the activist herself, of no side, names Vietnam only.
        let activist = justice("hành vi xịt sơn của mình trên quốc kỳ của Việt Nam là do “đất nước đang bị nhấn chìm dưới núi nợ nần! Không có gì để gọi là ăn mừng: nào là Formosa; nạn ô nhiễm; ung thư; thuốc giả; tù nhân lương tâm; vi phạm nhân quyền…",
                               cue: "lý giải", sides: [nil])
        #expect(activist.stance.label == .confrontation && activist.home)
        // The same words said by Vietnam's own side: its own cases, as before.
        #expect(justice("chính quyền Việt Nam hủy bỏ mọi cáo buộc đối với ông Tuyến", cue: "kêu gọi", sides: ["Việt Nam"]).home)
    }

    @Test func aSpeakerOfNoSideNamingTwoSidesRelatesThem() {
        // Dev 422: North Korea's charge about South Korea's drones names two sides.
        let content = "cáo buộc của Triều Tiên về các chuyến bay không người lái của Hàn Quốc có thể nhằm mục đích tạo ra căng thẳng, phục vụ mục đích của họ"
        let reading = RelationGate.Reading(words: WordSpans(content), sides: [nil])
        #expect(!scorer.justice.namesOneSideForNoState(reading, gate: scorer.relations))
        #expect(!justice(content, cue: "nói", sides: [nil]).home)
        // A speaker with a side guessed is not a speaker of no side.
        var guessed = RelationGate.Reading(words: WordSpans("chính quyền Việt Nam hủy bỏ mọi cáo buộc đối với ông Tuyến"), sides: ["Mỹ"])
        guessed.guessedSide = true
        #expect(!scorer.justice.namesOneSideForNoState(guessed, gate: scorer.relations))
    }

    @Test func aRightsGroupOnOneStatesCourtsIsNeutral() {
        // Silver 2024-08-16-nguyen-chi-tuyen: Human Rights Watch, a side of its own for the
        // article (organizations.tsv `self`), no state.
        let content = "chính quyền Việt Nam hủy bỏ mọi cáo buộc đối với ông Tuyến"
        #expect(scorer.justice.isRightsGroup("HRW") && scorer.justice.isRightsGroup("Tổ chức Theo dõi Nhân quyền"))
        let rights = justice(content, cue: "kêu gọi", sides: ["HRW"])
        #expect(rights.stance.label == .confrontation && rights.home)
        // An international court is a body of states, no rights group (dev 417, the ICC).
        #expect(!scorer.justice.isRightsGroup("ICC"))
        #expect(!justice(content, cue: "kêu gọi", sides: ["ICC"]).home)
    }
}
