import Testing
@testable import VietQuote

/// `HeadlineColonRule` (A headline `X: words`.) on sentences from the dev articles (or written like one).
@Suite struct HeadlineColonRuleTests: QuoteRuleSuite {
    @Test func headlineColon() {
        let found = Self.extractor.extract("Nga: Mỹ đang đẩy quan hệ song phương vào ngõ cụt\n\nTGVN. Quan hệ hai nước tiếp tục xấu đi trong tuần qua.", document: "t").quotes
        #expect(found.map(\.content) == ["Mỹ đang đẩy quan hệ song phương vào ngõ cụt"])
        #expect(found.first?.cue == ":")
    }

    @Test func headlineColonCarriesItsRuleBodyColonDoesNot() {
        let found = Self.extractor.extract("Nga: Mỹ đang đẩy quan hệ song phương vào ngõ cụt\n\nTGVN. Quan hệ hai nước tiếp tục xấu đi trong tuần qua.", document: "t").quotes
        #expect(found.first?.explanation.quoteRule == .headlineColon)
        #expect(quotes("Nga: Mỹ đang đẩy quan hệ song phương vào ngõ cụt trong nhiều tháng qua.").allSatisfy { $0.explanation.quoteRule != .headlineColon })
    }

    // Silver: most `X: words` headlines are topic, menu and match labels, not speakers.
    @Test func topicMenuAndMatchLabelsAreNoSpeakers() {
        let body = "\n\nTGVN. Quan hệ hai nước tiếp tục xấu đi trong tuần qua."
        for headline in ["Giá vàng hôm nay 9/11: Giá bán vàng miếng SJC giảm còn 86 triệu đồng",
                         "Fulham 2-1 Brentford: Thay người đỉnh cao và cú đúp trong 15 phút",
                         "Atalanta vs Liverpool: 6 liệu pháp chữa lành cho Klopp và học trò",
                         "Vụ Vạn Thịnh Phát: Trương Mỹ Lan không có chức, nhưng có quyền"] {
            #expect(Self.extractor.extract(headline + body, document: "t").quotes.isEmpty, "\(headline)")
        }
        // A title or a name before the colon still speaks.
        let title = Self.extractor.extract("Đại sứ Nga: Hợp tác với Triều Tiên không vi phạm luật pháp quốc tế" + body, document: "t").quotes
        #expect(title.map(\.cue) == [":"])
    }

    // Silver: a label that is no person or state (a province, a genre, a film) is the
    // headline's dateline or topic; it speaks only where the article has it speak.
    @Test func placeAndGenreLabelsSpeakNowhereElse() {
        let body = "\n\nSáng nay, lãnh đạo thành phố đã kiểm tra công trường và đôn đốc các nhà thầu."
        for headline in ["Hải Phòng: Đẩy nhanh tiến độ khu công nghiệp Tràng Duệ 3",
                         "Clip: Người dân TP HCM đổ xô đi đổi giấy phép lái xe",
                         "Hà Nội: Đình chỉ cô giáo thân mật với học sinh nam ngay trong lớp"] {
            #expect(Self.extractor.extract(headline + body, document: "t").quotes.isEmpty, "\(headline)")
        }
    }

    // The same label keeps its quote when the body has it speak, when the words are quoted,
    // or when they speak in the first person.
    @Test func labelThatSpeaksElsewhereOrInFirstPersonKeepsItsQuote() {
        let medium = Self.extractor.extract("Bild: Ông Zelensky gặp cú sốc ở Đức\n\nTheo Bild, ông Zelensky không được mời dự cuộc họp của các nhà lãnh đạo châu Âu.", document: "t").quotes
        #expect(medium.contains { $0.cue == ":" && $0.content == "Ông Zelensky gặp cú sốc ở Đức" })
        let body = "\n\nTrận đấu kết thúc với tỷ số 2-1 sau 90 phút căng thẳng."
        let firstPerson = Self.extractor.extract("Mikel Oyarzabal: Tôi đã hoàn thành nhiệm vụ của mình" + body, document: "t").quotes
        #expect(firstPerson.map(\.cue) == [":"])
        let quoted = Self.extractor.extract("Luật chơi: 'Xe lăn nhưng không dễ chơi đâu nhé'" + body, document: "t").quotes
        #expect(quoted.map(\.cue) == [":"])
    }

    // review5 m9: one shared syllable is no speaker elsewhere (`phòng` of `Bộ Quốc phòng`).
    @Test func labelSharingOneSyllableWithASpeakerSpeaksNowhere() {
        let body = "\n\nBộ Quốc phòng cho biết các đơn vị đã hoàn thành việc diễn tập trong tuần qua."
        let found = Self.extractor.extract("Hải Phòng: Đẩy nhanh tiến độ khu công nghiệp Tràng Duệ 3" + body, document: "t").quotes
        #expect(!found.contains { $0.cue == ":" })
    }

    // Silver 2024-09-02-ban-phao-hoa-2-9-hcm: the city ending a body's mention in the body does
    // not speak (speakers24: was a quote of the person `TP.HCM`).
    @Test func placeEndingABodyInTheBodySpeaksNowhere() {
        let article = "[TP.HCM: Cấm xe một số tuyến đường trong đêm 2/9](https://baotainguyenmoitruong.vn/tp-hcm-cam-xe-mot-so-tuyen-duong-trong-dem-2-9)\n\n(TN&MT) - Sở Giao thông vận tải TP.HCM vừa thông báo cấm xe tại một số tuyến đường khu vực trung tâm để phục vụ bắn pháo hoa vào đêm 2/9."
        let found = Self.extractor.extract(article, document: "t").quotes
        #expect(!found.contains { $0.cue == ":" })
        #expect(found.map(\.speaker.name) == ["Sở Giao thông vận tải TP.HCM"])
    }

    // review5 m13: a named medium, or a medium or body head with its side, is a source by itself.
    @Test func namedMediumOrBodyOfASideSpeaksByItself() {
        let body = "\n\nCuộc xung đột đã bước sang năm thứ ba với nhiều thương vong cho cả hai bên."
        for headline in ["Reuters: Nga sẵn sàng đàm phán với Ukraine về lệnh ngừng bắn",
                         "Báo Mỹ: Ukraine muốn có thêm hệ thống phòng không Patriot",
                         "Bộ Quốc phòng Nga: Ukraine mất hơn 1.000 binh sĩ trong một ngày"] {
            #expect(Self.extractor.extract(headline + body, document: "t").quotes.map(\.cue) == [":"], "\(headline)")
        }
    }

    // Silver 2024-05-07-hoi-chung-sieu-nu (speakers28): a capital label speaks only where it opens
    // a mention, not where it ends a body's (`Bệnh viện Phụ sản Hà Nội`): was a quote of Việt Nam.
    @Test func capitalEndingABodyInTheBodySpeaksNowhere() {
        let article = "[Hà Nội: Bé gái chào đời mắc hội chứng siêu nữ, mẹ phát hiện khi ...](https://eva.vn/suc-khoe/ha-noi-be-gai-chao-doi-nang-36kg-mac-hoi-chung-sieu-nu-c131a594385.html)\n\nSáng 7/5, bác sĩ Nguyễn Trung Đạo (Bệnh viện Phụ sản Hà Nội) cho biết, đã đỡ đẻ thành công cho một bé gái mắc hội chứng siêu nữ (hay còn gọi là hội chứng 3X)."
        let found = Self.extractor.extract(article, document: "t").quotes
        #expect(!found.contains { $0.cue == ":" })
        #expect(!found.contains { $0.speaker.name == "Việt Nam" })
    }
}
