import Testing
@testable import VietQuote

/// `AppositionChain`: the last title of a chain after a person's name (`Name, title, title
/// cho biết`) is that person, not a role without a name.
@Suite struct AppositionChainTests {
    // Silver 2024-04-08-campuchia (was the role `Bộ trưởng Bộ Chức năng Công`).
    @Test func personBeforeTwoTitlesSpeaks() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Phát biểu tại diễn đàn, ông Hun Many, Phó Thủ tướng, Bộ trưởng Bộ Chức năng Công nhấn mạnh, để đấu tranh với tội phạm mạng, tất cả mọi người đều phải nâng cao hiểu biết.").first)
        #expect(found.rules.contains(.appositionChain))
        #expect(found.speaker.name == "Hun Many")
        #expect(found.speaker.kind == .person)
        #expect(found.speaker.title == "Phó Thủ tướng, Bộ trưởng Bộ Chức năng Công")
    }

    // Silver 2024-04-10-tich-hoa-chi: a rank before the name, a title ending in a body's name between.
    @Test func titledPersonBeforeTheChainSpeaks() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Kết luận Hội nghị, Thiếu tướng Bùi Quang Thanh, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh nhấn mạnh: các đơn vị phải hoàn thành nhiệm vụ được giao.").first)
        #expect(found.rules.contains(.appositionChain))
        #expect(found.speaker.name == "Bùi Quang Thanh")
    }

    // A clause between that is no title (silver 2024-06-24-mecca): the role stays.
    @Test func clauseWithoutTitleBreaksTheChain() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Tại Tunisia, nơi có hơn 50 người thiệt mạng, Tổng thống nước này hôm 21/6 thông báo sa thải bộ trưởng tôn giáo.").first)
        #expect(!found.rules.contains(.appositionChain))
        #expect(found.speaker.name != "Tunisia")
    }

    // A clause of its own before the title (silver 2024-10-19-temu): no person heads a chain.
    @Test func mediumBeforeTheTitleIsNoPerson() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Nói với VnExpress, đại diện Cục Thương mại điện tử và Kinh tế số cho biết sẽ kiểm tra các sàn.").first)
        #expect(!found.rules.contains(.appositionChain))
        #expect(found.speaker.kind != .media)
    }

    // Silver 2024-06-14-so-giao-duc (was `Quảng Ngãi`), 2024-09-29-vu-sap-cau (was `Phú Thọ`),
    // 2024-04-28-carnaval-ha-long (was `Quảng Ninh`): the title's places are no name.
    @Test(arguments: [
        ("Báo cáo về tình hình giáo dục và đào tạo của tỉnh Quãng Ngãi, ông Nguyễn Ngọc Thái, Giám đốc Sở giáo dục đào tạo tỉnh Quảng Ngãi cho biết toàn tỉnh hiện có 584 đơn vị, cơ sở giáo dục.", "Nguyễn Ngọc Thái"),
        ("Trao đổi với báo chí, ông Nguyễn Văn Hùng, phó chủ tịch UBND huyện Tam Nông, Phú Thọ, cho hay công tác chuẩn bị lắp cầu phao gần vị trí cầu Phong Châu đã sẵn sàng.", "Nguyễn Văn Hùng"),
        ("(PLVN) - Ông Nguyễn Ngọc Sơn, Phó Chủ tịch UBND TP Hạ Long (Quảng Ninh) cho biết: Carnaval Hạ Long 2024 sẽ chính thức diễn ra vào lúc 20h tối mai 28/4.", "Nguyễn Ngọc Sơn"),
    ])
    func placesOfTheTitleAreNoName(sentence: String, name: String) throws {
        let found = try #require(SpeakerRuleProbe.decisions(sentence).first)
        #expect(found.rules.contains(.appositionChain))
        #expect(found.speaker.name == name)
    }

    // A two-syllable name right after the title is a person, not a place (no silver example:
    // the pattern is rare after a person and a comma).
    @Test func nameRightAfterTheTitleStays() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Bà Lê Thị Hoa, Chủ tịch nước Lương Cường cho biết hai nước sẽ tăng cường hợp tác.").first)
        #expect(!found.rules.contains(.appositionChain))
        #expect(found.speaker.name == "Lương Cường")
    }

    // A mention with a name of its own keeps it.
    @Test func titledNameOfItsOwnStays() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Ông Hun Many, Phó Thủ tướng, Bộ trưởng Nội vụ Nguyễn Văn Hùng cho biết hai bên sẽ hợp tác.").first)
        #expect(!found.rules.contains(.appositionChain))
        #expect(found.speaker.name == "Nguyễn Văn Hùng")
    }

    // Silver 2025-02-09-tet-nguyen-tieu: a place after a body head ends a title, no person.
    @Test func placeAfterABodyHeadIsNoPerson() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Tại buổi lễ, Phó Trưởng ban Thường trực Ban Trị sự GHPGVN tỉnh Đồng Nai, Trưởng Ban Tổ chức phát biểu chào mừng đoàn và cho biết lễ hội sẽ kéo dài ba ngày.").first)
        #expect(!found.rules.contains(.appositionChain))
        #expect(found.speaker.name != "Đồng Nai")
    }

    // review11 S5: a list of attendees, each with a title, is no chain of one person's titles
    // (was `Trần Văn Bình`, title `Thứ trưởng Bộ Y tế, Giám đốc Sở Y tế Hà Nội`).
    @Test func listOfTitledPeopleIsNoChain() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Tham dự có ông Nguyễn Văn An, Bộ trưởng Bộ Y tế, ông Trần Văn Bình, Thứ trưởng Bộ Y tế, Giám đốc Sở Y tế Hà Nội cho biết sẽ tăng cường kiểm tra.").first)
        #expect(!found.rules.contains(.appositionChain))
        #expect(found.speaker.name != "Trần Văn Bình")
    }
}
