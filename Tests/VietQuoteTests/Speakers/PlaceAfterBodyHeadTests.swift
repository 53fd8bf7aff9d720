import Testing
@testable import VietQuote

/// `BodyNames.isPlaceAfterHead`: a place that opens with a family-name syllable (`Đồng Nai`,
/// `Lâm Đồng`, `Hà Giang`, `Hà Nội`) right after a place head goes on with the body before it,
/// which speaks as an organization of Việt Nam.
@Suite struct PlaceAfterBodyHeadTests {
    // Silver 2024-04-30-da-lat 454 (main c209dab: `Công an tỉnh Lâm Đồng` source, side null).
    @Test func policeOfAProvinceOpeningWithAFamilyName() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Công an tỉnh Lâm Đồng khẳng định những thông tin về Đà Lạt xảy ra 'biến' lớn, bạo động lan truyền trên mạng xã hội là thông tin sai sự thật.").first)
        #expect(found.speaker.name == "Công an tỉnh Lâm Đồng")
        #expect(found.speaker.kind == .organization)
        #expect(found.speaker.affiliation == "Việt Nam")
    }

    // Silver 2024-07-25-ldg 835 (main c209dab: `TAND tỉnh Đồng Nai` source, side null).
    @Test func courtOfAProvinceOpeningWithAFamilyName() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Ngày 25-7, TAND tỉnh Đồng Nai cho hay đã ban hành quyết định mở thủ tục phá sản đối với Công ty cổ phần đầu tư LDG.").first)
        #expect(found.speaker.name == "TAND tỉnh Đồng Nai")
        #expect(found.speaker.kind == .organization)
        #expect(found.speaker.affiliation == "Việt Nam")
    }

    // Silver 2024-10-31-hai-phong-cuong-che-may-hai 1418 (main c209dab: `thông tin của UBND quận
    // Ngô Quyền`, source, side null).
    @Test func districtCommitteeOpeningWithAFamilyName() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Theo thông tin của UBND quận Ngô Quyền, Công ty May Hải Phòng (nay là Công ty Cổ phần May Hai) được UBND thành phố cho phép thuê đất tại số 72A (nay là số 72) Đường Lạch Tray, phường Lạch Tray, Quận Ngô Quyền theo Quyết định số 1545/QĐ-UB ngày 08/9/1997.").first)
        #expect(found.speaker.name == "UBND quận Ngô Quyền")
        #expect(found.speaker.kind == .organization)
        #expect(found.speaker.affiliation == "Việt Nam")
    }

    // Silver 2024-04-24-thi-tot-nghiep-thpt: a full personal name after `UBND tỉnh` is the person.
    @Test func fullPersonalNameAfterTheHeadStaysThePerson() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Kết luận hội nghị, Phó Chủ tịch UBND tỉnh Trần Đức Quý yêu cầu ngành Giáo dục và đào tạo tỉnh tiếp tục chỉ đạo các cơ sở giáo dục tăng cường công tác ôn tập cho các em học sinh.").first)
        #expect(found.speaker.name == "Trần Đức Quý")
        #expect(found.speaker.affiliation == "Việt Nam")
    }

    // Silver 2025-02-06-du-bao-thoi-tiet-ha-noi style `TP.Hà Nội` (a full stop glued between the
    // head and the place): the body goes on over it (speakers24: was the body `Công an TP`).
    @Test func placeAfterAGluedStopOfItsHead() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Sau đó, Công an TP.Hà Nội đã nhanh chóng vào cuộc xác minh và khẳng định đây là thông tin giả, sai sự thật.").first)
        #expect(found.speaker.name == "Công an TP.Hà Nội")
        #expect(found.speaker.kind == .organization)
    }

    // Dev 429: a noun marker's word before the city (`dân sự TP.HCM`) stays in the title's body
    // (speakers24: the title was `Cục trưởng Cục THA`).
    @Test func markerWordBeforeTheCityOfABody() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Cục trưởng Cục THA dân sự TP.HCM Nguyễn Văn Hòa cho biết, đến khi bản án có hiệu lực pháp luật, dù việc thu hồi tài sản có thể kéo dài nhưng cơ quan THA đã sẵn sàng.").first)
        #expect(found.speaker.name == "Nguyễn Văn Hòa")
        #expect(found.speaker.title == "Cục trưởng Cục THA dân sự TP.HCM")
    }
}
