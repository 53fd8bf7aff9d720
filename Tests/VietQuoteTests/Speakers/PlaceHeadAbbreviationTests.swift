import Testing
@testable import VietQuote

/// `PlaceHeadAbbreviation`: a place's head written short with a full stop and a space (`TP. Hồ
/// Chí Minh`) opens no sentence, and a place's name follows it: the body or the city speaks.
@Suite struct PlaceHeadAbbreviationTests {
    // Silver 2024-05-25-tuyensinhdaucap (was the person `Chí Minh`: `Hồ` read as a common word opening a sentence).
    @Test func bodyWithACityAfterTPStopSpeaks() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Nhằm giải quyết các vấn đề thắc mắc của phụ huynh, Sở GD-ĐT TP. Hồ Chí Minh công bố số điện thoại nóng hỗ trợ công tác tuyển sinh đầu cấp: 1900.4740 (trong giờ hành chính từ thứ Hai đến thứ Bảy).").first)
        #expect(found.rules.contains(.placeHeadAbbreviation))
        #expect(found.speaker.name == "Sở GD-ĐT TP. Hồ Chí Minh")
        #expect(found.speaker.kind == .organization)
    }

    // Silver 2024-05-25-tuyensinhdaucap (was the person `Đức`): the city itself.
    @Test func cityAfterTPStopIsNoPerson() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Từ ngày 19 đến chậm nhất 17h ngày 22.7, căn cứ vào thông tin các quận, huyện và TP. Thủ Đức thông báo tuyển sinh đợt 2, phụ huynh học sinh đăng ký trên trang tuyển sinh của thành phố.").first)
        #expect(found.speaker.name != "Đức")
        #expect(found.speaker.kind != .person)
        #expect(found.speaker.affiliation != "Đức")
    }

    // Silver 2025-02-06-du-bao-thoi-tiet-ha-noi (was the body `Công an TP`).
    @Test func bodyNameGoesOnOverTheStop() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Theo Phòng Cảnh sát giao thông, Công an TP. Hà Nội, do thời tiết tại Thủ đô có mưa phùn kéo dài, khiến mặt đường trơn trượt, xe mất độ bám, tầm nhìn hạn chế, tiềm ẩn nguy cơ tai nạn giao thông... Do đó, người dân cần hết sức cẩn trọng khi lưu thông trên đường.").first)
        #expect(found.speaker.name != "Công an TP")
    }

    // A head written in full, a glued stop (`TP.HCM`), a function word after the stop (a sentence
    // ended: silver 2024 `… M-TP. Theo góc máy …`) and a hyphenated stage name (silver `Sơn Tùng
    // M-TP. Thời điểm mới ra mắt, …`) follow no head written short.
    @Test func rejectsAFullHeadAGluedStopAndASentenceEnd() {
        let lexicon = SpeakerRuleProbe.extractor.speakers.lexicon
        func follows(_ phrase: String, word: String) -> Bool {
            let source = SourceText(phrase)
            let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
            guard let key = MatchKey.words(word).first, let index = tokens.firstIndex(where: { $0.key == key }) else { return false }
            return PlaceHeadAbbreviation.follows(tokens, at: index, lexicon: lexicon)
        }
        #expect(follows("Sở GD-ĐT TP. Hồ Chí Minh công bố", word: "Hồ"))
        #expect(!follows("đăng ký ở tỉnh. Hà Nội công bố", word: "Hà"))
        #expect(!follows("Công an TP.HCM cho biết", word: "HCM"))
        #expect(!follows("em trai ruột của Sơn Tùng M-TP. Thời điểm mới ra mắt", word: "Thời"))
        #expect(!follows("trình diễn của ca sĩ TP. Theo góc máy được một khán giả ghi lại", word: "Theo"))
    }
}
