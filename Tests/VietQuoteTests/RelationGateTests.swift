import Testing
@testable import VietQuote

/// `RelationGate`: a quote keeps a polar label only when it is about relations between
/// sides (ANNOTATION.md, Stance). Sentences from the dev articles and the silver corpus.
@Suite struct RelationGateTests: StanceSuite {
    @Test func domesticArticleIsNeutral() {
        // Slovakia's government on the attack on its prime minister (dev 424): one side only.
        let quotes: [RelationGate.Reading] = [
            .init(content: "đây là một \"âm mưu ám sát\" và ông Fico bị bắn trúng bụng", sides: ["Slovakia"], polar: true),
            .init(content: "họ muốn kích động bạo lực", sides: ["Slovakia"], polar: true),
        ]
        #expect(scorer.relations.relational(quotes) == [false, false])
    }

    @Test func sidesThatNeverMeetInAQuoteMakeNoRelation() {
        // A shooting at home (dev 431): the president and a foreign prime minister speak,
        // but no quote relates two sides.
        let quotes: [RelationGate.Reading] = [
            .init(content: "bạo lực chính trị sẽ không bao giờ được chấp nhận", sides: ["Mỹ"], polar: true),
            .init(content: "Bạo lực chính trị ở bất cứ hình thức nào cũng không có chỗ tồn tại trong những xã hội của chúng ta", sides: ["Anh"], polar: true),
        ]
        #expect(scorer.relations.relational(quotes) == [false, false])
    }

    @Test func aQuoteOfTwoSidesThatPushesNothingMakesNoRelation() {
        // The same shooting (dev 431): the foreign prime minister names the United States,
        // but only to say he is shocked (his quote keeps its neutral label); the
        // president's condemnation stays domestic.
        let quotes: [RelationGate.Reading] = [
            .init(content: "ông bàng hoàng trước những cảnh tượng gây sốc tại cuộc vận động tranh cử của cựu Tổng thống Mỹ Donald Trump", sides: ["Anh"], polar: false),
            .init(content: "bạo lực chính trị sẽ không bao giờ được chấp nhận", sides: ["Mỹ"], polar: true),
        ]
        #expect(scorer.relations.relational(quotes) == [true, false])
        // A quote of two sides that takes a pole makes the article one of relations.
        var war = quotes
        war[0] = .init(content: "Mỹ cần chấm dứt viện trợ vũ khí cho Ukraine", sides: ["Nga"], polar: true)
        #expect(scorer.relations.relational(war) == [true, true])
    }

    @Test func quoteOfNoSideNamingNoneIsNeutral() {
        // A coach after a match (silver): no side speaks, none is named.
        let quotes: [RelationGate.Reading] = [
            .init(content: "Chúng tôi đã chơi tấn công quyết liệt và xứng đáng giành chiến thắng", sides: [], polar: true),
        ]
        #expect(scorer.relations.relational(quotes) == [false])
    }

    @Test func quoteBetweenTwoSidesOrOnAMatterBetweenStatesKeepsItsLabel() {
        // A side names another (dev 000).
        let pair: [RelationGate.Reading] = [.init(content: "Moscow sẵn sàng bình thường hóa quan hệ với Washington", sides: ["Nga"], polar: true)]
        #expect(scorer.relations.relational(pair) == [true])
        // In an article where two sides speak, a side's quote naming none keeps its label,
        // and so does an expert's on a matter between states.
        let war: [RelationGate.Reading] = [
            .init(content: "Chúng tôi sẽ đáp trả", sides: ["Iran"], polar: true),
            .init(content: "Israel có quyền tự vệ", sides: ["Mỹ"], polar: true),
            .init(content: "lệnh ngừng bắn khó được duy trì", sides: [], polar: true),
            .init(content: "thị trường chứng khoán sẽ phục hồi", sides: [], polar: true),
        ]
        #expect(scorer.relations.relational(war) == [true, true, true, false])
    }

    @Test func aTeamNamedByItsCountryIsNoSide() {
        // Silver, sport: two national teams, no state.
        #expect(scorer.relations.reading("U23 Việt Nam đã thắng U23 Indonesia trong trận đấu căng thẳng").sides.isEmpty)
        #expect(scorer.relations.reading("Bóng đá Nhật Bản rất mạnh, đội tuyển Thái Lan cũng vậy").sides.isEmpty)
        // A marker before `nước` and the country (silver, Romano on a transfer): a team.
        #expect(scorer.relations.reading("MU sẽ ký hợp đồng với Manuel Ugarte từ PSG sau khi đội bóng nước Anh hoàn tất quá trình đàm phán").sides.isEmpty)
        // A quote about a match (silver): its countries are teams wherever they stand.
        #expect(scorer.relations.reading("Đan Mạch mắc sai lầm khi không chọn tiền vệ Matt O'Riley").sides.isEmpty)
        #expect(scorer.relations.reading("Bồ Đào Nha ghi bàn ở phút 90, Séc không kịp gỡ hòa").sides.isEmpty)
        // A country after any other word is still a side.
        #expect(scorer.relations.reading("Việt Nam và Indonesia đã ký thỏa thuận").sides == ["Việt Nam", "Indonesia"])
    }

    @Test func oneQuoteAboutSportMakesASportsArticle() {
        // Silver, a cup draw: the coach's wish names two countries and no sport word, but
        // another quote of the article names a team.
        let wish = RelationGate.Reading(content: "Chúng tôi muốn gặp Thái Lan hơn Philippines", sides: ["Việt Nam"])
        #expect(scorer.relations.relational([wish]) == [true])
        let team = RelationGate.Reading(content: "U23 Việt Nam sẽ có chiến thắng trước U23 Kuwait", sides: [])
        #expect(scorer.relations.relational([wish, team]) == [false, false])
        // A match word anywhere in the article does the same.
        let match = RelationGate.Reading(content: "Bồ Đào Nha ghi bàn ở phút 90", sides: [])
        #expect(scorer.relations.relational([wish, match]) == [false, false])
        // A recruitment (`tuyển dụng`) names no team: the article stays about states. (Not
        // `ở Việt Nam`: a country after `ở` is a place, no side, `SidePlaceRule`.)
        let jobs = RelationGate.Reading(content: "công ty sẽ tuyển dụng thêm kỹ sư cho Việt Nam", sides: [])
        #expect(scorer.relations.relational([wish, jobs]) == [true, true])
    }

    @Test func arbitrationIsNoSport() {
        // Review 3 (M2): the ruling of `Tòa Trọng tài` on the Biển Đông: `trọng tài` is also
        // a referee, but alone it makes no quote about sport and no sports article.
        #expect(scorer.relations.reading("Philippines hoan nghênh phán quyết của Tòa Trọng tài về Biển Đông").sides == ["Philippines"])
        let quotes: [RelationGate.Reading] = [
            .init(content: "Philippines hoan nghênh phán quyết của Tòa Trọng tài và kêu gọi các bên tôn trọng", sides: ["Philippines"], polar: true),
            .init(content: "Philippines đã vi phạm chủ quyền và Trung Quốc sẽ có biện pháp đáp trả", sides: ["Trung Quốc"], polar: true),
            .init(content: "Mỹ lên án các hành động đe dọa của Trung Quốc", sides: ["Mỹ"], polar: true),
        ]
        #expect(scorer.relations.relational(quotes) == [true, true, true])
        // Beside another word of a match, `trọng tài` is the referee.
        #expect(scorer.relations.reading("trọng tài đã không thổi phạt đền cho Thái Lan").sides.isEmpty)
        #expect(scorer.relations.reading("trọng tài và việc chuyển nhượng cầu thủ Thái Lan").sides.isEmpty)
        // A referee spoken of in two quotes makes a sports article (silver, a row over
        // referees); `Tòa Trọng tài`, a name, is none of them.
        let referee = RelationGate.Reading(content: "Real Madrid đã gây áp lực với trọng tài", sides: ["Tây Ban Nha"])
        #expect(scorer.relations.relational(quotes + [referee]) == [true, true, true, true])
        #expect(scorer.relations.relational(quotes + [referee, referee]) == [false, false, false, false, false])
    }

    @Test func aCueAloneRelatesNoSides() {
        // Dev 423, an international article (the nominee on NATO and China): his criticism
        // of a general at home weighs only by its cue `chỉ trích` and names no side: neutral.
        let war = RelationGate.Reading(content: "Trung Quốc đang trên đà thống trị các nước láng giềng", sides: ["Mỹ"], polar: true)
        let general = RelationGate.Reading(content: "ông Milley vì đã không thực thi nghiêm túc các chính sách của ông Trump khi còn đương chức",
                                           sides: ["Mỹ"], polar: true, cueOnly: true)
        #expect(scorer.relations.relational([war, general]) == [true, false])
        // The same cue on a content that names another side (dev 106), or a content word
        // of its own from the speaker's side (`đáp trả`), keeps its label.
        let china = RelationGate.Reading(content: "hành động của Trung Quốc ở Biển Đông", sides: ["Mỹ"], polar: true, cueOnly: true)
        let reply = RelationGate.Reading(content: "sẽ đáp trả", sides: ["Mỹ"], polar: true)
        #expect(scorer.relations.relational([war, china, reply]) == [true, true, true])
    }

    @Test func aSideOnlyGuessedForAPersonMakesNoPair() {
        // Silver, sport: a coach of no title, given Việt Nam because the article names it
        // first, speaks of Thái Lan: no relation between states.
        let coach = RelationGate.Reading(content: "Thái Lan là đội bóng mạnh, đó là điều chắc chắn", sides: ["Việt Nam"],
                                         polar: true, guessedSide: true)
        #expect(scorer.relations.relational([coach]) == [false])
        // The same words from a speaker who is known to speak for Việt Nam relate two sides.
        var minister = coach
        minister.guessedSide = false
        #expect(scorer.relations.relational([minister]) == [true])
    }

    @Test func countryWordInsideAPersonalNameIsNoSide() {
        #expect(scorer.relations.reading("bà Trương Mỹ Lan đã nộp thêm tiền khắc phục hậu quả").sides.isEmpty)
        #expect(scorer.relations.reading("Ngoại trưởng Nga Sergei Lavrov đã gặp người đồng cấp Mỹ").sides == ["Nga", "Mỹ"])
        #expect(scorer.relations.reading("Nga, Ukraine, Belarus đều tăng quân").sides == ["Nga", "Ukraine", "Belarus"])
        // `Anh ấy` is "he", not the United Kingdom (dev 450).
        #expect(scorer.relations.reading("Anh ấy đã phạm sai lầm. Chúng tôi không biết tại sao").sides.isEmpty)
        #expect(scorer.relations.reading("Anh và Pháp phản đối").sides == ["Anh", "Pháp"])
    }

    @Test func silencedQuoteIsNeutralWithItsEvidence() {
        let stance = scorer.score(content: "họ muốn kích động bạo lực", cue: "cáo buộc")
        #expect(stance.label == .confrontation)
        let silenced = RelationGate.silenced(stance)
        #expect(silenced.label == .neutral)
        #expect(silenced.score == 0)
        #expect(silenced.evidence.filter { $0.kind != .modifier && $0.weight != 0 }
            .allSatisfy { $0.contribution == 0 && $0.modifiers.last?.name == "no-relation" })
    }

    @Test func pipelineKeepsTheArbitrationArticle() throws {
        // Review 3 (M2): the Philippines welcomes the ruling of `Tòa Trọng tài`, China
        // accuses and threatens, the US condemns: no sport, every stance kept.
        let extractor = try QuoteExtractor()
        let text = """
            Philippines hoan nghênh phán quyết về Biển Đông

            Bộ trưởng Ngoại giao Philippines Perfecto Yasay cho biết Philippines hoan nghênh phán quyết của Tòa Trọng tài và kêu gọi các bên kiềm chế.

            Người phát ngôn Bộ Ngoại giao Trung Quốc Lục Khảng cáo buộc Philippines khiêu khích và đe dọa sẽ đáp trả mạnh mẽ.

            Người phát ngôn Bộ Ngoại giao Mỹ lên án hành động đe dọa của Trung Quốc đối với Philippines.
            """
        let result = extractor.extract(text, document: "arbitration")
        let labels = result.quotes.map { ($0.content, $0.stance?.label) }
        #expect(labels.contains { $0.0.contains("Tòa Trọng tài") && $0.1 == .normalization })
        #expect(labels.contains { $0.0.contains("hành động đe dọa") && $0.1 == .confrontation })
    }

    @Test func pipelineSilencesADomesticArticle() throws {
        let extractor = try QuoteExtractor()
        let text = """
            Vụ nổ súng tại Slovakia

            Bộ trưởng Nội vụ Slovakia Matus Sutaj Estok cáo buộc những kẻ tấn công muốn kích động bạo lực.
            """
        let result = extractor.extract(text, document: "slovakia")
        #expect(!result.quotes.isEmpty)
        #expect(result.quotes.allSatisfy { $0.stance?.label == .neutral })
        #expect(result.stance?.label == .neutral)
    }
}
