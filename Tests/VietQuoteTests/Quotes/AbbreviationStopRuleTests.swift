import Testing
@testable import VietQuote

/// `AbbreviationStopRule` (an abbreviation's full stop inside the subject is no clause mark) on
/// sentences from the silver corpus.
@Suite struct AbbreviationStopRuleTests: QuoteRuleSuite {
    // Silver 2024-05-03-mot-thoang-ta-ruc-ro-o-nhan-gian (the subject was `HCM`, the speaker `TP.HCM`).
    @Test func gluedStopOfACityKeepsTheWordsBeforeIt() {
        let body = "Đại diện trường Quốc tế TP.HCM cho biết, đã tiếp nhận thông tin rằng một số học sinh lớp 11 đã nhận quyển sách dịch tiếng Việt với nội dung có thể không phù hợp."
        #expect(quotes(body).map(\.speaker.mention) == ["Đại diện trường Quốc tế TP.HCM"])
        #expect(refinements(body) == [[.abbreviationStop]])
    }

    // Silver 2024-08-07-metro-nhon---ga-ha-noi: a space after the stop (`TP. Hà Nội`); the
    // speaker was the country `Việt Nam` read off `Hà Nội`.
    @Test func stopBeforeASpaceKeepsTheBodyBeforeIt() {
        let body = "Lãnh đạo UBND TP. Hà Nội đánh giá cao việc Bộ Xây dựng, Hội đồng Kiểm tra Nhà nước, chủ đầu tư (MRB) và nhà thầu tích cực phối hợp để bảo đảm đủ điều kiện vận hành đoạn trên cao."
        #expect(quotes(body).map(\.speaker.mention) == ["Lãnh đạo UBND TP. Hà Nội"])
        #expect(quotes(body).map(\.speaker.name) != ["Việt Nam"])
    }

    // Silver 2024-06-10-huynh-nhu-lank-fc: an unnamed official at a place (was the place `TP.HCM`).
    @Test func officialAtACityIsAnUnnamedSource() {
        let body = "Một lãnh đạo ngành thể thao ở TP.HCM cho biết bóng đá nữ TP.HCM vẫn muốn Huỳnh Như thi đấu dù có thành công hay thất bại ở bên ngoài."
        #expect(quotes(body).map(\.speaker.name) == ["Một lãnh đạo ngành thể thao ở TP.HCM"])
        #expect(quotes(body).map(\.speaker.kind) == [.source])
    }

    // Silver 2024-09-17-sap-cau-cao-toc-tuyen-quang---ha-giang: a sentence's own full stop
    // ends the sentence before the subject; no refinement.
    @Test func sentenceStopIsNoAbbreviation() {
        let body = "Ngành giao thông vận tải đã huy động máy móc, nhân lực tập trung sửa chữa. Sở Giao thông vận tải tỉnh Lào Cai cho biết: Sau gần một tuần khẩn trương khắc phục, đến chiều 16/9, toàn tỉnh đã có 15 tuyến thông đường và còn 6 tuyến chưa thông xe."
        #expect(quotes(body).map(\.speaker.mention) == ["Sở Giao thông vận tải tỉnh Lào Cai"])
        #expect(refinements(body) == [[]])
    }

    // Dev 317: the splitter keeps the stop after the one-letter word `ý` in the sentence (as if an
    // initial), but a lower-case word is no abbreviation: the stop still ends the subject.
    @Test func stopAfterALowerCaseLetterIsNoAbbreviation() {
        let body = "Nhà lãnh đạo Azerbaijan không loại trừ khả năng tổ chức cuộc gặp với Thủ tướng Armenia Nikol Pashinyan tại Gruzia nếu phía Armenia đồng ý. Tổng thống Ilham Aliyev cũng đã đề nghị Gruzia đóng vai trò trung gian hoà giải giữa Azerbaijan và Armenia."
        #expect(quotes(body).map(\.speaker.mention).contains("Tổng thống Ilham Aliyev"))
        #expect(!refinements(body).contains([.abbreviationStop]))
    }
}
