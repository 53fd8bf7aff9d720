import Testing
@testable import VietQuote

/// `PlaceName`: a place after its head (`tỉnh Đồng Nai`, `TP Hà Nội`) inside a mention is no
/// person's name; the body, title or words of the mention speak.
@Suite struct PlaceNameTests {
    // Silver 2025-02-10-dich-vu-cong-quoc-gia and 2024-04-30-da-lat wrote the same body (was the person `Lâm Đồng`).
    @Test func bodyWithAPlaceAfterItsHeadIsNoPerson() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Trao đổi với phóng viên, Công an tỉnh Lâm Đồng cho biết đang điều tra vụ việc.").first)
        #expect(found.speaker.name == "Công an tỉnh Lâm Đồng")
        #expect(found.speaker.kind == .organization)
        #expect(found.speaker.affiliation == "Việt Nam")
    }

    // Silver 2024-06-14-so-giao-duc-va-dao-tao (was the person `Quảng Ngãi`): the person before
    // the apposition speaks, with the body and its place in the title.
    @Test func personBeforeATitleEndingInAPlaceSpeaks() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Báo cáo về tình hình giáo dục và đào tạo của tỉnh Quãng Ngãi, ông Nguyễn Ngọc Thái, Giám đốc Sở giáo dục đào tạo tỉnh Quảng Ngãi cho biết toàn tỉnh hiện có 584 đơn vị, cơ sở giáo dục với 284.252 học sinh.").first)
        #expect(found.rules.contains(.placeNameNoPerson))
        #expect(found.speaker.name == "Nguyễn Ngọc Thái")
    }

    // Silver 2025-02-07-sui-mao-ga (was the body `TP HCM`): the centre speaks, the city is its place.
    @Test func cityBodyAfterTheWordsIsNoSpeaker() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Ngoài gây sùi mào gà, HPV còn gây ra các bệnh ung thư tại cổ tử cung. Theo Trung tâm kiểm soát bệnh tật TP HCM, có 11-12% dân số thế giới đang nhiễm HPV ở cả nam và nữ.").first)
        #expect(found.rules.contains(.placeBodyAfterWords))
        #expect(found.speaker.name == "Trung tâm kiểm soát bệnh tật TP HCM")
    }

    // Silver 2025-02-03-cung-khai-truong-dau-nam: `tại TP HCM` says where the shop is.
    @Test func placeAfterTaiIsNoSpeaker() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "(NLĐO)- Chỉ trong buổi sáng mùng 6 Tết, một tiệm thịt quay tại TP HCM ước tính đã bán gần 500 con vịt quay cho khách để cúng khai trương đầu năm.").first)
        #expect(found.rules.contains(.placeBodyAfterWords))
        #expect(found.speaker.name != "TP HCM")
    }

    // Silver 2024-10-02-ho-dong-da: a bracket before the district is no word: the district speaks.
    @Test func placeAfterABracketSpeaks() throws {
        let found = try #require(SpeakerRuleProbe.decisions("[Quận Đống Đa khẳng định không lấp hồ Hoàng Cầu](https://antv.gov.vn/xa-hoi-4/ha-noi-quan-dong-da-khang-dinh-khong-lap-ho-hoang-cau-8EFBE0665.html)").first)
        #expect(!found.rules.contains(.placeBodyAfterWords))
        #expect(found.speaker.name == "Quận Đống Đa")
    }

    // Silver 2024-07-02-diem-chuan-lop-10-nam-2024-tp-hcm: the city opening the mention speaks.
    @Test func cityOpeningTheMentionSpeaks() throws {
        let found = try #require(SpeakerRuleProbe.decisions("TP.HCM công bố điểm chuẩn vào lớp 10 năm 2024.").first)
        #expect(!found.rules.contains(.placeNameNoPerson))
        #expect(found.speaker.name == "TP.HCM")
    }

    // Silver 2024-04-24-thi-tot-nghiep-thpt: a full personal name after `UBND tỉnh` is the person.
    @Test func fullPersonalNameAfterTheHeadIsThePerson() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Kết luận hội nghị, Phó Chủ tịch UBND tỉnh Trần Đức Quý yêu cầu ngành Giáo dục và đào tạo tỉnh tiếp tục chỉ đạo các cơ sở giáo dục tăng cường công tác ôn tập cho các em học sinh.").first)
        #expect(!found.rules.contains(.placeNameNoPerson))
        #expect(found.speaker.name == "Trần Đức Quý")
    }

    // Silver 2024-10-01-minh-du: `Ông xã` is the husband, no commune.
    @Test func headAfterAnHonorificIsNoPlace() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Ông xã Phương Lan nói thêm: \"Đôi khi mấy câu từ nhạc của tôi viết được cũng nhờ những lần nói chuyện và nghe từ họ mà ra\".").first)
        #expect(!found.rules.contains(.placeNameNoPerson))
    }

    // Silver 2024-06-06-vietnam (was the person `Hồ Chí Minh`): a full name after a place head
    // that the article also writes after one with no title is the place's name.
    @Test func fullNameWrittenAsAnUntitledPlaceIsThePlace() throws {
        let found = try #require(SpeakerRuleProbe.decisions("""
            Hội thảo quốc tế do Cơ quan Xúc tiến thương mại và đầu tư của Đại sứ quán Pháp tại Việt Nam tổ chức chiều 6/6, tại Thành phố Hồ Chí Minh.

            Lãnh đạo Ủy ban Nhân dân Thành phố Hồ Chí Minh bày tỏ mong muốn, qua Hội thảo sẽ tiếp nhận được nhiều ý kiến quý báu, nhiều bài học hay.
            """).last)
        #expect(found.rules.contains(.placeNameNoPerson))
        #expect(found.speaker.name != "Hồ Chí Minh")
    }
}
