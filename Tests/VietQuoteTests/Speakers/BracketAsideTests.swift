import Testing
@testable import VietQuote

/// `BracketAside`: an unnamed source's words end before a bracket its mention leaves open.
@Suite struct BracketAsideTests {
    // Silver 2024-06-02-thay-minh-tue, 2024-05-29-shein: the place in brackets is an aside; its
    // side still counts.
    @Test(arguments: [
        ("Ngày 2/6, cơ quan chức năng huyện Phong Điền (Thừa Thiên Huế) đã xác nhận có thêm hai người tham gia đoàn.",
         "cơ quan chức năng huyện Phong Điền", nil as String?),
        ("Các nhà chức trách ở Seoul (Hàn Quốc) cho biết đã thu hồi sản phẩm.", "Các nhà chức trách ở Seoul", "Hàn Quốc"),
    ])
    func sourceEndsBeforeTheBracket(sentence: String, name: String, side: String?) throws {
        let found = try #require(SpeakerRuleProbe.decisions(sentence).first)
        #expect(found.speaker.name == name)
        #expect(found.speaker.affiliation == side)
        #expect(found.rules.contains(.sourceBeforeBracketAside))
    }

    // A bracket closed inside the source's words stays in them.
    @Test func closedBracketStays() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Các quan chức Tổ chức Y tế Thế giới (WHO) tại Geneva cho biết dịch bệnh đang lan rộng.").first)
        #expect(!found.rules.contains(.sourceBeforeBracketAside))
        #expect(found.speaker.name.contains("(WHO)"))
    }
}
