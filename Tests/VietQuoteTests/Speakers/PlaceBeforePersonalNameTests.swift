import Testing
@testable import VietQuote

/// `PlaceBeforePersonalName`: a place or club written between a title and the person's name
/// (`Thống đốc Florida Ron DeSantis`) completes the title when the article writes it elsewhere
/// as a place or body (`tại Florida`, `của Liverpool`, `tỉnh Đồng Nai`); the rest is the person.
@Suite struct PlaceBeforePersonalNameTests {
    // Silver 2024-10-08-bao-milton (main 2a9b2cb: `Florida Ron DeSantis` for all three quotes).
    @Test func stateBeforeTheGovernorsNameIsHisTitles() throws {
        let found = SpeakerRuleProbe.decisions("""
            Thống đốc Florida Ron DeSantis đã ban bố tình trạng khẩn cấp với 51 trong 67 hạt của bang.

            Helene, cơn bão cấp 4, đã khiến hơn 225 người thiệt mạng tại Florida và nhiều bang khác của Mỹ vào cuối tháng 9.

            Thống đốc DeSantis cảnh báo những mảnh vỡ, đống đổ nát sót lại sau bão Helene có thể làm tăng đáng kể thiệt hại trong bão Milton.
            """)
        let warning = try #require(found.last)
        #expect(warning.speaker.name == "Ron DeSantis")
        #expect(warning.speaker.title == "Thống đốc Florida")
    }

    // Silver 2024-09-01-casemiro (was `Liverpool Jamie Carragher`, title `cựu tiền vệ`).
    @Test func clubBeforeThePlayersNameIsHisTitles() throws {
        let found = SpeakerRuleProbe.decisions("""
            Trong khi đó, cựu tiền vệ Liverpool Jamie Carragher chỉ có thể thốt lên: "Ôi Chúa ơi" sau tình huống mắc lỗi của Casemiro dẫn tới bàn thua đầu tiên của các cầu thủ MU.

            Casemiro mất bóng và sau đó các tiền đạo của Liverpool có pha phối hợp ở cột xa để ghi bàn.
            """)
        let first = try #require(found.first)
        #expect(first.rules.contains(.placeBeforePersonalName))
        #expect(first.speaker.name == "Jamie Carragher")
        #expect(first.speaker.title == "cựu tiền vệ Liverpool")
    }

    // Silver 2024-09-09-con-bao-so-4 (was `Đồng Nai Nguyễn Phước Huy`).
    @Test func provinceAfterTheBodyBeforeAVietnameseNameIsTheBodys() throws {
        let found = SpeakerRuleProbe.decisions("""
            Trao đổi với phóng viên Báo Đồng Nai về bão Yagi, Giám đốc Đài Khí tượng thủy văn Đồng Nai Nguyễn Phước Huy cho biết: các loại hình thiên tai có những xu hướng ngày càng phức tạp.

            Như trong những tháng mùa khô vừa qua, trên địa bàn tỉnh Đồng Nai đã xuất hiện những kỷ lục về nhiệt độ cao nhất.
            """)
        let first = try #require(found.first)
        #expect(first.rules.contains(.placeBeforePersonalName))
        #expect(first.speaker.name == "Nguyễn Phước Huy")
    }

    // Silver 2024-06-23-kevin-de-bruyne: `Kevin` is written alone as the player, never after a
    // place link or `của`: the whole run stays his name.
    @Test func givenNameTheArticleWritesAsThePersonStays() throws {
        let found = SpeakerRuleProbe.decisions("""
            Trước câu hỏi của giới truyền thông, tiền vệ Kevin De Bruyne đã khẳng định mình chưa có kế hoạch giã từ ĐTQG sau kỳ EURO 2024.

            Tuy nhiên vào lúc này Kevin vẫn đang là một trụ cột không thể thay thế ở đội tuyển Bỉ.
            """)
        let first = try #require(found.first)
        #expect(!first.rules.contains(.placeBeforePersonalName))
        #expect(first.speaker.name == "Kevin De Bruyne")
    }
}
