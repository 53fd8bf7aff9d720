import Testing
@testable import VietQuote

/// `SourceNounBeforePlace`: `đại diện` before a lower-case noun, in a mention that ends with a
/// place, is an unnamed source with all its words.
@Suite struct SourceNounBeforePlaceTests {
    // Silver 2024-05-03-mot-thoang-ta-ruc-ro-o-nhan-gian (was the place `TP.HCM`).
    @Test func representativeOfASchoolAtACity() throws {
        let found = try #require(SpeakerRuleProbe.decisions("""
            Tin giáo dục

            Đại diện trường Quốc tế TP.HCM cho biết, đã tiếp nhận thông tin rằng một số học sinh lớp 11 đã nhận quyển sách dịch tiếng Việt với nội dung có thể không phù hợp.
            """).first)
        #expect(found.speaker.name == "Đại diện trường Quốc tế TP.HCM")
        #expect(found.speaker.kind == .source)
        #expect(found.rules.contains(.sourceNounBeforePlace))
    }

    // Silver 2024-06-02-thay-minh-tue (was the role `đại diện chính quyền`).
    @Test func representativeOfADistrictGovernment() throws {
        let found = try #require(SpeakerRuleProbe.decisions("""
            Tin xã hội

            Báo này cũng dẫn lời đại diện chính quyền huyện Phong Điền, tỉnh Thừa Thiên-Huế, cáo buộc rằng nhóm người đi theo ông Minh Tuệ “đã xả rác, phóng uế bừa bãi, gây mất vệ sinh.”
            """).first)
        #expect(found.speaker.kind == .source)
        #expect(found.speaker.name.hasPrefix("đại diện chính quyền huyện Phong Điền"))
    }

    // Dev 444: `đại diện PSS` has no lower-case noun after it: the source as before, without this rule.
    @Test func representativeOfANamedBodyNeedsNoPlace() throws {
        let found = try #require(SpeakerRuleProbe.decisions("""
            Tin thế giới

            Dưới sức ép của Bộ Quốc phòng, đại diện PSS xác nhận sẽ không huy động Lữ đoàn 55 nếu các điều tra viên thực thi lệnh bắt lần hai.
            """).first)
        #expect(found.speaker.kind == .source)
        #expect(!found.rules.contains(.sourceNounBeforePlace))
    }
}
